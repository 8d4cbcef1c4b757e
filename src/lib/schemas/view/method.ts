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

/** A pairwise score, formatted. */
export const scoreViewSchema = z.object({ f1: z.string(), precision: z.string(), recall: z.string() });

/** The machine against the plain baseline on one event (or pooled), formatted. */
export const matcherRowSchema = z.object({
  /** The event's title, or "All held-out events". */
  name: z.string(),
  articles: z.number().int(),
  machine: scoreViewSchema,
  /** The baseline's F1 at each fixed threshold, and the machine's margin over it ("+0.12"). */
  baseline: z.array(z.object({ threshold: z.string(), f1: z.string(), margin: z.string() })),
  /** The right claim among the machine's first candidate, and among its first three, for a held-out article's sentences. */
  top1: z.string(),
  top3: z.string(),
  /** Sentences those shares are of. */
  sentences: z.number().int(),
});

/** The evaluation corpus on the method page: held-out events one by one and pooled, calibration, ablation. */
export const corpusViewSchema = z.object({
  heldOut: z.array(matcherRowSchema),
  pooled: matcherRowSchema,
  /** Tune events, named as in-sample. */
  tuneEvents: z.array(z.string()),
  /** Non-empty bins of the held-out events' candidate pairs. */
  reliability: z.array(z.object({ range: z.string(), pairs: z.number().int(), meanConfidence: z.string(), observed: z.string() })),
  calibrationError: z.string(),
  ablation: z.array(z.object({ without: z.string(), f1: z.string(), delta: z.string(), top3: z.string() })),
});

/** This event's reviewed claims, each reviewed article held out in turn, formatted (null without reviewed claims). */
export const eventLeaveOneOutSchema = z.object({
  articles: z.number().int(),
  suggestions: scoreViewSchema,
  baseline: z.array(z.object({ threshold: z.string(), f1: z.string(), margin: z.string() })),
  top1: z.string(),
  top3: z.string(),
  sentences: z.number().int(),
});

/**
 * The method page's data. The page's "How well it works" section has, in order: the machine on
 * events it has never seen (`corpus`), the editor's review (`review`), this event's own label sets
 * (`evaluation`) and reviewed claims (`leaveOneOut`).
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
  /** The machine on the evaluation corpus's held-out events (null when the corpus figures are missing). */
  corpus: corpusViewSchema.nullable(),
  /** This event's reviewed claims, each reviewed article held out in turn (null without them). */
  leaveOneOut: eventLeaveOneOutSchema.nullable(),
  /** Which pair model gave the confidences, in words (from `comparison.method`). */
  model: z.string(),
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
export type CorpusView = z.output<typeof corpusViewSchema>;
export type MatcherRow = z.output<typeof matcherRowSchema>;
export type EventLeaveOneOutView = z.output<typeof eventLeaveOneOutSchema>;
