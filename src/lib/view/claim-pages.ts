import { wordDiff } from '../analysis/word-diff.ts';
import { compareCodeUnits } from '../ingest/article-id.ts';
import type { Attribution, ComparisonSentence } from '../schemas/comparison.ts';
import type { AttributionView } from '../schemas/view/common.ts';
import type { ClaimList, ClaimOutlet, ClaimPage } from '../schemas/view/claims.ts';
import { renderEditorNote } from '../review/editor-note.ts';
import { claimAbsences, claimRef, claimSentencesIn, claimSuggestionsIn, outletOf, sentenceRef, type ComparisonIndex, type KeyedClaim } from './comparison-index.ts';
import { COVERAGE_LABELS } from './coverage-grid.ts';
import { diffSimilarity } from './diff-similarity.ts';
import { disagreeingFigures } from './figures-view.ts';
import { ATTRIBUTION_LABELS, percent } from './format.ts';

/** Every claim, grouped by coverage, with who reports it, who an editor found does not, what the machine could not find or suggests. */
export function claimList(index: ComparisonIndex): ClaimList {
  const nameOf = (id: string) => index.outletNameById.get(id) ?? id;
  const ordered = (ids: readonly string[]) => index.articles.filter((article) => ids.includes(article.id)).map((article) => nameOf(article.id));
  return {
    groups: (['all', 'several', 'single'] as const)
      .map((coverage) => ({
        coverage,
        label: COVERAGE_LABELS[coverage],
        claims: index.claims
          .filter((claim) => claim.coverage === coverage)
          .map((claim) => {
            const absences = claimAbsences(index, claim);
            const suggested = new Map<string, number>();
            for (const suggestion of claim.suggestions) suggested.set(suggestion.articleId, Math.max(suggested.get(suggestion.articleId) ?? 0, suggestion.confidence));
            return {
              claim: claimRef(index, claim),
              outlets: ordered(claim.articleIds),
              notReported: absences.filter((absence) => absence.kind === 'not-reported' && !suggested.has(absence.outlet.articleId)).map((absence) => absence.outlet.name),
              notFound: absences.filter((absence) => absence.kind === 'not-found' && !suggested.has(absence.outlet.articleId)).map((absence) => absence.outlet.name),
              suggested: index.articles
                .filter((article) => suggested.has(article.id))
                .map((article) => `${nameOf(article.id)} (${percent(suggested.get(article.id)!)} confidence)`),
            };
          }),
      }))
      .filter((group) => group.claims.length > 0),
  };
}

