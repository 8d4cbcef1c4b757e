import type { SearchPayload, SearchRequest, SearchResponse } from '../../lib/schemas/search.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

export interface SearchConnection {
  /** Where searches run: on the page, or in a worker for a large index. */
  mode: 'main' | 'worker';
  search(request: SearchRequest): Promise<SearchResponse>;
}

const connections = new Map<string, Promise<SearchConnection>>();

/**
 * Fetches the index and the search code, once per page whichever search box asks first. The
 * payload is read as bytes so its size decides where searching runs before anything parses it:
 * above `workerThreshold` bytes, in a worker.
 */
export function loadSearch(indexUrl: string, workerThreshold: number): Promise<SearchConnection> {
  let connection = connections.get(indexUrl);
  if (!connection) {
    connection = connect(indexUrl, workerThreshold);
    connections.set(indexUrl, connection);
    connection.catch(() => connections.delete(indexUrl));
  }
  return connection;
}

async function connect(indexUrl: string, workerThreshold: number): Promise<SearchConnection> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  return bytes.byteLength > workerThreshold ? inWorker(bytes) : onPage(bytes);
}

async function onPage(bytes: ArrayBuffer): Promise<SearchConnection> {
  const { createSearchEngine } = await import('../../lib/search/engine.ts');
  const engine = createSearchEngine(JSON.parse(new TextDecoder().decode(bytes)) as SearchPayload);
  // Each warm-up search in a task of its own: together they would block the page for longer
  // than a frame (measured: 80 ms on the five articles).
  for (const request of engine.warmUpRequests()) {
    await new Promise((done) => setTimeout(done));
    engine.search(request);
  }
  return { mode: 'main', search: async (request) => engine.search(request) };
}

function inWorker(bytes: ArrayBuffer): Promise<SearchConnection> {
  const worker = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
  const post = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
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
    post({ type: 'load', bytes }, [bytes]);
  });
}
