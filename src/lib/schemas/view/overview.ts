import { z } from 'zod';
import { claimRefSchema, figureViewSchema, outletSchema, sentenceRefSchema } from './common.ts';

/**
 * What a cell of the grid says: the outlet reports the claim (`reported`: an editor placed its
 * sentence, or for a machine claim the machine did, `found`), the machine suggests a sentence
 * for a reviewed claim (`suggested`), an editor found it absent (`not-reported`), or the machine
 * found nothing (`not-found`, not a finding).
 */
export const CELL_STATES = ['reported', 'found', 'suggested', 'not-reported', 'not-found'] as const;

/** One outlet's cell in a claim's row of the coverage grid. */
export const coverageCellSchema = z.object({
  articleId: z.string(),
  state: z.enum(CELL_STATES),
  /** Whether the outlet reports the claim (its sentences are members: `reported` or `found`). */
  reported: z.boolean(),
  /** Its first member sentence, else its first suggested sentence, else null. */
  sentence: sentenceRefSchema.nullable(),
  /** How many of its sentences carry the claim (members only). */
  sentences: z.number().int().nonnegative(),
  /** For `suggested`: the machine's confidence in its first suggestion; else null. */
  confidence: z.number().min(0).max(1).nullable(),
  /** The shape shown for the state (never colour alone): ■ □ ◇ – ?. */
  symbol: z.string(),
  /** What the cell says, for screen readers and as the link's name ("Reported by …: read the sentence"). */
  description: z.string(),
});

/** A symbol of the grid and what it means, for its legend. */
export const gridLegendSchema = z.object({ state: z.enum(CELL_STATES), symbol: z.string(), text: z.string() });

/** A row of the coverage grid: one claim and every outlet's cell, in outlet order. */
export const coverageRowSchema = z.object({
  claim: claimRefSchema,
  cells: z.array(coverageCellSchema),
});

/** Claims grouped by how many outlets carry them. */
export const coverageGroupSchema = z.object({
  coverage: z.enum(['all', 'several', 'single']),
  /** Heading for the group ("Reported by every outlet"). */
  label: z.string(),
  rows: z.array(coverageRowSchema),
});

/** The coverage grid: claims × outlets, most widely reported claims first. */
export const coverageGridSchema = z.object({
  outlets: z.array(outletSchema),
  /** Every claim, most outlets first; rows of the same count in the order the articles tell them. */
  rows: z.array(coverageRowSchema),
  /** The same rows, split by coverage (groups without claims left out). */
  groups: z.array(coverageGroupSchema),
  /** The symbols the grid uses, in a fixed order, each once (only those that occur). */
  legend: z.array(gridLegendSchema),
});

/** A bar of the coverage strip: one claim in one outlet's row. */
export const stripBarSchema = z.object({
  /** Left edge in viewBox units. */
  x: z.number(),
  /** Whether the outlet reports this claim (a full bar) or not (a low tick). */
  reported: z.boolean(),
  /** Not reported, but the machine suggests one of its sentences for the claim (a half-height outlined bar). */
  suggested: z.boolean(),
});

/** One outlet's row of the coverage strip: a bar per claim, in grid order. */
export const stripRowSchema = z.object({
  outlet: outletSchema,
  /** What the row shows, for people who cannot see it. */
  description: z.string(),
  /** Claims the outlet reports, of all claims. */
  reported: z.number().int().nonnegative(),
  /** Further claims the machine suggests it states, not reviewed. */
  suggested: z.number().int().nonnegative(),
  bars: z.array(stripBarSchema),
});

/** The coverage strip: a compact picture of the whole grid, one bar row per outlet. */
export const coverageStripSchema = z.object({
  /** viewBox width; every row's SVG stretches it to the available width. */
  width: z.number().positive(),
  /** viewBox height of a row. */
  height: z.number().positive(),
  /** Width of one bar in viewBox units. */
  barWidth: z.number().positive(),
  /** Height of a "not reported" tick in viewBox units. */
  tickHeight: z.number().positive(),
  /** Height of a "suggested" bar in viewBox units. */
  suggestedHeight: z.number().positive(),
  /** Where one coverage group ends and the next begins (left edge of a divider one unit wide). */
  dividers: z.array(z.number()),
  /** Groups left to right, with their claim counts, for the legend. */
  groups: z.array(z.object({ coverage: z.enum(['all', 'several', 'single']), label: z.string(), count: z.number().int() })),
  rows: z.array(stripRowSchema),
});

/** The claims only one outlet carries, for one outlet. */
export const singleOutletClaimsSchema = z.object({
  outlet: outletSchema,
  claims: z.array(z.object({ claim: claimRefSchema, sentence: sentenceRefSchema.nullable() })),
});

/** A speaker and how often the outlets quote them. */
export const speakerSummarySchema = z.object({
  /** Canonical name. */
  name: z.string(),
  quotes: z.number().int().positive(),
  /** Words inside the quotation marks, over all outlets. */
  words: z.number().int().nonnegative(),
  /** Labels of the outlets that quote them, in outlet order. */
  outlets: z.array(z.string()),
});

/** One outlet's profile in numbers, for its card. */
export const outletProfileSchema = z.object({
  outlet: outletSchema,
  /** Claims it shares with every outlet, with some, and carries alone. */
  claims: z.object({ all: z.number().int(), several: z.number().int(), single: z.number().int() }),
  /** Share of its words inside quotation marks ("12%"). */
  quotedShare: z.string(),
  /** Distinct speakers it quotes. */
  speakers: z.number().int().nonnegative(),
  /** Sentences in its own voice, of its reporting sentences ("41%"). */
  ownVoiceShare: z.string(),
});

/** Everything the overview page shows besides the grid. */
export const overviewSchema = z.object({
  counts: z.object({
    outlets: z.number().int(),
    claims: z.number().int(),
    all: z.number().int(),
    several: z.number().int(),
    single: z.number().int(),
    quotes: z.number().int(),
    sharedQuotes: z.number().int(),
  }),
  everyOutlet: z.array(claimRefSchema),
  singleOutlet: z.array(singleOutletClaimsSchema),
  figures: z.array(figureViewSchema),
  speakers: z.array(speakerSummarySchema),
  profiles: z.array(outletProfileSchema),
});

export type CoverageCell = z.output<typeof coverageCellSchema>;
export type CellState = (typeof CELL_STATES)[number];
export type GridLegend = z.output<typeof gridLegendSchema>;
export type CoverageRow = z.output<typeof coverageRowSchema>;
export type CoverageGroup = z.output<typeof coverageGroupSchema>;
export type CoverageGrid = z.output<typeof coverageGridSchema>;
export type CoverageStrip = z.output<typeof coverageStripSchema>;
export type SpeakerSummary = z.output<typeof speakerSummarySchema>;
export type OutletProfile = z.output<typeof outletProfileSchema>;
export type Overview = z.output<typeof overviewSchema>;
