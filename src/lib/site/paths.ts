/**
 * Joins the deployment's base path (`import.meta.env.BASE_URL`, "/" or "/some/path/") and a
 * site path ("articles/x/"), so that every link works wherever the site is served from.
 */
export function withBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

/** Path of an article's page, relative to the site root. */
export function articlePath(articleId: string, anchor?: string): string {
  return `articles/${articleId}/${anchor ? `#${anchor}` : ''}`;
}

/** Path of the side-by-side page, or of one claim's row on it. */
export function comparePath(claimKey?: string): string {
  return `compare/${claimKey ? `#${claimKey}` : ''}`;
}

/** Path of the page that sets two articles side by side. */
export function pairPath(firstArticleId: string, secondArticleId: string): string {
  return `compare/${firstArticleId}/${secondArticleId}/`;
}

/** Path of the claims list, or of one claim's page. */
export function claimPath(claimKey?: string): string {
  return claimKey ? `claims/${claimKey}/` : 'claims/';
}

/** Path of the page on how each outlet told the story, or of one part of it. */
export function framingPath(anchor?: string): string {
  return `framing/${anchor ? `#${anchor}` : ''}`;
}
