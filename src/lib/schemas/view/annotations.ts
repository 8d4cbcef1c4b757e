import { z } from 'zod';
import { ATTRIBUTION_KINDS } from '../comparison.ts';

/** One note shown next to a sentence on its article page. */
export const sentenceNoteSchema = z.object({
  /**
   * What the note is about: a claim other outlets share, a claim only here, a reviewed claim the
   * machine suggests for the sentence (not reviewed), another claim the machine thinks it may also
   * state (a possible claim, for a sentence no editor placed), an editor's finding that the
   * sentence states no fact, a quote's speaker, or the sentence's source.
   */
  kind: z.enum(['claim', 'only-here', 'suggested', 'candidate', 'no-fact', 'quote', 'source']),
  /** The note's words ("claim 3: also in 3 other outlets", "quote: …"). */
  text: z.string(),
  /** Who decided it, shown after the words in brackets: "reviewed", "machine match, 72% confidence", "speaker set by an editor"; or null. */
  mark: z.string().nullable(),
  /** Where the note leads (the claim's page), base path included, or null. */
  href: z.string().nullable(),
  /** For "source" notes: whom the sentence relies on. */
  attribution: z.enum(ATTRIBUTION_KINDS).nullable(),
});

/** The notes for one sentence of an article, found by its anchor. */
export const sentenceAnnotationSchema = z.object({
  /** Anchor of the sentence on its page (`s-…`). */
  anchor: z.string(),
  notes: z.array(sentenceNoteSchema),
});

export type SentenceNote = z.output<typeof sentenceNoteSchema>;
export type SentenceAnnotation = z.output<typeof sentenceAnnotationSchema>;
