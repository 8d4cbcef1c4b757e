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
}

/**
 * Everything a search needs, prepared once from the payload: vocabulary and postings from the
 * prebuilt index, record lookups. The same engine runs on the page or in a worker.
 */
export function createSearchEngine(payload: SearchPayload): SearchEngine {
  if (payload.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${payload.version}, expected ${SEARCH_INDEX_VERSION}`);
  const vocabulary = buildVocabulary(payload.index);
  const lookup = buildLookup(payload.records);
  const articles = new Map(payload.articles.map((article) => [article.id, article]));
  const similar = (term: string, word: string) => wordScore(term, word) !== null;

  return {
    search({ query, filters, limit }) {
      const words = queryTerms(query);
      // The last word is still being typed unless the query ends after it.
      const typing = /[\p{L}\p{N}]$/u.test(query) ? words[words.length - 1] : undefined;
      const terms = expandQuery(words, {
        nameVariants: payload.nameVariants,
        matchWord: (word) => matchVocabulary(word, vocabulary, word === typing),
        similar,
      });
      let hits: Candidate[] = [];
      if (terms.length > 0) hits = rankCandidates(findCandidates(terms, vocabulary.postings), terms, payload.records, payload.index);
      else if (narrowsRecords(filters)) hits = payload.records.map((_, record) => ({ record, score: 0 }));
      const grouped = groupHits(hits, payload.records, lookup, filters);
      const matched = matchedWords(terms);
      const counts = { claim: 0, quote: 0, sentence: 0, speaker: 0 };
      for (const group of grouped) counts[group.type] += 1;
      return {
        query,
        counts,
        total: grouped.length,
        results: grouped.slice(0, limit).map((group) => toSearchResult(group, { records: payload.records, articles, matched })),
      };
    },
  };
}
