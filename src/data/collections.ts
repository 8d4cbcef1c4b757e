import { getCollection, type CollectionEntry } from 'astro:content';
import { holdsFiles } from '../lib/io/list-files.ts';

/** Where the collections' files are, from the project's root (where builds run). */
export const ARTICLES_FOLDER = './content/articles';
export const CLAIMS_FOLDER = './content/claims';

// Astro warns when a page reads an empty collection ("does not exist or is empty"); a new event
// has no articles or claim files yet, and a correct build prints no warning: read only what exists.

/** The article collection, or none when `content/articles/` holds no article. */
export async function articleEntries(): Promise<CollectionEntry<'articles'>[]> {
  return (await holdsFiles(ARTICLES_FOLDER, '.md')) ? getCollection('articles') : [];
}

/** The editor's claim files, or none when `content/claims/` holds none. */
export async function claimEntries(): Promise<CollectionEntry<'claims'>[]> {
  return (await holdsFiles(CLAIMS_FOLDER, '.md')) ? getCollection('claims') : [];
}
