import { z } from 'zod';
import { ATTRIBUTION_KINDS } from './attribution-kinds.ts';

/** Where a claim stands in one article, from most to least prominent. */
export const PLACEMENTS = ['headline', 'lead', 'first-third', 'later', 'not-reported'] as const;

/** The settings that produced `framing`, so every figure can be reproduced. */
export const framingSettingsSchema = z.object({
  /** A body sentence joins the lead while its middle word falls within this many words of the body's start (the first sentence always does). Default 60. */
  leadWords: z.number().int().positive(),
  /** Strength of the informative Dirichlet prior, as a share of the words counted: α₀ = priorScale × n, α_w = α₀ × (w's share of all outlets' words). Default 0.1. */
  priorScale: z.number().positive(),
  /** A term is listed for an outlet only when the outlet uses it at least this often. Default 2. */
  minTermCount: z.number().int().positive(),
  /** …and its z-score is at least this. Default 1. */
  minZ: z.number(),
  /** The z-score the word-choice chart marks, two-sided 5% under a normal approximation. Default 1.96. */
  zReference: z.number().positive(),
  /** Single words listed per outlet, highest z first. Default 10. */
  maxWords: z.number().int().nonnegative(),
  /** Two-word phrases listed per outlet, highest z first. Default 6. */
  maxPhrases: z.number().int().nonnegative(),
  /** Content words per side, at most, of a differing stretch between aligned sentences. Default 2. */
  substitutionMaxWords: z.number().int().positive(),
  /** Matched words around a differing stretch (up to three on each side counted), at least. Default 3. */
  substitutionMinContext: z.number().int().positive(),
});

/** One occurrence of a term: the sentence and the characters of the words in it. */
export const termOccurrenceSchema = z.object({
  sentenceId: z.string(),
  /** Offset of the term's first character in the sentence's text. */
  start: z.number().int().nonnegative(),
  /** Offset just past its last character. */
  end: z.number().int().nonnegative(),
});

/** A word or two-word phrase that sets one outlet apart from the others (weighted log-odds ratio). */
export const distinctiveTermSchema = z.object({
  /** The term as counted: lower-case lemmas ("halt", "water supply"). */
  term: z.string(),
  /** The term as the outlet most often writes it (names keep their capitals). */
  label: z.string(),
  /** Times the outlet uses it, outside quotation marks. */
  count: z.number().int().positive(),
  /** Times all the other outlets together use it. */
  otherCount: z.number().int().nonnegative(),
  /** The log-odds ratio δ (natural logarithm) of the outlet against the others, with the prior. */
  logOdds: z.number(),
  /** δ over its estimated standard deviation: how many standard errors the difference is. */
  z: z.number(),
  /** Every use, in reading order. */
  occurrences: z.array(termOccurrenceSchema).min(1),
});

/** What one outlet opened with and whom it relied on, and the terms that set it apart. */
export const outletFramingSchema = z.object({
  articleId: z.string(),
  /** The headline's sentences (empty when the file has no headline). */
  headlineSentenceIds: z.array(z.string()),
  /** Claims the headline states, in the order it states them. */
  headlineClaimIds: z.array(z.string()),
  /** The lead: the first sentences of the body (after any headline, key points, byline or dateline), about `leadWords` words. */
  leadSentenceIds: z.array(z.string()),
  /** Words in the lead. */
  leadWords: z.number().int().nonnegative(),
  /** Claims the lead states, in the order it states them. */
  leadClaimIds: z.array(z.string()),
  /** Reporting sentences by whom they rely on (the same counts as the outlet's profile). */
  sources: z.record(z.enum(ATTRIBUTION_KINDS), z.number().int().nonnegative()),
  /** Words counted for word choice: the outlet's own, outside quotation marks and embedded posts. */
  wordsCounted: z.number().int().nonnegative(),
  /** Single words that most set the outlet apart, highest z first. */
  words: z.array(distinctiveTermSchema),
  /** Two-word phrases that most set it apart, highest z first. */
  phrases: z.array(distinctiveTermSchema),
});

/** Where one article places a claim. */
export const placementSchema = z.object({
  articleId: z.string(),
  /** Headline, lead, first third of the article, or later (never `not-reported`: articles without the claim are left out). */
  placement: z.enum(PLACEMENTS),
  /** The member sentence that decides the placement: in the headline, in the lead, or else the earliest. */
  sentenceId: z.string(),
  /** Where that sentence starts, as the share (0–1) of the article's reporting words before it, headline not counted. */
  position: z.number().min(0).max(1),
});

/** A claim several outlets report, with where each one put it. */
export const claimEmphasisSchema = z.object({
  claimId: z.string(),
  /** One per article that reports it, in article order. */
  placements: z.array(placementSchema).min(2),
  /** How differently the outlets placed it: the mean difference, in steps of the scale headline–lead–first third–later, over every two reporting articles. */
  spread: z.number().nonnegative(),
});

/** One side of a differing stretch of two aligned sentences. */
export const substitutionSideSchema = z.object({
  /** Lower-case lemmas ("pause"). */
  term: z.string(),
  /** As most often written. */
  label: z.string(),
});

/** Where two outlets' sentences of one reviewed claim differ in one stretch ("halt" against "pause"). */
export const substitutionOccurrenceSchema = z.object({
  /** The sentence using the first side, then the sentence using the second (different articles). */
  sentenceIds: z.tuple([z.string(), z.string()]),
  /** The reviewed claims that hold both sentences. */
  claimIds: z.array(z.string()).min(1),
});

/** Two wordings that face each other in aligned sentences, counted across every reviewed claim. */
export const substitutionSchema = z.object({
  /** The two wordings, in code-unit order of their terms. */
  sides: z.tuple([substitutionSideSchema, substitutionSideSchema]),
  /** Reviewed claims in which they face each other. */
  claims: z.number().int().positive(),
  /** Every pair of sentences in which they do, each once however many claims hold both. */
  occurrences: z.array(substitutionOccurrenceSchema).min(1),
});

/** How each outlet told the story: what it opened with, where it put each claim, its words and its sources. */
export const framingSchema = z.object({
  settings: framingSettingsSchema,
  /** One per article, in article order. */
  outlets: z.array(outletFramingSchema),
  /** Claims reported by two or more articles, most differently placed first. */
  emphasis: z.array(claimEmphasisSchema),
  /** Differing words of aligned sentences within reviewed claims, the pairs of wordings that face each other most often first. */
  substitutions: z.array(substitutionSchema),
});

export type Framing = z.output<typeof framingSchema>;
export type FramingSettings = z.output<typeof framingSettingsSchema>;
export type OutletFraming = z.output<typeof outletFramingSchema>;
export type DistinctiveTerm = z.output<typeof distinctiveTermSchema>;
export type TermOccurrence = z.output<typeof termOccurrenceSchema>;
export type ClaimEmphasis = z.output<typeof claimEmphasisSchema>;
export type Placement = (typeof PLACEMENTS)[number];
export type ClaimPlacement = z.output<typeof placementSchema>;
export type Substitution = z.output<typeof substitutionSchema>;
export type SubstitutionOccurrence = z.output<typeof substitutionOccurrenceSchema>;
