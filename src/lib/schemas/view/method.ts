import { z } from 'zod';
import { reviewSummarySchema } from './review.ts';

/** One setting of the analysis, with what it does. */
export const methodSettingSchema = z.object({
  /** Key in `comparison.method`. */
  key: z.string(),
  /** Its value as published. */
  value: z.string(),
  /** What it does, in a sentence (empty for settings this page does not know). */
  meaning: z.string(),
  /** Which part of the analysis it belongs to. */
  area: z.enum(['claims', 'terms', 'quotes', 'figures', 'other']),
});

/** One labelled set's evaluation scores, formatted. */
export const evaluationRowSchema = z.object({
  set: z.string(),
  /** What was scored: the machine alone or the published claims (with the editor's review). */
  layer: z.string(),
  description: z.string(),
  claims: z.number().int(),
  quotes: z.number().int(),
  claimPrecision: z.string(),
  claimRecall: z.string(),
  claimF1: z.string(),
  quoteRecall: z.string(),
  speakerAccuracy: z.string(),
});

/** The machine's learned pair model, as the method page shows it (null when none is fitted). */
export const pairModelViewSchema = z.object({
  /** Reviewed claims and labelled pairs it was fitted on. */
  reviewedClaims: z.number().int(),
  positives: z.number().int(),
  negatives: z.number().int(),
  /** How the machine groups sentences ("the model" or "the cosine rule") and the held-out F1 of each. */
  grouping: z.string(),
  modelF1: z.string(),
  cosineF1: z.string(),
  /** Pooled leave-one-article-out F1 of the model's grouping, with its 95% bootstrap interval. */
  pooledF1: z.string(),
  interval: z.string(),
  folds: z.array(z.object({ heldOut: z.string(), f1: z.string(), precision: z.string(), recall: z.string() })),
  /** Mean gap between confidence and how often it was right, over the bins. */
  calibrationError: z.string(),
  /** The reliability table: non-empty confidence bins of held-out pairs. */
  reliability: z.array(z.object({ range: z.string(), pairs: z.number().int(), meanConfidence: z.string(), observed: z.string() })),
});

/**
 * The method page's data. The page's "How well it works" section has, in order: the editor's
 * review (`review`), the scores per set and layer (`evaluation`), then how reliable the
 * machine's confidence is (`pairModel`).
 */
export const methodViewSchema = z.object({
  settings: z.array(methodSettingSchema),
  /** How much an editor decided, and the machine alone against the published claims per set. */
  review: reviewSummarySchema,
  /** Whether the evaluated settings are the published ones (else the scores describe other settings). */
  evaluationMatchesSettings: z.boolean(),
  evaluation: z.array(evaluationRowSchema),
  /** Each labelled set once, with what it is. */
  evaluationSets: z.array(z.object({ set: z.string(), description: z.string() })),
  pairModel: pairModelViewSchema.nullable(),
  counts: z.object({
    articles: z.number().int(),
    sentences: z.number().int(),
    reportingSentences: z.number().int(),
    claims: z.number().int(),
    sharedClaims: z.number().int(),
    quotes: z.number().int(),
    quoteGroups: z.number().int(),
    entities: z.number().int(),
    figures: z.number().int(),
  }),
});

export type MethodSetting = z.output<typeof methodSettingSchema>;
export type EvaluationRow = z.output<typeof evaluationRowSchema>;
export type MethodView = z.output<typeof methodViewSchema>;
export type PairModelView = z.output<typeof pairModelViewSchema>;
