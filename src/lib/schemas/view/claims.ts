import { z } from 'zod';
import { attributionViewSchema, claimRefSchema, diffSchema, figureViewSchema, outletSchema, sentenceRefSchema, suggestionViewSchema } from './common.ts';

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
  /** The outlet whose sentence a machine claim's label is taken from; null when the label is an editor's title. */
  labelOutlet: outletSchema.nullable(),
  /** The wording closest to what all the others say (the reference of the diffs). */
  reference: z.object({ outlet: outletSchema, sentence: sentenceRefSchema }),
  /** Outlets that report it, in outlet order. */
  outlets: z.array(claimOutletSchema),
  /** Outlets that do not, where that is an editorial finding (a reviewed claim, an article an editor checked). */
  notReported: z.array(outletSchema),
  /** Outlets the machine found no sentence in, which no editor has checked for this claim (those with suggestions are not here). */
  notFound: z.array(outletSchema),
  /** Outlets with sentences the machine suggests for the claim, in outlet order. */
  suggestedOutlets: z.array(outletSchema),
  /** Sentences the machine suggests also state this reviewed claim, not reviewed, in outlet then reading order. */
  suggestions: z.array(suggestionViewSchema),
  /** The editor's note as safe HTML (links to the site's pages under the base path), or null. */
  noteHtml: z.string().nullable(),
  /** The claim's file (`content/claims/<slug>.md`), the way to correct it; null for a machine claim, which has none yet. */
  file: z.string().nullable(),
  /** Figures in its sentences that outlets give differently. */
  figures: z.array(figureViewSchema),
  /** Neighbouring claims in display order. */
  previous: claimRefSchema.nullable(),
  next: claimRefSchema.nullable(),
});

/** A claim in the claims list. */
export const claimListItemSchema = z.object({
  claim: claimRefSchema,
  /** Names of the outlets that report it, in outlet order. */
  outlets: z.array(z.string()),
  /** Names of those an editor found not to report it. */
  notReported: z.array(z.string()),
  /** Names of those the machine found no sentence in (not checked by an editor for this claim). */
  notFound: z.array(z.string()),
  /** Outlets with a sentence the machine suggests for it, not reviewed: "name (55% confidence)". */
  suggested: z.array(z.string()),
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
