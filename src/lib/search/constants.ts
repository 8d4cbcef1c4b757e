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
 * Below it, reading the index and searching take a few milliseconds on the page; above it,
 * parsing the index alone would block the page for more than a frame (see `npm run bench:search`).
 * Pages pass it to the search code as `data-worker-threshold`.
 */
export const WORKER_THRESHOLD_BYTES = 1_000_000;
