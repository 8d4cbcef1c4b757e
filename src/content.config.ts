import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleFrontmatterSchema } from './lib/schemas/article.ts';

/** The typed article collection written by `npm run ingest` (scripts/ingest.ts). */
const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleFrontmatterSchema,
});

export const collections = { articles };
