import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { ClaimFile } from '../../review/claim-files.ts';
import type { EvalSet } from '../../schemas/eval-set.ts';
import type { AnalysisArticle } from '../corpus.ts';
import { labelledSentences } from '../evaluate.ts';
import type { PairModel, PairScoreSummary } from '../../schemas/pair-model.ts';
import { CLAIM_FEATURES, claimFeatures, claimScorer, DEFAULT_CANDIDATE_OPTIONS, distinctiveLimit, distinctiveTerms, sentenceTermSets, type ClaimFeatures, type ClaimScorer } from './candidates.ts';
import { groupClaims } from './claims.ts';
import { calibrationError, fitLogistic, fitPlatt, logit, reliabilityTable, sigmoid, type Logistic } from '../../stats/logistic.ts';
import { candidatePairs, DEFAULT_NEIGHBOUR_OPTIONS, type NeighbourOptions } from './neighbours.ts';
import { PAIR_FEATURE_SIGNS, PATH_FEATURES, pathFeatures, SENTENCE_FEATURES, sentenceFeatures, type PairFeature } from './pair-features.ts';
import { firstStageGraph, type Affinities } from './scoring.ts';
import { matchSetOf, type MatchSet } from './units.ts';

/** Sentences with the claims people put them in: an event of the evaluation corpus, or an editor's reviewed claims. */
export interface LabelledSet {
  /** An event's folder name, or "content" for this event's reviewed claims. */
  name: string;
  set: MatchSet;
  /** The labelled claims, as their sentences' ids (a sentence may be in several). */
  claims: ReadonlyArray<readonly string[]>;
  /** Only pairs whose two sentences are both in these articles are labelled (the reviewed ones); all when absent. */
  articles?: ReadonlySet<string>;
  /** Each claim's one-line statement (an editor's title, a label's description), in the order of `claims`. */
  titles?: ReadonlyArray<string | null>;
}

/** A labelled event of the evaluation corpus as a labelled set: its anchors mapped to its sentences (anchors that match none are returned, to be reported). */
export function labelledEventSet(name: string, articles: readonly AnalysisArticle[], labels: Pick<EvalSet, 'claims'>): LabelledSet & { missedAnchors: string[] } {
  const { set, corpus } = matchSetOf(articles);
  const { claims, missedAnchors } = labelledSentences({ articles: corpus.articles, sentences: corpus.sentences }, labels);
  return { name, set, claims, titles: labels.claims.map((claim) => claim.description ?? null), missedAnchors };
}

/**
 * This event's reviewed claims as a labelled set ("content"): only the reviewed articles'
 * pairs are labelled, and sentences an editor found state no fact are left out.
 */
export function reviewedClaimSet(
  articles: readonly AnalysisArticle[],
  claims: readonly ClaimFile[],
  reviewedArticleIds: ReadonlySet<string>,
  statesNoFact: ReadonlySet<string> = new Set(),
): LabelledSet {
  const { set } = matchSetOf(articles, statesNoFact);
  const reviewed = claims.filter((claim) => claim.status === 'reviewed');
  return {
    name: 'content',
    set,
    claims: reviewed.map((claim) => claim.sentences.map((sentence) => sentence.id)),
    articles: reviewedArticleIds,
    titles: reviewed.map((claim) => claim.title),
  };
}

/** A labelled candidate pair of one set, with its features. */
export interface TrainingPair {
  a: number;
  b: number;
  same: boolean;
  sentence: number[];
}

/** The settings of a fit. */
export interface FitSettings {
  l2: number;
  /** Merge thresholds tried; the one that groups the held-out events best, judged with its neighbours on this grid, is kept. */
  mergeThresholds: readonly number[];
  /** Suggestion thresholds tried, the same way. */
  suggestionThresholds: readonly number[];
  neighbours: NeighbourOptions;
  /** Features left out (held at zero, so their weights stay zero): the ablation of `npm run eval -- --ablation`. */
  drop: readonly PairFeature[];
}

export const DEFAULT_FIT_SETTINGS: FitSettings = {
  l2: 1,
  mergeThresholds: [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
  suggestionThresholds: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7],
  neighbours: DEFAULT_NEIGHBOUR_OPTIONS,
  drop: [],
};

const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.indexOf('/'));

/**
 * The candidate pairs of a set (those the term index proposes, which is all the model is ever
 * asked about), labelled: one claim when a labelled claim holds both sentences.
 */
