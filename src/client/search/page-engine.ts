/** The search code a page loads on first use of a one-file index (fuse.js included). */
export { createSearchEngine } from '../../lib/search/engine.ts';
export { LoadedIndex } from '../../lib/search/loaded-index.ts';
