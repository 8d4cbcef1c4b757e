import { describe, expect, it } from 'vitest';
import { compareAnchorPagesSchema, compareTableSchema, type CompareTable } from '../../../src/lib/schemas/view/compare.ts';
import { buildSearchRecords } from '../../../src/lib/search/records.ts';
import {
  anchorHref,
  isCompareAnchorPages,
  CELLS_PER_PAGE,
  compareAnchorPages,
  comparePageOf,
  comparePager,
  compareSlices,
  groupLinks,
  groupPart,
  MIN_ROWS_PER_PAGE,
  pagerPages,
  rowsPerComparePage,
} from '../../../src/lib/view/compare-pages.ts';
import { comparePageCount, compareTable } from '../../../src/lib/view/compare-table.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { fixtureIndex, grownFixture } from './fixture.ts';

describe('rowsPerComparePage', () => {
  it.each([
    // outlets, rows a page holds
    [1, CELLS_PER_PAGE],
    [3, 833],
    [5, 500],
    [9, 277],
    [136, 18],
    [250, MIN_ROWS_PER_PAGE],
    [1_000, MIN_ROWS_PER_PAGE],
  ])('%i outlets: %i rows', (outlets, rows) => {
    expect(rowsPerComparePage(outlets)).toBe(rows);
  });

  it('takes another budget and floor', () => {
    expect(rowsPerComparePage(10, { cellsPerPage: 100, minRows: 3 })).toBe(10);
    expect(rowsPerComparePage(100, { cellsPerPage: 100, minRows: 3 })).toBe(3);
    expect(rowsPerComparePage(0)).toBe(CELLS_PER_PAGE);
  });
});

describe('compareSlices', () => {
  it.each([
    // rows, outlets: every row once, in order, no page past the budget unless the floor asks for it
    [0, 5],
    [69, 5],
    [2_254, 136],
    [2_229, 117],
    [25, 250],
    [1, 1_000],
  ])('%i rows × %i outlets', (rows, outlets) => {
    const slices = compareSlices(rows, outlets);
    expect(slices.length).toBeGreaterThanOrEqual(1);
    expect(slices.map((slice) => slice.page)).toEqual(slices.map((_, at) => at + 1));
    expect(slices[0]!.start).toBe(0);
    expect(slices.at(-1)!.end).toBe(rows);
    for (const [at, slice] of slices.entries()) {
      if (at > 0) expect(slice.start).toBe(slices[at - 1]!.end);
      expect((slice.end - slice.start) * outlets).toBeLessThanOrEqual(Math.max(CELLS_PER_PAGE, MIN_ROWS_PER_PAGE * outlets));
      if (rows > 0) expect(slice.end).toBeGreaterThan(slice.start);
      for (let position = slice.start; position < slice.end; position++) expect(comparePageOf(position, outlets)).toBe(slice.page);
    }
  });

  it('keeps the shipped five articles and the nine-outlet copy on one page, and cuts the layouts copies', () => {
    expect(compareSlices(69, 5)).toHaveLength(1);
    expect(compareSlices(107, 9)).toHaveLength(1);
    expect(compareSlices(2_254, 136)).toHaveLength(126);
  });
});

