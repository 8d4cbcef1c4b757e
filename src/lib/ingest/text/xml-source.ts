import type { Element as HastElement, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { htmlTagNames } from 'html-tag-names';
import type { Element as XastElement, Root as XastRoot, RootContent as XastContent } from 'xast';
import { fromXml } from 'xast-util-from-xml';

/*
 * XML pasted as text: a news agency's NITF or NewsML file, a site's RSS or Atom feed, a CMS's
 * XML export, or the tree a browser shows for an XML address ("This XML file does not appear to
 * have any style information…", then the markup). None of it is HTML: read as HTML, its
 * elements (`<hedline>`, `<docdata>`, `<description>`) are nobody's blocks and their text was
 * lost. Read as XML (xast-util-from-xml, the unified ecosystem's XML parser), every piece of
 * text becomes a line, in document order, for the text reader to tell headline, furniture and
 * story apart as it does in any file; HTML carried inside (a feed's `<content:encoded>`, escaped
 * or in CDATA) is read as HTML, block by block. Nothing is dropped but markup.
 */

const HTML_TAGS: ReadonlySet<string> = new Set(htmlTagNames);

/** The first tag of the markup: a declaration, a doctype, or an element's name. */
const FIRST_TAG = /<(\?xml\b|!doctype\s+([\w:.-]+)|([A-Za-z_][\w:.-]*))/i;

/**
 * Whether a text holds an XML document rather than HTML: its markup (after any lines of prose a
 * browser's XML viewer puts above it) opens with an XML declaration, a doctype other than
 * HTML's, or a root element HTML does not have (`<rss>`, `<nitf>`, `<feed>`), and it parses as
 * XML. A page's HTML, or prose that quotes a tag, is not.
 */
export function looksLikeXmlSource(text: string): boolean {
  const markup = xmlMarkup(text);
  if (markup === null) return false;
  return parseXml(markup.xml) !== null;
}

/** The XML of a text, from its first tag, and the lines above it; null when it opens as no XML document would. */
function xmlMarkup(text: string): { above: string[]; xml: string } | null {
  const start = text.search(/^\s*<[?!A-Za-z_]/m);
  if (start === -1) return null;
  const above = text.slice(0, start).split('\n').map((line) => line.trim()).filter((line) => line !== '');
  // Above the markup, only a few lines of prose (a viewer's note), never a page of text.
  if (above.length > 3) return null;
  const xml = text.slice(start).trim();
  const first = FIRST_TAG.exec(xml);
  if (!first || first.index !== xml.indexOf('<')) return null;
  const [, declaration, doctype, element] = first;
  if (declaration !== undefined && declaration.toLowerCase() === '?xml') return { above, xml };
  if (doctype !== undefined) return doctype.toLowerCase() === 'html' ? null : { above, xml };
  return element !== undefined && !HTML_TAGS.has(element.toLowerCase()) ? { above, xml } : null;
}

function parseXml(xml: string): XastRoot | null {
  try {
    return fromXml(xml);
  } catch {
    return null;
  }
}

/**
 * The lines of an XML document, in order: the lines above its markup, then, for each element
 * that holds text of its own, that element's whole text on one line (an element of mixed
 * content, `<p>The <org>Airline</org> said</p>`, is one line), and for each element holding
 * only elements, the lines of those. Text that is HTML source (a feed's escaped or CDATA
 * `<content:encoded>`) gives the lines of its HTML blocks. Whitespace is collapsed; null when
 * the text is no XML document (`looksLikeXmlSource`).
 */
export function xmlLines(text: string): { lines: string[]; otherEntries: Set<string> } | null {
  const markup = xmlMarkup(text);
  const root = markup === null ? null : parseXml(markup.xml);
  if (markup === null || root === null) return null;
  const lines = [...markup.above];
  for (const child of root.children) lines.push(...linesOfXml(child));
  // A feed (RSS items, Atom entries) holds several stories.
  const otherEntries = otherStoriesLines(elementsNamed(root, ENTRY_NAMES), linesOfXml, (entry) => xmlText(entry).length);
  return { lines: lines.filter((line) => line !== ''), otherEntries };
}

/**
 * The lines of the stories of a feed or a list that are not the article: of several, the one with the most text
 * (`size`) is the article; a line it holds too stays its own. Empty for one story or none.
 */
export function otherStoriesLines<T>(stories: readonly T[], linesOf: (story: T) => string[], size: (story: T) => number): Set<string> {
  if (stories.length < 2) return new Set();
  const article = stories.reduce((best, story) => (size(story) > size(best) ? story : best));
  const others = new Set(stories.filter((story) => story !== article).flatMap(linesOf));
  for (const line of linesOf(article)) others.delete(line);
  return others;
}

/** The elements of a feed that each hold one story, by their local name: RSS's `item`, Atom's `entry`. */
const ENTRY_NAMES = new Set(['item', 'entry']);

function elementsNamed(node: XastRoot | XastElement, names: ReadonlySet<string>): XastElement[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    const local = child.name.split(':').at(-1)!.toLowerCase();
    return names.has(local) ? [child] : elementsNamed(child, names);
  });
}

