import type { PairModel, PairScoreSummary } from '../../schemas/pair-model.ts';
import { baselineClaims, BASELINE_THRESHOLDS } from './baseline.ts';
import { DEFAULT_CANDIDATE_OPTIONS, sentenceCandidates, sentenceTermSets, type CandidateOptions } from './candidates.ts';
import { reliabilityTable, type ReliabilityBin } from './logistic.ts';
import { groupingScore, groupPairs, pairScore, suggestionScore, type LabelledSet } from './pair-training.ts';
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
  return {
    name: labelled.name,
    articles: new Set(sentences.map((sentence) => sentence.articleId)).size,
    machine: pairScore(grouping.predicted, grouping.gold),
    baseline: baselineRuns.map(({ threshold, pairs }) => ({ threshold, score: pairScore(pairs, grouping.gold) })),
    leaveOneArticleOut: leaveOneArticleOut(labelled, affinities, model, baselineRuns, candidateOptions),
    reliability: reliabilityTable(confidences.map(([p]) => p), confidences.map(([, y]) => y)),
    confidences,
  };
}

function leaveOneArticleOut(
  labelled: LabelledSet,
  affinities: Affinities,
  model: PairModel,
  baselineRuns: ReadonlyArray<{ threshold: number; pairs: Set<string> }>,
  candidateOptions: CandidateOptions,
): MatcherEvaluation['leaveOneArticleOut'] {
  const suggested = suggestionScore(labelled, affinities, model.suggestionThreshold);
  const termsOf = sentenceTermSets(labelled.set.units);
  const inScope = (id: string) => !labelled.articles || labelled.articles.has(articleOf(id));
  const articles = [...new Set(labelled.set.units.map((unit) => unit.sentence.articleId))].filter((id) => !labelled.articles || labelled.articles.has(id));
  let sentences = 0;
  let top1 = 0;
  let top3 = 0;
  for (const article of articles) {
    const claims = labelled.claims
      .map((members, index) => ({ id: `claim-${index}`, sentenceIds: members.filter((id) => articleOf(id) !== article && inScope(id)) }))
      .filter((claim) => claim.sentenceIds.length > 0);
    const own = labelled.set.units.filter((unit) => unit.sentence.articleId === article).map((unit) => unit.sentence.id);
    const candidates = sentenceCandidates(own, claims, affinities, termsOf, { ...candidateOptions, perSentence: 3 });
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
