import type { Comparison } from '../schemas/comparison.ts';
import type { CorpusEvaluation, Evaluation, LeaveOneArticleOut } from '../schemas/evaluation.ts';
import type { PairScoreSummary } from '../schemas/pair-model.ts';
import type { CorpusView, EventLeaveOneOutView, MatcherRow, MethodSetting, MethodView } from '../schemas/view/method.ts';
import { percent } from './format.ts';
import { reviewSummary } from './review-summary.ts';

/** What each published setting of the analysis does (see src/lib/analysis). */
export const SETTING_MEANINGS: Record<string, { area: MethodSetting['area']; meaning: string }> = {
  candidateNeighbours: { area: 'claims', meaning: 'Candidate matches kept per sentence: the sentences of other articles sharing the most weighted terms with it. Only these pairs are scored.' },
  candidateMaxPostings: { area: 'claims', meaning: 'Terms found in more sentences than this do not propose candidates: a fixed number, so that adding unrelated articles changes no match, and the work stays near linear.' },
  candidateTerms: { area: 'claims', meaning: 'Only a sentence’s most heavily weighted terms, this many, are looked up to find its candidates.' },
  pairModel: { area: 'claims', meaning: 'How the machine turns two sentences into the probability that they state one claim, and what it was fitted on.' },
  mergeThreshold: { area: 'claims', meaning: 'Two sentences of different articles are linked into one machine claim when the pair model’s confidence is at least this (chosen on the corpus’s tune events).' },
  suggestionThreshold: { area: 'claims', meaning: 'A sentence no editor has placed is shown as a suggested member of a reviewed claim when the machine’s confidence that it states the claim is at least this.' },
  claimsProposedPerSentence: { area: 'claims', meaning: 'The claims proposed for each sentence no editor placed, most likely first (the article page’s “possible claims”).' },
  candidateFloor: { area: 'claims', meaning: 'A claim is proposed for a sentence only at or above this confidence.' },
  distinctiveTermMaxShare: { area: 'claims', meaning: 'A claim is proposed for a sentence only if they share a term that at most this share of the other claims use: never on words that run through the whole event alone.' },
  distinctiveTermMinOtherClaims: { area: 'claims', meaning: '…however few claims there are, a term may appear in this many others and still distinguish a claim.' },
  quoteMinimumContainment: { area: 'quotes', meaning: 'Two quotes match when at least this share of the shorter one’s words occur in the longer…' },
  quoteMinimumSharedContentWords: { area: 'quotes', meaning: '…and they share at least this many content words (unless the shorter is wholly a phrase of the longer).' },
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
export function methodView(comparison: Comparison, evaluation: Evaluation | null, corpus: CorpusEvaluation | null = null): MethodView {
  const settings = Object.entries(comparison.method)
    .map(([key, value]) => ({ key, value: String(value), meaning: SETTING_MEANINGS[key]?.meaning ?? '', area: SETTING_MEANINGS[key]?.area ?? ('other' as const) }))
    .sort((a, b) => AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area));
  const published = Object.entries(comparison.method);
  const evaluated = evaluation?.method ?? comparison.method;
  const results = evaluation?.results ?? [];
  return {
    settings,
    review: reviewSummary(comparison, evaluation),
    evaluationMatchesSettings: published.length === Object.keys(evaluated).length && published.every(([key, value]) => evaluated[key] === value),
    evaluation: results.map((result) => ({
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
    evaluationSets: [...new Map(results.map((result) => [result.set, { set: result.set, description: result.description }])).values()],
    corpus: corpus && corpusView(corpus),
    leaveOneOut: evaluation?.leaveOneArticleOut ? leaveOneOutView(evaluation.leaveOneArticleOut) : null,
    model: String(comparison.method['pairModel'] ?? ''),
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

const score = (value: PairScoreSummary) => ({ f1: percent(value.f1), precision: percent(value.precision), recall: percent(value.recall) });
const margin = (value: number) => `${value >= 0 ? '+' : '−'}${Math.round(Math.abs(value) * 100)} points`;
const share = (part: number, whole: number) => (whole === 0 ? '–' : percent(part / whole));

/** One row of the corpus table: the machine, the baseline at each threshold with the machine's margin, and the candidates. */
function matcherRow(name: string, articles: number, machine: PairScoreSummary, baseline: ReadonlyArray<{ threshold: number; score: PairScoreSummary }>, loo: LeaveOneArticleOut): MatcherRow {
  return {
    name,
    articles,
    machine: score(machine),
    baseline: baseline.map(({ threshold, score: base }) => ({ threshold: threshold.toFixed(2), f1: percent(base.f1), margin: margin(machine.f1 - base.f1) })),
    top1: share(loo.top1, loo.sentences),
    top3: share(loo.top3, loo.sentences),
    sentences: loo.sentences,
  };
}

/** The evaluation corpus's figures for the method page: held-out events only, tune events named as in-sample. */
export function corpusView(corpus: CorpusEvaluation): CorpusView {
  const heldOut = corpus.events.filter((event) => event.heldOut);
  return {
    heldOut: heldOut.map((event) => matcherRow(event.title, event.articles, event.machine, event.baseline, event.leaveOneArticleOut)),
    pooled: matcherRow('All held-out events', heldOut.reduce((sum, event) => sum + event.articles, 0), corpus.pooled.machine, corpus.pooled.baseline, corpus.pooled.leaveOneArticleOut),
    tuneEvents: corpus.events.filter((event) => !event.heldOut).map((event) => event.title),
    reliability: corpus.pooled.reliability
      .filter((bin) => bin.count > 0)
      .map((bin) => ({ range: `${percent(bin.low)}–${percent(bin.high)}`, pairs: bin.count, meanConfidence: percent(bin.meanPredicted!), observed: percent(bin.observed!) })),
    calibrationError: percent(corpus.pooled.calibrationError),
    ablation: corpus.ablation.map((row) => ({ without: row.without, f1: percent(row.f1), delta: row.delta === 0 ? '±0 points' : margin(row.delta), top3: percent(row.top3) })),
  };
}

/** This event's reviewed claims, each reviewed article held out in turn, formatted. */
export function leaveOneOutView(loo: NonNullable<Evaluation['leaveOneArticleOut']>): EventLeaveOneOutView {
  return {
    articles: loo.articles,
    suggestions: score(loo.suggestions),
    baseline: loo.baseline.map(({ threshold, score: base }) => ({ threshold: threshold.toFixed(2), f1: percent(base.f1), margin: margin(loo.suggestions.f1 - base.f1) })),
    top1: share(loo.top1, loo.sentences),
    top3: share(loo.top3, loo.sentences),
    sentences: loo.sentences,
  };
}
