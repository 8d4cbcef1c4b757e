import type { SearchRequest, SearchResponse, SingleIndex } from '../../lib/schemas/search.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/** How the index is published: one file (searched on the page) or split (searched in a worker). */
export type IndexLayout = 'single' | 'split';

export interface SearchConnection {
  /** Where searches run: on the page, or in a worker for a split index. */
  mode: 'main' | 'worker';
  search(request: SearchRequest): Promise<SearchResponse>;
}

const connections = new Map<string, Promise<SearchConnection>>();

/**
 * Loads search once per page, whichever search box asks first. A one-file index is fetched
 * while the search code loads, both at once, and searched on the page; a split index is handed
 * to a worker, which fetches what each search needs.
 */
export function loadSearch(indexUrl: string, layout: IndexLayout): Promise<SearchConnection> {
  const key = `${layout} ${indexUrl}`;
  let connection = connections.get(key);
  if (!connection) {
    connection = layout === 'split' ? inWorker(new URL(indexUrl, location.href).href) : onPage(indexUrl);
    connections.set(key, connection);
    connection.catch(() => connections.delete(key));
  }
  return connection;
}

/** Set when a reader is waiting for search: loading then stops pausing for idle moments. */
let hurried = false;
const pausing = new Set<() => void>();

/** Says a reader is waiting for search (a search box was focused): loading goes on at once. */
export function hurry(): void {
  hurried = true;
  for (const resume of pausing) resume();
  pausing.clear();
}

/** Waits for an idle moment, unless a reader is waiting. */
function pause(): Promise<void> {
  if (hurried) return Promise.resolve();
  return new Promise((resume) => {
    pausing.add(resume);
    whenIdle(() => {
      pausing.delete(resume);
      resume();
    });
  });
}

async function onPage(indexUrl: string): Promise<SearchConnection> {
  const [index, { createSearchEngine, LoadedIndex }] = await Promise.all([fetchIndex(indexUrl), import('./page-engine.ts')]);
  // Read in short steps while the page is idle, at once when a reader is waiting.
  const engine = createSearchEngine(await LoadedIndex.singleInSteps(index, pause));
  let warmUp: SearchRequest[] | null = null;
  // Warm-up searches compile the search code's other paths, after the first answer and never
  // before it, one per idle moment so none delays a keystroke.
  const warmNext = () => {
    const request = warmUp!.shift();
    if (!request) return;
    engine.search(request);
    whenIdle(warmNext);
  };
  return {
    mode: 'main',
    search: async (request) => {
      const response = engine.search(request);
      if (!warmUp) {
        warmUp = engine.warmUpRequests();
        whenIdle(warmNext);
      }
      return response;
    },
  };
}

async function fetchIndex(indexUrl: string): Promise<SingleIndex> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  return (await response.json()) as SingleIndex;
}

/** Runs a task when the page is idle (soon after, where the browser cannot say). */
export function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 1_000 });
  else setTimeout(task, 50);
}

function inWorker(indexUrl: string): Promise<SearchConnection> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const post = (message: ToWorker) => worker.postMessage(message);
  const pending = new Map<number, { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const connection: SearchConnection = {
    mode: 'worker',
    search(request) {
      const id = nextId++;
      post({ type: 'search', id, request });
      return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
    },
  };
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready') return resolve(connection);
      if (data.type === 'error' && data.id === null) return reject(new Error(data.message));
      const id = data.id ?? -1;
      const waiting = pending.get(id);
      pending.delete(id);
      if (data.type === 'results') waiting?.resolve(data.response);
      else waiting?.reject(new Error(data.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'search worker failed')));
    post({ type: 'load', url: indexUrl });
  });
}