export function trainingPairs(labelled: LabelledSet, neighbours: NeighbourOptions = DEFAULT_NEIGHBOUR_OPTIONS, drop: readonly PairFeature[] = []): TrainingPair[] {
  const dropped = SENTENCE_FEATURES.map((feature) => drop.includes(feature));
  const { set } = labelled;
  const claimsOf = claimIndex(labelled.claims);
  const frequency = (term: string) => set.contentFrequency.get(term) ?? 1;
  const inScope = (index: number) => !labelled.articles || labelled.articles.has(set.units[index]!.sentence.articleId);
  return candidatePairs(set.units, neighbours)
    .filter(([a, b]) => inScope(a) && inScope(b))
    .map(([a, b]) => ({
      a,
      b,
      same: sharesClaim(claimsOf, set.units[a]!.sentence.id, set.units[b]!.sentence.id),
      sentence: sentenceFeatures(set.units[a]!, set.units[b]!, frequency).map((value, index) => (dropped[index] ? 0 : value)),
    }));
}

function claimIndex(claims: ReadonlyArray<readonly string[]>): Map<string, Set<number>> {
  const index = new Map<string, Set<number>>();
  claims.forEach((members, claim) => {
    for (const id of members) (index.get(id) ?? index.set(id, new Set()).get(id)!).add(claim);
  });
  return index;
}

function sharesClaim(index: ReadonlyMap<string, ReadonlySet<number>>, a: string, b: string): boolean {
  const x = index.get(a);
  const y = index.get(b);
  if (!x || !y) return false;
  for (const claim of x) if (y.has(claim)) return true;
  return false;
}

const SENTENCE_SIGNS = SENTENCE_FEATURES.map((feature) => PAIR_FEATURE_SIGNS[feature]);
const PATH_SIGNS = [...SENTENCE_FEATURES, ...PATH_FEATURES].map((feature) => PAIR_FEATURE_SIGNS[feature]);
/** Both claim features are evidence for the claim. */
const CLAIM_SIGNS: ReadonlyArray<1> = CLAIM_FEATURES.map(() => 1);

function fitStage(rows: ReadonlyArray<{ x: number[]; same: boolean }>, l2: number, signs: ReadonlyArray<-1 | 0 | 1>): Logistic {
  return fitLogistic(
    rows.map((row) => row.x),
    rows.map((row) => (row.same ? 1 : 0)),
    { l2, signs },
  );
}

/** Every set's pairs scored honestly: each set by models that never saw its labels (leave one set out). */
export interface HeldOutScores {
  /** Per set, per pair: sentence features, path features (from a first stage fitted without the set), second-stage log-odds. */
  pairs: Array<Array<TrainingPair & { path: number[]; logOdds: number }>>;
}

/**
 * Leave-one-set-out in two stages, nested so that no set's labels reach its own scores: a set's
 * path features are read from the graph of a first stage fitted without it; its second-stage
 * log-odds come from a second stage fitted on the other sets, whose path features were in turn
 * read from first stages fitted without both them and it.
 */
export function heldOutScores(sets: readonly LabelledSet[], pairs: readonly TrainingPair[][], l2: number, drop: readonly PairFeature[] = []): HeldOutScores {
  const dropped = PATH_FEATURES.map((feature) => drop.includes(feature));
  const firstStages = new Map<string, Logistic>();
  /** The first stage fitted on every set not in `without`, fitted once per combination. */
  const firstStage = (without: readonly number[]) => {
    const key = [...without].sort((a, b) => a - b).join(',');
    let stage = firstStages.get(key);
    if (!stage) {
      const train = pairs.flatMap((list, j) => (without.includes(j) ? [] : list.map((pair) => ({ x: pair.sentence, same: pair.same }))));
      firstStages.set(key, (stage = fitStage(train, l2, SENTENCE_SIGNS)));
    }
    return stage;
  };
  /** Set j's pairs with path features read from a first stage fitted without the sets in `without` (j among them). */
  const withPaths = (j: number, without: readonly number[]) => {
    const stage = firstStage(without);
    const labelled = sets[j]!;
    const scored = pairs[j]!.map((pair) => ({ ...pair, first: sigmoid(logit(stage, pair.sentence)) }));
    const graph = firstStageGraph(labelled.set, scored);
    return scored.map(({ first: _first, ...pair }) => ({
      ...pair,
      path: pathFeatures(graph, labelled.set.units[pair.a]!, labelled.set.units[pair.b]!).map((value, index) => (dropped[index] ? 0 : value)),
    }));
  };
  return {
    pairs: sets.map((_, k) => {
      const train = sets.flatMap((__, j) => (j === k ? [] : withPaths(j, [j, k]).map((pair) => ({ x: [...pair.sentence, ...pair.path], same: pair.same }))));
      const stage = fitStage(train, l2, PATH_SIGNS);
      return withPaths(k, [k]).map((pair) => ({ ...pair, logOdds: logit(stage, [...pair.sentence, ...pair.path]) }));
    }),
  };
}

