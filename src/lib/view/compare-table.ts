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

/** Every pair of articles, in the data's order (first before second), with how many claims they share. */
export function pairLinks(index: ComparisonIndex): PairLink[] {
  return articlePairs(index.articles).map(([first, second]) => ({
    first: outletOf(index, first),
    second: outletOf(index, second),
    href: withBase(index.base, pairPath(first.id, second.id)),
    sharedClaims: index.claims.filter((claim) => claim.articleIds.includes(first.id) && claim.articleIds.includes(second.id)).length,
  }));
}

/** Every unordered pair of articles, each once, in the given order. */
export function articlePairs<T extends Pick<ComparisonArticle, 'id'>>(articles: readonly T[]): Array<[T, T]> {
  const pairs: Array<[T, T]> = [];
  articles.forEach((first, at) => {
    for (const second of articles.slice(at + 1)) pairs.push([first, second]);
  });
  return pairs;
}
