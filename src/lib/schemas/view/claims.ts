import { z } from 'zod';
import { attributionViewSchema, claimRefSchema, diffSchema, figureViewSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** One of an outlet's sentences for a claim. */
export const claimWordingSchema = z.object({
  sentence: sentenceRefSchema,
  /** Whom the outlet attributes the sentence to. */
  attribution: attributionViewSchema,
  /** Whether this is the reference wording the others are compared with. */
  reference: z.boolean(),
  /** Word diff from the reference wording to this one, for the outlet's sentence closest to it (null for the reference and the outlet's other sentences). */
  diff: diffSchema.nullable(),
  /** Share of words in common with the reference (0–1), where a diff is shown. */
  similarity: z.number().nullable(),
});

/** What one outlet says for a claim. */
export const claimOutletSchema = z.object({
  outlet: outletSchema,
  wordings: z.array(claimWordingSchema).min(1),
});

/** A claim's page: every outlet's wording, diffed against the most common one, who left it out, figures. */
export const claimPageSchema = z.object({
  claim: claimRefSchema,
  /** Number of outlets in the comparison. */
  outletCount: z.number().int().positive(),
  /** The outlet whose sentence the claim's label is taken from. */
  labelOutlet: outletSchema,
  /** The wording closest to what all the others say (the reference of the diffs). */
  reference: z.object({ outlet: outletSchema, sentence: sentenceRefSchema }),
  /** Outlets that report it, in outlet order. */
  outlets: z.array(claimOutletSchema),
  /** Outlets that do not. */
  missing: z.array(outletSchema),
  /** Figures in its sentences that outlets give differently. */
  figures: z.array(figureViewSchema),
  /** Neighbouring claims in display order. */
  previous: claimRefSchema.nullable(),
  next: claimRefSchema.nullable(),
});

/** A claim in the claims list. */
export const claimListItemSchema = z.object({
  claim: claimRefSchema,
  /** Labels of the outlets that report it, in outlet order. */
  outlets: z.array(z.string()),
  /** Labels of those that do not. */
  missing: z.array(z.string()),
});

/** The claims list, grouped by coverage. */
export const claimListSchema = z.object({
  groups: z.array(z.object({ coverage: z.enum(['all', 'several', 'single']), label: z.string(), claims: z.array(claimListItemSchema) })),
});

export type ClaimWording = z.output<typeof claimWordingSchema>;
export type ClaimOutlet = z.output<typeof claimOutletSchema>;
export type ClaimPage = z.output<typeof claimPageSchema>;
export type ClaimListItem = z.output<typeof claimListItemSchema>;
export type ClaimList = z.output<typeof claimListSchema>;
