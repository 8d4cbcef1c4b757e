import type { SearchRequest, SearchResponse } from '../../lib/schemas/search.ts';
import { hurry, loadSearch, whenIdle, type IndexLayout, type SearchConnection } from './load-search.ts';

/** Name of the performance measure from a keystroke to its results on screen. */
export const SEARCH_MEASURE = 'parallax:search';

export type SearchState = 'idle' | 'loading' | 'ready' | 'error';

export interface RunnerOptions {
  indexUrl: string;
  /** How the index is published, read when loading starts. */
  layout: () => IndexLayout;
  /** Called with the results of the newest request only; older ones are dropped. */
  render: (response: SearchResponse) => void;
  /** Called whenever loading starts, finishes or fails. */
  onState: (state: SearchState) => void;
}

/**
 * Runs one search at a time and, while one runs, keeps only the newest request: a fast typist
 * never waits for results of words already overtyped. Every request is measured, from the event
 * that asked for it to the end of rendering the results that answer it or a newer request
 * (`performance.measure`, read by `npm run bench:search`), so dropped requests count too.
 */
export class SearchRunner {
  #options: RunnerOptions;
  #connection: Promise<SearchConnection> | null = null;
  #ready = false;
  #running = false;
  #queued: SearchRequest | null = null;
  /** When each request not yet answered was made. */
  #waiting: number[] = [];

  constructor(options: RunnerOptions) {
    this.#options = options;
  }

  /** Starts fetching the index and the search code (once), saying so while it loads. */
  connect(): Promise<SearchConnection> {
    hurry();
    const connection = this.#load();
    if (!this.#ready) this.#options.onState('loading');
    return connection;
  }

  /**
   * Loads search when the page is idle, so the reader's first search finds it ready; quietly,
   * since nobody asked yet. Skipped when the reader's browser asks to save data: then search
   * loads when a search box is focused.
   */
  preload(): void {
    const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
    if (saveData) return;
    const start = () => whenIdle(() => void this.#load().catch(() => {}));
    if (document.readyState === 'complete') start();
    else addEventListener('load', start, { once: true });
  }

  #load(): Promise<SearchConnection> {
    if (!this.#connection) {
      this.#connection = loadSearch(this.#options.indexUrl, this.#options.layout());
      this.#connection.then(
        () => {
          this.#ready = true;
          this.#options.onState('ready');
        },
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
    hurry();
    this.#queued = request;
    this.#waiting.push(since);
    if (!this.#running) void this.#drain();
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queued) {
        const request = this.#queued;
        this.#queued = null;
        const connection = await this.connect();
        const response = await connection.search(request);
        if (this.#queued) continue;
        this.#options.render(response);
        const end = performance.now();
        for (const since of this.#waiting) performance.measure(SEARCH_MEASURE, { start: since, end, detail: { mode: connection.mode } });
        this.#waiting = [];
      }
    } catch {
      this.#queued = null;
      this.#waiting = [];
    } finally {
      this.#running = false;
    }
  }
}
