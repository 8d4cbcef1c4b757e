import type { CompareAnchorPages, CompareGroupLink, ComparePager, GroupPart } from '../schemas/view/compare.ts';
import { comparePath, withBase } from '../site/paths.ts';
import { plural } from './format.ts';

/*
 * How the side-by-side table is cut into pages. Each row holds a cell per outlet, so a page's
 * weight is rows × outlets: one page of every claim grows with the square of the articles (136
 * articles: 2,254 claims, 306,544 cells, a page of 111 MB). Pages hold a fixed budget of cells
 * instead, in the table's own order (claim groups one after another), so no page grows without
 * bound and a claim's page follows from its place in that order alone.
 */

/** The claim groups in the order the table shows them: every outlet, several, one. */
export const COVERAGE_ORDER = ['all', 'several', 'single'] as const;

/**
 * Most cells (claim rows × outlet columns) a side-by-side page holds. Measured on the browser
 * tests' copies (playwright.config.ts): a cell costs 290–460 bytes of HTML, 22–34 gzipped, so at
 * 2,500 cells the layouts copy's pages (136 outlets, 18 rows) weigh 0.3–1.2 MB, 29–134 KB gzipped
 * (within the 150 KB `npm run bench` holds `/compare/` to), about 11,000 elements; Chromium loads
 * one in 0.2–0.5 s and hides an outlet in 0.2–0.3 s on two cores, where the one page of all 2,254
 * claims (111 MB, 1.26 million elements) took 72 s and 3.5 s. The five shipped articles (345
 * cells) and the nine-outlet copy (963) still fit on one page.
 */
export const CELLS_PER_PAGE = 2_500;

/** Fewest rows a page holds, however many outlets there are: a page of two or three claims is no page to read. */
export const MIN_ROWS_PER_PAGE = 10;

export interface ComparePaging {
  /** Most cells a page holds (default `CELLS_PER_PAGE`). */
  cellsPerPage?: number;
  /** Fewest rows a page holds (default `MIN_ROWS_PER_PAGE`), even where that passes the cell budget. */
  minRows?: number;
}

/** How many rows each page holds for this many outlets: as many as the cell budget allows, never fewer than the floor. */
export function rowsPerComparePage(outlets: number, paging: ComparePaging = {}): number {
  const { cellsPerPage = CELLS_PER_PAGE, minRows = MIN_ROWS_PER_PAGE } = paging;
  return Math.max(minRows, 1, Math.floor(cellsPerPage / Math.max(1, outlets)));
}

/** The page (from 1) that holds the row at `position` (from 0) of the table's order. */
export function comparePageOf(position: number, outlets: number, paging: ComparePaging = {}): number {
  return Math.floor(position / rowsPerComparePage(outlets, paging)) + 1;
}

/** One page's share of the rows: `start` (from 0) to `end` (excluded) in the table's order. */
export interface CompareSlice {
  page: number;
  start: number;
  end: number;
}

/** Every page's rows, in order. There is always a first page (`/compare/`), even with no rows. */
export function compareSlices(rows: number, outlets: number, paging: ComparePaging = {}): CompareSlice[] {
  const size = rowsPerComparePage(outlets, paging);
  const count = Math.max(1, Math.ceil(rows / size));
  return Array.from({ length: count }, (_, at) => ({ page: at + 1, start: at * size, end: Math.min(rows, (at + 1) * size) }));
}

/** Link to a side-by-side page (or an anchor on it), base path included. */
export function comparePageHref(base: string, page: number, anchor?: string): string {
  return withBase(base, comparePath(anchor, page));
}

/** Pages named on each side of the current one in the pager (besides the first and the last). */
export const PAGER_NEIGHBOURS = 2;

/**
 * The page numbers a pager shows: the first, the last, and `PAGER_NEIGHBOURS` on each side of
 * the current page; a run of left-out pages is a gap, except a single page, shown instead (a gap
 * is never shorter than what it hides).
 */
export function pagerPages(current: number, count: number, neighbours = PAGER_NEIGHBOURS): Array<number | null> {
  const shown = new Set([1, count]);
  for (let page = current - neighbours; page <= current + neighbours; page++) if (page >= 1 && page <= count) shown.add(page);
  const pages = [...shown].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  pages.forEach((page, at) => {
    const before = at > 0 ? pages[at - 1]! : 0;
    if (page - before === 2) out.push(page - 1);
    else if (page - before > 2) out.push(null);
    out.push(page);
  });
  return out;
}

/**
 * The pager for page `current` of these slices: where its rows stand among all ("Rows 19–36 of
 * 2,254"), previous and next, and page numbers around it; null when the table is one page.
 */
export function comparePager(slices: readonly CompareSlice[], current: number, base: string): ComparePager | null {
  if (slices.length <= 1) return null;
  const slice = slices[current - 1];
  if (!slice) throw new Error(`side-by-side page ${current}: there are ${slices.length}`);
  const total = slices.at(-1)!.end;
  const link = (page: number) => ({ page, href: comparePageHref(base, page) });
  return {
    summary: `${rowRange(slice.start + 1, slice.end)} of ${total.toLocaleString('en-US')}`,
    position: `page ${current} of ${slices.length}`,
    previous: current > 1 ? link(current - 1) : null,
    next: current < slices.length ? link(current + 1) : null,
    items: pagerPages(current, slices.length).map((page): ComparePager['items'][number] => (page === null ? { kind: 'gap' } : { kind: 'page', ...link(page), current: page === current })),
  };
}

