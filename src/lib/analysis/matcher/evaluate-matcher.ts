import type { CorpusEvaluation } from '../../schemas/evaluation.ts';
import type { PairModel, PairScoreSummary } from '../../schemas/pair-model.ts';
import { baselineClaims, BASELINE_THRESHOLDS } from './baseline.ts';
import { claimFeatures, claimScorer, DEFAULT_CANDIDATE_OPTIONS, sentenceCandidates, sentenceTermSets, type CandidateOptions, type ClaimScorer } from './candidates.ts';
import { calibrationError, reliabilityTable, type ReliabilityBin } from '../../stats/logistic.ts';
import { groupingScore, groupPairs, heldOutClaims, pairScore, suggestionScore, type LabelledSet } from './pair-training.ts';
import { affinitiesOf, scorePairs, type Affinities } from './scoring.ts';

/** The machine and the plain baseline on one labelled set, scored the same way. */
export interface MatcherEvaluation {
  name: string;
  articles: number;
  /** Pairwise score of the machine's claims against the labelled claims. */
  machine: PairScoreSummary;
  /** The word-overlap baseline at each fixed threshold. */
  baseline: Array<{ threshold: number; score: PairScoreSummary }>;
  /**
   * Each article held out in turn against the other articles' labelled claims: the pairs the
   * machine's suggestions make (F1), the baseline's pairs touching the article, and whether the
   * right claim is among the machine's first one and three candidates for each sentence whose
   * claim another article states.
   */
  leaveOneArticleOut: {
    suggestions: PairScoreSummary;
    baseline: Array<{ threshold: number; score: PairScoreSummary }>;
    sentences: number;
    top1: number;
    top3: number;
  };
  /** Calibrated confidence of candidate pairs against how often they were one claim. */
  reliability: ReliabilityBin[];
  /** The raw counts behind `reliability`, for pooling. */
  confidences: Array<[number, 0 | 1]>;
}

const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.indexOf('/'));

/** Scores the machine (with `model`) and the baseline on a labelled set. */
export function evaluateMatcher(labelled: LabelledSet, model: PairModel, candidateOptions: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS): MatcherEvaluation {
  const affinities = affinitiesOf(labelled.set, scorePairs(labelled.set, model));
  const units = labelled.articles ? labelled.set.units.filter((unit) => labelled.articles!.has(unit.sentence.articleId)) : labelled.set.units;
  const sentences = units.map((unit) => ({ id: unit.sentence.id, articleId: unit.sentence.articleId, text: unit.sentence.text }));
  const grouping = groupingScore(labelled, affinities, model.mergeThreshold);
  const baselineRuns = BASELINE_THRESHOLDS.map((threshold) => ({ threshold, pairs: groupPairs(baselineClaims(sentences, threshold).map((claim) => claim.sentenceIds)) }));
  const confidences = confidencePairs(labelled, affinities);
  const score = claimScorer(claimFeatures(labelled.set, affinities), model.claimStage);
  return {
    name: labelled.name,
    articles: new Set(sentences.map((sentence) => sentence.articleId)).size,
    machine: pairScore(grouping.predicted, grouping.gold),
    baseline: baselineRuns.map(({ threshold, pairs }) => ({ threshold, score: pairScore(pairs, grouping.gold) })),
    leaveOneArticleOut: leaveOneArticleOut(labelled, score, model, baselineRuns, candidateOptions),
    reliability: reliabilityTable(confidences.map(([p]) => p), confidences.map(([, y]) => y)),
    confidences,
  };
}

function leaveOneArticleOut(
  labelled: LabelledSet,
  score: ClaimScorer,
  model: PairModel,
  baselineRuns: ReadonlyArray<{ threshold: number; pairs: Set<string> }>,
  candidateOptions: CandidateOptions,
): MatcherEvaluation['leaveOneArticleOut'] {
  const suggested = suggestionScore(labelled, score, model.suggestionThreshold);
  const termsOf = sentenceTermSets(labelled.set.units);
  const inScope = (id: string) => !labelled.articles || labelled.articles.has(articleOf(id));
  const articles = [...new Set(labelled.set.units.map((unit) => unit.sentence.articleId))].filter((id) => !labelled.articles || labelled.articles.has(id));
  let sentences = 0;
  let top1 = 0;
  let top3 = 0;
  for (const article of articles) {
    const claims = heldOutClaims(labelled, article);
    const own = labelled.set.units.filter((unit) => unit.sentence.articleId === article).map((unit) => unit.sentence.id);
    const candidates = sentenceCandidates(own, claims, score, termsOf, { ...candidateOptions, perSentence: 3 });
    for (const sentenceId of own) {
      const right = new Set(labelled.claims.flatMap((members, index) => (members.includes(sentenceId) && claims.some((claim) => claim.id === `claim-${index}`) ? [`claim-${index}`] : [])));
      if (right.size === 0) continue;
      sentences++;
      const listed = candidates.get(sentenceId) ?? [];
      if (listed.slice(0, 1).some((candidate) => right.has(candidate.claimId))) top1++;
      if (listed.slice(0, 3).some((candidate) => right.has(candidate.claimId))) top3++;
    }
  }
  const touching = (pair: string) => {
    const [a, b] = pair.split('\n') as [string, string];
    return inScope(a) && inScope(b);
  };
  return {
    suggestions: pairScore(suggested.predicted, suggested.gold),
    baseline: baselineRuns.map(({ threshold, pairs }) => ({ threshold, score: pairScore(new Set([...pairs].filter(touching)), suggested.gold) })),
    sentences,
    top1,
    top3,
  };
}

