import type { ComparisonArticle } from '../schemas/comparison.ts';
import type { Outlet } from '../schemas/view/common.ts';
import type { CompareCell, CompareRow, CompareTable, PairLink } from '../schemas/view/compare.ts';
import { COMPARE_ANCHOR_PAGES_PATH, pairPath, withBase } from '../site/paths.ts';
import { comparePageHref, comparePager, compareSlices, COVERAGE_ORDER, groupLinks, groupPart } from './compare-pages.ts';
import { absenceOf, claimRef, claimSentencesIn, claimSuggestionsIn, outletOf, outletsOf, sentenceRef, type ComparisonIndex, type KeyedClaim } from './comparison-index.ts';
import { COVERAGE_LABELS } from './coverage-grid.ts';

/**
 * Most outlets the table shows as columns. At 1440 px five columns of sentences stay readable
 * (about 40 characters a line); more and each line holds a few words, rows grow very tall.
 */
export const MAX_COLUMNS = 5;

/**
 * One page of the side-by-side table (page 1, `/compare/`, unless `page` says otherwise): a row
 * per claim (grouped by coverage, most outlets first), a cell per outlet with that outlet's own
 * sentences for the claim, the machine's suggestions apart from them, or why it has none. A
 * claim only one outlet carries gets its own row too (in a group shown closed after the others),
 * so every reporting sentence appears in its outlet's column. The rows are cut into pages of at
 * most `CELLS_PER_PAGE` cells (`compare-pages.ts`), in the groups' order; only this page's rows
 * are built. With more than one page, the page has a pager, and the "Claim groups" navigation
 * links each group where it starts.
 */
export function compareTable(index: ComparisonIndex, page = 1): CompareTable {
  const outlets = outletsOf(index);
  const ordered = COVERAGE_ORDER.map((coverage) => ({ coverage, claims: index.claims.filter((claim) => claim.coverage === coverage) })).filter(
    (group) => group.claims.length > 0,
  );
  const claimCount = ordered.reduce((sum, group) => sum + group.claims.length, 0);
  const slices = compareSlices(claimCount, outlets.length);
  const slice = slices[page - 1];
  if (!slice) throw new Error(`side-by-side page ${page}: the table has ${slices.length}`);

  let start = 0;
  const placed = ordered.map((group) => {
    const at = start;
    start += group.claims.length;
    return { ...group, label: COVERAGE_LABELS[group.coverage], start: at, rows: group.claims.length };
  });
  const onPage = placed.filter((group) => group.start < slice.end && group.start + group.rows > slice.start);
  const groups = onPage.map((group) => ({
    coverage: group.coverage,
    label: group.label,
    rows: group.claims.slice(Math.max(0, slice.start - group.start), slice.end - group.start).map((claim) => compareRow(index, claim, outlets)),
    // One-outlet claims wait behind the shared ones; on a page of nothing else they are what there is to read.
    collapsed: group.coverage === 'single' && onPage.length > 1,
    part: groupPart(group.start, group.rows, slice, index.base),
  }));
  const fits = outlets.length <= MAX_COLUMNS;
  return {
    outlets,
    groups,
    page,
    pageCount: slices.length,
    claimCount,
    pager: comparePager(slices, page, index.base),
    groupLinks: groupLinks(placed, slices, page, index.base),
    pairs: page === 1 ? pairLinks(index) : [],
    pairsHref: page === 1 ? '#pairs' : comparePageHref(index.base, 1, 'pairs'),
    anchorPagesHref: withBase(index.base, COMPARE_ANCHOR_PAGES_PATH),
    maxColumns: MAX_COLUMNS,
    layout: fits ? 'columns' : 'cards',
    compact: !fits,
    chooserHint: chooserHint(outlets.length),
  };
}

/** How many pages the side-by-side table has (the routes of pages 2 onwards). */
export function comparePageCount(index: ComparisonIndex): number {
  return compareSlices(index.claims.length, index.articles.length).length;
}

/** A claim's row: a cell per outlet. */
function compareRow(index: ComparisonIndex, claim: KeyedClaim, outlets: readonly Outlet[]): CompareRow {
  const cells: CompareCell[] = index.articles.map((article) => {
    const sentences = claimSentencesIn(index, claim, article.id).map((sentence) => ({
      ...sentenceRef(index, sentence),
      claimKeys: index.claimKeysBySentence.get(sentence.id) ?? [claim.key],
    }));
    const suggestions =
      sentences.length > 0
        ? []
        : claimSuggestionsIn(index, claim, article.id).map((suggestion) => ({
            ...suggestion.sentence,
            claimKeys: (index.suggestionsBySentence.get(suggestion.sentence.id) ?? []).map((entry) => entry.key),
            confidence: suggestion.confidence,
            mark: suggestion.mark,
          }));
    const absence = sentences.length === 0 && suggestions.length === 0 ? absenceOf(index, claim, article) : null;
    return { articleId: article.id, sentences, suggestions, absence: absence && { kind: absence.kind, text: absence.text } };
  });
  return {
    claim: claimRef(index, claim),
    articleIds: cells.filter((cell) => cell.absence === null).map((cell) => cell.articleId),
    cells,
    absent: cells.flatMap((cell, at) => (cell.absence ? [{ articleId: cell.articleId, name: outlets[at]!.name, kind: cell.absence.kind }] : [])),
    suggested: cells.flatMap((cell, at) =>
      cell.suggestions.length > 0 ? [{ articleId: cell.articleId, name: outlets[at]!.name, sentences: cell.suggestions.length }] : [],
    ),
  };
}

/** What the chooser says: the real range, and what happens beyond the columns that fit. */
export function chooserHint(outlets: number, maxColumns = MAX_COLUMNS): string {
  const keep = 'The page address keeps your choice, so you can share it.';
  if (outlets <= maxColumns) return `Choose 2 to ${outlets} outlets. ${keep}`;
  return `Choose 2 to ${outlets} outlets. Up to ${maxColumns} are shown side by side as columns; with more, each claim lists only the outlets that have it. ${keep}`;
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
