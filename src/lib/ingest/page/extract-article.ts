import type * as ReadabilityModule from '@mozilla/readability';
import type * as LinkedomModule from 'linkedom';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let libraries: { parseHTML: typeof LinkedomModule.parseHTML; Readability: typeof ReadabilityModule.Readability } | undefined;

/**
 * linkedom and Readability, loaded on the first page read: loading linkedom takes about half a
 * second, which every ingest of text files alone (and every script that ingests) would pay.
 */
function pageLibraries() {
  libraries ??= {
    parseHTML: (require('linkedom') as typeof LinkedomModule).parseHTML,
    Readability: (require('@mozilla/readability') as typeof ReadabilityModule).Readability,
  };
  return libraries;
}

/** What the reader-mode extractor found in a page. */
export interface ExtractedArticle {
  /** The title Readability settled on (from the page's metadata or title element), or null. */
  title: string | null;
  /**
   * The byline Readability read. When it took it from an element of the page, it removed that
   * element from `contentHtml`; when it took it from the metadata, the element (if any) stays.
   */
  byline: string | null;
  /** The article's markup as Readability cleaned it: only the article, page chrome removed. */
  contentHtml: string;
}

/**
 * Parses a page into a standard DOM with linkedom. Scripts are never run: linkedom has no
 * script engine, and nothing here asks for one. (linkedom was chosen over jsdom by
 * measurement; see the README, "Add an article".)
 */
export function parsePageDocument(html: string): Document {
  return pageLibraries().parseHTML(html).document as unknown as Document;
}

/**
 * Extracts the article from a page with Mozilla's Readability (Firefox Reader View), on its own
 * parse of the page (Readability changes the document it reads). Classes are kept so that the
 * blocks can tell an embedded post or a pull quote by its markup. Undefined when Readability
 * finds no article.
 */
export function extractArticle(html: string): ExtractedArticle | undefined {
  const document = parsePageDocument(html);
  // Readability drops any element whose class holds "header" as unlikely to be content, and some
  // platforms mark the article's own subheadings so ("header-anchor-post"): such a heading's
  // class describes the heading itself, so it is taken off before Readability reads the page.
  for (const heading of document.querySelectorAll('h2, h3, h4, h5, h6')) {
    if (/header|heading/i.test(heading.getAttribute('class') ?? '')) heading.removeAttribute('class');
  }
  const article = new (pageLibraries().Readability)(document, { keepClasses: true }).parse();
  const contentHtml = article?.content;
  if (!article || !contentHtml || (article.textContent ?? '').trim() === '') return undefined;
  return { title: article.title?.trim() || null, byline: article.byline?.trim() || null, contentHtml };
}
