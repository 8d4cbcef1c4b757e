import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { Attribution } from '../../schemas/comparison.ts';
import type { PairModel, PairScoreSummary } from '../../schemas/pair-model.ts';
import { candidateEdges, groupClaims, type ClaimOptions, type ClaimUnit } from './claims.ts';
import { calibrationError, fitLogistic, fitPlatt, logit, reliabilityTable, sigmoid, type Logistic } from './logistic.ts';
import { PAIR_FEATURE_SIGNS, PAIR_FEATURES, pairFeatures, unitProfile, type UnitProfile } from './pair-features.ts';
import { modelScorer } from './pair-score.ts';

/** A labelled pair of sentences from different articles, with the features of their closest units. */
export interface LabelledPair {
  first: string;
  second: string;
  /** Whether an editor put the two sentences in one claim. */
  same: boolean;
  features: number[];
}

/** What the fit reads: the units, each sentence's attribution, and the editor's claims (sentence ids). */
export interface TrainingInput {
  units: readonly ClaimUnit[];
  attributionOf: (sentenceId: string) => Attribution | undefined;
  /** Reviewed claims, as their member sentence ids. */
  claims: ReadonlyArray<readonly string[]>;
  /** Articles whose sentences the reviewed claims cover in full. */
  reviewedArticleIds: ReadonlySet<string>;
  options: ClaimOptions;
}

const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.indexOf('/'));

/**
 * Turns reviewed claims into labelled pairs: every pair of sentences from different reviewed
 * articles that the term index proposes as candidates (what the grouping will ask the model
 * about), labelled same claim when an editor put both in one reviewed claim, else different
 * claim. The candidates include the same-topic near-misses the model must learn to refuse.
 * Same-claim pairs with nothing in common that the index never proposes are left out: the
 * grouping never asks about them, and they would teach the model that a pair with nothing in
 * common is sometimes one claim. Features come from the pair's most similar units (clauses).
 */
export function labelledPairs(input: TrainingInput): LabelledPair[] {
  const { units, claims, reviewedArticleIds } = input;
  const inReview = units.filter((unit) => reviewedArticleIds.has(unit.sentence.articleId));
  const unitsOf = new Map<string, ClaimUnit[]>();
  for (const unit of inReview) unitsOf.set(unit.sentence.id, [...(unitsOf.get(unit.sentence.id) ?? []), unit]);
  const claimsOf = new Map<string, Set<number>>();
  claims.forEach((members, index) => {
    for (const id of members) (claimsOf.get(id) ?? claimsOf.set(id, new Set()).get(id)!).add(index);
  });
  const key = (a: string, b: string) => (compareCodeUnits(a, b) < 0 ? `${a}\n${b}` : `${b}\n${a}`);
  const pairs = new Map<string, boolean>();
  for (const [a, b] of candidateEdges(inReview, input.options)) {
    const x = inReview[a]!.sentence.id;
    const y = inReview[b]!.sentence.id;
    const shared = [...(claimsOf.get(x) ?? [])].some((claim) => claimsOf.get(y)?.has(claim));
    pairs.set(key(x, y), shared);
  }
  const profiles = new Map<ClaimUnit, UnitProfile>();
  const profile = (unit: ClaimUnit) => profiles.get(unit) ?? profiles.set(unit, unitProfile(unit, input.attributionOf(unit.sentence.id))).get(unit)!;
  return [...pairs.entries()]
    .sort((p, q) => compareCodeUnits(p[0], q[0]))
    .map(([k, same]) => {
      const [first, second] = k.split('\n') as [string, string];
      let best: number[] | null = null;
      for (const a of unitsOf.get(first)!) {
        for (const b of unitsOf.get(second)!) {
          const features = pairFeatures(a, b, profile(a), profile(b));
          if (!best || features[0]! > best[0]!) best = features;
        }
      }
      return { first, second, same, features: best! };
    });
}

