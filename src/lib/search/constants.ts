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

/** Whether a one-file index carries Fuse's index, or the browser builds it from the rows. (To be measured.) */
export const SHIP_FUSE_INDEX = false;

/** Size of the one-file index (bytes) above which the build writes a split index instead. (To be measured.) */
export const SPLIT_ABOVE_BYTES = 200_000;

/** Records per rows file of a split index. (To be measured.) */
export const RECORDS_PER_FILE = 25;

/** Record positions per postings file of a split index (a word's are never cut). (To be measured.) */
export const POSTINGS_PER_FILE = 4_000;
