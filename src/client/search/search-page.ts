import type { SearchFilters, SearchResponse } from '../../lib/schemas/search.ts';
import { narrowsRecords, readSearchParams, writeSearchParams } from '../../lib/search/filters.ts';
import { RESULT_TYPES, type ResultType } from '../../lib/search/constants.ts';
import { moveThroughResults } from './keyboard.ts';
import { renderResults, summaryText } from './render-results.ts';
import { SearchRunner } from './search-runner.ts';

/** Results shown at first, and added by each "Show more results". */
const PAGE_SIZE = 40;

/**
 * The search page (`/search/?q=…&outlet=…&type=…&speaker=…`): reads query and filters from the
 * URL and shows full results on load, so any search can be linked to; every change to the form
 * searches again and rewrites the URL in place (`history.replaceState`).
 */
class SearchPage extends HTMLElement {
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #speaker!: HTMLSelectElement;
  #results!: HTMLElement;
  #status!: HTMLElement;
  #more!: HTMLButtonElement;
  #runner!: SearchRunner;
  #limit = PAGE_SIZE;
  /** After "Show more", the position of the first new result, to move focus to. */
  #focusFrom: number | null = null;

  connectedCallback(): void {
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[type="search"]')!;
    this.#speaker = this.querySelector('select')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#status = this.querySelector('[role="status"]')!;
    this.#more = this.querySelector('[data-more]')!;
    const base = this.dataset['base'] ?? '/';
    this.#runner = new SearchRunner({
      indexUrl: this.dataset['index']!,
      layout: () => (this.dataset['layout'] === 'split' ? 'split' : 'single'),
      render: (response) => this.#show(response, base),
      onState: (state) => {
        this.dataset['state'] = state;
        if (state === 'loading') this.#status.textContent = 'Loading search…';
        if (state === 'error') this.#status.textContent = 'Search could not be loaded.';
      },
    });

    const { query, filters } = readSearchParams(new URLSearchParams(location.search), {
      articleIds: this.#checkboxes('outlet').map((box) => box.value),
      speakerIds: [...this.#speaker.options].map((option) => option.value).filter(Boolean),
    });
    this.#input.value = query;
    for (const box of this.#checkboxes('outlet')) box.checked = filters.articleIds.includes(box.value);
    for (const box of this.#checkboxes('type')) box.checked = filters.types.includes(box.value as ResultType);
    this.#speaker.value = filters.speakerId ?? '';

    this.#runner.preload();
    this.#input.addEventListener('focus', () => void this.#runner.connect().catch(() => {}), { once: true });
    this.#form.addEventListener('input', (event) => this.#update(event.timeStamp));
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update(event.timeStamp);
    });
    this.#more.addEventListener('click', (event) => {
      this.#focusFrom = this.#limit;
      this.#limit += PAGE_SIZE;
      this.#request(event.timeStamp);
    });
    this.addEventListener('keydown', (event) => {
      if (moveThroughResults(event, this.#input, this.#results)) event.preventDefault();
    });
    if (query.trim() || narrowsRecords(filters)) this.#request(performance.now());
  }

  #read(): { query: string; filters: SearchFilters } {
    const checked = (name: string) => this.#checkboxes(name).filter((box) => box.checked).map((box) => box.value);
    return {
      query: this.#input.value,
      filters: {
        articleIds: checked('outlet'),
        types: RESULT_TYPES.filter((type) => checked('type').includes(type)),
        speakerId: this.#speaker.value || null,
      },
    };
  }

  #update(since: number): void {
    const { query, filters } = this.#read();
    const params = writeSearchParams(query, filters).toString();
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`);
    this.#limit = PAGE_SIZE;
    this.#focusFrom = null;
    this.#request(since);
  }

  #request(since: number): void {
    const { query, filters } = this.#read();
    if (!query.trim() && !narrowsRecords(filters)) {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#more.hidden = true;
      return;
    }
    this.#runner.request({ query, filters, limit: this.#limit }, since);
  }

  #show(response: SearchResponse, base: string): void {
    renderResults(this.#results, response, { base, sections: true });
    const query = response.query.trim();
    this.#status.textContent = query ? `${summaryText(response)} for “${query}”` : summaryText(response);
    this.#more.hidden = response.total <= response.results.length;
    if (this.#focusFrom !== null) {
      this.#results.querySelectorAll<HTMLElement>('.search-result')[this.#focusFrom]?.querySelector('a')?.focus();
      this.#focusFrom = null;
    }
  }

  #checkboxes(name: string): HTMLInputElement[] {
    return [...this.#form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][data-filter="${name}"]`)];
  }
}

customElements.define('search-page', SearchPage);
