import { z } from 'zod';
import { SENTENCE_BLOCKS } from '../../markdown/nodes.ts';
import { claimRefSchema, diffSchema, outletSchema, sentenceRefSchema } from './common.ts';

/** A sentence on a pair page, as placed in its article's column. */
export const pairSentenceSchema = sentenceRefSchema.extend({
  /** Anchor of the sentence on the pair page (`a-s-…` in the first column, `b-s-…` in the second). */
  localId: z.string(),
  /** Position in its article, from 1. */
  number: z.number().int().positive(),
  /** Kind of block it sits in. */
  block: z.enum(SENTENCE_BLOCKS),
  /** How the block is named to readers when it is not ordinary text ("Headline", "Embedded post"), else null. */
  blockLabel: z.string().nullable(),
  /** Sentences of the other article that share a claim with this one, in their reading order. */
  counterparts: z.array(z.object({ localId: z.string(), number: z.number().int().positive() })),
  /** Keys of the claims it shares with the other article. */
  sharedClaimKeys: z.array(z.string()),
  /** Who decided that it is shared: "reviewed" when an editor placed both, else "machine match, N% confidence" (the least confident); null when not shared. */
  sharedMark: z.string().nullable(),
  /**
   * Sentences of the other article the machine suggests state a claim with this one (one of the
   * two is only a suggested member of a reviewed claim), not reviewed, in their reading order.
   */
  suggestedCounterparts: z.array(
    z.object({
      localId: z.string(),
      number: z.number().int().positive(),
      /** The machine's confidence (0–1) that the two state one claim, and the same as a percentage ("72%"). */
      confidence: z.number().min(0).max(1),
      percent: z.string(),
    }),
  ),
});

/** One article's column. */
export const pairColumnSchema = z.object({
  outlet: outletSchema,
  /** Every sentence of the article, in reading order. */
  sentences: z.array(pairSentenceSchema),
  /** How many of them share a claim with the other article. */
  shared: z.number().int().nonnegative(),
  /** How many have a counterpart only by the machine's suggestion. */
  suggested: z.number().int().nonnegative(),
});

/** Two sentences, one per article, worded nearly alike, with the word diff from the first to the second. */
export const nearIdenticalSchema = z.object({
  first: sentenceRefSchema.extend({ localId: z.string() }),
  second: sentenceRefSchema.extend({ localId: z.string() }),
  /** Share of words in common (0–1). */
  similarity: z.number(),
  diff: diffSchema,
});

/** The same quotation as the two articles give it, with the word diff from the first to the second. */
export const quoteVariantSchema = z.object({
  /** Who said it, as most outlets name them, or null. */
  speaker: z.string().nullable(),
  /** An editor set the speaker of one of the two versions (`content/speakers.yaml`). */
  speakerByEditor: z.boolean(),
  first: z.object({ text: z.string(), sentence: sentenceRefSchema.extend({ localId: z.string() }) }),
  second: z.object({ text: z.string(), sentence: sentenceRefSchema.extend({ localId: z.string() }) }),
  similarity: z.number(),
  diff: diffSchema,
});

/** A page setting two articles side by side. */
export const pairViewSchema = z.object({
  columns: z.tuple([pairColumnSchema, pairColumnSchema]),
  /** Claims both articles report, in display order. */
  sharedClaims: z.array(claimRefSchema),
  nearIdentical: z.array(nearIdenticalSchema),
  quoteVariants: z.array(quoteVariantSchema),
});

export type PairSentence = z.output<typeof pairSentenceSchema>;
export type PairColumn = z.output<typeof pairColumnSchema>;
export type NearIdentical = z.output<typeof nearIdenticalSchema>;
export type QuoteVariant = z.output<typeof quoteVariantSchema>;
export type PairView = z.output<typeof pairViewSchema>;
