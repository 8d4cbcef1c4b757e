import type { Comparison } from '../schemas/comparison.ts';
import type { Evaluation, EvaluationResult } from '../schemas/evaluation.ts';
import type { LayerScore, ReviewSummary, Share } from '../schemas/view/review.ts';
import { percent } from './format.ts';

/** A part of a whole, with its percentage. */
export function share(part: number, whole: number): Share {
  return { part, whole, percent: percent(whole === 0 ? 0 : part / whole) };
}

/**
 * What the overview and the method page say about the editor's review: the share of claims and
 * of reporting sentences an editor decided (from the data's own `review` record), and, per
 * labelled set, the claim scores of the machine alone and of the published claims (none when
 * this event has no evaluation figures).
 */
export function reviewSummary(comparison: Comparison, evaluation: Evaluation | null): ReviewSummary {
  const { review } = comparison;
  const results = evaluation?.results ?? [];
  const sets = [...new Set(results.map((result) => result.set))];
  const score = (result: EvaluationResult | undefined): LayerScore | null =>
    result ? { f1: percent(result.claimF1), precision: percent(result.claimPrecision), recall: percent(result.claimRecall) } : null;
  return {
    applied: review.applied,
    claims: share(review.reviewedClaims, review.claims),
    // Sentences an editor found state no fact are counted apart, not as covered.
    sentences: share(review.reviewedSentences, review.reportingSentences - review.noFactSentences),
    noFactSentences: review.noFactSentences,
    articles: share(comparison.articles.filter((article) => article.reviewed).length, comparison.articles.length),
    correctedSpeakers: review.correctedSpeakers,
    scores: sets.map((set) => {
      const of = (layer: EvaluationResult['layer']) => results.find((result) => result.set === set && result.layer === layer);
      return {
        set,
        description: (of('published') ?? of('machine') ?? of('file'))!.description,
        machine: score(of('machine')),
        published: score(of('published')),
      };
    }),
  };
}