/** Where a reviewed claim's file is, when the collection does not say: its id is the file's name. */
export function claimFilePath(id: string): string {
  return `content/claims/${id}.md`;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Below this share of words in common a word diff is mostly strike-through: the wording is shown whole instead. */
export const MIN_DIFF_SIMILARITY = 0.4;

/**
 * One claim's page. The reference wording is the member sentence whose words the other outlets
 * share most (see `referenceSentence`): the most common wording, taken from the articles,
 * never composed. Each other outlet's sentence
 * closest to it is shown as a word diff from it, when they have at least `MIN_DIFF_SIMILARITY`
 * of their words in common.
 */
export function claimPage(index: ComparisonIndex, key: string, files: ReadonlyMap<string, string> = new Map()): ClaimPage {
  const claim = index.claimByKey.get(key);
  if (!claim) throw new Error(`claimPage: unknown claim ${key}`);
  const reporting = index.articles.filter((article) => claim.articleIds.includes(article.id));
  const byArticle = new Map(reporting.map((article) => [article.id, claimSentencesIn(index, claim, article.id)]));
  const reference = referenceSentence(claim, byArticle);
  const referenceArticle = index.articleById.get(reference.articleId)!;
  const labelSentence = claim.labelSentenceId === null ? undefined : index.sentenceById.get(claim.labelSentenceId);
  const labelArticle = claim.labelSentenceId === null ? null : (index.articleById.get(labelSentence?.articleId ?? reference.articleId) ?? referenceArticle);
  const suggestions = index.articles.flatMap((article) => claimSuggestionsIn(index, claim, article.id));
  // An outlet with suggested sentences is neither "not reported" nor "not found": it is listed with its suggestions.
  const suggested = new Set(suggestions.map((suggestion) => suggestion.outlet.articleId));
  const absences = claimAbsences(index, claim).filter((absence) => !suggested.has(absence.outlet.articleId));

  const outlets: ClaimOutlet[] = reporting.map((article) => {
    const sentences = byArticle.get(article.id) ?? [];
    const diffs = sentences.map((sentence) => (sentence.id === reference.id ? null : wordDiff(reference.text, sentence.text)));
    const similarities = diffs.map((diff) => (diff ? diffSimilarity(diff) : null));
    const holdsReference = sentences.some((sentence) => sentence.id === reference.id);
    let closest = -1;
    if (!holdsReference) {
      similarities.forEach((similarity, at) => {
        if (similarity !== null && (closest === -1 || similarity > similarities[closest]!)) closest = at;
      });
    }
    return {
      outlet: outletOf(index, article),
      wordings: sentences.map((sentence, at) => ({
        sentence: sentenceRef(index, sentence),
        attribution: attributionView(sentence.attribution),
        reference: sentence.id === reference.id,
        diff: at === closest && similarities[at]! >= MIN_DIFF_SIMILARITY ? diffs[at]! : null,
        similarity: at === closest ? similarities[at]! : null,
      })),
    };
  });

  const position = index.claims.findIndex((candidate) => candidate.key === claim.key);
  const previous = index.claims[position - 1];
  const next = index.claims[position + 1];
  return {
    claim: claimRef(index, claim),
    outletCount: index.articles.length,
    labelOutlet: labelArticle ? outletOf(index, labelArticle) : null,
    reference: { outlet: outletOf(index, referenceArticle), sentence: sentenceRef(index, reference) },
    outlets,
    notReported: absences.filter((absence) => absence.kind === 'not-reported').map((absence) => absence.outlet),
    notFound: absences.filter((absence) => absence.kind === 'not-found').map((absence) => absence.outlet),
    suggestions,
    suggestedOutlets: index.articles.filter((article) => suggested.has(article.id)).map((article) => outletOf(index, article)),
    noteHtml: claim.note === null ? null : renderEditorNote(claim.note, index.base),
    // A reviewed claim's id is its file's name; a machine claim has no file until an editor makes one.
    file: claim.reviewed ? (files.get(claim.id) ?? claimFilePath(claim.id)) : null,
    figures: disagreeingFigures(index, claim.figureIds),
    previous: previous ? claimRef(index, previous) : null,
    next: next ? claimRef(index, next) : null,
  };
}

/** The member sentence most like the other outlets' wordings; ties go to the claim's label sentence, then reading order. */
/** Sentences with fewer distinct words than this are less likely to be the common wording. */
const FULL_WORDING_WORDS = 8;

/**
 * The member sentence whose words the other outlets share most: for each of its distinct words,
 * the share of the other reporting articles that use it in their sentences for the claim,
 * averaged, and scaled down for very short sentences. One pass over the words, so a claim
 * carried by hundreds of outlets costs no more than its text. Ties go to the label's sentence,
 * then to the first sentence id.
 */
function referenceSentence(claim: KeyedClaim, byArticle: Map<string, ComparisonSentence[]>): ComparisonSentence {
  const wordsOf = new Map<string, Set<string>>();
  const articlesWith = new Map<string, Set<string>>();
  for (const [articleId, sentences] of byArticle) {
    for (const sentence of sentences) {
      const words = new Set(sentence.text.toLowerCase().match(WORD) ?? []);
      wordsOf.set(sentence.id, words);
      for (const word of words) (articlesWith.get(word) ?? articlesWith.set(word, new Set()).get(word)!).add(articleId);
    }
  }
  const others = Math.max(1, byArticle.size - 1);
  let best: ComparisonSentence | undefined;
  let bestScore = -1;
  for (const sentence of [...byArticle.values()].flat()) {
    const words = wordsOf.get(sentence.id)!;
    let shared = 0;
    for (const word of words) shared += (articlesWith.get(word)!.size - 1) / others;
    const score = words.size === 0 ? 0 : (shared / words.size) * Math.min(1, words.size / FULL_WORDING_WORDS);
    const better =
      !best ||
      score > bestScore ||
      (score === bestScore && sentence.id === claim.labelSentenceId) ||
      (score === bestScore && best.id !== claim.labelSentenceId && compareCodeUnits(sentence.id, best.id) < 0);
    if (better) {
      best = sentence;
      bestScore = score;
    }
  }
  return best!;
}

/** Whom a sentence relies on, in words. */
export function attributionView(attribution: Attribution): AttributionView {
  return { kind: attribution.kind, kindLabel: ATTRIBUTION_LABELS[attribution.kind], source: attribution.source, cue: attribution.cue };
}
