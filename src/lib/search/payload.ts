import Fuse from 'fuse.js';
import type { Comparison } from '../schemas/comparison.ts';
import { searchPayloadSchema, type SearchArticle, type SearchPayload, type SearchRecord } from '../schemas/search.ts';
import { SEARCH_INDEX_VERSION, SEARCH_KEYS } from './constants.ts';
import { buildNameVariants } from './name-variants.ts';
import { normalizeText } from './normalize.ts';
import { buildSearchRecords, searchArticles } from './records.ts';

/** The index payload for the comparison: records, name spellings and the prebuilt Fuse index. */
export function buildSearchPayload(comparison: Comparison): SearchPayload {
  return createSearchPayload(searchArticles(comparison), buildSearchRecords(comparison), buildNameVariants(comparison.entities));
}

/**
 * Builds Fuse's index over the records' normalised fields (`Fuse.createIndex`), so the browser
 * parses it instead of normalising every text, and validates the whole payload. Everything is
 * in a fixed order, so the same input gives the same bytes.
 */
export function createSearchPayload(articles: SearchArticle[], records: SearchRecord[], nameVariants: string[][]): SearchPayload {
  const index = Fuse.createIndex(
    SEARCH_KEYS.map((key) => ({ ...key })),
    records,
    { getFn: (record, path) => (String(path) === 'names' ? ('names' in record ? record.names.map(normalizeText) : []) : normalizeText(record.text)) },
  );
  return searchPayloadSchema.parse({ version: SEARCH_INDEX_VERSION, articles, records, nameVariants, index: index.toJSON() });
}
