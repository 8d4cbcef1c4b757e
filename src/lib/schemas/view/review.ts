import { z } from 'zod';

/** A part of the whole, counted and as a percentage. */
export const shareSchema = z.object({
  part: z.number().int().nonnegative(),
  whole: z.number().int().nonnegative(),
  /** `part` of `whole` as a whole percentage ("99%"); "0%" when `whole` is 0. */
  percent: z.string(),
});

/** Claim scores of one layer on one labelled set, formatted as percentages. */
export const layerScoreSchema = z.object({
  f1: z.string(),
  precision: z.string(),
  recall: z.string(),
});

/** How much of the comparison an editor decided, and how the machine alone and the published claims score. */
export const reviewSummarySchema = z.object({
  /** False when the data was written without the editor's files (`--machine-only`). */
  applied: z.boolean(),
  /** Reviewed claims of all claims. */
  claims: shareSchema,
  /** Reporting sentences held by reviewed claims, of the reporting sentences that state a fact. */
  sentences: shareSchema,
  /** Reporting sentences an editor found state no checkable fact (questions, topic headings, labels): in no claim, counted apart. */
  noFactSentences: z.number().int().nonnegative(),
  /** Articles an editor checked in full, of all articles. */
  articles: shareSchema,
  /** Quotes whose speaker an editor set. */
  correctedSpeakers: z.number().int().nonnegative(),
  /** Per labelled set: the machine alone (the editor's files left out) and the published claims; null where not scored. */
  scores: z.array(
    z.object({
      set: z.string(),
      description: z.string(),
      machine: layerScoreSchema.nullable(),
      published: layerScoreSchema.nullable(),
    }),
  ),
});

export type Share = z.output<typeof shareSchema>;
export type LayerScore = z.output<typeof layerScoreSchema>;
export type ReviewSummary = z.output<typeof reviewSummarySchema>;