/** Every candidate pair's calibrated confidence and whether a labelled claim holds both sentences. */
function confidencePairs(labelled: LabelledSet, affinities: Affinities): Array<[number, 0 | 1]> {
  const gold = groupPairs(labelled.claims);
  const out: Array<[number, 0 | 1]> = [];
  for (const [a, near] of affinities) {
    for (const [b, p] of near) {
      if (!(a < b)) continue;
      if (labelled.articles && (!labelled.articles.has(articleOf(a)) || !labelled.articles.has(articleOf(b)))) continue;
      out.push([p, gold.has(`${a}\n${b}`) ? 1 : 0]);
    }
  }
  return out;
}

/** Pooled pair scores of several evaluations. */
export function pooledScore(scores: readonly PairScoreSummary[]): PairScoreSummary {
  const truePositives = scores.reduce((sum, score) => sum + score.truePositives, 0);
  const goldPairs = scores.reduce((sum, score) => sum + score.goldPairs, 0);
  const predictedPairs = scores.reduce((sum, score) => sum + score.predictedPairs, 0);
  const precision = predictedPairs === 0 ? 0 : truePositives / predictedPairs;
  const recall = goldPairs === 0 ? 0 : truePositives / goldPairs;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), truePositives, goldPairs, predictedPairs };
}

/** Pools leave-one-article-out figures of several evaluations. */
export function pooledLeaveOneArticleOut(runs: ReadonlyArray<MatcherEvaluation['leaveOneArticleOut']>): MatcherEvaluation['leaveOneArticleOut'] {
  return {
    suggestions: pooledScore(runs.map((run) => run.suggestions)),
    baseline: BASELINE_THRESHOLDS.map((threshold, index) => ({ threshold, score: pooledScore(runs.map((run) => run.baseline[index]!.score)) })),
    sentences: runs.reduce((sum, run) => sum + run.sentences, 0),
    top1: runs.reduce((sum, run) => sum + run.top1, 0),
    top3: runs.reduce((sum, run) => sum + run.top3, 0),
  };
}

/** The corpus's figures for `corpus-evaluation.json`: every event, and the held-out ones pooled. */
export function corpusEvaluation(
  runs: ReadonlyArray<MatcherEvaluation & { title: string; heldOut: boolean }>,
  split: { tune: string[]; heldOut: string[] },
  ablation: CorpusEvaluation['ablation'] = [],
): CorpusEvaluation {
  const heldOut = runs.filter((run) => run.heldOut);
  const confidences = heldOut.flatMap((run) => run.confidences);
  const table = reliabilityTable(confidences.map(([p]) => p), confidences.map(([, y]) => y));
  return {
    about:
      'The machine on the invented events of the evaluation corpus (tests/fixtures/events), beside the plain word-overlap baseline, written by npm run eval -- --write. ' +
      'Held-out events were never fitted or tuned on; tune events are in-sample.',
    split,
    events: runs.map((run) => ({
      event: run.name,
      title: run.title,
      heldOut: run.heldOut,
      articles: run.articles,
      machine: roundScore(run.machine),
      baseline: run.baseline.map(({ threshold, score }) => ({ threshold, score: roundScore(score) })),
      leaveOneArticleOut: roundLeaveOneOut(run.leaveOneArticleOut),
      calibrationError: round(calibrationError(run.reliability)),
      reliability: run.reliability.map(roundBin),
    })),
    pooled: {
      machine: roundScore(pooledScore(heldOut.map((run) => run.machine))),
      baseline: BASELINE_THRESHOLDS.map((threshold, index) => ({ threshold, score: roundScore(pooledScore(heldOut.map((run) => run.baseline[index]!.score))) })),
      leaveOneArticleOut: roundLeaveOneOut(pooledLeaveOneArticleOut(heldOut.map((run) => run.leaveOneArticleOut))),
      reliability: table.map(roundBin),
      calibrationError: round(calibrationError(table)),
    },
    ablation,
  };
}

export function roundLeaveOneOut(run: MatcherEvaluation['leaveOneArticleOut']): MatcherEvaluation['leaveOneArticleOut'] {
  return { ...run, suggestions: roundScore(run.suggestions), baseline: run.baseline.map(({ threshold, score }) => ({ threshold, score: roundScore(score) })) };
}

function roundScore(score: PairScoreSummary): PairScoreSummary {
  return { ...score, precision: round(score.precision), recall: round(score.recall), f1: round(score.f1) };
}

function roundBin(bin: ReliabilityBin): ReliabilityBin {
  return {
    ...bin,
    low: round(bin.low),
    high: round(bin.high),
    meanPredicted: bin.meanPredicted === null ? null : round(bin.meanPredicted),
    observed: bin.observed === null ? null : round(bin.observed),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