/** Fits the logistic regression over labelled pairs. */
export function fitPairs(pairs: readonly LabelledPair[], l2: number): Logistic {
  return fitLogistic(
    pairs.map((pair) => pair.features),
    pairs.map((pair) => (pair.same ? 1 : 0)),
    { l2, signs: PAIR_FEATURES.map((feature) => PAIR_FEATURE_SIGNS[feature]) },
  );
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

export interface CrossValidation {
  folds: Array<{ heldOut: string; score: PairScoreSummary }>;
  pooled: PairScoreSummary;
  /** The cosine rule (nothing fitted) scored on the same held-out pairs. */
  cosine: PairScoreSummary;
  f1Interval: { low: number; high: number; resamples: number };
  /** Held-out log-odds and labels of every labelled pair touching the held-out article, for calibration. */
  heldOutLogOdds: number[];
  heldOutLabels: number[];
}

/**
 * Leave-one-article-out: for each reviewed article, fits the model on pairs not touching it,
 * groups every sentence with that model (uncalibrated: its own probabilities, `mergeThreshold`)
 * and scores the pairs touching the held-out article against the reviewed claims. The pooled
 * F1 gets a 95% bootstrap interval by resampling reviewed claims (each claim carries its gold
 * pairs, and the wrong pairs whose first sentence it holds). `sourceFileOf` names articles.
 */
export function crossValidate(
  input: TrainingInput,
  pairs: readonly LabelledPair[],
  settings: { l2: number; mergeThreshold: number; secondaryThreshold: number; resamples: number; seed: number },
  sourceFileOf: (articleId: string) => string,
): CrossValidation {
  const articles = [...input.reviewedArticleIds].sort(compareCodeUnits);
  const gold = groupPairs(input.claims);
  const folds: CrossValidation['folds'] = [];
  const reviewedUnits = input.units.filter((unit) => input.reviewedArticleIds.has(unit.sentence.articleId));
  const cosinePairs = groupPairs(groupClaims(reviewedUnits, input.options).map((claim) => claim.sentenceIds));
  const pooledPredicted = new Set<string>();
  const pooledGold = new Set<string>();
  const heldOutLogOdds: number[] = [];
  const heldOutLabels: number[] = [];
  for (const article of articles) {
    const touches = (a: string, b: string) => articleOf(a) === article || articleOf(b) === article;
    const train = pairs.filter((pair) => !touches(pair.first, pair.second));
    const test = pairs.filter((pair) => touches(pair.first, pair.second));
    if (train.length === 0 || test.length === 0 || !train.some((pair) => pair.same)) continue;
    const fitted = fitPairs(train, settings.l2);
    for (const pair of test) {
      heldOutLogOdds.push(logit(fitted, pair.features));
      heldOutLabels.push(pair.same ? 1 : 0);
    }
    const scorer = modelScorer(
      { features: [...PAIR_FEATURES], weights: fitted.weights, bias: fitted.bias, calibration: { slope: 1, intercept: 0 }, mergeThreshold: settings.mergeThreshold, secondaryThreshold: settings.secondaryThreshold },
      input.attributionOf,
    );
    const predicted = groupPairs(
      groupClaims(reviewedUnits, input.options, scorer).map((claim) => claim.sentenceIds),
      touches,
    );
    const foldGold = new Set([...gold].filter((pair) => touches(...(pair.split('\n') as [string, string]))));
    folds.push({ heldOut: sourceFileOf(article), score: pairScore(predicted, foldGold) });
    for (const pair of predicted) pooledPredicted.add(pair);
    for (const pair of foldGold) pooledGold.add(pair);
  }
  return {
    folds,
    pooled: pairScore(pooledPredicted, pooledGold),
    cosine: pairScore(new Set([...cosinePairs].filter((pair) => articles.some((article) => pair.split('\n').some((id) => articleOf(id) === article)))), pooledGold),
    f1Interval: bootstrapF1(input.claims, pooledPredicted, pooledGold, settings.resamples, settings.seed),
    heldOutLogOdds,
    heldOutLabels,
  };
}

/** A 95% interval of pairwise F1 by resampling claims with replacement (a cluster bootstrap). */
export function bootstrapF1(
  claims: ReadonlyArray<readonly string[]>,
  predicted: ReadonlySet<string>,
  gold: ReadonlySet<string>,
  resamples: number,
  seed: number,
): { low: number; high: number; resamples: number } {
  // Each claim's counts: its gold pairs found and missed, and the wrong pairs charged to it.
  const ownerOf = new Map<string, number>();
  claims.forEach((members, index) => {
    for (const id of members) if (!ownerOf.has(id)) ownerOf.set(id, index);
  });
  const counts = claims.map(() => ({ tp: 0, fn: 0, fp: 0 }));
  claims.forEach((members, index) => {
    for (const pair of groupPairs([members])) {
      if (!gold.has(pair)) continue;
      if (predicted.has(pair)) counts[index]!.tp++;
      else counts[index]!.fn++;
    }
  });
  for (const pair of predicted) {
    if (gold.has(pair)) continue;
    const owner = ownerOf.get(pair.split('\n')[0]!);
    if (owner !== undefined) counts[owner]!.fp++;
  }
  const random = mulberry32(seed);
  const scores: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    for (let k = 0; k < claims.length; k++) {
      const pick = counts[Math.floor(random() * claims.length)]!;
      tp += pick.tp;
      fn += pick.fn;
      fp += pick.fp;
    }
    scores.push(tp === 0 ? 0 : (2 * tp) / (2 * tp + fn + fp));
  }
  scores.sort((a, b) => a - b);
  const at = (q: number) => scores[Math.min(scores.length - 1, Math.max(0, Math.round(q * (scores.length - 1))))]!;
  return { low: round(at(0.025)), high: round(at(0.975)), resamples };
}

