import { createSearchEngine, type SearchEngine } from '../../lib/search/engine.ts';
import type { FromWorker, ToWorker } from './worker-protocol.ts';

/** The parts of the worker's global scope used here (the project's types describe a window). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
let engine: SearchEngine | null = null;

scope.addEventListener('message', ({ data }) => {
  try {
    if (data.type === 'load') {
      engine = createSearchEngine(JSON.parse(new TextDecoder().decode(data.bytes)));
      for (const request of engine.warmUpRequests()) engine.search(request);
      scope.postMessage({ type: 'ready' });
    } else {
      if (!engine) throw new Error('search index not loaded');
      scope.postMessage({ type: 'results', id: data.id, response: engine.search(data.request) });
    }
  } catch (error) {
    scope.postMessage({ type: 'error', id: data.type === 'search' ? data.id : null, message: String(error) });
  }
});
