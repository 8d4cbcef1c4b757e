import type { SearchRequest, SearchResponse } from '../schemas/search.ts';
import { findCandidates, type Candidate } from './candidates.ts';
import { expandQuery } from './expand-query.ts';
import { narrowsRecords, resolveFilters } from './filters.ts';
import { groupHits, shownRecords } from './group.ts';
import { matchedWords } from './highlight.ts';
import type { IndexPart, LoadedIndex } from './loaded-index.ts';
import { queryTerms } from './normalize.ts';
import { rankCandidates } from './rank.ts';
import { toSearchResult } from './results.ts';
import { matchVocabulary } from './vocabulary.ts';
import { wordScore } from './word-match.ts';

/** What a search gives: its response, or the parts of a split index it needs first. */
export type SearchAttempt = { response: SearchResponse; missing?: undefined } | { response?: undefined; missing: IndexPart[] };

export interface SearchEngine {
  /**
   * Answers from what is loaded, or says which parts are missing (a split index): load them
   * and ask again. A one-file index always answers.
   */
  attempt(request: SearchRequest): SearchAttempt;
  /** Answers a search on a one-file index (throws if parts are missing). */
  search(request: SearchRequest): SearchResponse;
  /**
   * Searches on the corpus's own words that, run after the reader's first search, spare later
   * ones the cost of compiling the search code's other paths.
   */
  warmUpRequests(): SearchRequest[];
}

/** Word matches kept between searches: while typing, every keystroke repeats the earlier words. */
const MEMO_SIZE = 2_000;
const NO_MATCHES: ReadonlyMap<string, number> = new Map();

/**
 * Searches the index: each query word matched against the vocabulary (Fuse over the words with
 * its initial), candidates from the postings, ranked by Fuse over their prebuilt entries where
 * the index has them (a one-file index), grouped from the outline; only then are the shown
 * records' contents read. A split index answers once the lexicons, postings and rows these steps
 * need are loaded, so the same engine serves both, on the page or in a worker.
 */
export function createSearchEngine(index: LoadedIndex): SearchEngine {
  const { outline, vocabulary } = index;
  const matchWord = memo((key: string) => matchVocabulary(key.slice(1), vocabulary, key[0] === '+'));
  const similar = memo((key: string) => {
    const [term = '', word = ''] = key.split(' ');
    return wordScore(term, word) !== null;
  });

  const attempt = ({ query, filters, limit }: SearchRequest): SearchAttempt => {
    const missing = new Map<string, IndexPart>();
    const need = (part: IndexPart | null) => {
      if (part) missing.set(`${part.kind} ${part.file}`, part);
    };
    const words = queryTerms(query);
    // The last word is still being typed unless the query ends after it.
    const typing = /[\p{L}\p{N}]$/u.test(query) ? words[words.length - 1] : undefined;
    const terms = expandQuery(words, {
      nameVariants: index.nameVariants,
      matchWord: (word) => {
        const matches = matchWord(`${word === typing ? '+' : '-'}${word}`);
        if (matches === null) need(index.lexiconPartOf(word[0]!));
        return matches ?? NO_MATCHES;
      },
      similar: (term, word) => similar(`${term} ${word}`),
    });
    for (const term of terms) {
      for (const { words: alternative } of term.alternatives) {
        for (const matches of alternative) {
          for (const word of matches.keys()) {
            const file = vocabulary.postings.has(word) ? null : vocabulary.fileOf(word);
            if (file !== null) need({ kind: 'postings', file });
          }
        }
      }
    }
    if (missing.size > 0) return { missing: [...missing.values()] };

    let hits: Candidate[] = [];
    if (terms.length > 0) {
      const candidates = findCandidates(terms, vocabulary.postings, outline.count, outline.lengths);
      hits = index.fuseIndex ? rankCandidates(candidates, terms, index.fuseIndex) : candidates;
    } else if (narrowsRecords(filters)) hits = Array.from({ length: outline.count }, (_, record) => ({ record, score: 0 }));
    const { groups, counts } = groupHits(hits, outline, resolveFilters(filters, index.articles, outline), limit);
    for (const group of groups) for (const record of shownRecords(group)) if (!index.content(record)) need(index.rowsPartOf(record));
    if (missing.size > 0) return { missing: [...missing.values()] };

    const matched = matchedWords(terms);
    const content = (position: number) => index.content(position)!;
    return {
      response: {
        query,
        counts,
        total: counts.claim + counts.quote + counts.sentence + counts.speaker,
        results: groups.map((group) => toSearchResult(group, { outline, articles: index.articles, content, matched })),
      },
    };
  };

  return {
    attempt,
    search(request) {
      const { response, missing } = attempt(request);
      if (!response) throw new Error(`search index: ${missing.length} parts not loaded`);
      return response;
    },
    warmUpRequests() {
      const long = vocabulary
        .loadedWords()
        .filter((word) => word.length >= 8)
        .slice(0, 3);
      const filters = { articleIds: [], types: [], speakerId: null };
      return long.flatMap((word) =>
        [word.slice(0, 2), word.slice(0, 5), `${word.slice(0, 3)}${word.slice(4)}`, `${word} ${word.slice(0, 6)}`].map((query) => ({ query, filters, limit: 10 })),
      );
    },
  };
}

/** Remembers a function's results for the most recent keys (not null ones: those wait for a part). */
function memo<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (value === null) return value;
      if (cache.size >= MEMO_SIZE) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
