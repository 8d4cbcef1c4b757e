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

/** A link to another page of the side-by-side table. */
export const comparePageLinkSchema = z.object({
  /** The page's number, from 1. */
  page: z.number().int().positive(),
  /** The page, base path included. */
  href: z.string(),
});

/**
 * Where each anchor of the side-by-side table stands (`/compare/rows.json`): a link to a row or a group's heading on
 * the wrong page (one made before the table had pages, `/compare/#<claim>`) finds its page by it.
 */
export const compareAnchorPagesSchema = z.object({
  /** Each page's address, base path included, page 1 first. */
  pages: z.array(z.string()).min(1),
  /** Each row's anchor (the claim's key) and each group heading's (`group-<coverage>`, where the group starts): its page, from 1. */
  anchors: z.record(z.string(), z.number().int().positive()),
});

/** Where a group's rows on this page stand in the group, when the group does not fit on the page whole. */
export const groupPartSchema = z.object({
  /** "Rows 41–58 of the group's 2,012 claims". */
  text: z.string(),
  /** The page before, when the group starts there or earlier; else null. */
  previous: comparePageLinkSchema.nullable(),
  /** The page after, when the group goes on there; else null. */
  next: comparePageLinkSchema.nullable(),
});

/** Rows of equal coverage: those on this page. */
export const compareGroupSchema = z.object({
  coverage: z.enum(['all', 'several', 'single']),
  label: z.string(),
  /** The group's rows on this page. */
  rows: z.array(compareRowSchema),
  /**
   * Shown closed until asked for: claims of one outlet, each a row of mostly empty cells, when
   * they follow other groups on the page (a page of nothing else shows them open).
   */
  collapsed: z.boolean(),
  /** Where these rows stand in the group when it spans pages; null when the page holds it whole. */
  part: groupPartSchema.nullable(),
});

/** A claim group in the "Claim groups" navigation, which every page shows. */
export const compareGroupLinkSchema = z.object({
  coverage: z.enum(['all', 'several', 'single']),
  /** "Reported by every outlet (3)": the group's label and its rows on all pages. */
  text: z.string(),
  /** The group's heading on the page where it starts (only the anchor when that is this page). */
  href: z.string(),
  /** The link leads to another page: it carries the outlets chosen along. */
  otherPage: z.boolean(),
  /** "page 3", "pages 3–126"; null when the table is one page. */
  pages: z.string().nullable(),
});

/** The pager of a table of several pages. */
export const comparePagerSchema = z.object({
  /** "Rows 19–36 of 2,254". */
  summary: z.string(),
  /** "page 2 of 126". */
  position: z.string(),
  previous: comparePageLinkSchema.nullable(),
  next: comparePageLinkSchema.nullable(),
  /** Page numbers around this one, the first and the last; `gap` stands for pages left out. */
  items: z.array(
    z.discriminatedUnion('kind', [comparePageLinkSchema.extend({ kind: z.literal('page'), current: z.boolean() }), z.object({ kind: z.literal('gap') })]),
  ),
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

/**
 * One page of the side-by-side table: one column per outlet, one row per claim. The rows are cut
 * into pages of at most a fixed number of cells (`src/lib/view/compare-pages.ts`); page 1 is
 * `/compare/`.
 */
export const compareTableSchema = z.object({
  outlets: z.array(outletSchema),
  /** The groups with rows on this page, each with those rows. */
  groups: z.array(compareGroupSchema),
  /** This page's number, from 1. */
  page: z.number().int().positive(),
  /** How many pages the table has. */
  pageCount: z.number().int().positive(),
  /** Claims on all pages. */
  claimCount: z.number().int().nonnegative(),
  /** Previous, next and page numbers; null when the table is one page. */
  pager: comparePagerSchema.nullable(),
  /** Every group of the table, on whatever page it starts. */
  groupLinks: z.array(compareGroupLinkSchema),
  /** The pairs of outlets that have a page: listed on the first page only (empty on the others). */
  pairs: z.array(pairLinkSchema),
  /** The list of pairs: its anchor on the first page, or the first page's address and anchor. */
  pairsHref: z.string(),
  /** `/compare/rows.json` (base path included): which page holds each row, for a link to a row on another page. */
  anchorPagesHref: z.string(),
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
export type ComparePageLink = z.output<typeof comparePageLinkSchema>;
export type GroupPart = z.output<typeof groupPartSchema>;
export type CompareGroupLink = z.output<typeof compareGroupLinkSchema>;
export type ComparePager = z.output<typeof comparePagerSchema>;
export type PairLink = z.output<typeof pairLinkSchema>;
export type CompareTable = z.output<typeof compareTableSchema>;
export type CompareAnchorPages = z.output<typeof compareAnchorPagesSchema>;
