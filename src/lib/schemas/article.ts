import { z } from 'zod';
import { ARTICLE_BLOCK_TYPES } from './article-block.ts';

/** Number of blocks of each kind in an article (kinds absent from the file count 0). */
export const blockCountsSchema = z.object(
  Object.fromEntries(ARTICLE_BLOCK_TYPES.map((type) => [type, z.number().int().nonnegative()])) as Record<
    (typeof ARTICLE_BLOCK_TYPES)[number],
    z.ZodNumber
  >,
);

/**
 * Frontmatter of `content/articles/<id>.md`, written by the ingest and read by the Astro
 * content collection. Unknown facts are `null`, never guessed.
 */
export const articleFrontmatterSchema = z.object({
  /** Stable, readable id: slug of the outlet, else of the headline, else of the file name. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  /** Name of the raw file in `content/raw/`. */
  sourceFile: z.string().min(1),
  /** SHA-256 of the raw file's bytes, so a reader can check the copy. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Outlet that published the text, or null when unknown. */
  outlet: z.string().nullable(),
  /** Outlet's web domain, or null. */
  outletDomain: z.string().nullable(),
  /** URL where the text was found, or null. */
  url: z.url().nullable(),
  /** How outlet and URL were established, or null. */
  provenanceBasis: z.string().nullable(),
  /** Further provenance remarks, or null. */
  provenanceNote: z.string().nullable(),
  /** Publication date (YYYY-MM-DD), or null when unknown. */
  publishedDate: z.iso.date().nullable(),
  /** The headline line of the file, or null when the file has none (none is invented). */
  headline: z.string().nullable(),
  /** Outlet name, or "Outlet unknown"; followed by the file name when another article has the same label. */
  outletLabel: z.string().min(1),
  /** What to call the article: its headline, or a label naming the outlet; followed by the file name when another article has the same title. */
  title: z.string().min(1),
  /** The authors: as the source states them (a saved page's metadata, via provenance), else the people named by the article's byline(s), as written; empty when none is known. */
  authors: z.array(z.string().min(1)),
  /** Place of the article's dateline, as written ("LAGOS, Nigeria"), or null when it has none. */
  place: z.string().min(1).nullable(),
  /** Agency of the article's dateline ("AP"), or null when it names none. */
  agency: z.string().min(1).nullable(),
  /** Words in the whole file, embeds included. */
  wordCount: z.number().int().nonnegative(),
  /** Minutes to read at 230 words a minute, rounded up (at least 1). */
  readingMinutes: z.number().int().positive(),
  /** How many blocks of each kind the ingest recognised. */
  blockCounts: blockCountsSchema,
});

export type ArticleFrontmatter = z.output<typeof articleFrontmatterSchema>;
export type BlockCounts = z.output<typeof blockCountsSchema>;
