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

/**
 * What names the side-by-side table's later pages: `compare/page_2/`, `compare/page_3/`, … The
 * underscore keeps them apart from the two-outlet pages, `compare/<first>/<second>/`: an article
 * id is a slug of lowercase letters, digits and single hyphens (`articleFrontmatterSchema`), so
 * no id, and no pair of ids, is ever `page_<n>` (tests/unit/site/compare-paths.test.ts).
 */
export const COMPARE_PAGE_PREFIX = 'page_';

/**
 * Path of the side-by-side table's page `page` (from 1: `compare/`, then `compare/page_2/`, …),
 * or of an anchor on it: a claim's row (its key) or a group's heading.
 */
export function comparePath(anchor?: string, page = 1): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`side-by-side page ${page}: pages count from 1`);
  return `compare/${page === 1 ? '' : `${COMPARE_PAGE_PREFIX}${page}/`}${anchor ? `#${anchor}` : ''}`;
}

/** Where the side-by-side table's anchors are listed with their pages (`compareAnchorPages`). */
export const COMPARE_ANCHOR_PAGES_PATH = 'compare/rows.json';

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
