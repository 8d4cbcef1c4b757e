import { comparison } from './comparison.ts';
import { buildSearchIndex, INDEX_ENTRY, type IndexFile } from '../lib/search/index-files.ts';

let files: IndexFile[] | undefined;

/**
 * The search index's files (built once per build, shared by the endpoints and the search boxes).
 * `PARALLAX_SEARCH_LAYOUT=split` publishes a split index whatever the corpus's size, to try the
 * split layout on a small site.
 */
export function searchIndexFiles(): IndexFile[] {
  const layout = process.env['PARALLAX_SEARCH_LAYOUT'];
  files ??= buildSearchIndex(comparison, layout === 'split' || layout === 'single' ? { layout } : {});
  return files;
}

/** The index's layout, which tells the search boxes whether to search on the page or in a worker. */
export function searchIndexLayout(): 'single' | 'split' {
  return searchIndexFiles().length > 1 ? 'split' : 'single';
}

/** A file of the index by its path under `search/`. */
export function searchIndexFile(path: string): IndexFile {
  const file = searchIndexFiles().find((candidate) => candidate.path === path);
  if (!file) throw new Error(`no search index file ${path}`);
  return file;
}

export { INDEX_ENTRY };
