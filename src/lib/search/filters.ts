import type { SearchFilters } from '../schemas/search.ts';
import { RESULT_TYPES, type ResultType } from './constants.ts';
import type { RecordOutline } from './pack.ts';

export const NO_FILTERS: SearchFilters = { articleIds: [], types: [], speakerId: null };

/** Filters as a search applies them: articles by position in the index, the speaker by record position. */
export interface ResolvedFilters {
  types: readonly ResultType[];
  /** Articles whose records to keep; null keeps every article. */
  articles: ReadonlySet<number> | null;
  /** The speaker record whose words to keep (-1: a speaker the index does not have); null keeps everyone's. */
  speaker: number | null;
}

/** Resolves the ids of the filters against the index; unknown ids keep nothing. */
export function resolveFilters(filters: SearchFilters, articles: ReadonlyArray<{ id: string }>, outline: Pick<RecordOutline, 'speakers'>): ResolvedFilters {
  const positions = new Map(articles.map((article, at) => [article.id, at]));
  return {
    types: filters.types,
    articles: filters.articleIds.length === 0 ? null : new Set(filters.articleIds.flatMap((id) => positions.get(id) ?? [])),
    speaker: filters.speakerId === null ? null : (outline.speakers.get(filters.speakerId) ?? -1),
  };
}

/** Whether results of this kind are shown (no type chosen shows every kind). */
export function showsType(filters: { types: readonly ResultType[] }, type: ResultType): boolean {
  return filters.types.length === 0 || filters.types.includes(type);
}

/** Whether the filters pick out records on their own, so a search without words lists them. */
export function narrowsRecords(filters: SearchFilters): boolean {
  return filters.articleIds.length > 0 || filters.speakerId !== null;
}

/**
 * Whether a record is kept by the outlet and speaker filters: its article (a speaker's: any
 * article quoting them) is chosen, and it is the chosen speaker, or their quote, or a sentence
 * quoting them or relying on them. Claims are kept through their sentences (see `groupHits`),
 * so they always pass here.
 */
export function recordPasses(outline: RecordOutline, position: number, filters: ResolvedFilters): boolean {
  if (outline.kinds[position] === 'claim') return true;
  const { articles, speaker } = filters;
  if (articles !== null && !outline.refs.article[position]!.some((article) => articles.has(article))) return false;
  return speaker === null || position === speaker || outline.refs.speaker[position]!.includes(speaker);
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
