import type { ArticleBlock } from '../../schemas/article-block.ts';
import { elementFields, elementText } from './element-text.ts';
import { extractArticle, parsePageDocument } from './extract-article.ts';
import { blocksFromArticleHtml } from './page-blocks.ts';
import { dateWithin, readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { normaliseForMatching } from '../../text/typography.ts';
import { contentStems, titleEvidence } from '../headline-evidence.ts';

/** A page read: its article as blocks and what its metadata states. */
export type ParsedPage = { ok: true; blocks: ArticleBlock[]; metadata: PageMetadata } | { ok: false; problem: string };

const normalise = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();
/** A title as compared: spacing, case and typography aside (‘curly’ and 'straight' quotes, dashes of any length, are one). */
const key = (text: string) => normaliseForMatching(normalise(text)).toLowerCase().replace(/[‐‑‒–—―]/gu, '-');

/**
 * Reads a saved web page: its metadata from the whole page, its article with the reader-mode
 * extractor (which leaves the page's chrome out), then the article's blocks. Deterministic:
 * the same bytes give the same blocks. `problem` completes "<file>: …".
 */
export function parsePage(html: string): ParsedPage {
  const document = parsePageDocument(html);
  const metadata = readPageMetadata(document, html);
  const extracted = extractArticle(html);
  if (!extracted) return { ok: false, problem: 'no article text was found in the page (the reader-mode extractor found none); paste the article into a .txt file instead' };
  const headline = chooseHeadline(document, metadata, extracted.title);
  // Readability's byline is either an element it took out of the article (set back as a block)
  // or the metadata's author (already in provenance, and not text of the page: left out).
  const byline = extracted.byline === null ? null : bylineOnPage(document, extracted.byline);
  const blocks = blocksFromArticleHtml(extracted.contentHtml, { headline, byline });
  // A page whose markup states no date may show one over the article ("Published 4 December 2026"): the page states it.
  if (metadata.publishedDate === undefined) {
    const shown = shownDate(blocks);
    if (shown !== undefined) metadata.publishedDate = { value: shown, source: 'date line' };
  }
  return { ok: true, metadata, blocks };
}

/**
 * The byline Readability read, as the page shows it: Readability takes an element's
 * `textContent`, which runs separate fields together ("By Dana WhitlockValley 7 News" for a name
 * span beside a station span), so the element is found again and read field by field ("By Dana
 * Whitlock", "Valley 7 News"). Null when the page does not show it (Readability read it from
 * the metadata).
 */
function bylineOnPage(document: Document, byline: string): string[] | null {
  const wanted = key(byline);
  for (const element of document.body?.querySelectorAll('*') ?? []) {
    if (element.closest('script, style, template, noscript, head') !== null) continue;
    if (key(element.textContent ?? '') !== wanted) continue;
    const fields = elementFields(element);
    return fields.length > 0 ? fields : [byline];
  }
  return visibleText(document).includes(wanted) ? [byline] : null;
}

/** The text of the page's body, scripts and styles left out, for finding where a string came from. */
function visibleText(document: Document): string {
  const body = document.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  for (const element of body.querySelectorAll('script, style, template, noscript')) element.remove();
  return key(body.textContent ?? '');
}

/**
 * The article's headline: the page's own `<h1>` when the page's metadata or title names it
 * (a site's logo is an `<h1>` on some pages, so an `<h1>` alone is not enough), else the
 * headline its JSON-LD or OpenGraph tags give, else the title the extractor read, else none.
 */
export function chooseHeadline(document: Document, metadata: PageMetadata, extractedTitle: string | null): string | null {
  const titles = [metadata.headline?.value, extractedTitle, document.querySelector('title')?.textContent ?? undefined]
    .filter((title): title is string => typeof title === 'string' && title.trim() !== '')
    .map(key);
  for (const heading of document.querySelectorAll('h1')) {
    const text = normalise(elementText(heading));
    if (text === '') continue;
    const wanted = key(text);
    // "Headline | Site", "Headline - Site", "Site: Headline" are how title elements add the site's name.
    const long = wanted.split(' ').length >= 3;
    if (titles.some((title) => title === wanted || (long && (title.startsWith(`${wanted} `) || title.endsWith(` ${wanted}`))))) return text;
  }
  // A page's SEO headline is often a rewrite of the visible one ("Tanker wagons derail: 600 evacuated"
  // over "Gas tanker wagons derail at the junction, forcing 600 from their homes"): an <h1> of four words
  // or more that shares enough of its words with the metadata's headline is the title readers see. A
  // site's logo, a section's name, shares none of them.
  const stated = [metadata.headline?.source === 'title element' ? undefined : metadata.headline?.value, extractedTitle]
    .filter((title): title is string => typeof title === 'string' && title.trim() !== '')
    .map((title) => new Set(contentStems(title)));
  for (const heading of document.querySelectorAll('h1')) {
    const text = normalise(elementText(heading));
    // An <h1> that holds the stated headline and more (a "LIVE" badge before it) is not a rewrite: the headline is the stated one.
    if (titles.some((title) => key(text).includes(title))) continue;
    if (stated.some((title) => rewriteOf(text, title))) return text;
  }
  if (metadata.headline && metadata.headline.source !== 'title element') return metadata.headline.value;
  return extractedTitle ?? metadata.headline?.value ?? null;
}

/** Content words an <h1> needs to be read as a rewrite of the metadata's headline. */
const MIN_REWRITE_WORDS = 4;

/** An <h1> of four content words or more and a stated title of one story: three content words in common, and 40% of the shorter's (the headline evidence's count). */
function rewriteOf(heading: string, title: ReadonlySet<string>): boolean {
  const { shared, words } = titleEvidence(heading, title);
  return words >= MIN_REWRITE_WORDS && shared >= 3 && shared / Math.min(words, title.size) >= 0.4;
}

/** Blocks over the article's first paragraph that may show its date: a date line, a dateline, a byline beside a date. */
const DATE_BLOCKS: ReadonlySet<ArticleBlock['type']> = new Set(['timestamp', 'dateline', 'byline']);

/** The date written in full on the first date line over the article's first paragraph, if any. */
function shownDate(blocks: readonly ArticleBlock[]): string | undefined {
  const first = blocks.findIndex((block) => block.type === 'paragraph');
  for (const block of blocks.slice(0, first === -1 ? blocks.length : first)) {
    if (!DATE_BLOCKS.has(block.type) || !('text' in block)) continue;
    const date = dateWithin(block.text);
    if (date !== undefined) return date;
  }
  return undefined;
}