/** Where a group of `rows` rows starting at `start` lies: its first and last page. */
export function groupPages(slices: readonly CompareSlice[], start: number, rows: number): { first: number; last: number } {
  const pageAt = (position: number) => slices.find((slice) => position >= slice.start && position < slice.end)?.page ?? 1;
  return { first: pageAt(start), last: pageAt(start + Math.max(0, rows - 1)) };
}

/**
 * The "Claim groups" navigation on page `current`: each group links to its heading on the page
 * where it starts (only the anchor when that is this page, so the outlets chosen in the address
 * stay), with its count, and, when there are several pages, the pages it spans.
 */
export function groupLinks(
  groups: ReadonlyArray<{ coverage: (typeof COVERAGE_ORDER)[number]; label: string; start: number; rows: number }>,
  slices: readonly CompareSlice[],
  current: number,
  base: string,
): CompareGroupLink[] {
  return groups.map((group) => {
    const { first, last } = groupPages(slices, group.start, group.rows);
    const anchor = `group-${group.coverage}`;
    return {
      coverage: group.coverage,
      text: `${group.label} (${group.rows.toLocaleString('en-US')})`,
      href: first === current ? `#${anchor}` : comparePageHref(base, first, anchor),
      otherPage: first !== current,
      pages: slices.length <= 1 ? null : first === last ? `page ${first}` : `pages ${first}–${last}`,
    };
  });
}

/**
 * The part of a group (rows `start` to `end` of the table's order, `groupStart` its first row,
 * `groupRows` its size) that page `current` holds; null when the page holds the whole group.
 */
export function groupPart(groupStart: number, groupRows: number, slice: CompareSlice, base: string): GroupPart | null {
  const first = Math.max(groupStart, slice.start);
  const last = Math.min(groupStart + groupRows, slice.end);
  const startsBefore = groupStart < slice.start;
  const goesOn = groupStart + groupRows > slice.end;
  if (!startsBefore && !goesOn) return null;
  return {
    text: `${rowRange(first - groupStart + 1, last - groupStart)} of the group's ${plural(groupRows, 'claim')}`,
    previous: startsBefore ? { page: slice.page - 1, href: comparePageHref(base, slice.page - 1) } : null,
    next: goesOn ? { page: slice.page + 1, href: comparePageHref(base, slice.page + 1) } : null,
  };
}

/** "Rows 19–36", or "Row 19" for one row. */
function rowRange(first: number, last: number): string {
  const format = (n: number) => n.toLocaleString('en-US');
  return first === last ? `Row ${format(first)}` : `Rows ${format(first)}–${format(last)}`;
}

/**
 * Every anchor of the side-by-side table and the page that holds it: each row's (its claim's key) and each claim
 * group's heading (`group-<coverage>`, on the page where the group starts), with each page's address. Published as
 * `/compare/rows.json` for `anchorHref`.
 */
export function compareAnchorPages(rows: ReadonlyArray<{ key: string; coverage: string; comparePage: number }>, pageCount: number, base: string): CompareAnchorPages {
  const anchors: Record<string, number> = {};
  for (const row of rows) {
    anchors[row.key] = row.comparePage;
    const group = `group-${row.coverage}`;
    anchors[group] = Math.min(anchors[group] ?? row.comparePage, row.comparePage);
  }
  return { pages: Array.from({ length: Math.max(1, pageCount) }, (_, at) => comparePageHref(base, at + 1)), anchors };
}

/**
 * Where a link to `anchor` should have gone, when this page (`current`) does not hold it: that page's address with
 * the anchor, the query kept (the outlets chosen); null when the anchor is on this page or on none.
 */
export function anchorHref(anchorPages: CompareAnchorPages, anchor: string, current: number, search = ''): string | null {
  const page = Object.hasOwn(anchorPages.anchors, anchor) ? anchorPages.anchors[anchor] : undefined;
  const href = page === undefined ? undefined : anchorPages.pages[page - 1];
  if (page === undefined || page === current || href === undefined) return null;
  return `${href}${search}#${encodeURIComponent(anchor)}`;
}

/**
 * Whether JSON fetched in the browser is `/compare/rows.json`'s shape (`compareAnchorPagesSchema`, checked by hand:
 * zod compiles its checks with `new Function`, which the site's Content-Security-Policy forbids in pages).
 */
export function isCompareAnchorPages(json: unknown): json is CompareAnchorPages {
  if (typeof json !== 'object' || json === null) return false;
  const { pages, anchors } = json as Record<string, unknown>;
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every((page) => typeof page === 'string')) return false;
  if (typeof anchors !== 'object' || anchors === null || Array.isArray(anchors)) return false;
  return Object.values(anchors).every((page) => Number.isInteger(page) && (page as number) > 0);
}
