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