/** Pairwise precision, recall and F1 of predicted sentence pairs against gold pairs. */
export function pairScore(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairScoreSummary {
  let truePositives = 0;
  for (const pair of predicted) if (gold.has(pair)) truePositives++;
  const precision = predicted.size === 0 ? 0 : truePositives / predicted.size;
  const recall = gold.size === 0 ? 0 : truePositives / gold.size;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), truePositives, goldPairs: gold.size, predictedPairs: predicted.size };
}

/** Cross-article sentence pairs sharing a group, keyed "a\nb" with a < b; `keep` filters pairs. */
export function groupPairs(groups: ReadonlyArray<readonly string[]>, keep: (a: string, b: string) => boolean = () => true): Set<string> {
  const out = new Set<string>();
  for (const members of groups) {
    const unique = [...new Set(members)].sort(compareCodeUnits);
    for (let i = 0; i < unique.length; i++) {
      for (let j = i + 1; j < unique.length; j++) {
        const [a, b] = [unique[i]!, unique[j]!];
        if (articleOf(a) !== articleOf(b) && keep(a, b)) out.add(`${a}\n${b}`);
      }
    }
  }
  return out;
}

function affinitiesFrom(labelled: LabelledSet, pairs: ReadonlyArray<{ a: number; b: number }>, probabilities: readonly number[]): Affinities {
  const out = new Map<string, Map<string, number>>();
  pairs.forEach((pair, index) => {
    const x = labelled.set.units[pair.a]!.sentence.id;
    const y = labelled.set.units[pair.b]!.sentence.id;
    (out.get(x) ?? out.set(x, new Map()).get(x)!).set(y, probabilities[index]!);
    (out.get(y) ?? out.set(y, new Map()).get(y)!).set(x, probabilities[index]!);
  });
  return out;
}

/** The machine's grouping of a set at a threshold, scored against its labelled claims. */
export function groupingScore(labelled: LabelledSet, affinities: Affinities, threshold: number): { predicted: Set<string>; gold: Set<string> } {
  const units = labelled.articles ? labelled.set.units.filter((unit) => labelled.articles!.has(unit.sentence.articleId)) : labelled.set.units;
  const inScope = new Set(units.map((unit) => unit.sentence.id));
  const predicted = groupPairs(groupClaims(units, affinities, threshold).map((claim) => claim.sentenceIds));
  const gold = groupPairs(labelled.claims, (a, b) => inScope.has(a) && inScope.has(b));
  return { predicted, gold };
}

/**
 * Each article of a set held out in turn, as a new article meets an editor's claims: the other
 * articles' labelled claims play the reviewed claims, and each of the article's sentences is
 * suggested for the claims whose confidence reaches `threshold` (sharing a distinctive term).
 * Returns the predicted and gold pairs between the held-out articles' sentences and the others.
 */
export function suggestionScore(labelled: LabelledSet, score: ClaimScorer, threshold: number): { predicted: Set<string>; gold: Set<string> } {
  const predicted = new Set<string>();
  const gold = new Set<string>();
  const termsOf = sentenceTermSets(labelled.set.units);
  const articles = [...new Set(labelled.set.units.map((unit) => unit.sentence.articleId))].filter((id) => !labelled.articles || labelled.articles.has(id));
  for (const article of articles) {
    const claims = heldOutClaims(labelled, article);
    const distinctive = distinctiveTerms(claims, termsOf, distinctiveLimit(claims.length, DEFAULT_CANDIDATE_OPTIONS));
    const own = labelled.set.units.filter((unit) => unit.sentence.articleId === article).map((unit) => unit.sentence.id);
    for (const pair of groupPairs(labelled.claims, (a, b) => (articleOf(a) === article) !== (articleOf(b) === article))) gold.add(pair);
    for (const sentenceId of own) {
      const terms = termsOf.get(sentenceId)!;
      for (const claim of claims) {
        if (score(sentenceId, claim) < threshold) continue;
        if (![...distinctive.get(claim.id)!].some((term) => terms.has(term))) continue;
        for (const member of claim.sentenceIds) predicted.add(compareCodeUnits(sentenceId, member) < 0 ? `${sentenceId}\n${member}` : `${member}\n${sentenceId}`);
      }
    }
  }
  return { predicted, gold };
}