describe('pagerPages', () => {
  it.each([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 10, [1, 2, 3, null, 10]],
    // A gap never stands for a single page: that page is shown.
    [4, 10, [1, 2, 3, 4, 5, 6, null, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
    [6, 126, [1, null, 4, 5, 6, 7, 8, null, 126]],
    [126, 126, [1, null, 124, 125, 126]],
  ])('page %i of %i: %j', (current, count, expected) => {
    expect(pagerPages(current, count)).toEqual(expected);
  });
});

describe('comparePager', () => {
  const slices = compareSlices(2_254, 136);

  it('is absent from a table of one page', () => {
    expect(comparePager(compareSlices(69, 5), 1, '/')).toBeNull();
  });

  it('says which rows the page holds, and links the pages around it under the base path', () => {
    const pager = comparePager(slices, 2, '/sub/')!;
    expect(pager.summary).toBe('Rows 19–36 of 2,254');
    expect(pager.position).toBe('page 2 of 126');
    expect(pager.previous).toEqual({ page: 1, href: '/sub/compare/' });
    expect(pager.next).toEqual({ page: 3, href: '/sub/compare/page_3/' });
    expect(pager.items.filter((item) => item.kind === 'page' && item.current)).toEqual([{ kind: 'page', page: 2, href: '/sub/compare/page_2/', current: true }]);
    expect(pager.items.map((item) => (item.kind === 'page' ? item.page : '…'))).toEqual([1, 2, 3, 4, '…', 126]);
  });

  it('has no previous page on the first, no next on the last, and names a last row alone', () => {
    expect(comparePager(slices, 1, '/')!.previous).toBeNull();
    const last = comparePager(slices, 126, '/')!;
    expect(last.next).toBeNull();
    expect(last.summary).toBe('Rows 2,251–2,254 of 2,254');
    expect(comparePager(compareSlices(11, 1_000), 2, '/')!.summary).toBe('Row 11 of 11');
    expect(() => comparePager(slices, 127, '/')).toThrow('side-by-side page 127: there are 126');
  });
});

describe('groupLinks and groupPart', () => {
  // 136 outlets: 18 rows a page. Groups of 3, 40 and 100 rows.
  const slices = compareSlices(143, 136);
  const groups = [
    { coverage: 'all' as const, label: 'Reported by every outlet', start: 0, rows: 3 },
    { coverage: 'several' as const, label: 'Reported by several outlets', start: 3, rows: 40 },
    { coverage: 'single' as const, label: 'Reported by one outlet only', start: 43, rows: 100 },
  ];

  it('links each group to its heading on the page where it starts, with its count and its pages', () => {
    expect(groupLinks(groups, slices, 2, '/')).toEqual([
      { coverage: 'all', text: 'Reported by every outlet (3)', href: '/compare/#group-all', otherPage: true, pages: 'page 1' },
      { coverage: 'several', text: 'Reported by several outlets (40)', href: '/compare/#group-several', otherPage: true, pages: 'pages 1–3' },
      { coverage: 'single', text: 'Reported by one outlet only (100)', href: '/compare/page_3/#group-single', otherPage: true, pages: 'pages 3–8' },
    ]);
    // On the page where a group starts, only the anchor: the outlets chosen in the address stay.
    expect(groupLinks(groups, slices, 3, '/')[2]).toMatchObject({ href: '#group-single', otherPage: false });
  });

  it('names no pages, and only anchors, on a table of one page', () => {
    expect(groupLinks(groups, compareSlices(143, 3), 1, '/').map((link) => [link.href, link.pages])).toEqual([
      ['#group-all', null],
      ['#group-several', null],
      ['#group-single', null],
    ]);
  });

  it('says where a group’s rows on a page stand in it, and where it goes on', () => {
    expect(groupPart(0, 3, slices[0]!, '/')).toBeNull();
    expect(groupPart(3, 40, slices[0]!, '/')).toEqual({ text: "Rows 1–15 of the group's 40 claims", previous: null, next: { page: 2, href: '/compare/page_2/' } });
    expect(groupPart(3, 40, slices[1]!, '/')).toEqual({ text: "Rows 16–33 of the group's 40 claims", previous: { page: 1, href: '/compare/' }, next: { page: 3, href: '/compare/page_3/' } });
    expect(groupPart(3, 40, slices[2]!, '/')).toEqual({ text: "Rows 34–40 of the group's 40 claims", previous: { page: 2, href: '/compare/page_2/' }, next: null });
  });
});

describe('compareTable in pages', () => {
  // 100 outlets: 25 rows a page; 305 claims (one of every outlet, three of several, 301 of one): 13 pages.
  const index = indexComparison(grownFixture(100, 300), '/sub/');
  const count = comparePageCount(index);
  const pages: CompareTable[] = Array.from({ length: count }, (_, at) => compareTableSchema.parse(compareTable(index, at + 1)));

  it('cuts the rows into pages of at most the cell budget', () => {
    expect(count).toBe(13);
    for (const page of pages) {
      const rows = page.groups.reduce((sum, group) => sum + group.rows.length, 0);
      expect(rows * page.outlets.length).toBeLessThanOrEqual(CELLS_PER_PAGE);
      expect(page.claimCount).toBe(305);
      expect(page.pageCount).toBe(13);
    }
    expect(pages.map((page) => page.groups.reduce((sum, group) => sum + group.rows.length, 0))).toEqual([25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 5]);
  });

  it('keeps the groups’ order: the pages’ rows, one after another, are the table’s rows', () => {
    const shown = pages.flatMap((page) => page.groups.flatMap((group) => group.rows.map((row) => `${group.coverage} ${row.claim.key}`)));
    const expected = (['all', 'several', 'single'] as const).flatMap((coverage) => index.claims.filter((claim) => claim.coverage === coverage).map((claim) => `${coverage} ${claim.key}`));
    expect(shown).toEqual(expected);
    expect(pages[0]!.groups.map((group) => [group.coverage, group.rows.length])).toEqual([
      ['all', 1],
      ['several', 3],
      ['single', 21],
    ]);
  });

  it('links every claim (its compare link, its search result) to the page that shows its row', () => {
    const pageOfRow = new Map(pages.flatMap((page) => page.groups.flatMap((group) => group.rows.map((row) => [row.claim.key, page.page] as const))));
    for (const page of pages) {
      for (const row of page.groups.flatMap((group) => group.rows)) {
        const expected = page.page === 1 ? `/sub/compare/#${row.claim.key}` : `/sub/compare/page_${page.page}/#${row.claim.key}`;
        expect(row.claim.compareHref).toBe(expected);
      }
    }
    for (const claim of index.claims) expect(claim.comparePage).toBe(pageOfRow.get(claim.key));
    for (const record of buildSearchRecords(index.comparison)) {
      if (record.type === 'claim') expect(record.comparePage).toBe(pageOfRow.get(record.id));
    }
  });

  it('links each group, from every page, to the page and heading where it starts', () => {
    const headings = new Map<string, number>();
    for (const page of pages) for (const group of page.groups) if (!headings.has(group.coverage)) headings.set(group.coverage, page.page);
    for (const page of pages) {
      expect(page.groupLinks.map((link) => link.coverage)).toEqual(['all', 'several', 'single']);
      for (const link of page.groupLinks) {
        const start = headings.get(link.coverage)!;
        expect(link.href).toBe(start === page.page ? `#group-${link.coverage}` : start === 1 ? `/sub/compare/#group-${link.coverage}` : `/sub/compare/page_${start}/#group-${link.coverage}`);
      }
    }
    expect(pages[4]!.groupLinks.map((link) => [link.text, link.pages])).toEqual([
      ['Reported by every outlet (1)', 'page 1'],
      ['Reported by several outlets (3)', 'page 1'],
      ['Reported by one outlet only (301)', 'pages 1–13'],
    ]);
  });

  it('closes the claims of one outlet only where other groups come first on the page, and says where a group goes on', () => {
    expect(pages[0]!.groups.map((group) => group.collapsed)).toEqual([false, false, true]);
    expect(pages[1]!.groups.map((group) => group.collapsed)).toEqual([false]);
    expect(pages[0]!.groups[2]!.part).toEqual({ text: "Rows 1–21 of the group's 301 claims", previous: null, next: { page: 2, href: '/sub/compare/page_2/' } });
    expect(pages[1]!.groups[0]!.part!.text).toBe("Rows 22–46 of the group's 301 claims");
    expect(pages[0]!.groups[0]!.part).toBeNull();
  });

  it('lists the pairs of outlets on the first page only, and links there from the others', () => {
    expect(pages[0]!.pairs.length).toBeGreaterThan(0);
    expect(pages[0]!.pairsHref).toBe('#pairs');
    expect(pages[5]!.pairs).toEqual([]);
    expect(pages[5]!.pairsHref).toBe('/sub/compare/#pairs');
  });

  it('has a pager on every page', () => {
    expect(pages.every((page) => page.pager !== null)).toBe(true);
    expect(pages[12]!.pager!.summary).toBe('Rows 301–305 of 305');
    expect(() => compareTable(index, 14)).toThrow('side-by-side page 14: the table has 13');
  });

  it('keeps a page of rows at the floor when the outlets pass the cell budget', () => {
    const wide = indexComparison(grownFixture(300, 30), '/');
    const first = compareTable(wide, 1);
    expect(first.groups.reduce((sum, group) => sum + group.rows.length, 0)).toBe(MIN_ROWS_PER_PAGE);
    expect(comparePageCount(wide)).toBe(4);
  });
});

describe('compareTable on one page', () => {
  const table = compareTableSchema.parse(compareTable(fixtureIndex()));

  it('is the whole table at /compare/, with no pager, and group links that are anchors', () => {
    expect([table.page, table.pageCount, table.claimCount, table.pager]).toEqual([1, 1, 5, null]);
    expect(table.groupLinks).toEqual([
      { coverage: 'all', text: 'Reported by every outlet (1)', href: '#group-all', otherPage: false, pages: null },
      { coverage: 'several', text: 'Reported by several outlets (3)', href: '#group-several', otherPage: false, pages: null },
      { coverage: 'single', text: 'Reported by one outlet only (1)', href: '#group-single', otherPage: false, pages: null },
    ]);
    expect(table.pairsHref).toBe('#pairs');
    expect(table.groups.every((group) => group.part === null)).toBe(true);
    expect(table.groups.flatMap((group) => group.rows).every((row) => row.claim.compareHref === `/sub/compare/#${row.claim.key}`)).toBe(true);
  });
});

describe('compareAnchorPages and anchorHref: a link to a row on another page finds it', () => {
  const index = indexComparison(grownFixture(100, 300), '/sub/');
  const count = comparePageCount(index);
  const anchorPages = compareAnchorPagesSchema.parse(compareAnchorPages(index.claims, count, index.base));

  it('lists every page, base path included, and every row with the page that shows it', () => {
    expect(count).toBeGreaterThan(2);
    expect(anchorPages.pages).toEqual(Array.from({ length: count }, (_, at) => (at === 0 ? '/sub/compare/' : `/sub/compare/page_${at + 1}/`)));
    for (let page = 1; page <= count; page++) {
      const keys = compareTable(index, page).groups.flatMap((group) => group.rows.map((row) => row.claim.key));
      for (const key of keys) expect(anchorPages.anchors[key]).toBe(page);
    }
    expect(Object.keys(anchorPages.anchors).filter((anchor) => !anchor.startsWith('group-'))).toHaveLength(index.claims.length);
  });

  it("gives each claim group's heading the page where the group starts, as the group links do", () => {
    for (const link of compareTable(index, 1).groupLinks) {
      const page = anchorPages.anchors[`group-${link.coverage}`];
      expect(page === 1 ? `#group-${link.coverage}` : `/sub/compare/page_${page}/#group-${link.coverage}`).toBe(link.href);
    }
  });

  it('sends an anchor of another page there, keeping the query, and leaves one of this page or of none alone', () => {
    const later = index.claims.find((claim) => claim.comparePage === 3)!;
    expect(anchorHref(anchorPages, later.key, 1, '?outlets=a,b')).toBe(`/sub/compare/page_3/?outlets=a,b#${later.key}`);
    expect(anchorHref(anchorPages, later.key, 3)).toBeNull();
    expect(anchorHref(anchorPages, 'no-such-claim', 1)).toBeNull();
    expect(anchorHref(anchorPages, 'constructor', 1)).toBeNull();
  });

  it('tells the published shape from anything else, as the browser checks it (no zod there: the CSP forbids eval)', () => {
    expect(isCompareAnchorPages(anchorPages)).toBe(true);
    for (const json of [null, 'x', [], { pages: [], anchors: {} }, { pages: ['/compare/'], anchors: { a: 0 } }, { pages: ['/compare/'], anchors: { a: '2' } }, { pages: [1], anchors: {} }, { pages: ['/compare/'], anchors: [] }]) {
      expect(isCompareAnchorPages(json)).toBe(false);
      expect(compareAnchorPagesSchema.safeParse(json).success).toBe(false);
    }
  });

  it('is one page on a table that fits on one', () => {
    const small = fixtureIndex();
    const one = compareAnchorPages(small.claims, comparePageCount(small), small.base);
    expect(one.pages).toHaveLength(1);
    expect(new Set(Object.values(one.anchors))).toEqual(new Set([1]));
  });
});
