import type { Comparison } from '../schemas/comparison.ts';
import type { Evaluation } from '../schemas/evaluation.ts';
import type { MethodSetting, MethodView, PairModelView } from '../schemas/view/method.ts';
import { percent } from './format.ts';
import { reviewSummary } from './review-summary.ts';

/** What each published setting of the analysis does (see src/lib/analysis). */
export const SETTING_MEANINGS: Record<string, { area: MethodSetting['area']; meaning: string }> = {
  clauses: { area: 'claims', meaning: 'Sentences are split into clauses before comparison, so one sentence can carry several claims.' },
  claimNeighbours: { area: 'claims', meaning: 'Candidate matches kept per clause: the clauses of other articles sharing the most weighted terms with it.' },
  claimMergeThreshold: { area: 'claims', meaning: 'Two groups of clauses merge into one claim while the mean similarity of their cross-article pairs is at least this.' },
  claimSecondaryThreshold: { area: 'claims', meaning: 'A clause also joins a second claim when its mean similarity to that claim’s members is at least this.' },
  claimTwinThreshold: { area: 'claims', meaning: 'A clause this similar to another clause of its own article (a key point restating the body) shares its claims.' },
  claimLinkageSample: { area: 'claims', meaning: 'Members per side used to estimate the mean similarity of two large groups.' },
  claimMaxPostings: { area: 'claims', meaning: 'Terms found in more clauses than this do not propose candidates: a fixed number, so that adding unrelated articles changes no match, and the work stays near linear.' },
  claimCandidateTerms: { area: 'claims', meaning: 'Only a clause’s most heavily weighted terms, this many, are looked up to find its candidates.' },
  termWeightWord: { area: 'terms', meaning: 'Weight of an ordinary content word (as a word family).' },
  termWeightEntity: { area: 'terms', meaning: 'Weight of a name, counted as its entity whatever the spelling.' },
  termWeightFigure: { area: 'terms', meaning: 'Weight of a figure together with the word it belongs to ("30-day strike").' },
  termWeightBareFigure: { area: 'terms', meaning: 'Weight of a bare figure with its unit ("30 days").' },
  termWeightPair: { area: 'terms', meaning: 'Weight of two neighbouring terms, which rewards shared phrasing.' },
  termWeightContext: { area: 'terms', meaning: 'Weight of the terms of a sentence’s other clauses, as context for a clause.' },
  quoteMinimumContainment: { area: 'quotes', meaning: 'Two quotes match when at least this share of the shorter one’s words occur in the longer…' },
  quoteMinimumSharedContentWords: { area: 'quotes', meaning: '…and they share at least this many content words (unless the shorter is wholly a phrase of the longer).' },
  suggestionThreshold: { area: 'claims', meaning: 'A sentence no editor has placed is shown as a suggested member of a reviewed claim when the machine’s confidence that it states the claim is at least this.' },
  pairModelMergeThreshold: { area: 'claims', meaning: 'With the fitted pair model grouping, groups merge while the mean confidence of their cross-article pairs is at least this.' },
  confidenceModel: { area: 'claims', meaning: 'How the machine turns the similarity of two sentences into the confidence shown beside machine claims and suggestions.' },
  figureContextOverlap: { area: 'figures', meaning: 'Share of context words two figures of different amounts must have in common (with the same thing named, or the same governing word) to count as one measure.' },
  figureMaxValueRatio: { area: 'figures', meaning: 'Two different amounts further apart than this factor are never one measure.' },
  figureRoleFacets: {
    area: 'figures',
    meaning:
      'Role words that make one thing into different facts (a demand or an offer; the dead, injured or missing; homes destroyed or damaged; jobs lost or created; confirmed or suspected; threatened, planned or forecast; a quarter or a full year; another year; fixed-rate or variable-rate; a match stage; a change or a level; a time zone). Figures whose roles disagree are never grouped, different amounts are grouped only with exactly the same roles (never dates, times or ordinals), and only such a group is called conflicting.',
  },
};

/** What each evaluated layer is, in the words the method page uses. */
export const LAYER_LABELS = { machine: 'machine alone', published: 'published claims', file: 'given file' } as const;

const AREA_ORDER: ReadonlyArray<MethodSetting['area']> = ['claims', 'terms', 'quotes', 'figures', 'other'];

/** The method page's figures: settings with their meaning, evaluation scores, and what was found. */
export function methodView(comparison: Comparison, evaluation: Evaluation): MethodView {
  const settings = Object.entries(comparison.method)
    .map(([key, value]) => ({ key, value: String(value), meaning: SETTING_MEANINGS[key]?.meaning ?? '', area: SETTING_MEANINGS[key]?.area ?? ('other' as const) }))
    .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
  const published = Object.entries(comparison.method);
  const evaluated = evaluation.method;
  return {
    settings,
    review: reviewSummary(comparison, evaluation),
    evaluationMatchesSettings: published.length === Object.keys(evaluated).length && published.every(([key, value]) => evaluated[key] === value),
    evaluation: evaluation.results.map((result) => ({
      set: result.set,
      layer: LAYER_LABELS[result.layer],
      description: result.description,
      claims: result.claims,
      quotes: result.quotes,
      claimPrecision: percent(result.claimPrecision),
      claimRecall: percent(result.claimRecall),
      claimF1: percent(result.claimF1),
      quoteRecall: percent(result.quoteRecall),
      speakerAccuracy: percent(result.speakerAccuracy),
    })),
    evaluationSets: [...new Map(evaluation.results.map((result) => [result.set, { set: result.set, description: result.description }])).values()],
    pairModel: pairModelView(evaluation.pairModel),
    counts: {
      articles: comparison.articles.length,
      sentences: comparison.sentences.length,
      reportingSentences: comparison.sentences.filter((sentence) => sentence.reporting).length,
      claims: comparison.claims.length,
      sharedClaims: comparison.claims.filter((claim) => claim.coverage !== 'single').length,
      quotes: comparison.quotes.length,
      quoteGroups: comparison.quoteGroups.length,
      entities: comparison.entities.length,
      figures: comparison.figures.length,
    },
  };
}

/** The pair model's held-out figures, formatted; empty confidence bins are left out. */
export function pairModelView(model: Evaluation['pairModel']): PairModelView | null {
  if (!model) return null;
  const cv = model.crossValidation;
  return {
    reviewedClaims: model.trainedOn.reviewedClaims,
    positives: model.trainedOn.positives,
    negatives: model.trainedOn.negatives,
    grouping: model.grouping === 'model' ? 'the model' : 'the cosine rule',
    modelF1: percent(model.groupingScores.model.f1),
    cosineF1: percent(model.groupingScores.cosine.f1),
    pooledF1: percent(cv.pooled.f1),
    interval: `${percent(cv.f1Interval.low)}–${percent(cv.f1Interval.high)}`,
    folds: cv.folds.map((fold) => ({ heldOut: fold.heldOut, f1: percent(fold.score.f1), precision: percent(fold.score.precision), recall: percent(fold.score.recall) })),
    calibrationError: percent(cv.calibrationError),
    reliability: cv.reliability
      .filter((bin) => bin.count > 0)
      .map((bin) => ({ range: `${percent(bin.low)}–${percent(bin.high)}`, pairs: bin.count, meanConfidence: percent(bin.meanPredicted!), observed: percent(bin.observed!) })),
  };
}
