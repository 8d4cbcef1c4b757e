import type { ComparisonArticle } from '../schemas/comparison.ts';
import type { CompareTable, PairLink } from '../schemas/view/compare.ts';
import { pairPath, withBase } from '../site/paths.ts';
import { claimRef, claimSentencesIn, outletOf, outletsOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { COVERAGE_LABELS } from './coverage-grid.ts';

/**
 * The side-by-side table: a row per claim (grouped by coverage, most outlets first), a cell per
 * outlet with that outlet's own sentences for the claim. A claim only one outlet carries gets
 * its own row too, so every reporting sentence appears in its outlet's column.
 */
export function compareTable(index: ComparisonIndex): CompareTable {
  const outlets = outletsOf(index);
  const rows = index.claims.map((claim) => ({
    claim: claimRef(index, claim),
    articleIds: outlets.map((outlet) => outlet.articleId).filter((id) => claim.articleIds.includes(id)),
    cells: outlets.map((outlet) => ({
      articleId: outlet.articleId,
      sentences: claimSentencesIn(index, claim, outlet.articleId).map((sentence) => ({
        ...sentenceRef(index, sentence),
        claimKeys: index.claimKeysBySentence.get(sentence.id) ?? [claim.key],
      })),
    })),
  }));
  const groups = (['all', 'several', 'single'] as const)
    .map((coverage) => ({ coverage, label: COVERAGE_LABELS[coverage], rows: rows.filter((row) => row.claim.coverage === coverage) }))
    .filter((group) => group.rows.length > 0);
  return { outlets, groups, pairs: pairLinks(index) };
}

/** The pairs of articles that have a page, in the data's order (first before second), with how many claims they share. */
export function pairLinks(index: ComparisonIndex): PairLink[] {
  return articlePairs(index.articles, index.claims).map(([first, second]) => ({
    first: outletOf(index, first),
    second: outletOf(index, second),
    href: withBase(index.base, pairPath(first.id, second.id)),
    sharedClaims: index.claims.filter((claim) => claim.articleIds.includes(first.id) && claim.articleIds.includes(second.id)).length,
  }));
}

/** Up to this many articles, every pair gets a page (5 articles: 10 pages). */
export const MAX_ARTICLES_FOR_ALL_PAIRS = 12;
/** Beyond that, each article is paired with this many others: those it shares most claims with. */
export const PAIRS_PER_ARTICLE = 4;

/**
 * The unordered pairs of articles that get a two-outlet page, each once, in the given order.
 * Every pair while there are at most `MAX_ARTICLES_FOR_ALL_PAIRS` articles; for larger corpora
 * (where all pairs would grow with the square of the number of articles) each article's
 * `PAIRS_PER_ARTICLE` closest articles by shared claims, ties in article order.
 */
export function articlePairs<T extends Pick<ComparisonArticle, 'id'>>(
  articles: readonly T[],
  claims: ReadonlyArray<{ articleIds: readonly string[] }> = [],
): Array<[T, T]> {
  const count = articles.length;
  if (count <= MAX_ARTICLES_FOR_ALL_PAIRS) {
    const pairs: Array<[T, T]> = [];
    articles.forEach((first, at) => {
      for (const second of articles.slice(at + 1)) pairs.push([first, second]);
    });
    return pairs;
  }
  const position = new Map(articles.map((article, at) => [article.id, at]));
  const shared = new Int32Array(count * count);
  for (const claim of claims) {
    const members = claim.articleIds.map((id) => position.get(id)).filter((at): at is number => at !== undefined);
    for (const a of members) for (const b of members) if (a !== b) shared[a * count + b]!++;
  }
  const chosen = new Set<number>();
  for (let a = 0; a < count; a++) {
    const closest = Array.from({ length: count }, (_, b) => b)
      .filter((b) => b !== a)
      .sort((x, y) => shared[a * count + y]! - shared[a * count + x]! || x - y)
      .slice(0, PAIRS_PER_ARTICLE);
    for (const b of closest) chosen.add(Math.min(a, b) * count + Math.max(a, b));
  }
  return [...chosen].sort((x, y) => x - y).map((key) => [articles[Math.floor(key / count)]!, articles[key % count]!]);
}
