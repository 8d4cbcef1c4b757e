import { z } from 'zod';
import { SENTENCE_BLOCKS } from '../markdown/nodes.ts';
import { ATTRIBUTION_KINDS } from './attribution-kinds.ts';
import { FIGURE_DIMENSIONS } from './figure-dimensions.ts';
import { eventSettingsSchema } from './event.ts';
import { framingSchema } from './framing.ts';

export { ATTRIBUTION_KINDS };

/** How a quote's speaker was found. */
export const SPEAKER_METHODS = [
  'said-after',
  'said-before',
  'according-to',
  'possessive-source',
  'previous-sentence',
  'pronoun',
  'continued-quote',
  'section-lead',
  'post-author',
  'repeated-quote',
  'quoted-heading',
  'editor',
  'none',
] as const;

export const articleSchema = z.object({
  /** The article's id (also its page: `/articles/<id>/`). */
  id: z.string(),
  /** Raw file name in `content/raw/`. */
  sourceFile: z.string(),
  /** Outlet name, or null when unknown. */
  outlet: z.string().nullable(),
  /** The file's headline line, or null when it has none. */
  headline: z.string().nullable(),
  /** Where the text was found, or null when unknown. */
  url: z.string().nullable(),
  /** Headline, or a label naming the outlet when the file has no headline. */
  title: z.string(),
  /** Outlet name, or "Outlet unknown". */
  outletLabel: z.string(),
  /** How outlet and URL were established, or null. */
  provenanceBasis: z.string().nullable(),
  /** Publication date (YYYY-MM-DD), or null when unknown. */
  publishedDate: z.string().nullable(),
  /** The authors as the source states them (a saved page's metadata) or as its byline names them; absent or empty when unknown. */
  authors: z.array(z.string()).optional(),
  /** An editor placed every reporting sentence of this article in reviewed claims (`content/review.yaml`). */
  reviewed: z.boolean(),
});

export const attributionSchema = z.object({
  /** Whom the sentence relies on. */
  kind: z.enum(ATTRIBUTION_KINDS),
  /** Name of that source as the reader should see it, or null (own voice, unnamed sources). */
  source: z.string().nullable(),
  /** The source's entity id, when it is a known person, institution or outlet. */
  entityId: z.string().nullable(),
  /** The words in the sentence that signal the attribution ("according to", "said"), or null. */
  cue: z.string().nullable(),
});

export const sentenceSchema = z.object({
  /** Global id: `<articleId>/<anchor>`. */
  id: z.string(),
  articleId: z.string(),
  /** Anchor on the article page (`#s-…`). */
  anchor: z.string(),
  /** Position in the article, from 0, in reading order. */
  index: z.number().int().nonnegative(),
  /** The sentence's exact words. */
  text: z.string(),
  /** Kind of block it sits in; reporting blocks are headline, heading, paragraph, list items and embeds' text. */
  block: z.enum(SENTENCE_BLOCKS),
  /** Whether the sentence carries content that claims are built from (not a label, signature or link title). */
  reporting: z.boolean(),
  /** An editor found that the sentence states no checkable fact (a question, a topic heading, a label): it belongs to no claim. */
  statesNoFact: z.boolean(),
  /** Claims the sentence belongs to (several when it carries several facts). */
  claimIds: z.array(z.string()),
  /** Reviewed claims the machine suggests the sentence also states (no editor has placed it). */
  suggestedClaimIds: z.array(z.string()),
  /**
   * For a sentence no reviewed claim holds: the claims (reviewed or machine, not its own) it most
   * likely also states, best first, at most three, each sharing a term that distinguishes the claim.
   */
  candidates: z.array(z.object({ claimId: z.string(), confidence: z.number().min(0).max(1) })),
  /** Quotes that overlap the sentence. */
  quoteIds: z.array(z.string()),
  attribution: attributionSchema,
});

/** A sentence the machine proposes as a further member of a reviewed claim. */
export const suggestionSchema = z.object({
  sentenceId: z.string(),
  articleId: z.string(),
  /** The machine's confidence (0–1) that the sentence states the claim. */
  confidence: z.number().min(0).max(1),
});