/** The labelled claims as reviewed claims with one article held out: its sentences removed, claims left empty dropped. */
export function heldOutClaims(labelled: LabelledSet, article: string): Array<{ id: string; sentenceIds: string[]; title: string | null }> {
  return labelled.claims
    .map((members, index) => ({ id: `claim-${index}`, sentenceIds: members.filter((id) => articleOf(id) !== article), title: labelled.titles?.[index] ?? null }))
    .filter((claim) => claim.sentenceIds.length > 0);
}

/**
 * Examples for the claim stage: each article held out in turn, each of its sentences against
 * every other claim it could be proposed for (sharing a distinctive term), labelled by whether
 * the sentence is one of the claim's members.
 */
export function claimExamples(labelled: LabelledSet, features: ClaimFeatures): Array<{ x: number[]; same: boolean }> {
  const termsOf = sentenceTermSets(labelled.set.units);
  const out: Array<{ x: number[]; same: boolean }> = [];
  const articles = [...new Set(labelled.set.units.map((unit) => unit.sentence.articleId))].filter((id) => !labelled.articles || labelled.articles.has(id));
  for (const article of articles) {
    const claims = heldOutClaims(labelled, article);
    const distinctive = distinctiveTerms(claims, termsOf, distinctiveLimit(claims.length, DEFAULT_CANDIDATE_OPTIONS));
    for (const unit of labelled.set.units) {
      if (unit.sentence.articleId !== article) continue;
      const terms = termsOf.get(unit.sentence.id)!;
      for (const claim of claims) {
        if (![...distinctive.get(claim.id)!].some((term) => terms.has(term))) continue;
        const x = features(unit.sentence.id, claim);
        if (x.every((value) => value === 0)) continue;
        out.push({ x, same: labelled.claims[Number(claim.id.slice('claim-'.length))]!.includes(unit.sentence.id) });
      }
    }
  }
  return out;
}

function pooled(parts: ReadonlyArray<{ predicted: Set<string>; gold: Set<string> }>): PairScoreSummary {
  let truePositives = 0;
  let predicted = 0;
  let gold = 0;
  for (const part of parts) {
    predicted += part.predicted.size;
    gold += part.gold.size;
    for (const pair of part.predicted) if (part.gold.has(pair)) truePositives++;
  }
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), truePositives, goldPairs: gold, predictedPairs: predicted };
}

/**
 * Fits the pair model on labelled sets (the corpus's tune events, and an editor's reviewed claims
 * when there are some): both stages on every set, Platt scaling on every set's held-out log-odds,
 * the merge and suggestion thresholds that score best on held-out sets, and the leave-one-set-out
 * scores and reliability table that go with them.
 */
