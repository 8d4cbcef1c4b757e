import type { SearchPayload, SearchRequest, SearchResponse } from '../schemas/search.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { SEARCH_INDEX_VERSION } from './constants.ts';
import { expandQuery } from './expand-query.ts';
import { narrowsRecords } from './filters.ts';
import { groupHits } from './group.ts';
import { matchedWords } from './highlight.ts';
import { buildLookup } from './lookup.ts';
import { queryTerms } from './normalize.ts';
import { rankCandidates } from './rank.ts';
import { toSearchResult } from './results.ts';
import { buildVocabulary, matchVocabulary } from './vocabulary.ts';
import { wordScore } from './word-match.ts';

export interface SearchEngine {
  search(request: SearchRequest): SearchResponse;
  /**
   * Searches on the corpus's own words that, run before the reader's first search, spare it the
   * cost of compiling the search code (measured: the first search took 60 ms, later ones 3).
   */
  warmUpRequests(): SearchRequest[];
}

/** Word matches kept between searches: while typing, every keystroke repeats the earlier words. */
const MEMO_SIZE = 2_000;

/**
 * Everything a search needs, prepared once from the payload: vocabulary and postings from the
 * prebuilt index, record lookups, field norms. The same engine runs on the page or in a worker.
 */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  if (payload.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${payload.version}, expected ${SEARCH_INDEX_VERSION}`);
  const { records, index } = payload;
  const vocabulary = buildVocabulary(index);
  const lookup = buildLookup(records);
  const articles = new Map(payload.articles.map((article) => [article.id, article]));
  const norms = Float64Array.from(index.records, (entry) => {
    const text = entry.$['0'];
    return text && !Array.isArray(text) ? text.n : 0;
  });
  const matchWord = memo((key: string) => matchVocabulary(key.slice(1), vocabulary, key[0] === '+'));
  const similar = memo((key: string) => {
    const [term = '', word = ''] = key.split(' ');
    return wordScore(term, word) !== null;
  });

  const search = ({ query, filters, limit }: SearchRequest): SearchResponse => {
    const words = queryTerms(query);
    // The last word is still being typed unless the query ends after it.
    const typing = /[\p{L}\p{N}]$/u.test(query) ? words[words.length - 1] : undefined;
    const terms = expandQuery(words, {
      nameVariants: payload.nameVariants,
      matchWord: (word) => matchWord(`${word === typing ? '+' : '-'}${word}`),
      similar: (term, word) => similar(`${term} ${word}`),
    });
    let hits: Candidate[] = [];
    if (terms.length > 0) hits = rankCandidates(findCandidates(terms, vocabulary.postings, records.length, norms), terms, records, index);
    else if (narrowsRecords(filters)) hits = records.map((_, record) => ({ record, score: 0 }));
    const { groups, counts } = groupHits(hits, records, lookup, filters, limit);
    const matched = matchedWords(terms);
    return {
      query,
      counts,
      total: counts.claim + counts.quote + counts.sentence + counts.speaker,
      results: groups.map((group) => toSearchResult(group, { records, articles, matched })),
    };
  };

  return {
    search,
    warmUpRequests() {
      const long = vocabulary.words.filter((word) => word.length >= 8).slice(0, 3);
      const filters = { articleIds: [], types: [], speakerId: null };
      return long.flatMap((word) =>
        [word.slice(0, 2), word.slice(0, 5), `${word.slice(0, 3)}${word.slice(4)}`, `${word} ${word.slice(0, 6)}`].map((query) => ({ query, filters, limit: 10 })),
      );
    },
  };
}

/** Remembers a function's results for the most recent keys. */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      if (cache.size >= MEMO_SIZE) cache.clear();
      cache.set(key, (value = compute(key)));
    }
    return value;
  };
}
