import { compareCodeUnits } from '../ingest/article-id.ts';
import type { Claim, Comparison, ComparisonArticle, ComparisonSentence, Quote, QuoteGroup } from '../schemas/comparison.ts';
import type { Absence, ClaimRef, Outlet, SentenceRef, SuggestionView } from '../schemas/view/common.ts';
import { articlePath, claimPath, comparePath, withBase } from '../site/paths.ts';
import { comparePageOf, COVERAGE_ORDER } from './compare-pages.ts';
import { machineMark, REVIEWED_MARK } from './format.ts';
import { distinctOutletNames } from './outlet-names.ts';

/** A claim with what pages need to place and link it. */
export interface KeyedClaim extends Claim {
  /** Unique key for URLs and anchors: the id, suffixed "-2", "-3", … when the data repeats an id. */
  key: string;
  /** Position in display order, from 1. */
  number: number;
  /** The side-by-side page that holds its row, from 1 (`compare-pages.ts`). */
  comparePage: number;
}

/**
 * The comparison data, looked up every way the pages need it. Built once per page from the
 * validated `comparison.json`; every view-model function takes it.
 */
export interface ComparisonIndex {
  comparison: Comparison;
  /** Deployment base path (`import.meta.env.BASE_URL`), joined to every link. */
  base: string;
  /** Articles in the data's order (the order of the raw files). */
  articles: ComparisonArticle[];
  articleById: Map<string, ComparisonArticle>;
  sentenceById: Map<string, ComparisonSentence>;
  /** Each article's sentences in reading order. */
  sentencesByArticle: Map<string, ComparisonSentence[]>;
  /** Claims in display order: most outlets first, then by where the articles tell them. */
  claims: KeyedClaim[];
  claimByKey: Map<string, KeyedClaim>;
  /**
   * Keys of the claims each sentence belongs to, from the claims' own member lists (which
   * stay unambiguous when the data repeats a claim id), in display order.
   */
  claimKeysBySentence: Map<string, string[]>;
  /** The key of each claim id (the first claim with it, when the data repeats an id). */
  keyByClaimId: Map<string, string>;
  /** For each sentence, the reviewed claims the machine suggests it states (not the editor's placing), in display order. */
  suggestionsBySentence: Map<string, Array<{ key: string; confidence: number }>>;
  /** Each article's name on the pages, unique among the articles. */
  outletNameById: Map<string, string>;
  quoteById: Map<string, Quote>;
  quoteGroupById: Map<string, QuoteGroup>;
}

/** Indexes the comparison for the pages. `base` is the deployment's base path. */
export function indexComparison(comparison: Comparison, base: string): ComparisonIndex {
  const articles = comparison.articles;
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const sentenceById = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence]));
  const sentencesByArticle = new Map<string, ComparisonSentence[]>(articles.map((article) => [article.id, []]));
  for (const sentence of comparison.sentences) sentencesByArticle.get(sentence.articleId)?.push(sentence);
  for (const list of sentencesByArticle.values()) list.sort((a, b) => a.index - b.index);

  const keys = uniqueKeys(comparison.claims.map((claim) => claim.id));
  const positioned = comparison.claims.map((claim, at) => ({ claim, key: keys[at]!, position: meanPosition(claim, sentenceById, sentencesByArticle) }));
  positioned.sort((a, b) => b.claim.articleIds.length - a.claim.articleIds.length || a.position - b.position || compareCodeUnits(a.key, b.key));
  // The side-by-side table shows the claims group by group (every outlet, several, one); its pages follow that order.
  const tableOrder = COVERAGE_ORDER.flatMap((coverage) => positioned.filter(({ claim }) => claim.coverage === coverage).map(({ key }) => key));
  const comparePages = new Map(tableOrder.map((key, at) => [key, comparePageOf(at, articles.length)]));
  const claims: KeyedClaim[] = positioned.map(({ claim, key }, at) => ({ ...claim, key, number: at + 1, comparePage: comparePages.get(key) ?? 1 }));

  const claimKeysBySentence = new Map<string, string[]>();
  for (const claim of claims) {
    for (const id of claim.sentenceIds) {
      const list = claimKeysBySentence.get(id) ?? [];
      if (!list.includes(claim.key)) list.push(claim.key);
      claimKeysBySentence.set(id, list);
    }
  }

  const suggestionsBySentence = new Map<string, Array<{ key: string; confidence: number }>>();
  for (const claim of claims) {
    for (const suggestion of claim.suggestions) {
      const list = suggestionsBySentence.get(suggestion.sentenceId) ?? [];
      if (!list.some((entry) => entry.key === claim.key)) list.push({ key: claim.key, confidence: suggestion.confidence });
      suggestionsBySentence.set(suggestion.sentenceId, list);
    }
  }

  return {
    comparison,
    base,
    articles,
    articleById,
    sentenceById,
    sentencesByArticle,
    claims,
    claimByKey: new Map(claims.map((claim) => [claim.key, claim])),
    claimKeysBySentence,
    keyByClaimId: new Map([...comparison.claims.map((claim, at) => [claim.id, keys[at]!] as const)].reverse()),
    suggestionsBySentence,
    outletNameById: distinctOutletNames(articles),
    quoteById: new Map(comparison.quotes.map((quote) => [quote.id, quote])),
    quoteGroupById: new Map(comparison.quoteGroups.map((group) => [group.id, group])),
  };
}

