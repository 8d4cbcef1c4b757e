/**
 * Kinds of search result, in the order results are shown: claims (one group per claim, with
 * each outlet's sentence), quotes, the sentences no claim group shows, then speakers.
 */
export const RESULT_TYPES = ['claim', 'quote', 'sentence', 'speaker'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Version of the index payload; the client refuses a payload of another version. */
export const SEARCH_INDEX_VERSION = 1;

/** Fields of a record that Fuse indexes (normalised text), in index key order. */
export const SEARCH_KEYS = [
  /** The record's own words: sentence, claim label, quote, speaker name. */
  { name: 'text', weight: 1 },
  /** Names that stand for the record: a quote's speaker and that speaker's other spellings. */
  { name: 'names', weight: 0.5 },
] as const;

/**
 * Index size (bytes) above which the browser searches in a Web Worker instead of on the page.
 * Measured in Chromium on 2 cores (`npm run bench:search -- --sweep`): on the page, loading a
 * 278 KB index blocked it for no task over 50 ms, a 493 KB one for 61 ms, 10 MB for 408 ms;
 * while typing, the page answered faster than a worker at every size (p95 7 ms against 19 ms on
 * the five articles). Pages pass it to the search code as `data-worker-threshold`.
 */
export const WORKER_THRESHOLD_BYTES = 400_000;
