import { z } from 'zod';

const rate = z.number().min(0).max(1);

/** Pairwise scores of one evaluation: precision, recall, F1 and the counts behind them. */
export const pairScoreSchema = z.object({
  precision: rate,
  recall: rate,
  f1: rate,
  /** Gold pairs found, gold pairs, predicted pairs. */
  truePositives: z.number().int().nonnegative(),
  goldPairs: z.number().int().nonnegative(),
  predictedPairs: z.number().int().nonnegative(),
});

/** One bin of a reliability table. */
export const reliabilityBinSchema = z.object({
  low: rate,
  high: rate,
  /** Held-out pairs whose confidence fell in [low, high). */
  count: z.number().int().nonnegative(),
  /** Their mean confidence, and the share that were the same claim (null when the bin is empty). */
  meanPredicted: rate.nullable(),
  observed: rate.nullable(),
});

/**
 * `content/pair-model.json`: the machine's merge decision, learned from the editor's reviewed
 * claims by `npm run model:fit`. A logistic regression over the pair features, with Platt
 * scaling fitted on held-out articles so that a confidence of 0.8 means "the same claim about
 * 8 times in 10".
 */
export const pairModelSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(1),
  /** What the file is, for people reading it. */
  about: z.string(),
  /** Feature names, in the order of `weights` (see `PAIR_FEATURES`). */
  features: z.array(z.string()).min(1),
  /** One weight per feature (log-odds per unit of the feature). */
  weights: z.array(z.number()),
  bias: z.number(),
  /** L2 penalty the weights were fitted with. */
  l2: z.number().nonnegative(),
  /** Platt scaling of the log-odds: `p = σ(intercept + slope · logOdds)`. */
  calibration: z.strictObject({ slope: z.number(), intercept: z.number() }),
  /**
   * How the machine groups sentences: by the model's confidence (`model`), or by the cosine rule
   * (`cosine`) when that scored higher under leave-one-article-out; confidences come from the model either way.
   */
  grouping: z.enum(['model', 'cosine']),
  /** Leave-one-article-out pooled scores of both ways of grouping, which decided `grouping`. */
  groupingScores: z.strictObject({ model: pairScoreSchema, cosine: pairScoreSchema }),
  /** Two groups merge while the mean calibrated confidence of their cross-article pairs is at least this (chosen by leave-one-article-out). */
  mergeThreshold: rate,
  /** A unit also joins a second claim when its mean confidence with that claim's members is at least this. */
  secondaryThreshold: rate,
  /** What it was fitted on. */
  trainedOn: z.strictObject({
    /** The reviewed articles (raw file names). */
    articles: z.array(z.string()),
    reviewedClaims: z.number().int().nonnegative(),
    /** Labelled sentence pairs: same claim, and different claims among the candidates the term index proposes. */
    positives: z.number().int().nonnegative(),
    negatives: z.number().int().nonnegative(),
  }),
  /** Leave-one-article-out: for each article, a model fitted without it, scored on its pairs against the reviewed claims. */
  crossValidation: z.strictObject({
    folds: z.array(z.object({ heldOut: z.string(), score: pairScoreSchema })),
    /** All folds' held-out pairs together. */
    pooled: pairScoreSchema,
    /** 95% bootstrap interval of the pooled F1, resampling reviewed claims. */
    f1Interval: z.strictObject({ low: rate, high: rate, resamples: z.number().int().positive() }),
    /** Calibrated confidence of held-out pairs against how often they were the same claim. */
    reliability: z.array(reliabilityBinSchema),
    /** Count-weighted mean gap between confidence and observed rate, over the bins. */
    calibrationError: rate,
  }),
});

export type PairModel = z.output<typeof pairModelSchema>;
export type PairScoreSummary = z.output<typeof pairScoreSchema>;