/** A small seeded PRNG, so the bootstrap gives the same interval on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fits the published model: all labelled pairs, Platt scaling from the held-out log-odds. */
export function fitPairModel(
  input: TrainingInput,
  settings: { l2: number; mergeThresholds: readonly number[]; secondaryMargin: number; resamples: number; seed: number },
  sourceFileOf: (articleId: string) => string,
): PairModel {
  const pairs = labelledPairs(input);
  const fitted = fitPairs(pairs, settings.l2);
  // The merge threshold is chosen by the held-out score; ties go to the higher (more cautious) one.
  let cv: CrossValidation | undefined;
  let mergeThreshold = settings.mergeThresholds[0]!;
  for (const threshold of settings.mergeThresholds) {
    const run = crossValidate(input, pairs, { ...settings, mergeThreshold: threshold, secondaryThreshold: Math.min(1, threshold + settings.secondaryMargin) }, sourceFileOf);
    if (!cv || run.pooled.f1 >= cv.pooled.f1) {
      cv = run;
      mergeThreshold = threshold;
    }
  }
  if (!cv) throw new Error('fitPairModel: no merge threshold to try');
  const calibration = cv.heldOutLogOdds.length > 0 ? fitPlatt(cv.heldOutLogOdds, cv.heldOutLabels) : { slope: 1, intercept: 0 };
  const calibrated = cv.heldOutLogOdds.map((z) => sigmoid(calibration.intercept + calibration.slope * z));
  const reliability = reliabilityTable(calibrated, cv.heldOutLabels).map((bin) => ({
    ...bin,
    low: round(bin.low),
    high: round(bin.high),
    meanPredicted: bin.meanPredicted === null ? null : round(bin.meanPredicted),
    observed: bin.observed === null ? null : round(bin.observed),
  }));
  const roundScore = (score: PairScoreSummary): PairScoreSummary => ({ ...score, precision: round(score.precision), recall: round(score.recall), f1: round(score.f1) });
  return {
    version: 1,
    about:
      "The machine's merge decision, learned from the editor's reviewed claims (npm run model:fit). Logistic regression over the pair features; " +
      'calibration is Platt scaling fitted on held-out articles; crossValidation scores models fitted without each article on that article.',
    features: [...PAIR_FEATURES],
    weights: fitted.weights.map((weight) => round(weight, 4)),
    bias: round(fitted.bias, 4),
    l2: settings.l2,
    calibration: { slope: round(calibration.slope, 4), intercept: round(calibration.intercept, 4) },
    grouping: cv.pooled.f1 >= cv.cosine.f1 ? 'model' : 'cosine',
    groupingScores: { model: roundScore(cv.pooled), cosine: roundScore(cv.cosine) },
    mergeThreshold,
    secondaryThreshold: round(Math.min(1, mergeThreshold + settings.secondaryMargin)),
    trainedOn: {
      articles: [...input.reviewedArticleIds].map(sourceFileOf).sort(compareCodeUnits),
      reviewedClaims: input.claims.length,
      positives: pairs.filter((pair) => pair.same).length,
      negatives: pairs.filter((pair) => !pair.same).length,
    },
    crossValidation: {
      folds: cv.folds.map((fold) => ({ heldOut: fold.heldOut, score: roundScore(fold.score) })),
      pooled: roundScore(cv.pooled),
      f1Interval: cv.f1Interval,
      reliability,
      calibrationError: round(calibrationError(reliabilityTable(calibrated, cv.heldOutLabels))),
    },
  };
}

function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
