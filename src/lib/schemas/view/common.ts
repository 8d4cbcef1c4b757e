import { z } from 'zod';
import { ATTRIBUTION_KINDS, diffPartSchema } from '../comparison.ts';

/** An outlet as pages show it: one article, named by its outlet or as "Outlet unknown". */
export const outletSchema = z.object({
  /** The article's id. */
  articleId: z.string(),
  /** Outlet name, or "Outlet unknown". */
  label: z.string(),
  /**
   * The name pages show and give to landmarks, columns and checkboxes: the label, unique among
   * the articles (a label several articles share is told apart by each one's file).
   */
  name: z.string(),
  /** Whether the outlet is known (false: the label says "Outlet unknown"). */
  known: z.boolean(),
  /** The article's headline, or a label naming the outlet when it has none. */
  title: z.string(),
  /** The article's page, base path included. */
  href: z.string(),
  /** An editor checked every claim against this article: its "not reported" is an editorial finding. */
  reviewed: z.boolean(),
});

/** A link to one sentence of an article. */
export const sentenceRefSchema = z.object({
  /** Global sentence id (`<articleId>/<anchor>`). */
  id: z.string(),
  articleId: z.string(),
  /** Anchor on the article page (`s-…`). */
  anchor: z.string(),
  /** The sentence's exact words. */
  text: z.string(),
  /** The sentence on its article page, base path included. */
  href: z.string(),
});

/** A claim as lists and grids name it. */
export const claimRefSchema = z.object({
  /** Unique key: the claim id, with "-2", "-3", … when the data repeats an id. Used in URLs and anchors. */
  key: z.string(),
  /** Position in display order, from 1. */
  number: z.number().int().positive(),
  /** The claim's label: the editor's title when reviewed, else an extract of one member sentence. */
  label: z.string(),
  /** An editor decided its members and title. */
  reviewed: z.boolean(),
  /** Machine claims: the machine's confidence (0–1) in the grouping; null when reviewed. */
  confidence: z.number().min(0).max(1).nullable(),
  /** What decided it, in words shown beside it: "reviewed", or "machine match, 72% confidence". */
  mark: z.string(),
  /** The claim's own page, base path included. */
  href: z.string(),
  /** The claim's row on the side-by-side page, base path included. */
  compareHref: z.string(),
  /** How many outlets report it. */
  count: z.number().int().positive(),
  coverage: z.enum(['all', 'several', 'single']),
});

/** A sentence the machine suggests as a further member of a reviewed claim: not the editor's. */
export const suggestionViewSchema = z.object({
  outlet: outletSchema,
  sentence: sentenceRefSchema,
  /** The machine's confidence (0–1) that the sentence states the claim. */
  confidence: z.number().min(0).max(1),
  /** The same in words: "machine match, 55% confidence". */
  mark: z.string(),
});

/**
 * Why an outlet has no sentence for a claim: `not-reported`, an editorial finding (the claim is
 * reviewed and an editor checked the article); `not-found`, the machine found none (a machine
 * claim, or an article no editor has checked), which is not a finding.
 */
export const ABSENCE_KINDS = ['not-reported', 'not-found'] as const;

/** An outlet that has no sentence for a claim, and what that means. */
export const absenceSchema = z.object({
  outlet: outletSchema,
  kind: z.enum(ABSENCE_KINDS),
  /** The absence in words: "not reported" or "not found by the machine". */
  text: z.string(),
});

/** A word-level diff, ready to render: parts in order. */
export const diffSchema = z.array(diffPartSchema);

/** Whom a sentence relies on, in words for readers. */
export const attributionViewSchema = z.object({
  kind: z.enum(ATTRIBUTION_KINDS),
  /** Short description of the kind ("named person", "the outlet's own voice"). */
  kindLabel: z.string(),
  /** The source's name, or null (own voice, unnamed sources). */
  source: z.string().nullable(),
  /** Words in the sentence that signal it ("according to"), or null. */
  cue: z.string().nullable(),
});

/** One outlet's mention of a figure that outlets give differently. */
export const figureMentionViewSchema = z.object({
  outlet: outletSchema,
  /** The figure as written. */
  text: z.string(),
  /** The sentence it appears in. */
  sentence: sentenceRefSchema,
  /** The range the wording allows, in words ("60 minutes or more"). */
  range: z.string(),
});

/** A figure the outlets give differently. */
export const figureViewSchema = z.object({
  id: z.string(),
  /** What is measured, in the articles' words. */
  measure: z.string(),
  agreement: z.enum(['same', 'different', 'conflicting']),
  /** The agreement in words. */
  agreementLabel: z.string(),
  mentions: z.array(figureMentionViewSchema),
});

/** A link of the main navigation. */
export const navItemSchema = z.object({
  /** The section's page, base path included. */
  href: z.string(),
  label: z.string(),
  /** "page" on the page itself, "true" inside its section (a claim under Claims), else null. */
  current: z.enum(['page', 'true']).nullable(),
});

export type NavItem = z.output<typeof navItemSchema>;
export type Outlet = z.output<typeof outletSchema>;
export type SentenceRef = z.output<typeof sentenceRefSchema>;
export type ClaimRef = z.output<typeof claimRefSchema>;
export type SuggestionView = z.output<typeof suggestionViewSchema>;
export type Absence = z.output<typeof absenceSchema>;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];
export type AttributionView = z.output<typeof attributionViewSchema>;
export type FigureView = z.output<typeof figureViewSchema>;
export type FigureMentionView = z.output<typeof figureMentionViewSchema>;
