import type { SearchRequest, SearchResponse } from '../../lib/schemas/search.ts';

/** Messages the page sends the search worker. */
export type ToWorker =
  | { type: 'load'; /** Absolute URL of the split index's manifest. */ url: string }
  | { type: 'search'; id: number; request: SearchRequest };

/** Messages the search worker sends back. */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; id: number; response: SearchResponse }
  | { type: 'error'; /** The failed search, or null when loading failed. */ id: number | null; message: string };