/** The ids made unique: the first keeps its id, later repeats get "-2", "-3", … (never an id already in use). */
export function uniqueKeys(ids: readonly string[]): string[] {
  const taken = new Set(ids);
  const seen = new Set<string>();
  return ids.map((id) => {
    if (!seen.has(id)) {
      seen.add(id);
      return id;
    }
    let suffix = 2;
    while (taken.has(`${id}-${suffix}`)) suffix++;
    const key = `${id}-${suffix}`;
    taken.add(key);
    return key;
  });
}

/** Where, on average, the articles reporting a claim tell it: 0 at the start, 1 at the end. */
function meanPosition(claim: Claim, sentenceById: Map<string, ComparisonSentence>, sentencesByArticle: Map<string, ComparisonSentence[]>): number {
  const first = new Map<string, number>();
  for (const id of claim.sentenceIds) {
    const sentence = sentenceById.get(id);
    if (!sentence) continue;
    const previous = first.get(sentence.articleId);
    if (previous === undefined || sentence.index < previous) first.set(sentence.articleId, sentence.index);
  }
  if (first.size === 0) return 1;
  let total = 0;
  for (const [articleId, index] of first) total += index / Math.max(1, sentencesByArticle.get(articleId)?.length ?? 1);
  return total / first.size;
}

/** An article as an outlet column or label. */
export function outletOf(index: ComparisonIndex, article: ComparisonArticle): Outlet {
  return {
    articleId: article.id,
    label: article.outletLabel,
    name: index.outletNameById.get(article.id) ?? article.outletLabel,
    known: article.outlet !== null,
    title: article.title,
    href: withBase(index.base, articlePath(article.id)),
    reviewed: article.reviewed,
  };
}

/** Every outlet, in the data's order. */
export function outletsOf(index: ComparisonIndex): Outlet[] {
  return index.articles.map((article) => outletOf(index, article));
}

/** A link to one sentence on its article page. */
export function sentenceRef(index: ComparisonIndex, sentence: ComparisonSentence): SentenceRef {
  return {
    id: sentence.id,
    articleId: sentence.articleId,
    anchor: sentence.anchor,
    text: sentence.text,
    href: withBase(index.base, articlePath(sentence.articleId, sentence.anchor)),
  };
}

/** A claim as lists and grids name it. */
export function claimRef(index: ComparisonIndex, claim: KeyedClaim): ClaimRef {
  return {
    key: claim.key,
    number: claim.number,
    label: claim.label,
    reviewed: claim.reviewed,
    confidence: claim.reviewed ? null : claim.confidence,
    mark: claimMark(claim),
    href: withBase(index.base, claimPath(claim.key)),
    compareHref: withBase(index.base, comparePath(claim.key, claim.comparePage)),
    count: claim.articleIds.length,
    coverage: claim.coverage,
  };
}

/** A claim's member sentences in one article, in reading order. */
export function claimSentencesIn(index: ComparisonIndex, claim: Claim, articleId: string): ComparisonSentence[] {
  return claim.sentenceIds
    .map((id) => index.sentenceById.get(id))
    .filter((sentence): sentence is ComparisonSentence => sentence !== undefined && sentence.articleId === articleId)
    .sort((a, b) => a.index - b.index);
}

/** What decided a claim, in the words shown beside it: "reviewed" or "machine match, 72% confidence". */
export function claimMark(claim: Pick<Claim, 'reviewed' | 'confidence'>): string {
  return claim.reviewed ? REVIEWED_MARK : machineMark(claim.confidence);
}

/** The machine's suggested members of a reviewed claim in one article, in reading order. */
export function claimSuggestionsIn(index: ComparisonIndex, claim: Claim, articleId: string): SuggestionView[] {
  const article = index.articleById.get(articleId);
  if (!article) return [];
  return claim.suggestions
    .filter((suggestion) => suggestion.articleId === articleId)
    .flatMap((suggestion) => {
      const sentence = index.sentenceById.get(suggestion.sentenceId);
      return sentence ? [{ sentence, confidence: suggestion.confidence }] : [];
    })
    .sort((a, b) => a.sentence.index - b.sentence.index)
    .map(({ sentence, confidence }) => ({ outlet: outletOf(index, article), sentence: sentenceRef(index, sentence), confidence, mark: machineMark(confidence) }));
}

/** Words for an outlet's absence from a claim. */
export const ABSENCE_TEXT: Record<Absence['kind'], string> = {
  'not-reported': 'not reported',
  'not-found': 'not found by the machine',
};

/**
 * What it means that an article has no sentence for a claim: an editorial finding ("not
 * reported") only when an editor reviewed the claim and checked the article; otherwise the
 * machine merely found none.
 */
export function absenceOf(index: ComparisonIndex, claim: Pick<Claim, 'reviewed'>, article: ComparisonArticle): Absence {
  const kind = claim.reviewed && article.reviewed ? 'not-reported' : 'not-found';
  return { outlet: outletOf(index, article), kind, text: ABSENCE_TEXT[kind] };
}

/** Every article with no member sentence for the claim, in the data's order, with what its absence means. */
export function claimAbsences(index: ComparisonIndex, claim: Pick<Claim, 'reviewed' | 'articleIds'>): Absence[] {
  return index.articles.filter((article) => !claim.articleIds.includes(article.id)).map((article) => absenceOf(index, claim, article));
}
