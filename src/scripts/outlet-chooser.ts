import { MIN_OUTLETS, outletSelectionSearch, parseOutletSelection, rowVisible } from '../lib/view/outlet-selection.ts';

/**
 * `<outlet-chooser data-all="id,id,…">`: checkboxes that choose which outlets the comparison
 * tables on the page show. Columns are cells with `data-outlet`; rows with `data-reported`
 * (the outlets that report them) hide when no chosen outlet reports them. The choice lives in
 * the URL (`?outlets=a,b`), so it survives reloads and can be shared. Without JavaScript the
 * chooser is not shown and every outlet is; until this script runs, it keeps its place unseen
 * (see OutletChooser.astro), so showing it shifts nothing. A `.compare-area[data-max-columns]`
 * shows the choice as columns while it fits and as cards beyond (`data-layout`), and the compact
 * mode (`#compact-rows`) follows: on for cards, off for columns, until the reader sets it.
 * On a table of several pages (`data-paged`), links to its other pages (`a[data-keeps-choice]`:
 * the pager, the claim groups) carry the choice along, and a page whose claims no chosen outlet
 * reports says so (`.no-rows`).
 */
class OutletChooser extends HTMLElement {
  private all: string[] = [];

  connectedCallback() {
    this.all = (this.dataset['all'] ?? '').split(',').filter(Boolean);
    const fieldset = this.querySelector('fieldset');
    if (!fieldset) return;
    this.apply(parseOutletSelection(location.search, this.all), false);
    fieldset.addEventListener('change', (event) => this.changed(event.target));
    document.querySelector('#compact-rows')?.addEventListener('change', (event) => ((event.target as HTMLInputElement).dataset['touched'] = 'true'));
    this.querySelector('.show-all')?.addEventListener('click', () => this.choose([...this.all]));
  }

  private boxes(): HTMLInputElement[] {
    // The chooser's only inputs. They have no name: they are in no form, and checkboxes sharing
    // one would be invalid HTML now that the chooser is in the page before its script runs.
    return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  }

  private changed(target: EventTarget | null) {
    const chosen = this.boxes().filter((box) => box.checked).map((box) => box.value);
    if (chosen.length < MIN_OUTLETS && target instanceof HTMLInputElement) {
      target.checked = true;
      this.status(`Choose at least ${MIN_OUTLETS} outlets to compare.`);
      return;
    }
    this.choose(chosen);
  }

  private choose(chosen: string[]) {
    this.apply(chosen, true);
    const search = outletSelectionSearch(location.search, chosen, this.all);
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  /** Links to the table's other pages keep the choice (the plain address when every outlet is chosen). */
  private carry(chosen: string[]) {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keeps-choice]')) {
      const url = new URL(link.href);
      const href = `${url.pathname}${outletSelectionSearch(url.search, chosen, this.all)}${url.hash}`;
      if (link.getAttribute('href') !== href) link.setAttribute('href', href);
    }
  }

  private apply(chosen: string[], announce: boolean) {
    for (const box of this.boxes()) box.checked = chosen.includes(box.value);
    const area = document.querySelector<HTMLElement>('.compare-area[data-max-columns]');
    if (area) {
      const layout = chosen.length > Number(area.dataset['maxColumns']) ? 'cards' : 'columns';
      const compact = document.querySelector<HTMLInputElement>('#compact-rows');
      if (compact && !compact.dataset['touched'] && layout !== area.dataset['layout']) compact.checked = layout === 'cards';
      area.dataset['layout'] = layout;
    }
    for (const cell of document.querySelectorAll<HTMLElement>('.compare-table [data-outlet]')) {
      cell.hidden = !chosen.includes(cell.dataset['outlet'] ?? '');
    }
    let rows = 0;
    for (const row of document.querySelectorAll<HTMLElement>('.compare-table tr[data-reported]')) {
      row.hidden = !rowVisible((row.dataset['reported'] ?? '').split(' '), chosen);
      if (!row.hidden) rows++;
    }
    // Each group's heading counts the rows still shown; a group with none left hides.
    for (const group of document.querySelectorAll<HTMLElement>('.compare-group')) {
      const all = group.querySelectorAll('tr[data-reported]');
      const shown = [...all].filter((row) => !(row as HTMLElement).hidden).length;
      const count = group.querySelector('.count');
      if (count) count.textContent = shown === all.length ? `(${all.length})` : `(${shown} of ${all.length})`;
      group.hidden = shown === 0;
    }
    const paged = this.dataset['paged'] !== undefined;
    if (paged) {
      this.carry(chosen);
      const empty = document.querySelector<HTMLElement>('.compare-area .no-rows');
      if (empty) empty.hidden = rows > 0;
    }
    if (announce) this.status(`Showing ${chosen.length} of ${this.all.length} outlets and the ${rows} claims they report${paged ? ' on this page' : ''}.`);
  }

  private status(message: string) {
    const status = this.querySelector('.chooser-status');
    if (status) status.textContent = message;
  }
}

if (!customElements.get('outlet-chooser')) customElements.define('outlet-chooser', OutletChooser);
