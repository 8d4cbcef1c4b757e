import { z } from 'zod';

/**
 * The hand-written labels of an ingest fixture (`tests/fixtures/ingest/<set>/<case>/labels.json`):
 * what a reader sees in the file, written before the ingest ran on it.
 */
export const ingestLabelsSchema = z.object({
  /** What the case is made of. */
  about: z.string().optional(),
  /** The article's headline as a reader would give it, or null when the file has none. */
  headline: z.string().nullable(),
  /** Lines (or parts of lines) that are page furniture: none of them may be reporting. */
  furniture: z.array(z.string().min(1)),
  /** Quotations, by words inside them, and who said them. */
  quotes: z.array(z.object({ anchor: z.string().min(1), speaker: z.string().min(1) })),
  /** Hard-wrapped text: the opening words of each body paragraph, in order. */
  paragraphs: z.array(z.string().min(1)).optional(),
  /** Words that must be in the text as written here: hyphenated words re-joined, real hyphens kept, entities decoded. */
  words: z.array(z.string().min(1)).optional(),
  /** Quotations that must stay whole inside one block, though the file wraps them over lines. */
  intact: z.array(z.string().min(1)).optional(),
  /** Table rows, each of which must be a paragraph of its own ("cell | cell"). */
  rows: z.array(z.string().min(1)).optional(),
  /** For saved pages: the metadata the page states. */
  metadata: z
    .object({
      outlet: z.string().nullable(),
      authors: z.array(z.string()).nullable(),
      publishedDate: z.string().nullable(),
      url: z.string().nullable(),
      headline: z.string().nullable(),
    })
    .optional(),
});

export type IngestLabels = z.output<typeof ingestLabelsSchema>;
