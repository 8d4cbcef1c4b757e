import type { IFuseOptions } from 'fuse.js';
import type { SearchRecord } from '../schemas/search.ts';
import { SEARCH_KEYS } from './constants.ts';

/**
 * How Fuse scores a record's fields against the query. Fields are normalised when the index is
 * built and queries the same way, so Fuse neither lower-cases nor strips diacritics per record.
 * Fuse's default scoring adds the distance from the start of the text, which loses words past
 * the first ~60 characters of a long sentence (measured: "hand over wounded soldiers" found
 * nothing); `ignoreLocation` scores only how many letters differ.
 */
export const RECORD_FUSE_OPTIONS = {
  keys: SEARCH_KEYS.map((key) => ({ ...key })),
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
  shouldSort: true,
} satisfies IFuseOptions<SearchRecord>;

/**
 * How Fuse matches one query word against one word of the texts. Anchored at the start of the
 * word (`location` 0, a short `distance`), so "prisners" finds "prisoners" and "infra" finds
 * "infrastructure", while "war" does not find "toward" (at distance 8 it did). Threshold 0.2 missed
 * "prisners", "wednsday" and "ceasfire" (Fuse's search window at this distance is too short for
 * them); 0.3 misses none of the typos we tried. Its false matches drop a first letter ("hand"
 * found "and"), which `wordScore` rules out.
 */
export const WORD_FUSE_OPTIONS = {
  isCaseSensitive: true,
  ignoreDiacritics: false,
  location: 0,
  distance: 4,
  threshold: 0.3,
  includeScore: true,
  shouldSort: true,
} satisfies IFuseOptions<string>;
