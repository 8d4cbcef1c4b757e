import type { SearchIndex, SearchRequest, SearchResponse } from '../../lib/schemas/search.ts';
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine.ts';
import { LoadedIndex } from '../../lib/search/loaded-index.ts';
import { splitSearch } from '../../lib/search/split-search.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/** The parts of the worker's global scope used here (the project's types describe a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
let search: ((request: SearchRequest) => Promise<SearchResponse>) | null = null;
let engine: SearchEngine | null = null;
let warmUp: SearchRequest[] | null = null;

/**
 * A split index searched off the page: the worker fetches the manifest, then the parts each
 * search needs, so the page only posts requests and renders answers.
 */
scope.addEventListener('message', ({ data }) => {
  if (data.type === 'load') {
    void load(data.url).then(
      () => scope.postMessage({ type: 'ready' }),
      (error: unknown) => scope.postMessage({ type: 'error', id: null, message: String(error) }),
    );
    return;
  }
  if (!search) {
    scope.postMessage({ type: 'error', id: data.id, message: 'search index not loaded' });
    return;
  }
  search(data.request).then(
    (response) => {
      scope.postMessage({ type: 'results', id: data.id, response });
      warmUp ??= engine!.warmUpRequests();
      setTimeout(warmNext);
    },
    (error: unknown) => scope.postMessage({ type: 'error', id: data.id, message: String(error) }),
  );
});

async function load(url: string): Promise<void> {
  const index = LoadedIndex.read((await fetchJson(url)) as SearchIndex);
  engine = createSearchEngine(index);
  search = splitSearch(index, engine, (path) => fetchJson(new URL(path, url).href) as never);
}

/**
 * After an answer, one warm-up search per task, from what is loaded only (never fetching): the
 * search code's other paths compile while the reader reads.
 */
function warmNext(): void {
  const request = warmUp?.shift();
  if (request) engine!.attempt(request);
}

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status} for ${url}`);
  return response.json();
}
