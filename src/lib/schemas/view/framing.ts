import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../attribution-kinds.ts';
import { PLACEMENTS } from '../framing.ts';
import { claimRefSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** A claim as the framing page names it, with whether an editor reviewed it. */
export const framingClaimSchema = claimRefSchema.extend({
  /** An editor reviewed the claim; otherwise it is the machine's proposal. */
  reviewed: z.boolean(),
});

/** A claim an outlet's headline or lead states. */
export const openingClaimSchema = z.object({
  claim: framingClaimSchema,
  /** Where it is stated: in the headline, or in the lead only. */
  where: z.enum(['headline', 'lead']),
  /** How many other outlets' headlines or leads state it too. */
  otherOpenings: z.number().int().nonnegative(),
});

/** One outlet's headline and lead. */
export const openingViewSchema = z.object({
  outlet: outletSchema,
  /** Anchor of the outlet's card on the page (`lead-<articleId>`). */
  anchor: z.string(),
  /** The headline as written, with its sentence, or null when the file has none. */
  headline: z.object({ text: z.string(), href: z.string() }).nullable(),
  /** The lead's sentences in reading order. */
  lead: z.array(sentenceRefSchema),
  leadWords: z.number().int().nonnegative(),
  /** Claims the headline and lead state, the headline's first. */
  claims: z.array(openingClaimSchema),
});

/** One outlet's cell in a claim's emphasis row. */
export const emphasisCellSchema = z.object({
  articleId: z.string(),
  placement: z.enum(PLACEMENTS),
  /** The placement in words ("First third"). */
  label: z.string(),
  /** Filled steps of four: 4 headline, 3 lead, 2 first third, 1 later, 0 not reported. */
  steps: z.number().int().min(0).max(4),
  /** The sentence that decides the placement, or null when the outlet does not report the claim. */
  sentence: sentenceRefSchema.nullable(),
});

/** A claim several outlets report, with where each put it. */
export const emphasisRowSchema = z.object({
  claim: framingClaimSchema,
  /** Mean difference in steps between two outlets' placements. */
  spread: z.number().nonnegative(),
  /** The spread in words ("1.3 steps apart"). */
  spreadLabel: z.string(),
  /** One per outlet, in outlet order. */
  cells: z.array(emphasisCellSchema),
});

/** A sentence with a term's words marked. */
export const markedSentenceSchema = z.object({
  sentence: sentenceRefSchema,
  /** The sentence's text in order, marked where the term is. */
  parts: z.array(z.object({ text: z.string(), marked: z.boolean() })),
});

/** A distinctive term, ready to chart. */
export const termViewSchema = z.object({
  term: z.string(),
  label: z.string(),
  count: z.number().int().positive(),
  otherCount: z.number().int().nonnegative(),
  z: z.number(),
  /** The z-score as shown ("2.74"). */
  zLabel: z.string(),
  /** At or above the reference z-score. */
  strong: z.boolean(),
  /** Bar length in viewBox units (0–100). */
  barWidth: z.number().min(0).max(100),
  /** Sentences that use it, in reading order. */
  uses: z.array(markedSentenceSchema),
});

/** One outlet's distinctive words and phrases. */
export const outletTermsSchema = z.object({
  outlet: outletSchema,
  /** Anchor of the outlet's word list (`words-<articleId>`). */
  anchor: z.string(),
  wordsCounted: z.number().int().nonnegative(),
  words: z.array(termViewSchema),
  phrases: z.array(termViewSchema),
});

/** One side of two differing wordings. */
export const substitutionSideViewSchema = z.object({
  label: z.string(),
  /** Outlets that write it where another writes the other side, in outlet order. */
  outlets: z.array(z.string()),
});

/** Two wordings that face each other in aligned sentences, with every place they do. */
export const substitutionViewSchema = z.object({
  sides: z.tuple([substitutionSideViewSchema, substitutionSideViewSchema]),
  /** Claims in which they face each other. */
  claims: z.number().int().positive(),
  places: z.array(
    z.object({
      claim: framingClaimSchema,
      /** The sentence with the first wording, then the one with the second. */
      sentences: z.tuple([
        z.object({ outlet: z.string(), sentence: sentenceRefSchema }),
        z.object({ outlet: z.string(), sentence: sentenceRefSchema }),
      ]),
    }),
  ),
});

/** One outlet's sources: its reporting sentences by whom they rely on. */
export const sourcesRowSchema = z.object({
  outlet: outletSchema,
  /** Reporting sentences. */
  total: z.number().int().nonnegative(),
  /** One per kind, in the order of `kinds`. */
  cells: z.array(
    z.object({
      kind: z.enum(ATTRIBUTION_KINDS),
      count: z.number().int().nonnegative(),
      /** Share of the outlet's reporting sentences, as shown ("42%"). */
      percent: z.string(),
      /** Bar length in viewBox units (0–100). */
      barWidth: z.number().min(0).max(100),
    }),
  ),
});

/** The framing page: how each outlet told the story. */
export const framingPageSchema = z.object({
  outlets: z.array(outletSchema),
  openings: z.array(openingViewSchema),
  /** Claims several outlets report and placed differently, most differently first. */
  emphasis: z.array(emphasisRowSchema),
  /** Claims several outlets report and every one of them placed alike. */
  emphasisAlike: z.array(emphasisRowSchema),
  terms: z.array(outletTermsSchema),
  /** Where the reference z-score falls on the bars, in viewBox units (0–100). */
  referenceX: z.number().min(0).max(100),
  /** The reference z-score and the z-score at the bars' full length. */
  zReference: z.number(),
  zMax: z.number(),
  substitutions: z.array(substitutionViewSchema),
  /** Attribution kinds as columns: id and a short heading. */
  kinds: z.array(z.object({ kind: z.enum(ATTRIBUTION_KINDS), label: z.string() })),
  sources: z.array(sourcesRowSchema),
  /** The settings, as published in the data. */
  settings: z.object({ leadWords: z.number(), priorScale: z.number(), minTermCount: z.number(), minZ: z.number(), maxWords: z.number(), maxPhrases: z.number() }),
});

export type FramingClaim = z.output<typeof framingClaimSchema>;
export type OpeningView = z.output<typeof openingViewSchema>;
export type EmphasisRow = z.output<typeof emphasisRowSchema>;
export type EmphasisCell = z.output<typeof emphasisCellSchema>;
export type TermView = z.output<typeof termViewSchema>;
export type MarkedSentence = z.output<typeof markedSentenceSchema>;
export type OutletTerms = z.output<typeof outletTermsSchema>;
export type SubstitutionView = z.output<typeof substitutionViewSchema>;
export type SourcesRow = z.output<typeof sourcesRowSchema>;
export type FramingPage = z.output<typeof framingPageSchema>;