function linesOfXml(node: XastContent): string[] {
  if (node.type === 'text' || node.type === 'cdata') return textLines(node.value);
  if (node.type !== 'element') return [];
  if (node.children.some((child) => (child.type === 'text' || child.type === 'cdata') && child.value.trim() !== '')) {
    const own = xmlText(node);
    return looksLikeHtml(own) ? htmlLines(own) : [collapse(own)];
  }
  return node.children.flatMap(linesOfXml);
}

/** All the text inside an XML element, in order. */
function xmlText(node: XastElement): string {
  return node.children.map((child) => (child.type === 'text' || child.type === 'cdata' ? child.value : child.type === 'element' ? xmlText(child) : '')).join('');
}

/** Text that is HTML source: a closing tag of an element HTML has. */
export function looksLikeHtml(text: string): boolean {
  return /<\/([a-z][a-z0-9]*)\s*>/i.test(text) && [...text.matchAll(/<\/([a-z][a-z0-9]*)\s*>/gi)].some((match) => HTML_TAGS.has(match[1]!.toLowerCase()));
}

/** A text value of the document: HTML source gives its blocks' lines, other text one line. */
function textLines(value: string): string[] {
  if (value.trim() === '') return [];
  return looksLikeHtml(value) ? htmlLines(value) : [collapse(value)];
}

/** HTML elements whose text goes on a line of its own. */
const HTML_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'caption', 'td', 'th', 'dt', 'dd', 'pre', 'address', 'div', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'ul', 'ol', 'table', 'tr', 'main', 'nav']);

/** The lines of an HTML fragment: each block's text, an element holding text of its own whole (scripts and styles aside). */
export function htmlLines(html: string): string[] {
  const lines: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim() !== '') lines.push(collapse(inline));
    inline = '';
  };
  const walk = (node: HastRoot | HastContent) => {
    if (node.type === 'text') inline += node.value;
    else if (node.type === 'element') {
      if (['script', 'style', 'template'].includes(node.tagName)) return;
      if (node.tagName === 'br') return void (inline += '\n');
      const block = HTML_BLOCKS.has(node.tagName);
      if (block) flush();
      if (block && hasOwnText(node)) {
        lines.push(collapse(hastText(node)));
        return;
      }
      for (const child of node.children) walk(child);
      if (block) flush();
    } else if (node.type === 'root') for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  flush();
  return lines.filter((line) => line !== '');
}

function hasOwnText(node: HastElement): boolean {
  return node.children.some((child) => child.type === 'text' && child.value.trim() !== '');
}

function hastText(node: HastElement | HastContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || ['script', 'style', 'template'].includes(node.tagName)) return '';
  return node.children.map(hastText).join('');
}

export function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
