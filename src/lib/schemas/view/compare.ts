import { z } from 'zod';
import { ABSENCE_KINDS, claimRefSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** A sentence in a side-by-side cell, with every claim it belongs to (its counterparts are their members). */
export const compareSentenceSchema = sentenceRefSchema.extend({
  /** Keys of all the claims the sentence belongs to (for a suggestion: the claims suggested for it). */
  claimKeys: z.array(z.string()),
});

/** A sentence the machine suggests for a reviewed claim, shown apart from the editor's. */
export const compareSuggestionSchema = compareSentenceSchema.extend({
  /** The machine's confidence (0–1). */
  confidence: z.number().min(0).max(1),
  /** "machine match, 55% confidence". */
  mark: z.string(),
});

/** One outlet's cell in a claim's row: its own sentences, the machine's suggestions, or why there are none. */
export const compareCellSchema = z.object({
  articleId: z.string(),
  /** The claim's member sentences in this outlet (an editor's, for a reviewed claim). */
  sentences: z.array(compareSentenceSchema),
  /** Sentences the machine suggests for the claim, not reviewed; only where the outlet has no member. */
  suggestions: z.array(compareSuggestionSchema),
  /** With neither: "not reported" (an editorial finding) or "not found by the machine"; else null. */
  absence: z.object({ kind: z.enum(ABSENCE_KINDS), text: z.string() }).nullable(),
});

/** One claim across the outlets. */
export const compareRowSchema = z.object({
  claim: claimRefSchema,
  /** Outlets with a sentence in the row (members or suggestions), in outlet order: the row shows while one of them is chosen. */
  articleIds: z.array(z.string()),
  /** One cell per outlet, in outlet order. */
  cells: z.array(compareCellSchema),
  /** The outlets with nothing in the row, for the one-line summary that replaces their cells when rows are cards. */
  absent: z.array(z.object({ articleId: z.string(), name: z.string(), kind: z.enum(ABSENCE_KINDS) })),
  /** The outlets with only the machine's suggestions in the row, for the one-line summary that replaces their cells in the compact mode. */
  suggested: z.array(z.object({ articleId: z.string(), name: z.string(), sentences: z.number().int().positive() })),
});

/** Rows of equal coverage. */
export const compareGroupSchema = z.object({
  coverage: z.enum(['all', 'several', 'single']),
  label: z.string(),
  rows: z.array(compareRowSchema),
  /** Shown closed until asked for: claims of one outlet, each a row of mostly empty cells. */
  collapsed: z.boolean(),
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
  /** Most outlets shown as columns; with more chosen, each row becomes a card listing only the outlets with sentences. */
  maxColumns: z.number().int().positive(),
  /** The layout with every outlet shown (as without JavaScript). */
  layout: z.enum(['columns', 'cards']),
  /**
   * Whether the compact mode starts on (as it does when every outlet cannot be a column): each
   * outlet's first sentence on one line, a count of the rest, suggestions counted in the row's head.
   */
  compact: z.boolean(),
  /** What the outlet chooser says about how many outlets to choose and what the page does with them. */
  chooserHint: z.string(),
});

export type CompareSentence = z.output<typeof compareSentenceSchema>;
export type CompareSuggestion = z.output<typeof compareSuggestionSchema>;
export type CompareCell = z.output<typeof compareCellSchema>;
export type CompareRow = z.output<typeof compareRowSchema>;
export type CompareGroup = z.output<typeof compareGroupSchema>;
export type PairLink = z.output<typeof pairLinkSchema>;
export type CompareTable = z.output<typeof compareTableSchema>;