export const claimSchema = z.object({
  /** Stable id: a reviewed claim's file name (`content/claims/<id>.md`); for machine claims `c-` + words of the label + short hash. */
  id: z.string(),
  /** The editor's title (reviewed claims), or the most representative member sentence's words (an extract, never invented text). */
  label: z.string(),
  /** The sentence a machine label is taken from; null when the label is an editor's title. */
  labelSentenceId: z.string().nullable(),
  /** An editor decided the members and the label, and checked every reviewed article: "not reported" is then an editorial finding. */
  reviewed: z.boolean(),
  /** Member sentences, in article order then reading order (for reviewed claims, the editor's). */
  sentenceIds: z.array(z.string()).min(1),
  /** Reviewed claims: sentences no editor has placed that the machine suggests also state it, kept apart from the members. */
  suggestedSentenceIds: z.array(z.string()),
  /** The suggestions with their confidence, most confident first. */
  suggestions: z.array(suggestionSchema),
  /** Machine claims: the machine's confidence (0–1) in the grouping (for a one-outlet claim, that no other article states it); null for reviewed claims. */
  confidence: z.number().min(0).max(1).nullable(),
  /** The editor's note on the claim (Markdown), or null. */
  note: z.string().nullable(),
  /** Articles that report the claim (members only, not suggestions). */
  articleIds: z.array(z.string()).min(1),
  /** Articles that do not. */
  missingArticleIds: z.array(z.string()),
  /** Reported by every article, by several, or by one only. */
  coverage: z.enum(['all', 'several', 'single']),
  /** Figures mentioned in the claim's sentences that outlets give differently. */
  figureIds: z.array(z.string()),
});

export const quoteSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  /** Sentences the quote spans. */
  sentenceIds: z.array(z.string()).min(1),
  /** The quoted words exactly as written, without the quotation marks. */
  text: z.string(),
  /** Who said it (canonical name), or null when the article does not say. */
  speaker: z.string().nullable(),
  /** The speaker's entity id, when the speaker is a known entity. */
  speakerId: z.string().nullable(),
  /** How the speaker was found (`editor`: set by an editor in `content/speakers.yaml`). */
  speakerMethod: z.enum(SPEAKER_METHODS),
  /** A few words inside a sentence of the outlet's own ("described as “productive”"), not a full statement. */
  partial: z.boolean(),
  /** The group of matching quotes in other articles, if any. */
  groupId: z.string().nullable(),
});

export const diffPartSchema = z.object({
  /** Words both versions have, words only this version has, or words only the reference has. */
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});

export const quoteGroupSchema = z.object({
  id: z.string(),
  /** Speaker most members name, or null. */
  speaker: z.string().nullable(),
  speakerId: z.string().nullable(),
  /** Members, one or more per article. */
  quoteIds: z.array(z.string()).min(2),
  /** The member the others are compared with (the longest). */
  referenceQuoteId: z.string(),
  /** For every other member: a word-level diff from the reference to it. */
  variants: z.array(z.object({ quoteId: z.string(), similarity: z.number(), diff: z.array(diffPartSchema) })),
});

export const entitySchema = z.object({
  id: z.string(),
  /** Canonical name: the most common full form. */
  name: z.string(),
  kind: z.enum(['person', 'organization', 'outlet', 'place', 'other']),
  /** Spellings seen, most frequent first. */
  variants: z.array(z.string()),
  /** Titles and roles given, most frequent first. */
  titles: z.array(z.string()),
  mentionCount: z.number().int(),
  articleIds: z.array(z.string()),
});

export const figureMentionSchema = z.object({
  articleId: z.string(),
  sentenceId: z.string(),
  /** The figure as written ("roughly 90 minutes"). */
  text: z.string(),
  /** The number in the figure's base unit (minutes for durations). */
  value: z.number(),
  /** Range the wording allows ("over one hour": 60 to unbounded). */
  low: z.number(),
  high: z.number().nullable(),
  /** Hedge or bound written with it ("roughly", "at least", "over"), or null. */
  qualifier: z.string().nullable(),
  /** For a score or tally, the smaller side ("6-3": `value` 6, `against` 3); null otherwise. */
  against: z.number().nullable().default(null),
});

