import { z } from 'zod';
import { claimRefSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** A sentence in a side-by-side cell, with every claim it belongs to (its counterparts are their members). */
export const compareSentenceSchema = sentenceRefSchema.extend({
  /** Keys of all the claims the sentence belongs to. */
  claimKeys: z.array(z.string()),
});

/** One outlet's cell in a claim's row: its own sentences, or none ("not reported"). */
export const compareCellSchema = z.object({
  articleId: z.string(),
  sentences: z.array(compareSentenceSchema),
});

/** One claim across the outlets. */
export const compareRowSchema = z.object({
  claim: claimRefSchema,
  /** Outlets that report it, in outlet order. */
  articleIds: z.array(z.string()),
  /** One cell per outlet, in outlet order. */
  cells: z.array(compareCellSchema),
});

/** Rows of equal coverage. */
export const compareGroupSchema = z.object({
  coverage: z.enum(['all', 'several', 'single']),
  label: z.string(),
  rows: z.array(compareRowSchema),
});

/** A link to the page that sets two outlets side by side. */
export const pairLinkSchema = z.object({
  first: outletSchema,
  second: outletSchema,
  /** The pair page, base path included. */
  href: z.string(),
  /** Claims both report. */
  sharedClaims: z.number().int().nonnegative(),
});

/** The side-by-side page: one column per outlet, one row per claim. */
export const compareTableSchema = z.object({
  outlets: z.array(outletSchema),
  groups: z.array(compareGroupSchema),
  pairs: z.array(pairLinkSchema),
});

export type CompareSentence = z.output<typeof compareSentenceSchema>;
export type CompareCell = z.output<typeof compareCellSchema>;
export type CompareRow = z.output<typeof compareRowSchema>;
export type CompareGroup = z.output<typeof compareGroupSchema>;
export type PairLink = z.output<typeof pairLinkSchema>;
export type CompareTable = z.output<typeof compareTableSchema>;
