import { z } from 'zod';
import { pairModelSchema } from './pair-model.ts';

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

/** `content/evaluation.json`: the latest evaluation figures, written by `npm run eval -- --write`. */
export const evaluationSchema = z.object({
  /** Settings of the analysis that was scored (same keys as `comparison.method`). */
  method: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  results: z.array(evaluationResultSchema),
  /** The pair model's held-out figures (from `content/pair-model.json`), or null when there is no fitted model. */
  pairModel: z
    .object({
      grouping: pairModelSchema.shape.grouping,
      groupingScores: pairModelSchema.shape.groupingScores,
      mergeThreshold: z.number(),
      trainedOn: pairModelSchema.shape.trainedOn,
      crossValidation: pairModelSchema.shape.crossValidation,
    })
    .nullable(),
});

export type Evaluation = z.output<typeof evaluationSchema>;
export type EvaluationResult = z.output<typeof evaluationResultSchema>;
