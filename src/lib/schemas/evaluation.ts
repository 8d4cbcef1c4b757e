import { z } from 'zod';
import { pairScoreSchema, reliabilityBinSchema } from './pair-model.ts';

/** One labelled set's scores, as `npm run eval` computed them. */
export const evaluationResultSchema = z.object({
  /** Which labelled set: file name and a few words on what it is. */
  set: z.string(),
  /**
   * What was scored: `machine`, the analysis alone (the editor's files left out); `published`,
   * the claims the site shows (reviewed claims, machine for the rest); `file`, a given comparison.json.
   */
  layer: z.enum(['machine', 'published', 'file']),
  description: z.string(),
  claims: z.number().int(),
  quotes: z.number().int(),
  claimF1: z.number(),
  claimPrecision: z.number(),
  claimRecall: z.number(),
  quoteRecall: z.number(),
  speakerAccuracy: z.number(),
});

/** The plain word-overlap baseline at one fixed threshold. */
export const baselineScoreSchema = z.object({ threshold: z.number(), score: pairScoreSchema });

/**
 * Each article held out in turn against the other articles' labelled (or reviewed) claims: the
 * pairs the machine's suggestions make, the baseline's pairs on the same sentences, and how often
 * the right claim is the machine's first, or among its first three, candidates.
 */
export const leaveOneArticleOutSchema = z.object({
  suggestions: pairScoreSchema,
  baseline: z.array(baselineScoreSchema),
  /** Sentences whose claim another article states. */
  sentences: z.number().int().nonnegative(),
  top1: z.number().int().nonnegative(),
  top3: z.number().int().nonnegative(),
});

/** `content/evaluation.json`: figures of this event's own label sets, written by `npm run eval -- --write`. */
export const evaluationSchema = z.object({
  /**
   * The event whose label sets were scored (`content/event.yaml` when they were): pages show the
   * figures only while it is still the current event, so no event's scores carry over to another.
   */
  event: z.object({ title: z.string(), date: z.string() }).nullable().default(null),
  /** Settings of the analysis that was scored (same keys as `comparison.method`). */
  method: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  /** Per label set of this event: the machine alone and the published claims. */
  results: z.array(evaluationResultSchema),
  /** This event's reviewed claims, each reviewed article held out in turn, with the shipped default model (never fitted on them); null without reviewed claims. */
  leaveOneArticleOut: leaveOneArticleOutSchema.extend({ articles: z.number().int() }).nullable(),
});

/** One event of the evaluation corpus, scored. */
export const corpusEventResultSchema = z.object({
  /** The event's folder name. */
  event: z.string(),
  /** Its title (`event.yaml`), or the folder name. */
  title: z.string(),
  /** Held out (never fitted or tuned on), or a tune event (in-sample). */
  heldOut: z.boolean(),
  articles: z.number().int(),
  machine: pairScoreSchema,
  baseline: z.array(baselineScoreSchema),
  leaveOneArticleOut: leaveOneArticleOutSchema,
  /** Count-weighted gap between confidence and how often it was right, on this event's candidate pairs. */
  calibrationError: z.number().min(0).max(1),
  reliability: z.array(reliabilityBinSchema),
});

/** One row of the ablation table: the machine fitted and scored without one feature or rule. */
export const ablationRowSchema = z.object({
  /** What was left out ("the path features"), or "nothing" for the full machine. */
  without: z.string(),
  /** Pooled pairwise F1 on the held-out events, and its difference from the full machine. */
  f1: z.number(),
  delta: z.number(),
  /** Top-3 candidate accuracy on the held-out events. */
  top3: z.number(),
});

/**
 * `src/lib/analysis/matcher/corpus-evaluation.json`: the machine on the evaluation corpus's events,
 * beside the plain baseline, written by `npm run eval -- --write`. The method page shows the
 * held-out events' figures; tune events are in-sample and named as such.
 */
export const corpusEvaluationSchema = z.object({
  about: z.string(),
  /** The events each side of the split. */
  split: z.object({ tune: z.array(z.string()), heldOut: z.array(z.string()) }),
  events: z.array(corpusEventResultSchema),
  /** Held-out events pooled. */
  pooled: z.object({
    machine: pairScoreSchema,
    baseline: z.array(baselineScoreSchema),
    leaveOneArticleOut: leaveOneArticleOutSchema,
    reliability: z.array(reliabilityBinSchema),
    calibrationError: z.number().min(0).max(1),
  }),
  /** Leave-one-out of features and rules, refitted on the tune events, scored on the held-out ones; empty until `--ablation` runs. */
  ablation: z.array(ablationRowSchema),
});

export type Evaluation = z.output<typeof evaluationSchema>;
export type EvaluationResult = z.output<typeof evaluationResultSchema>;
export type CorpusEvaluation = z.output<typeof corpusEvaluationSchema>;
export type CorpusEventResult = z.output<typeof corpusEventResultSchema>;
export type LeaveOneArticleOut = z.output<typeof leaveOneArticleOutSchema>;
