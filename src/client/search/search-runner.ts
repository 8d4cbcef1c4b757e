import type { SearchRequest, SearchResponse } from '../../lib/schemas/search.ts';
import { loadSearch, type SearchConnection } from './load-search.ts';

/** Name of the performance measure from a keystroke to its results on screen. */
export const SEARCH_MEASURE = 'parallax:search';

export type SearchState = 'idle' | 'loading' | 'ready' | 'error';

export interface RunnerOptions {
  indexUrl: string;
  /** Called with the results of the newest request only; older ones are dropped. */
  render: (response: SearchResponse) => void;
  /** Called whenever loading starts, finishes or fails. */
  onState: (state: SearchState) => void;
}

/**
 * Runs one search at a time and, while one runs, keeps only the newest request: a fast typist
 * never waits for results of words already overtyped. Results are measured from the event that
 * asked for them to the end of rendering (`performance.measure`, read by the benchmark).
 */
export class SearchRunner {
  #options: RunnerOptions;
  #connection: Promise<SearchConnection> | null = null;
  #running = false;
  #queued: { request: SearchRequest; since: number } | null = null;
  #latest: SearchRequest | null = null;

  constructor(options: RunnerOptions) {
    this.#options = options;
  }

  /** Starts fetching the index and the search code (once). */
  connect(): Promise<SearchConnection> {
    if (!this.#connection) {
      this.#options.onState('loading');
      this.#connection = loadSearch(this.#options.indexUrl);
      this.#connection.then(
        () => this.#options.onState('ready'),
        () => {
          this.#connection = null;
          this.#options.onState('error');
        },
      );
    }
    return this.#connection;
  }

  /** Asks for a search; `since` is the timestamp of the event that asked (`event.timeStamp`). */
  request(request: SearchRequest, since = performance.now()): void {
    this.#latest = request;
    this.#queued = { request, since };
    if (!this.#running) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queued) {
        const { request, since } = this.#queued;
        this.#queued = null;
        const connection = await this.connect();
        const response = await connection.search(request);
        if (request !== this.#latest) continue;
        this.#options.render(response);
        performance.measure(SEARCH_MEASURE, { start: since, end: performance.now(), detail: { mode: connection.mode } });
      }
    } catch {
      this.#queued = null;
    } finally {
      this.#running = false;
    }
  }
}