export const figureSchema = z.object({
  id: z.string(),
  /** What the figure measures, in the articles' words ("call lasted"). */
  measure: z.string(),
  dimension: z.enum(FIGURE_DIMENSIONS),
  /** Base unit of `value` ("minute", "metre", "USD", "percent", "prisoner"); dates are month × 100 + day (+ year × 10,000), times minutes after midnight. */
  unit: z.string(),
  /** Same figure everywhere, different but compatible wording, or ranges that cannot both be true. */
  agreement: z.enum(['same', 'different', 'conflicting']),
  mentions: z.array(figureMentionSchema).min(2),
});

export const profileSchema = z.object({
  articleId: z.string(),
  words: z.number().int(),
  sentences: z.number().int(),
  reportingSentences: z.number().int(),
  /** Share of the article's words that sit inside quotation marks, 0–1. */
  quotedWordShare: z.number(),
  /** Distinct speakers quoted (canonical names), most quoted first. */
  speakers: z.array(z.string()),
  /** Sentences by whom they rely on. */
  attribution: z.record(z.enum(ATTRIBUTION_KINDS), z.number().int()),
  /** Claims this article shares with every other article, with some, or carries alone. */
  claims: z.object({ all: z.number().int(), several: z.number().int(), single: z.number().int() }),
  embeddedPosts: z.number().int(),
  /** Flesch reading ease (higher is easier) and Flesch–Kincaid grade level of the reporting text. */
  readability: z.object({ fleschReadingEase: z.number(), fleschKincaidGrade: z.number() }),
});

/** `dist/data/comparison.json`: everything Parallax computed, for pages, search and readers. */
export const comparisonSchema = z.object({
  schemaVersion: z.literal(2),
  /** The event the articles cover (`content/event.yaml`); null only in a file made without one (`--machine-only` comparisons of test folders). */
  event: eventSettingsSchema.nullable(),
  /** Settings of the analysis that produced this file, so the figures can be reproduced. */
  method: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  /** How much of the comparison an editor decided. */
  review: z.object({
    /** False when the file was written with the review layer off (`npm run analyze -- --machine-only`). */
    applied: z.boolean(),
    /** Reviewed claims and all claims. */
    reviewedClaims: z.number().int().nonnegative(),
    claims: z.number().int().nonnegative(),
    /** Reporting sentences that reviewed claims hold, and all reporting sentences. */
    reviewedSentences: z.number().int().nonnegative(),
    reportingSentences: z.number().int().nonnegative(),
    /** Reporting sentences an editor found state no checkable fact (`content/review.yaml` `statesNoFact`): counted apart, not as covered. */
    noFactSentences: z.number().int().nonnegative(),
    /** Quotes whose speaker an editor set or confirmed. */
    correctedSpeakers: z.number().int().nonnegative(),
  }),
  articles: z.array(articleSchema),
  sentences: z.array(sentenceSchema),
  claims: z.array(claimSchema),
  quotes: z.array(quoteSchema),
  quoteGroups: z.array(quoteGroupSchema),
  entities: z.array(entitySchema),
  figures: z.array(figureSchema),
  profiles: z.array(profileSchema),
  /** How each outlet told it: headlines and leads, where each shared claim stands, distinctive words, differing words of aligned sentences, sources relied on. */
  framing: framingSchema,
});

export type Comparison = z.output<typeof comparisonSchema>;
export type ComparisonArticle = z.output<typeof articleSchema>;
export type ComparisonSentence = z.output<typeof sentenceSchema>;
export type Claim = z.output<typeof claimSchema>;
export type Suggestion = z.output<typeof suggestionSchema>;
export type ReviewSummary = z.output<typeof comparisonSchema>['review'];
export type Quote = z.output<typeof quoteSchema>;
export type QuoteGroup = z.output<typeof quoteGroupSchema>;
export type ComparisonEntity = z.output<typeof entitySchema>;
export type Figure = z.output<typeof figureSchema>;
export type FigureMention = z.output<typeof figureMentionSchema>;
export type Profile = z.output<typeof profileSchema>;
export type Attribution = z.output<typeof attributionSchema>;
export type AttributionKind = (typeof ATTRIBUTION_KINDS)[number];
export type SpeakerMethod = (typeof SPEAKER_METHODS)[number];
export type DiffPart = z.output<typeof diffPartSchema>;
