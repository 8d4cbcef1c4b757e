import type { HighlightedText, SearchResponse, SearchResult, SentenceResult } from '../../lib/schemas/search.ts';
import type { ResultType } from '../../lib/search/constants.ts';
import { highlightSegments } from '../../lib/search/segments.ts';
import { articlePath, comparePath, withBase } from '../../lib/site/paths.ts';

/*
 * Results are built from elements and text nodes only. Article text and the query come from
 * outside, so nothing here parses HTML: a query like `<img src=x onerror=…>` stays text.
 */

export interface RenderOptions {
  /** The site's base path (`import.meta.env.BASE_URL` at build time). */
  base: string;
  /** A heading per kind of result (the search page), or one flat list (the header box). */
  sections: boolean;
}

const SECTION_TITLES: Record<ResultType, string> = { claim: 'Claims', quote: 'Quotes', sentence: 'Sentences', speaker: 'Speakers' };
const NOUNS: Record<ResultType, [string, string]> = {
  claim: ['claim', 'claims'],
  quote: ['quote', 'quotes'],
  sentence: ['sentence', 'sentences'],
  speaker: ['speaker', 'speakers'],
};

/** Replaces the container's content with the results. */
export function renderResults(container: HTMLElement, response: SearchResponse, options: RenderOptions): void {
  if (!options.sections) {
    container.replaceChildren(resultList(response.results, options.base));
    return;
  }
  const sections: HTMLElement[] = [];
  for (const type of Object.keys(SECTION_TITLES) as ResultType[]) {
    const results = response.results.filter((result) => result.type === type);
    if (results.length === 0) continue;
    const section = element('section', 'search-section');
    const heading = element('h2', 'search-section-title', `${SECTION_TITLES[type]} `);
    heading.append(element('span', 'search-count', `(${response.counts[type]})`));
    section.append(heading, resultList(results, options.base));
    sections.push(section);
  }
  container.replaceChildren(...sections);
}

/** "12 results: 4 claims, 3 quotes, 5 sentences", or "No results". */
export function summaryText(response: SearchResponse): string {
  if (response.total === 0) return 'No results';
  const parts = (Object.keys(NOUNS) as ResultType[])
    .filter((type) => response.counts[type] > 0)
    .map((type) => plural(response.counts[type], ...NOUNS[type]));
  return `${plural(response.total, 'result', 'results')}: ${parts.join(', ')}`;
}

function resultList(results: readonly SearchResult[], base: string): HTMLOListElement {
  const list = element('ol', 'search-results');
  for (const result of results) list.append(resultItem(result, base));
  return list;
}

function resultItem(result: SearchResult, base: string): HTMLLIElement {
  const item = element('li', `search-result search-result-${result.type}`);
  switch (result.type) {
    case 'claim': {
      // A reviewed claim shows the editor's title; a machine label is one of the outlets' sentences, shown below.
      const row = element(
        'a',
        'search-claim-link',
        result.reviewed
          ? `Reviewed claim, reported by ${result.reportedBy} of ${result.articleCount} outlets`
          : `Machine match (${Math.round((result.confidence ?? 0) * 100)}% confidence), found in ${result.reportedBy} of ${result.articleCount} outlets`,
      );
      row.href = withBase(base, comparePath(result.id, result.comparePage));
      item.append(element('p', 'search-kind', row));
      if (result.reviewed) {
        const title = element('p', 'search-claim-title');
        appendHighlighted(title, result.label);
        item.append(title);
      }
      const outlets = element('ul', 'search-outlets');
      for (const outlet of result.outlets) for (const sentence of outlet.sentences) outlets.append(element('li', '', sentenceLink(sentence, base)));
      item.append(outlets);
      break;
    }
    case 'quote': {
      const kind = element('p', 'search-kind', 'Quote · ');
      if (result.speaker) appendHighlighted(kind, result.speaker);
      else kind.append('speaker not named');
      kind.append(` · ${result.outletLabel}`);
      item.append(kind, highlightedLink(withBase(base, articlePath(result.articleId, result.anchor)), result.text, 'search-title search-quote'));
      break;
    }
    case 'sentence':
      item.append(element('p', 'search-kind', `Sentence · ${result.outletLabel}`), sentenceLink(result, base, 'search-title'));
      break;
    case 'speaker': {
      const href = `${withBase(base, 'search/')}?${new URLSearchParams({ speaker: result.id })}`;
      item.append(
        element('p', 'search-kind', `Speaker · quoted ${plural(result.quoteCount, 'time', 'times')} in ${plural(result.articleCount, 'outlet', 'outlets')}`),
        highlightedLink(href, result.name, 'search-title'),
      );
      if (result.names.length > 0) {
        const names = element('p', 'search-names', 'Also written ');
        result.names.forEach((name, at) => {
          if (at > 0) names.append(', ');
          appendHighlighted(names, name);
        });
        item.append(names);
      }
      break;
    }
  }
  return item;
}

function sentenceLink(sentence: SentenceResult, base: string, className = 'search-sentence'): HTMLAnchorElement {
  const link = element('a', `${className}${sentence.matched ? '' : ' search-context'}`);
  link.href = withBase(base, articlePath(sentence.articleId, sentence.anchor));
  const text = element('span', 'search-text');
  appendHighlighted(text, sentence.text);
  link.append(element('span', 'search-outlet', sentence.outletLabel), ' ', text);
  return link;
}

function highlightedLink(href: string, text: HighlightedText, className: string): HTMLAnchorElement {
  const link = element('a', className);
  link.href = href;
  appendHighlighted(link, text);
  return link;
}

/** Appends the text as text nodes, each matched span in a `<mark>`. */
export function appendHighlighted(parent: HTMLElement, text: HighlightedText): void {
  for (const segment of highlightSegments(text)) {
    parent.append(segment.marked ? element('mark', '', segment.text) : document.createTextNode(segment.text));
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: Array<string | Node>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
