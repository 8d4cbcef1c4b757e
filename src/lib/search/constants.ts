/**
 * Kinds of search result, in the order results are shown: claims (one group per claim, with
 * each outlet's sentence), quotes, the sentences no claim group shows, then speakers.
 */
export const RESULT_TYPES = ['claim', 'quote', 'sentence', 'speaker'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** Kinds of record in the order the index stores them (positions count in this order). */
export const RECORD_KINDS = ['sentence', 'claim', 'quote', 'speaker'] as const satisfies readonly ResultType[];

/** Version of the index files; the client refuses files of another version. */
export const SEARCH_INDEX_VERSION = 2;

/** Fields of a record that Fuse indexes (normalised text), in index key order. */
export const SEARCH_KEYS = [
  /** The record's own words: sentence, claim label, quote, speaker name. */
  { name: 'text', weight: 1 },
  /** Names that stand for the record: a quote's speaker and that speaker's other spellings. */
  { name: 'names', weight: 0.5 },
] as const;

/**
 * Whether a one-file index carries Fuse's index, or the browser builds it from the rows.
 * Measured in Chromium (`npm run bench:search -- --sweep`, 2 cores, main-thread CPU time from
 * focus to first results with search loaded on focus): on the five articles shipping it saved
 * 4 ms (30 against 34 ms) for 9.5 KB gzip more, over the 30 KB budget; from 1,000 records on,
 * building it was faster too (20,000 records: 104 against 165 ms) and the file 3–4 times smaller.
 */
export const SHIP_FUSE_INDEX = false;

/**
 * Size of the one-file index (bytes, before compression) above which the build writes a split
 * index. Measured (`--sweep`): a split index's first search fetched less than one file from
 * 1,000 records on (27 against 35 KB gzip; 2,000: 28 against 45 KB), while one file answers
 * every keystroke without fetching (p95 4–8 ms against 20–30 ms). 200 KB is about 1,400 records
 * of these articles, some 60 KB gzip of real text that every reader would load.
 */
export const SPLIT_ABOVE_BYTES = 200_000;

/**
 * Records per rows file of a split index. Measured at 20,000 records (`--sweep`): 10 a file
 * fetched 31 KB gzip before the first results, 25 a file 35 KB, 50 a file 43 KB, 100 a file
 * 57 KB; 25 keeps a first search to a handful of requests (browsers open six connections at a
 * time over HTTP/1.1).
 */
export const RECORDS_PER_FILE = 25;

/**
 * Record positions per postings file of a split index (a word's are never cut, and a file holds
 * one initial's words only). At 20,000 records a first search fetched one or two postings files
 * of about 1 KB gzip each.
 */
export const POSTINGS_PER_FILE = 4_000;
