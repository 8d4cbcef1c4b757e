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
  markSmallBoxes(document);
  const article = new (pageLibraries().Readability)(document, { keepClasses: true }).parse();
  const contentHtml = article?.content;
  if (!article || !contentHtml || (article.textContent ?? '').trim() === '') return undefined;
  return { title: article.title?.trim() || null, byline: article.byline?.trim() || null, contentHtml };
}

/** The attribute a small box's role is kept in through the extractor (hast reads it as `dataParallaxBox`). */
export const BOX_ATTRIBUTE = 'data-parallax-box';

/**
 * Roles a page's markup gives a small box, by its class, id, itemprop, ARIA label or component
 * name: a caption, a newsletter sign-up, an author's bio or byline, a video or audio player
 * (and, by `asideRole`, furniture set beside the article and boxes of links to other stories).
 * Publishing systems of every kind name these boxes so (WordPress and Drupal themes, newspaper and
 * broadcaster component CMSs, Blogger). Boxes holding an image are not captions or players.
 */
const BOX_ROLES: ReadonlyArray<readonly [string, RegExp, boolean]> = [
  ['caption', /caption/i, false],
  ['newsletter', /newsletter|sign-?up|subscribe(?!r)/i, true],
  ['author', /byline|author(?!it)|contributor/i, true],
  ['media', /video|player|audio/i, false],
  // An appeal for money or membership set inside the article (a donate block, a contribution ask,
  // a tip jar), and an in-page table of contents: page furniture. (Not "paywall" nor "members":
  // such containers hold the paywalled part of the article itself.)
  ['page', /donat(?:e|ion)|contribution|support-?us|tip-?jar|(?:^|[-_\s])(?:toc|table-?of-?contents)(?=$|[-_\s])/i, true],
  // An editor's or writer's note set in a box of its own ("callout", "disclosure", "editor's
  // note", a correction or clarification box, a "why you can trust us" or trust-indicator box).
  ['page', /(?:^|[-_\s])(?:callout|disclosure|editors?-?note|corrections?|clarifications?|trust)(?=$|[-_\s])/i, false],
  // A promotion or an advertisement set between paragraphs ("promo--app", "inline-ad", "sponsored-slot"; never "ad-free").
  ['page', /(?:^|[-_\s])(?:promo|promos|promotion|ad|ads|advert|adverts|advertisement|sponsored)(?=$|[-_\s])(?![-_]?free)/i, true],
];
const MARKUP_ATTRIBUTES = ['class', 'id', 'itemprop', 'aria-label', 'data-component', 'data-component-name', 'data-testid', 'data-qa'];

/**
 * ARIA roles of content set beside the article, never in it: a note ("parenthetic or ancillary
 * to the main content", as an editor's "Developing story" box is marked), a marquee (a news
 * ticker), a timer, a status line, a complementary aside, the page's content info (its footer).
 * A ticker is also named so in class names ("breaking-ticker", "news-ticker").
 */
const ANCILLARY_ROLES = new Set(['note', 'marquee', 'timer', 'status', 'complementary', 'contentinfo']);
const TICKER_MARKUP = /(?:^|[-_\s])(?:ticker|marquee)(?:$|[-_\s])/i;

/**
 * Markup naming a box of links to other stories ("related", "read-more", "more-on", "see-also",
 * "recommended", "most-read"): such a box is other pages only when most of its words are link
 * text, so a "read more" wrapper holding the rest of an article never counts.
 */
const RELATED_MARKUP = /related|read-?more|more-?(?:on|from|stories|news)|also-?read|see-?also|recommended|recirc|further-?reading|most-?(?:read|popular|viewed)/i;

function linkShare(element: Element): number {
  const words = (text: string | null | undefined) => (text ?? '').split(/\s+/).filter(Boolean).length;
  const all = words(element.textContent);
  if (all === 0) return 0;
  return [...element.querySelectorAll('a')].reduce((sum, link) => sum + words(link.textContent), 0) / all;
}

/** The role a box's markup gives it besides BOX_ROLES: furniture set beside the article, or links to other stories. */
function asideRole(element: Element, markup: string): string | undefined {
  if (ANCILLARY_ROLES.has((element.getAttribute('role') ?? '').trim().toLowerCase()) || TICKER_MARKUP.test(markup)) return 'page';
  if (RELATED_MARKUP.test(markup) && linkShare(element) >= 0.5) return 'related';
  return undefined;
}

/**
 * A box of a few words holding a control (a button, a field, a menu): "Follow this topic" beside
 * its button, "Save for later", a rating widget. Readability drops the controls and keeps the
 * words, which then stand alone as if they were a line of the article. Reporting is never so
 * short and set beside a button.
 */
