import type { PairModel } from '../../schemas/pair-model.ts';
import { logit, sigmoid, type Logistic } from '../../stats/logistic.ts';
import { candidatePairs, DEFAULT_NEIGHBOUR_OPTIONS, type NeighbourOptions } from './neighbours.ts';
import { CLAIM_FEATURES } from './candidates.ts';
import { PATH_FEATURES, pathFeatures, SENTENCE_FEATURES, sentenceFeatures, type ProbabilityGraph } from './pair-features.ts';
import type { MatchSet } from './units.ts';

export type { Affinities } from './units.ts';

/** The fitted weights the scoring needs: two logistic stages and the calibration. */
export type ModelWeights = Pick<PairModel, 'sentenceStage' | 'pathStage' | 'calibration'> & Partial<Pick<PairModel, 'claimStage'>>;

/** One scored candidate pair, with everything computed on the way (training reads the features). */
export interface ScoredPair {
  /** Indexes of the two units in the set. */
  a: number;
  b: number;
  sentence: number[];
  /** First-stage probability, from the sentence features alone. */
  first: number;
  path: number[];
  /** Second-stage log-odds, before calibration. */
  logOdds: number;
  /** Calibrated probability. */
  probability: number;
}

/** The first-stage probability graph of scored pairs. */
export function firstStageGraph(set: MatchSet, pairs: ReadonlyArray<{ a: number; b: number; first: number }>): ProbabilityGraph {
  const graph = new Map<string, Map<string, number>>();
  for (const pair of pairs) {
    const x = set.units[pair.a]!.sentence.id;
    const y = set.units[pair.b]!.sentence.id;
    (graph.get(x) ?? graph.set(x, new Map()).get(x)!).set(y, pair.first);
    (graph.get(y) ?? graph.set(y, new Map()).get(y)!).set(x, pair.first);
  }
  return graph;
}

/**
 * Scores every candidate pair of the set in two stages: the sentence features give a first
 * probability; the path features, read from the graph of first probabilities, join them in the
 * second stage; Platt scaling calibrates its log-odds, so 0.8 means "one claim about 8 times in
 * 10" on events the model was not fitted on.
 */
export function scorePairs(set: MatchSet, model: ModelWeights, options: NeighbourOptions = DEFAULT_NEIGHBOUR_OPTIONS): ScoredPair[] {
  checkFeatures(model);
  const frequency = (term: string) => set.contentFrequency.get(term) ?? 1;
  const sentenceStage: Logistic = { weights: model.sentenceStage.weights, bias: model.sentenceStage.bias };
  const pathStage: Logistic = { weights: model.pathStage.weights, bias: model.pathStage.bias };
  const first = candidatePairs(set.units, options).map(([a, b]) => {
    const sentence = sentenceFeatures(set.units[a]!, set.units[b]!, frequency);
    return { a, b, sentence, first: sigmoid(logit(sentenceStage, sentence)) };
  });
  const graph = firstStageGraph(set, first);
  return first.map((pair) => {
    const path = pathFeatures(graph, set.units[pair.a]!, set.units[pair.b]!);
    const logOdds = logit(pathStage, [...pair.sentence, ...path]);
    return { ...pair, path, logOdds, probability: sigmoid(model.calibration.intercept + model.calibration.slope * logOdds) };
  });
}

/** The calibrated probabilities of scored pairs as a symmetric map of sentence ids. */
export function affinitiesOf(set: MatchSet, pairs: readonly ScoredPair[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const pair of pairs) {
    const x = set.units[pair.a]!.sentence.id;
    const y = set.units[pair.b]!.sentence.id;
    (out.get(x) ?? out.set(x, new Map()).get(x)!).set(y, pair.probability);
    (out.get(y) ?? out.set(y, new Map()).get(y)!).set(x, pair.probability);
  }
  return out;
}

/** A model fitted for other features (or with a weight missing) cannot score these: say what to do. */
export function checkFeatures(model: ModelWeights): void {
  const stages: Array<[string, { features: string[]; weights: number[] } | undefined, readonly string[]]> = [
    ['sentence stage', model.sentenceStage, SENTENCE_FEATURES],
    ['path stage', model.pathStage, [...SENTENCE_FEATURES, ...PATH_FEATURES]],
    ['claim stage', model.claimStage, CLAIM_FEATURES],
  ];
  for (const [name, stage, expected] of stages) {
    if (!stage) continue;
    if (stage.features.join() !== expected.join() || stage.weights.length !== expected.length) {
      throw new Error(`pair model: its ${name} has features (${stage.features.join(', ')}) and ${stage.weights.length} weights, not the analysis's ${expected.length} (${expected.join(', ')}); refit it with npm run model:fit`);
    }
  }
}
