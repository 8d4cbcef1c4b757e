import { z } from 'zod';
import { diffSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** How often one outlet quotes one speaker. */
export const speakerCellSchema = z.object({
  articleId: z.string(),
  quotes: z.number().int().nonnegative(),
  /** Words inside the quotation marks. */
  words: z.number().int().nonnegative(),
});

/** A speaker across the outlets. */
export const speakerRowSchema = z.object({
  /** Canonical name, or "Speaker not stated". */
  name: z.string(),
  /** False for the row of quotes whose speaker the articles do not give. */
  named: z.boolean(),
  quotes: z.number().int().positive(),
  words: z.number().int().nonnegative(),
  /** Of its quotes, those whose speaker an editor set (`content/speakers.yaml`). */
  byEditor: z.number().int().nonnegative(),
  /** One cell per outlet, in outlet order. */
  cells: z.array(speakerCellSchema),
});

/** One outlet's rendering of a shared quotation. */
export const quoteRenderingSchema = z.object({
  outlet: outletSchema,
  /** The quoted words as the outlet gives them. */
  text: z.string(),
  /** Where the quote starts. */
  sentence: sentenceRefSchema,
  /** Whether the outlet quotes only a few words inside its own sentence. */
  partial: z.boolean(),
  /** The speaker the outlet's version is given (null: not stated). */
  speaker: z.string().nullable(),
  /** An editor set that speaker (`content/speakers.yaml`). */
  speakerByEditor: z.boolean(),
});

/** A quotation several outlets give, with every other version diffed against the longest. */
export const quoteGroupViewSchema = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  /** An editor set the speaker of at least one version. */
  speakerByEditor: z.boolean(),
  /** Names of the outlets that give it, in outlet order. */
  outlets: z.array(z.string()),
  reference: quoteRenderingSchema,
  variants: z.array(
    quoteRenderingSchema.extend({
      /** Word diff from the reference to this version. */
      diff: diffSchema,
      /** Share of words in common with the reference (0–1). */
      similarity: z.number(),
    }),
  ),
});

/** The quotes page: who quoted whom, and the quotations several outlets share. */
export const quotesPageSchema = z.object({
  outlets: z.array(outletSchema),
  /** Speakers, most quoted first; quotes with no stated speaker last. */
  speakers: z.array(speakerRowSchema),
  /** Per outlet, in outlet order: all its quotes and quoted words. */
  totals: z.array(speakerCellSchema),
  groups: z.array(quoteGroupViewSchema),
});

export type SpeakerRow = z.output<typeof speakerRowSchema>;
export type QuoteRendering = z.output<typeof quoteRenderingSchema>;
export type QuoteGroupView = z.output<typeof quoteGroupViewSchema>;
export type QuotesPage = z.output<typeof quotesPageSchema>;