export function fitPairModel(sets: readonly LabelledSet[], settings: FitSettings = DEFAULT_FIT_SETTINGS): PairModel {
  if (sets.length < 3) throw new Error('fitPairModel: needs at least three labelled sets, to hold out each one, and each pair, in turn');
  const pairs = sets.map((labelled) => trainingPairs(labelled, settings.neighbours, settings.drop));
  const heldOut = heldOutScores(sets, pairs, settings.l2, settings.drop);
  const logOdds = heldOut.pairs.flat().map((pair) => pair.logOdds);
  const labels = heldOut.pairs.flat().map((pair) => (pair.same ? 1 : 0));
  const calibration = fitPlatt(logOdds, labels);
  const calibrate = (z: number) => sigmoid(calibration.intercept + calibration.slope * z);
  const affinities = sets.map((labelled, k) => affinitiesFrom(labelled, heldOut.pairs[k]!, heldOut.pairs[k]!.map((pair) => calibrate(pair.logOdds))));

  // Thresholds: the best pooled held-out F1, each threshold judged with its neighbours on the grid
  // (so a flat top is met in its middle, not at its edge beside a fall); ties go to the higher
  // (more cautious) threshold.
  const best = <T>(options: readonly number[], score: (threshold: number) => { f1: number; result: T }) => {
    const runs = options.map((threshold) => ({ threshold, ...score(threshold) }));
    let chosen = { ...runs[0]!, smoothed: -1 };
    runs.forEach((run, index) => {
      const near = runs.slice(Math.max(0, index - 1), index + 2);
      const smoothed = near.reduce((sum, other) => sum + other.f1, 0) / near.length;
      if (smoothed >= chosen.smoothed) chosen = { ...run, smoothed };
    });
    return chosen;
  };
  const merge = best(settings.mergeThresholds, (threshold) => {
    const parts = sets.map((labelled, k) => groupingScore(labelled, affinities[k]!, threshold));
    return { f1: pooled(parts).f1, result: parts };
  });
  // The claim stage, each set's examples scored by a stage fitted on the other sets.
  const features = sets.map((labelled, k) => claimFeatures(labelled.set, affinities[k]!));
  const examples = sets.map((labelled, k) => claimExamples(labelled, features[k]!));
  const scorers = sets.map((_, k) => claimScorer(features[k]!, fitStage(examples.flatMap((list, j) => (j === k ? [] : list)), settings.l2, CLAIM_SIGNS)));
  const suggestion = best(settings.suggestionThresholds, (threshold) => ({ f1: pooled(sets.map((labelled, k) => suggestionScore(labelled, scorers[k]!, threshold))).f1, result: null }));
  const claimStage = fitStage(examples.flat(), settings.l2, CLAIM_SIGNS);

  const sentenceStage = fitStage(pairs.flat().map((pair) => ({ x: pair.sentence, same: pair.same })), settings.l2, SENTENCE_SIGNS);
  const pathStage = fitStage(heldOut.pairs.flat().map((pair) => ({ x: [...pair.sentence, ...pair.path], same: pair.same })), settings.l2, PATH_SIGNS);
  const calibrated = logOdds.map(calibrate);
  const table = reliabilityTable(calibrated, labels);
  const roundScore = (score: PairScoreSummary): PairScoreSummary => ({ ...score, precision: round(score.precision), recall: round(score.recall), f1: round(score.f1) });
  const reviewed = sets.find((labelled) => labelled.name === 'content');
  return {
    version: 2,
    about:
      'The machine\'s pair model (npm run model:fit): two logistic stages over features of word overlap, figures and shared neighbours, ' +
      'fitted on labelled events; calibration is Platt scaling on every event held out in turn; crossValidation groups each event with a model fitted without it.',
    sentenceStage: { features: [...SENTENCE_FEATURES], weights: sentenceStage.weights.map((weight) => round(weight, 4)), bias: round(sentenceStage.bias, 4) },
    pathStage: { features: [...SENTENCE_FEATURES, ...PATH_FEATURES], weights: pathStage.weights.map((weight) => round(weight, 4)), bias: round(pathStage.bias, 4) },
    claimStage: { features: [...CLAIM_FEATURES], weights: claimStage.weights.map((weight) => round(weight, 4)), bias: round(claimStage.bias, 4) },
    l2: settings.l2,
    calibration: { slope: round(calibration.slope, 4), intercept: round(calibration.intercept, 4) },
    mergeThreshold: merge.threshold,
    suggestionThreshold: suggestion.threshold,
    trainedOn: {
      events: sets.filter((labelled) => labelled.name !== 'content').map((labelled) => labelled.name),
      reviewedClaims: reviewed ? reviewed.claims.length : 0,
      positives: pairs.flat().filter((pair) => pair.same).length,
      negatives: pairs.flat().filter((pair) => !pair.same).length,
    },
    crossValidation: {
      folds: sets.map((labelled, k) => ({ heldOut: labelled.name, score: roundScore(pairScore(merge.result[k]!.predicted, merge.result[k]!.gold)) })),
      pooled: roundScore(pooled(merge.result)),
      reliability: table.map((bin) => ({
        ...bin,
        low: round(bin.low),
        high: round(bin.high),
        meanPredicted: bin.meanPredicted === null ? null : round(bin.meanPredicted),
        observed: bin.observed === null ? null : round(bin.observed),
      })),
      calibrationError: round(calibrationError(table)),
    },
  };
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