function controlRole(element: Element, words: number): string | undefined {
  if (words > 8 || element.querySelector('button, input, select, textarea') === null) return undefined;
  return 'page';
}

/**
 * Readability unwraps and merges boxes as it cleans a page (a box holding one paragraph becomes
 * that paragraph; a box holding one box takes on its parent's attributes), so the markup naming
 * a caption, sign-up box, author bio or player is often gone from what it returns while the text
 * stays. Before it runs, each such box of at most 80 words (never the article itself) and
 * everything in it is marked with its role, in an attribute Readability keeps; the blocks read it.
 */
function markSmallBoxes(document: Document) {
  for (const element of document.querySelectorAll('body *')) {
    if (element.hasAttribute(BOX_ATTRIBUTE) || ['SPAN', 'A', 'TIME', 'IMG', 'PICTURE', 'SCRIPT', 'STYLE'].includes(element.tagName.toUpperCase())) continue;
    const markup = MARKUP_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join(' ');
    if (markup.trim() === '' && !element.hasAttribute('role')) continue;
    const words = (element.textContent ?? '').split(/\s+/).filter(Boolean).length;
    if (words === 0 || words > 80) continue;
    // A short article is no box: never the article element, nor one holding the <h1> or more than two paragraphs of prose.
    if (['ARTICLE', 'MAIN', 'BODY'].includes(element.tagName.toUpperCase()) || element.querySelector('h1, main') !== null) continue;
    if ([...element.querySelectorAll('p')].filter((p) => (p.textContent ?? '').split(/\s+/).filter(Boolean).length >= 12).length > 2) continue;
    const image = element.querySelector('img, picture, amp-img') !== null;
    const role = BOX_ROLES.find(([, pattern, withImage]) => pattern.test(markup) && (withImage || !image))?.[0] ?? asideRole(element, markup) ?? controlRole(element, words);
    if (!role) continue;
    // A box holding an <article> is the article (or a part of it) unless it is a box of links to
    // other stories, whose teasers are often <article>s of their own.
    if (role !== 'related' && element.querySelector('article') !== null) continue;
    element.setAttribute(BOX_ATTRIBUTE, role);
    for (const inner of element.querySelectorAll('*')) if (!inner.hasAttribute(BOX_ATTRIBUTE)) inner.setAttribute(BOX_ATTRIBUTE, role);
    for (const box of [element, ...element.querySelectorAll('div')]) if (box.tagName.toUpperCase() === 'DIV') wrapPhrasing(box, box.getAttribute(BOX_ATTRIBUTE)!);
  }
}

/** Elements Readability counts as phrasing content (its PHRASING_ELEMS), and links and edits holding only such. */
const PHRASING = new Set(['ABBR', 'AUDIO', 'B', 'BDO', 'BR', 'BUTTON', 'CITE', 'CODE', 'DATA', 'DATALIST', 'DFN', 'EM', 'EMBED', 'I', 'IMG', 'INPUT', 'KBD', 'LABEL', 'MARK', 'MATH', 'METER', 'NOSCRIPT', 'OBJECT', 'OUTPUT', 'PROGRESS', 'Q', 'RUBY', 'SAMP', 'SCRIPT', 'SELECT', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TEXTAREA', 'TIME', 'VAR', 'WBR']);

function isPhrasing(node: Node): boolean {
  if (node.nodeType === 3) return true;
  if (node.nodeType !== 1) return false;
  const tag = (node as Element).tagName.toUpperCase();
  return PHRASING.has(tag) || (['A', 'DEL', 'INS'].includes(tag) && [...node.childNodes].every(isPhrasing));
}

/**
 * Readability puts a box's loose text (the phrasing content of a <div>) into a new paragraph
 * with no attributes, and then puts that paragraph in the box's place: the box's role would be
 * lost with the box. So each run of loose text in a marked box is put into a paragraph carrying
 * the role first, as Readability would have, and it keeps it.
 */
function wrapPhrasing(box: Element, role: string) {
  let run: Node[] = [];
  const flush = () => {
    if (run.some((node) => (node.textContent ?? '').trim() !== '')) {
      const paragraph = box.ownerDocument.createElement('p');
      paragraph.setAttribute(BOX_ATTRIBUTE, role);
      box.insertBefore(paragraph, run[0]!);
      for (const node of run) paragraph.appendChild(node);
    }
    run = [];
  };
  for (const node of [...box.childNodes]) {
    if (isPhrasing(node)) run.push(node);
    else flush();
  }
  flush();
}
