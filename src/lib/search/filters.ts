import type { SearchFilters, SearchRecord } from '../schemas/search.ts';
import { RESULT_TYPES, type ResultType } from './constants.ts';

export const NO_FILTERS: SearchFilters = { articleIds: [], types: [], speakerId: null };

/** Whether results of this kind are shown (no type chosen shows every kind). */
export function showsType(filters: SearchFilters, type: ResultType): boolean {
  return filters.types.length === 0 || filters.types.includes(type);
}

/** Whether the filters pick out records on their own, so a search without words lists them. */
export function narrowsRecords(filters: SearchFilters): boolean {
  return filters.articleIds.length > 0 || filters.speakerId !== null;
}

/**
 * Whether a record is kept by the outlet and speaker filters. Claims are kept through their
 * sentences (see `groupHits`), so they always pass here.
 */
export function recordPasses(record: SearchRecord, filters: SearchFilters): boolean {
  const inArticles = (ids: readonly string[]) => filters.articleIds.length === 0 || ids.some((id) => filters.articleIds.includes(id));
  switch (record.type) {
    case 'sentence':
      return inArticles([record.articleId]) && (filters.speakerId === null || record.speakerIds.includes(filters.speakerId));
    case 'quote':
      return inArticles([record.articleId]) && (filters.speakerId === null || record.speakerId === filters.speakerId);
    case 'speaker':
      return inArticles(record.articleIds) && (filters.speakerId === null || record.id === filters.speakerId);
    case 'claim':
      return true;
  }
}

/** The choices a page offers, against which URL parameters are checked. */
export interface FilterChoices {
  articleIds: readonly string[];
  speakerIds: readonly string[];
}

/**
 * Query and filters from a URL (`?q=…&outlet=<article id>&type=quote&speaker=<id>`). Unknown
 * values are dropped, repeated ones kept once, so a hand-edited link still works.
 */
export function readSearchParams(params: URLSearchParams, choices: FilterChoices): { query: string; filters: SearchFilters } {
  const speaker = params.get('speaker');
  return {
    query: params.get('q') ?? '',
    filters: {
      articleIds: [...new Set(params.getAll('outlet'))].filter((id) => choices.articleIds.includes(id)),
      types: RESULT_TYPES.filter((type) => params.getAll('type').includes(type)),
      speakerId: speaker !== null && choices.speakerIds.includes(speaker) ? speaker : null,
    },
  };
}

/** The URL parameters for a query and filters, in a fixed order; empty ones are left out. */
export function writeSearchParams(query: string, filters: SearchFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const id of filters.articleIds) params.append('outlet', id);
  for (const type of filters.types) params.append('type', type);
  if (filters.speakerId !== null) params.set('speaker', filters.speakerId);
  return params;
}
