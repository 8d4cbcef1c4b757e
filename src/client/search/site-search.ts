import type { SearchResponse } from '../../lib/schemas/search.ts';
import { NO_FILTERS } from '../../lib/search/filters.ts';
import { isTypingTarget, moveThroughResults } from './keyboard.ts';
import { renderResults, summaryText } from './render-results.ts';
import { SearchRunner, type SearchState } from './search-runner.ts';

/** Results the header box shows; the search page shows the rest. */
const HEADER_LIMIT = 6;

/**
 * The search box in the header of every page. The index and the search code load once the page
 * is idle, or when the box is focused if that comes first (see `load-search.ts`). Results drop down
 * under the box; `/` focuses it from anywhere, arrow keys move through results, Enter follows
 * one (or, in the box, opens the search page), Escape closes them.
 */
class SiteSearch extends HTMLElement {
  #input!: HTMLInputElement;
  #popup!: HTMLElement;
  #results!: HTMLElement;
  #summary!: HTMLElement;
  #status!: HTMLElement;
  #all!: HTMLAnchorElement;
  #runner!: SearchRunner;

  connectedCallback(): void {
    this.#input = this.querySelector('input[type="search"]')!;
    this.#popup = this.querySelector('[data-popup]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#summary = this.querySelector('[data-summary]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#all = this.querySelector('[data-all]')!;
    const base = this.dataset['base'] ?? '/';
    this.#runner = new SearchRunner({
      indexUrl: this.dataset['index']!,
      layout: () => (this.dataset['layout'] === 'split' ? 'split' : 'single'),
      render: (response) => this.#show(response, base),
      onState: (state) => this.#onState(state),
    });

    this.#runner.preload();
    this.#input.addEventListener('focus', () => void this.#runner.connect().catch(() => {}), { once: true });
    this.#input.addEventListener('input', (event) => this.#search(event.timeStamp));
    this.#input.addEventListener('focus', () => {
      if (this.#input.value.trim() && this.#results.childElementCount > 0) this.#open();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
    this.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && this.contains(event.relatedTarget))) this.#close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      event.preventDefault();
      // The search page's own box takes the shortcut where there is one.
      (document.querySelector<HTMLInputElement>('search-page input[type="search"]') ?? this.#input).focus();
    });
  }

  #search(since: number): void {
    const query = this.#input.value;
    if (!query.trim()) {
      this.#close();
      this.#results.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#runner.request({ query, filters: NO_FILTERS, limit: HEADER_LIMIT }, since);
  }

  #show(response: SearchResponse, base: string): void {
    if (response.query !== this.#input.value) return;
    renderResults(this.#results, response, { base, sections: false });
    const summary = summaryText(response);
    this.#summary.textContent = summary;
    this.#status.textContent = summary;
    this.#all.hidden = response.total <= response.results.length;
    this.#all.textContent = `See all ${response.total} results`;
    this.#all.href = `${this.#all.pathname}?${new URLSearchParams({ q: response.query })}`;
    if (this.contains(document.activeElement)) this.#open();
  }

  #onState(state: SearchState): void {
    this.dataset['state'] = state;
    if (state === 'loading') this.#status.textContent = 'Loading search…';
    if (state === 'error') this.#status.textContent = 'Search could not be loaded.';
    if (state === 'ready') this.#status.textContent = '';
  }

  #onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      if (this.#popup.hidden) return;
      // Keep the typed words: in a search field Escape would also clear them.
      event.preventDefault();
      this.#close();
      this.#input.focus();
      return;
    }
    if (this.#popup.hidden && event.key === 'ArrowDown' && this.#results.childElementCount > 0) this.#open();
    if (!this.#popup.hidden && moveThroughResults(event, this.#input, this.#results)) event.preventDefault();
  }

  #open(): void {
    this.#popup.hidden = false;
  }

  #close(): void {
    this.#popup.hidden = true;
  }
}

customElements.define('site-search', SiteSearch);
