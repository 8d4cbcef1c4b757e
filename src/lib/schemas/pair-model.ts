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

/** One logistic stage: feature names and one weight each (log-odds per unit of the feature). */
export const logisticStageSchema = z.strictObject({
  /** Feature names, in the order of `weights`. */
  features: z.array(z.string()).min(1),
  weights: z.array(z.number()),
  bias: z.number(),
});

/**
 * The machine's pair model: how likely two sentences of different articles state one claim.
 * Shipped as `src/lib/analysis/matcher/default-pair-model.json`, fitted across the evaluation
 * corpus's events (never on one event's editor); `npm run model:fit` writes
 * `content/pair-model.json`, fitted on the corpus and this event's reviewed claims together,
 * which the analysis then prefers.
 */
export const pairModelSchema = z.strictObject({
  /** Format version of this file. */
  version: z.literal(2),
  /** What the file is, for people reading it. */
  about: z.string(),
  /** Logistic regression over the sentence features (`SENTENCE_FEATURES`). */
  sentenceStage: logisticStageSchema,
  /** Logistic regression over the sentence features and the path features read from the first stage's graph. */
  pathStage: logisticStageSchema,
  /** Logistic regression over a sentence and a claim (`CLAIM_FEATURES`): the confidence of suggestions and candidates. */
  claimStage: logisticStageSchema,
  /** L2 penalty the weights were fitted with. */
  l2: z.number().nonnegative(),
  /** Platt scaling of the second stage's log-odds, fitted on held-out events: `p = σ(intercept + slope · logOdds)`. */
  calibration: z.strictObject({ slope: z.number(), intercept: z.number() }),
  /** Sentences of different articles are one claim's when their calibrated probability is at least this. */
  mergeThreshold: rate,
  /** A sentence no editor placed is suggested for a reviewed claim at or above this confidence. */
  suggestionThreshold: rate,
  /** What it was fitted on. */
  trainedOn: z.strictObject({
    /** Events of the evaluation corpus (folder names). */
    events: z.array(z.string()),
    /** Reviewed claims of this event's editor, when fitted with them (0 for the shipped default). */
    reviewedClaims: z.number().int().nonnegative(),
    /** Labelled candidate pairs: same claim, and different claims. */
    positives: z.number().int().nonnegative(),
    negatives: z.number().int().nonnegative(),
  }),
  /** Leave-one-event-out over the events it was fitted on: each event grouped by a model fitted without it. */
  crossValidation: z.strictObject({
    folds: z.array(z.object({ heldOut: z.string(), score: pairScoreSchema })),
    /** All folds' pairs together. */
    pooled: pairScoreSchema,
    /** Calibrated confidence of held-out pairs against how often they were one claim. */
    reliability: z.array(reliabilityBinSchema),
    /** Count-weighted mean gap between confidence and observed rate, over the bins. */
    calibrationError: rate,
  }),
});

export type PairModel = z.output<typeof pairModelSchema>;
export type PairScoreSummary = z.output<typeof pairScoreSchema>;
