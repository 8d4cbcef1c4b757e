import type { LexiconFile, PostingsFile, RowsFile, SearchRequest, SearchResponse } from '../schemas/search.ts';
import type { SearchEngine } from './engine.ts';
import { partPath, type IndexPart, type LoadedIndex } from './loaded-index.ts';

/** Fetches a part of a split index by its path relative to the manifest. */
export type PartLoader = (path: string) => Promise<LexiconFile | PostingsFile | RowsFile>;

/**
 * Answers searches on a split index, loading the parts each one needs first: the lexicons of
 * the query's initials, then the postings of the words they match, then the rows of the records
 * shown (at most three rounds; a part is fetched once, however many searches wait for it).
 */
export function splitSearch(index: LoadedIndex, engine: SearchEngine, load: PartLoader): (request: SearchRequest) => Promise<SearchResponse> {
  const loading = new Map<string, Promise<void>>();
  const ensure = (part: IndexPart) => {
    const key = `${part.kind} ${part.file}`;
    let done = loading.get(key);
    if (!done) {
      done = load(partPath(part)).then((data) => index.add(part, data));
      loading.set(key, done);
      done.catch(() => loading.delete(key));
    }
    return done;
  };
  return async (request) => {
    for (;;) {
      const attempt = engine.attempt(request);
      if (attempt.response) return attempt.response;
      await Promise.all(attempt.missing.map(ensure));
    }
  };
}
