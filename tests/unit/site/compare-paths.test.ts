import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignArticleIds } from '../../../src/lib/ingest/article-id.ts';
import { articleFrontmatterSchema } from '../../../src/lib/schemas/article.ts';
import { COMPARE_PAGE_PREFIX, comparePath, pairPath, withBase } from '../../../src/lib/site/paths.ts';

/** What the frontmatter schema lets an article id be. */
const isArticleId = (text: string) => articleFrontmatterSchema.shape.id.safeParse(text).success;
/** The site paths under compare/, as segments. */
const segments = (path: string) => path.replace(/#.*$/, '').split('/').filter(Boolean);

describe('comparePath', () => {
  it.each([
    [undefined, 1, 'compare/'],
    ['c-budget-0001', 1, 'compare/#c-budget-0001'],
    [undefined, 2, 'compare/page_2/'],
    ['group-single', 126, 'compare/page_126/#group-single'],
  ] as const)('%s on page %i: %s', (anchor, page, expected) => {
    expect(comparePath(anchor, page)).toBe(expected);
  });

  it('refuses a page that is not a whole number from 1', () => {
    for (const page of [0, -1, 1.5, Number.NaN]) expect(() => comparePath(undefined, page)).toThrow(/pages count from 1/);
  });

  it('keeps the base path', () => {
    expect(withBase('/sub/', comparePath('c-1', 3))).toBe('/sub/compare/page_3/#c-1');
  });
});

describe('the side-by-side pages never collide with the two-outlet pages', () => {
  it('a later page is one segment under compare/, which no article id can be', () => {
    for (const page of [2, 3, 10, 126, 10_000]) {
      const [compare, segment, ...rest] = segments(comparePath(undefined, page));
      expect([compare, rest]).toEqual(['compare', []]);
      expect(segment!.startsWith(COMPARE_PAGE_PREFIX)).toBe(true);
      expect(isArticleId(segment!)).toBe(false);
    }
  });

  it('a two-outlet page is two segments under compare/, each an article id', () => {
    const [compare, first, second, ...rest] = segments(pairPath('evrim-agaci', 'page-2'));
    expect([compare, first, second, rest]).toEqual(['compare', 'evrim-agaci', 'page-2', []]);
  });

  it('whatever the outlets, headlines and file names: every id the ingest gives is a slug, and no pair page is a side-by-side page', () => {
    const source = fc.record({
      sourceFile: fc.string({ minLength: 1 }).map((name) => `${name}.txt`),
      outlet: fc.option(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom('Page 2', 'page_2', 'PAGE_3', 'Page', 'Compare', '2'))),
      headline: fc.option(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }))),
    });
    fc.assert(
      fc.property(fc.uniqueArray(source, { selector: (item) => item.sourceFile, minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 100_000 }), (sources, page) => {
        const ids = [...assignArticleIds(sources).values()];
        expect(ids.every(isArticleId)).toBe(true);
        const pagePath = comparePath(undefined, page);
        for (const first of ids) {
          expect(withBase('/', pagePath).startsWith(withBase('/', `compare/${first}/`))).toBe(false);
          for (const second of ids) expect(pairPath(first, second)).not.toBe(pagePath);
        }
      }),
    );
  });
});
