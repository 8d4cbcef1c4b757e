import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { holdsFiles } from './lib/io/list-files.ts';
import { readClaimFiles } from './lib/review/claim-files.ts';
import { EditorialError } from './lib/review/frontmatter.ts';
import { articleFrontmatterSchema } from './lib/schemas/article.ts';
import { claimFrontmatterSchema } from './lib/schemas/claim-file.ts';

const ARTICLES_FOLDER = './content/articles';
const articleFiles = glob({ pattern: '*.md', base: ARTICLES_FOLDER });

/**
 * The typed article collection written by `npm run ingest` (scripts/ingest.ts). A new event has
 * no articles yet: an empty or missing folder is an empty collection, without the glob loader's
 * warning (a correct build prints none).
 */
const articles = defineCollection({
  loader: {
    name: 'parallax-articles',
    load: async (context) => {
      if (await holdsFiles(ARTICLES_FOLDER, '.md')) return articleFiles.load(context);
      context.store.clear();
    },
  },
  schema: articleFrontmatterSchema,
});

/**
 * The editor's claim files (`content/claims/<slug>.md`), read by the same reader and schema as
 * the analysis. Not through Astro's Markdown processor: that one renders articles, and a note is
 * rendered by `renderEditorNote` under its own rules.
 */
const claims = defineCollection({
  loader: async () => {
    const { claims: files, problems } = await readClaimFiles('./content/claims', 'content/claims');
    if (problems.length > 0) throw new EditorialError(problems);
    return files.map(({ slug, path, note, ...frontmatter }) => ({ id: slug, ...frontmatter, path, note }));
  },
  schema: claimFrontmatterSchema.extend({
    /** The slug: the file name without `.md`, the claim's id in the data and its page's address. */
    id: z.string(),
    /** The file, relative to the project (`content/claims/<slug>.md`). */
    path: z.string(),
    /** The editor's note (Markdown), or null. */
    note: z.string().nullable(),
    confidence: z.number().min(0).max(1).nullable(),
  }),
});

export const collections = { articles, claims };
