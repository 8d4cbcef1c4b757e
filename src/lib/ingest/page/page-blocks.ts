import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { ArticleBlock, BoilerplateRole, ListItem } from '../../schemas/article-block.ts';
import {
  boilerplateRole,
  isAdSlug,
  isPhotoCredit,
  isReportingCredit,
  parseByline,
  parseTimestamp,
  readMoreShape,
  splitGluedCredit,
} from '../line-shapes.ts';
import { parseAttribution } from '../parse-article.ts';
import { refineBlocks } from '../refine-blocks.ts';
import { fieldsTouch } from './element-text.ts';

/** What the page says outside the extracted markup, placed as blocks around it. */
export interface PageBlockOptions {
  /**
   * The article's headline. When a heading of the markup has this text it becomes the headline
   * block; otherwise a headline block with it opens the article (the extractor dropped it, or
   * the page gives it only in its metadata). `undefined`: the first heading before any prose is
   * the headline (HTML source pasted as text); `null`: the article has none.
   */
  headline?: string | null | undefined;
  /** A byline the extractor took out of the markup, set back under the headline: its text, or its fields (a name, a station) apart. */
  byline?: string | readonly string[] | null | undefined;
}

/** Elements whose text runs inside a block (their text joins the surrounding line). */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'label', 'mark',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);
/** Elements with no article text: media, scripts, form controls. A page's `alt` text is a description, not the article. */
const SILENT = new Set([
  'script', 'style', 'noscript', 'template', 'img', 'picture', 'source', 'video', 'audio', 'track', 'iframe', 'object',
  'embed', 'svg', 'math', 'canvas', 'map', 'area', 'input', 'button', 'select', 'textarea', 'option', 'head', 'title',
  'meta', 'link', 'base', 'hr',
]);
/** Class names that mark an embedded social post in publishers' markup (Twitter/X, Bluesky, Mastodon, Threads, Instagram). */
const POST_CLASS = /(?:^|[-_\s])(?:twitter-tweet|tweet|bluesky-embed|mastodon-embed|text-post-media|instagram-media|social-embed)(?:$|[-_\s])/i;
/** Class names of a pull quote. */
const PULL_QUOTE_CLASS = /pull-?quote|pullout|blockquote--pull/i;
/** Class names of a credit inside a caption. */
const CREDIT_CLASS = /credit|copyright|attribution|source/i;

/**
 * Turns an article's markup (what the extractor kept, or HTML source pasted as text) into the
 * same blocks as a text file: the headline, headings, paragraphs, lists, embedded posts,
 * captions and credits, table rows, and page furniture recognised by the shapes a text file's
 * lines are (bylines, timestamps, credits, "Read more" lines). Entities are decoded by the HTML
 * parser. Every text node of the markup ends up in a block, in order; markup itself never does.
 */
export function blocksFromArticleHtml(html: string, options: PageBlockOptions = {}): ArticleBlock[] {
  const tree = fromHtml(html, { fragment: true });
  const blocks: ArticleBlock[] = [];
  readChildren(tree, blocks);
  // Pull quotes are known by their markup or, in refineBlocks, by repeating the body: their credits are marked after both.
  return describeImages(markPullQuoteCredits(refineBlocks(markClosingNotes(markFurnitureSections(markHeaderLabels(placeHeadline(blocks, options)))))));
}

/**
 * A page's image captions describe a picture the article page does not show: what the image is,
 * not the outlet's reporting. Their lines are kept, as image descriptions, and give no claims
 * (readers and the labelled pages alike take a caption for part of the picture, not the story).
 */
function describeImages(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block) => (block.type === 'photo-caption' ? { type: 'boilerplate', role: 'image', text: block.text } : block));
}

const FURNITURE = new Set<ArticleBlock['type']>(['related-links', 'photo-credit', 'byline', 'timestamp', 'ad', 'reporting-credit', 'boilerplate']);

/**
 * A heading over nothing but page furniture ("Get our briefing" over a sign-up line, "Share
 * this" over buttons) is that furniture's label, not a heading of the article.
 */
function markFurnitureSections(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block, at) => {
    if (block.type !== 'subheading') return block;
    const next = blocks.findIndex((other, index) => index > at && (other.type === 'subheading' || other.type === 'headline'));
    const section = blocks.slice(at + 1, next === -1 ? undefined : next);
    if (section.length === 0 || !section.every((other) => FURNITURE.has(other.type))) return block;
    const role = section.find((other) => other.type === 'boilerplate')?.type === 'boilerplate' ? (section.find((other) => other.type === 'boilerplate') as { role: BoilerplateRole }).role : 'page';
    return { type: 'boilerplate', role, text: block.text };
  });
}

/**
 * The line set right under a pull quote naming who said it ("Cllr Jane Doe", "— Jane Doe") is
 * the pull quote's attribution: part of the pull quote, not a line of reporting. WordPress's
 * pull-quote block, regional CMSs' pull-outs and magazine themes all set one.
 */
function markPullQuoteCredits(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block, at) => {
    if (at === 0 || blocks[at - 1]!.type !== 'pull-quote' || block.type !== 'paragraph') return block;
    const text = block.text.trim();
    if (text.includes('\n') || countWords(text) > 6 || /[.!?:;,"“”]$/.test(text)) return block;
    return { type: 'pull-quote', text: block.text };
  });
}

/**
 * Above the body, a line of at most four words with no full stop set against a byline,
 * timestamp or other furniture line ("Published in" before a publication's name and the read
 * time, a reporter's role beside the date) is a label of the article's header row, not
 * reporting. Article headers on newspaper CMSs, blogging platforms and regional sites are rows
 * of such fields. The body begins at the first paragraph that is a sentence of twelve words or
 * more.
 */
function markHeaderLabels(blocks: ArticleBlock[]): ArticleBlock[] {
  const bodyStart = blocks.findIndex((block) => block.type === 'paragraph' && countWords(block.text) >= 12 && /[.!?"”’]$/.test(block.text.trim()));
  const isFurniture = (block: ArticleBlock | undefined) => block !== undefined && FURNITURE.has(block.type);
  return blocks.map((block, at) => {
    if (block.type !== 'paragraph' || (bodyStart !== -1 && at >= bodyStart)) return block;
    const text = block.text.trim();
    if (text.includes('\n') || countWords(text) > 4 || /[.!?]$/.test(text)) return block;
    if (!isFurniture(blocks[at - 1]) && !isFurniture(blocks[at + 1])) return block;
    return { type: 'boilerplate', role: 'page', text: block.text };
  });
}

/** The paragraphs closing an article that are set wholly in italics are notes about it, not its reporting. */
function markClosingNotes(blocks: ArticleBlock[]): ArticleBlock[] {
  const out = [...blocks];
  for (let at = out.length - 1; at >= 0; at--) {
    const block = out[at]!;
    // Furniture closing the article (a credit, a tag line), italic or not, is passed over: the
    // italic notes above it close the article too ("<em>Jane Doe covers …</em>" over "<em>Contributing: …</em>").
    if (FURNITURE.has(block.type)) continue;
    if (block.type !== 'paragraph' || !EMPHASISED.has(block)) break;
    out[at] = { type: 'boilerplate', role: 'page', text: block.text.replace(/\n/g, ' ') };
  }
  return out;
}

/** Text of a run of inline content: whitespace collapsed, `<br>` kept as a line break. */
function inlineText(nodes: readonly (RootContent | ElementContent)[]): string {
  let text = '';
  // A <time> set flush against a label ("Pinned<time>10:42 GMT</time>Updated …") is a field of
  // its own on the page (CSS spaces it); a space keeps its words from running into the label's.
  let spaceNext = false;
  // Two elements set flush against each other ("<a>Skip to content</a><a>Skip to site index</a>",
  // a date span and a time span, a label span and a headline span) are fields CSS lays out apart:
  // a space keeps their words from running together. Not after a one-letter element (a drop
  // capital) nor before a superscript, and never where a text node touches the element.
  let elementEnded = false;
  const add = (value: string) => {
    if (spaceNext && fieldsTouch(text, value)) text += ' ';
    spaceNext = false;
    elementEnded = false;
    text += value;
  };
  const walk = (node: RootContent | ElementContent) => {
    if (node.type === 'text') add(node.value);
    else if (node.type === 'element') {
      if (node.tagName === 'br') text += '\n';
      else if (node.tagName === 'time') {
        spaceNext = true;
        for (const child of node.children) walk(child);
        spaceNext = true;
      } else if (!SILENT.has(node.tagName)) {
        if (elementEnded && node.tagName !== 'sup' && node.tagName !== 'sub') spaceNext = true;
        const start = text.length;
        for (const child of node.children) walk(child);
        const own = text.slice(start).trim();
        // A separator set in an element of its own ("<span>·</span>") is a field too.
        elementEnded = own.length >= 2 || /^[^\p{L}\p{N}\s]$/u.test(own);
        if (!elementEnded) spaceNext = false;
      }
    }
  };
  for (const node of nodes) walk(node);
  return text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/gu, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function isInline(node: RootContent | ElementContent): boolean {
  return node.type === 'text' || (node.type === 'element' && (INLINE.has(node.tagName) || node.tagName === 'br'));
}

/** Reads a container's children: runs of inline content become paragraphs, block elements their blocks. */
function readChildren(parent: Root | Element, out: ArticleBlock[]) {
  let run: Array<RootContent | ElementContent> = [];
  let afterImage = false;
  const flush = () => {
    const text = inlineText(run);
    const rows = text ? fieldRows(run) : undefined;
    if (rows) out.push(...rows);
    else if (text) out.push(isOnlyALink(run) ? linkBlock(lineBlock(text)) : (markupLine(run, text) ?? timeLine(run, text) ?? (afterImage && !text.includes('\n') ? captionBlocks(text, true)[0]! : lineBlock(text))));
    if (text) afterImage = false;
    run = [];
  };
  const rules: number[] = [];
  for (const child of parent.children) {
    if (isInline(child)) {
      run.push(child);
      continue;
    }
    flush();
    if (child.type !== 'element') continue;
    if (child.tagName === 'hr') rules.push(out.length);
    // A line right under an image is its caption when it is in a box of its own or ends in a
    // photo credit (a CMS's caption field; Readability turns such boxes into paragraphs).
    const text = inlineText([child]);
    const caption = afterImage && text !== '' && !text.includes('\n') && child.children.every(isInline) && text.split(/\s+/).length <= 60 ? captionBlocks(text, true) : [];
    if (caption.length > 0 && (child.tagName !== 'p' || caption.length === 2)) {
      out.push(...caption);
      afterImage = false;
      continue;
    }
    const before = out.length;
    readElement(child, out);
    if (out.length > before) afterImage = false;
    else if (holdsImage(child)) afterImage = true;
  }
  flush();
  markRuledCallsToAction(out, rules);
}

/**
 * Between two horizontal rules, a short run closed by a button (a heading, a line or two of
 * pitch, then a link alone: "Support us", "Become a member") is a box set apart from the article
 * by its rules, not its reporting: a call to action, as `isCallToAction` reads one in a box.
 */
function markRuledCallsToAction(out: ArticleBlock[], rules: readonly number[]) {
  for (let at = 1; at < rules.length; at++) {
    const start = rules[at - 1]!;
    const end = rules[at]!;
    const run = out.slice(start, end);
    if (run.length < 2 || run.length > 4) continue;
    const button = run.at(-1)!;
    if (!LINK_ONLY.has(button) || button.type !== 'boilerplate') continue;
    if (!run.slice(0, -1).every((block) => block.type === 'subheading' || (block.type === 'paragraph' && countWords(block.text) <= 40))) continue;
    for (let index = start; index < end - 1; index++) out[index] = asPageFurniture(out[index]!.type === 'subheading' ? { type: 'paragraph', text: (out[index] as { text: string }).text } : out[index]!);
  }
}

function holdsImage(element: Element): boolean {
  if (element.tagName === 'img' || element.tagName === 'picture') return true;
  return element.children.some((child) => child.type === 'element' && holdsImage(child));
}

/** Paragraphs set wholly in italics: at the end of an article, a note about it (an editor's note, a standing disclaimer). */
const EMPHASISED = new WeakSet<ArticleBlock>();

function isWhollyEmphasised(element: Element): boolean {
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]!.type === 'element' && ['em', 'i'].includes(meaningful[0]!.tagName);
}

/** A paragraph set wholly in `<small>`: the page's small print (a tip jar, a standing notice, terms), not reporting. */
function isWhollySmall(element: Element): boolean {
  const meaningful = element.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  return meaningful.length === 1 && meaningful[0]!.type === 'element' && meaningful[0]!.tagName === 'small';
}

/**
 * A paragraph's own class naming it a credit, an attribution or a source line ("article-source",
 * "story-credit"): a short one is a credit ("Source: … and news agencies"), never reporting.
 */
const CREDIT_LINE_CLASS = /(?:^|[-_\s])(?:credits?|attribution|sources?)(?=$|[-_\s])/i;

/**
 * A paragraph holding a short label ending in a colon (at most three words, outside any link) and
 * then only links to other pages, with at most a few words beside them (a date in parentheses):
 * "More: <a>title</a>", "<em>See also: <a>title</a> (June 2026)</em>". Another story's title, not
 * reporting. A sentence with a link in it has words of its own around the link.
 */
function isLabelledLink(nodes: readonly (RootContent | ElementContent)[]): boolean {
  let meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  // Descend through a wrapper setting the whole line in italics or bold.
  while (meaningful.length === 1 && meaningful[0]!.type === 'element' && meaningful[0]!.tagName !== 'a' && INLINE.has(meaningful[0]!.tagName)) {
    meaningful = meaningful[0]!.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  }
  const firstLink = meaningful.findIndex((node) => node.type === 'element' && node.tagName === 'a');
  if (firstLink <= 0) return false;
  const label = inlineText(meaningful.slice(0, firstLink)).trim();
  if (!/:$/.test(label) || countWords(label) > 3) return false;
  const rest = meaningful.slice(firstLink);
  const links = rest.filter((node) => node.type === 'element' && node.tagName === 'a');
  const linkWords = countWords(inlineText(links));
  const other = inlineText(rest.filter((node) => !(node.type === 'element' && node.tagName === 'a')))
    .replace(/\([^()]*\)/g, ' ')
    .replace(/[|,;·•–—]+/gu, ' ')
    .trim();
  return linkWords >= 3 && countWords(other) <= 2 && !/[.!?]/.test(other);
}

function classOf(element: Element): string {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
}

/**
 * Reads an element; when the page's markup named it (or a box around it) a caption, a sign-up
 * box, an author's bio or a player (see `markSmallBoxes`), its lines are that furniture.
 */
function readElement(element: Element, out: ArticleBlock[]) {
  const role = element.properties['dataParallaxBox'];
  if (typeof role !== 'string') return readPlainElement(element, out);
  if (role === 'caption' && element.children.every(isInline) && !holdsImage(element)) return readCaption(element, out);
  const inner: ArticleBlock[] = [];
  readPlainElement(element, inner);
  const as =
    role === 'caption' ? asCaption
    : role === 'newsletter' ? asNewsletter
    : role === 'author' ? asAuthorFurniture
    : role === 'media' ? asMediaFurniture
    : role === 'page' ? asAncillary
    : role === 'related' ? asRelated
    : (block: ArticleBlock) => block;
  out.push(...inner.map(as));
}

/** A line of a box set beside the article (a note, a ticker, an aside): page furniture. */
function asAncillary(block: ArticleBlock): ArticleBlock {
  if (block.type === 'paragraph' || block.type === 'subheading' || block.type === 'section-label' || block.type === 'photo-caption') return { type: 'boilerplate', role: 'page', text: block.text.replace(/\n/g, ' ') };
  if (block.type === 'list' || block.type === 'key-points') return { type: 'related-links', items: block.items.map((item) => item.text) };
  return block;
}

/** A line of a box of links to other stories: its label ("Read more:") is page furniture, its titles related links. */
function asRelated(block: ArticleBlock): ArticleBlock {
  if (block.type === 'list' || block.type === 'key-points') return { type: 'related-links', items: block.items.map((item) => item.text) };
  if (block.type !== 'paragraph' && block.type !== 'subheading' && block.type !== 'section-label') return block;
  const text = block.text.replace(/\n/g, ' ');
  return countWords(text) <= 4 || /:$/.test(text) ? { type: 'boilerplate', role: 'page', text } : { type: 'related-links', items: [text] };
}

function asCaption(block: ArticleBlock): ArticleBlock {
  if (block.type === 'subheading') return { type: 'photo-caption', text: block.text };
  return block.type === 'paragraph' && !block.text.includes('\n') && countWords(block.text) <= 60 ? { type: 'photo-caption', text: block.text } : block;
}

function readPlainElement(element: Element, out: ArticleBlock[]) {
  const tag = element.tagName;
  if (SILENT.has(tag)) return;
  if (/^h[1-6]$/.test(tag)) {
    const text = inlineText(element.children).replace(/\n/g, ' ');
    if (text) out.push({ type: 'subheading', text });
    return;
  }
  switch (tag) {
    case 'p':
    case 'address':
    case 'dt':
    case 'dd':
    case 'summary':
    case 'pre': {
      const text = inlineText(element.children);
      if (!text) return;
      const rows = fieldRows(element.children);
      if (rows) {
        out.push(...rows);
        return;
      }
      if (isWhollySmall(element)) {
        out.push({ type: 'boilerplate', role: 'page', text: text.replace(/\n/g, ' ') });
        return;
      }
      if (isLabelledLink(element.children)) {
        out.push({ type: 'related-links', items: [text.replace(/\n/g, ' ')] });
        return;
      }
      if (CREDIT_LINE_CLASS.test(classOf(element)) && !text.includes('\n') && countWords(text) <= 15) {
        out.push({ type: 'reporting-credit', text });
        return;
      }
      const block = markupLine(element.children, text) ?? timeLine(element.children, text) ?? dateField(element, text) ?? lineBlock(text);
      if (isWhollyEmphasised(element)) EMPHASISED.add(block);
      out.push(isOnlyALink(element.children) ? linkBlock(block) : block);
      return;
    }
    case 'ul':
    case 'ol':
      return readList(element, out);
    case 'blockquote':
      return readQuote(element, out);
    case 'figure':
      return readFigure(element, out);
    case 'figcaption':
      return readCaption(element, out);
    case 'table':
      return readTable(element, out);
    default: {
      const inner: ArticleBlock[] = [];
      readChildren(element, inner);
      if (isNavigation(element)) out.push(...inner.map(asNavigation));
      else if (isBylineBox(element, inner)) out.push(...inner.map(asAuthorFurniture));
      else if (isCallToAction(inner)) out.push(...inner.map(asPageFurniture));
      else if (isSignUpBox(inner)) out.push(...inner.map(asNewsletter));
      else out.push(...(holdsImage(element) ? captionsOverCredits(inner) : inner));
    }
  }
}

/** What an element's markup says it is: its class, id, role and itemprop, and the data attributes CMSs name their components with. */
function markupOf(element: Element): string {
  const { properties } = element;
  return [classOf(element), properties['id'], properties['role'], properties['itemProp'], properties['dataComponent'], properties['dataTestid'], properties['dataQa'], properties['ariaLabel']]
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}

/**
 * Navigation (HTML's `<nav>`, ARIA's `navigation` role) is never the article: a breadcrumb, a
 * live page's key-events list, a table of contents that links into the page. An obvious
 * general reason: that is what the element means.
 */
function isNavigation(element: Element): boolean {
  return element.tagName === 'nav' || element.properties['role'] === 'navigation';
}

function asNavigation(block: ArticleBlock): ArticleBlock {
  if (block.type === 'list' || block.type === 'key-points') return { type: 'related-links', items: block.items.map((item) => item.text) };
  if (block.type === 'paragraph' || block.type === 'subheading' || block.type === 'section-label') return { type: 'boilerplate', role: 'page', text: block.text.replace(/\n/g, ' ') };
  return block;
}

/** Markup naming the author block: "byline", "author" (not "authority"), "contributor". */
const BYLINE_MARKUP = /byline|author(?!it)|contributor/i;

/**
 * A box the markup names a byline or author block (`data-qa="author-byline"`,
 * `data-component="byline-block"`, `class="author-row"`, `itemprop="author"`, an author bio):
 * its lines are the byline, the reporter's role ("Health correspondent") and bio, never
 * reporting. Seen in the newspaper CMSs, the public broadcaster's components, WordPress themes
 * and regional CMSs alike; a box of more than 120 words or holding headings is not one.
 */
function isBylineBox(element: Element, inner: readonly ArticleBlock[]): boolean {
  if (!BYLINE_MARKUP.test(markupOf(element)) || inner.length === 0) return false;
  if (inner.some((block) => block.type === 'subheading' || block.type === 'headline' || block.type === 'list' || block.type === 'social-post')) return false;
  return countWords(inner.flatMap(blockLines).join(' ')) <= 120;
}

/** Screen-reader labels some CMSs set before a byline's parts ("Author, ", "Role, "). */
const FIELD_LABEL = /^(?:author|authors|role|byline|written by|reporter)\s*[,:]\s*/i;

function asAuthorFurniture(block: ArticleBlock): ArticleBlock {
  if (block.type !== 'paragraph' && block.type !== 'section-label' && block.type !== 'boilerplate') return block;
  const text = block.text.replace(/\n/g, ' ');
  const name = text.replace(FIELD_LABEL, '');
  const byline = parseByline(text) ?? (countWords(name) <= 6 ? parseByline(`By ${name}`) : undefined);
  if (byline && byline.authors.length > 0) return { type: 'byline', text, authors: byline.authors };
  return { type: 'boilerplate', role: 'author', text };
}

/**
 * A sign-up box: a newsletter line with, around it, only short lines (its title, its pitch, its
 * small print about consent and unsubscribing). Newsletter boxes set inside articles look like
 * this on regional CMSs, WordPress, AMP pages and newsletter platforms alike.
 */
function isSignUpBox(blocks: readonly ArticleBlock[]): boolean {
  if (blocks.length < 2 || blocks.length > 5) return false;
  if (!blocks.some((block) => block.type === 'boilerplate' && block.role === 'newsletter')) return false;
  return blocks.every(
    (block) =>
      (block.type === 'boilerplate' || FURNITURE.has(block.type)) ||
      ((block.type === 'paragraph' || block.type === 'subheading') && !block.text.includes('\n') && countWords(block.text) <= 40),
  );
}

function asNewsletter(block: ArticleBlock): ArticleBlock {
  return block.type === 'paragraph' || block.type === 'subheading' ? { type: 'boilerplate', role: 'newsletter', text: block.text } : block;
}

/**
 * In a box holding an image, a line set directly over a photo credit is the image's caption
 * (a gallery slide: counter, caption, credit), as in a text file.
 */
function captionsOverCredits(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block, at) =>
    block.type === 'paragraph' && !block.text.includes('\n') && countWords(block.text) <= 40 && blocks[at + 1]?.type === 'photo-credit' ? { type: 'photo-caption', text: block.text } : block,
  );
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * A line made of a `<time>` and at most three words of label ("Pinned 10:42 GMT Updated 11:05
 * GMT", "Published: 11 February 2025") is a timestamp: the page marks the date or time as such.
 * Live-blog entries, article headers and comment heads carry them. With a name the markup
 * marks as the author's besides ("Posted on <time> by <span class="author">…</span>", as
 * WordPress themes and newspaper CMSs write their entry meta), it is a byline.
 */
function timeLine(nodes: readonly (RootContent | ElementContent)[], text: string): ArticleBlock | undefined {
  if (text.includes('\n') || /[.!?]$/.test(text)) return undefined;
  const times: string[] = [];
  const authors: string[] = [];
  const find = (node: RootContent | ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'time') times.push(inlineText([node]));
    else if (BYLINE_MARKUP.test(markupOf(node)) || String(node.properties['rel'] ?? '').includes('author')) authors.push(inlineText([node]));
    else for (const child of node.children) find(child);
  };
  nodes.forEach(find);
  if (times.length === 0 || times.some((time) => time === '')) return undefined;
  let rest = text;
  for (const part of [...times, ...authors]) rest = rest.replace(part, ' ');
  // Label words only: a time written outside the element ("Updated 11:05 GMT") adds digits and a zone, not words.
  const labels = rest
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((word) => /\p{L}/u.test(word) && !/^(?:\p{Lu}{2,5}|[ap]m)$/u.test(word) && !/^\d/.test(word));
  if (labels.length > 3) return undefined;
  const names = authors.flatMap((author) => parseByline(`By ${author}`)?.authors ?? []);
  if (names.length > 0) return { type: 'byline', text, authors: names };
  return { type: 'timestamp', text, opensEntry: false, time: parseTimestamp(text)?.time ?? null };
}


/**
 * Markup naming a date or time field: class names, ids or itemprops holding "date", "time",
 * "timestamp", "published", "updated", "modified" as a word of their own ("art-date",
 * "date-updated", "post-time", itemprop "datePublished").
 */
const DATE_MARKUP = /(?:^|[-_\s])(?:date|dates|datetime|time|timestamp|pubdate|published|updated|modified|last-?updated?|last-?modified)(?=$|[-_\s])|\bdate(?:Published|Modified|Created)\b/i;
/** A date or a clock time written with digits: "08.02.2026", "2026-02-08", "14:30", "16.30", "2025". */
const DATE_TOKEN = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b/;

/**
 * A short line the markup names a date or time field, holding a date written with digits
 * ("<span class="art-date">Published: 08.02.2026. at 14:30</span>"): a timestamp, whatever the
 * date's format. Article headers of every kind of CMS mark their date fields so.
 */
function dateField(element: Element, text: string): ArticleBlock | undefined {
  if (text.includes('\n') || countWords(text) > 10 || /[!?]$/.test(text) || /\p{L}\.$/u.test(text)) return undefined;
  if (!DATE_MARKUP.test(markupOf(element)) || !DATE_TOKEN.test(text)) return undefined;
  return { type: 'timestamp', text, opensEntry: false, time: parseTimestamp(text)?.time ?? null };
}

/** A field the markup names the author's ("<span class="author">Jane Doe</span>", `rel="author"`) that reads as a name: a byline. */
function authorField(element: Element, text: string): ArticleBlock | undefined {
  if (!BYLINE_MARKUP.test(markupOf(element)) && !String(element.properties['rel'] ?? '').includes('author')) return undefined;
  const byline = parseByline(text) ?? (countWords(text) <= 6 ? parseByline(`By ${text.replace(FIELD_LABEL, '')}`) : undefined);
  return byline && byline.authors.length > 0 ? { type: 'byline', text, authors: byline.authors } : undefined;
}

/** Words of a line that are words, not figures: "Last modified: 08.02.2026. at 17:05" has three. */
const labelWords = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word) && !/\d/.test(word)).length;

/** Text that only separates fields: bars, middle dots, bullets, slashes, dashes, commas. */
const SEPARATOR = /^[\s|·•/,–—-]*$/u;
/** A field of a row that is no furniture itself may be a short label beside it ("From the April issue", "Last modified:"). */
const MAX_LABEL_WORDS = 6;

/**
 * A row of fields: a line made only of elements set side by side (spans, a `<time>`, links),
 * with nothing between them but spaces, separators ("·", "|") or line breaks, where each field
 * is furniture by its own markup or shape (a byline, a timestamp, a date field, a reading time)
 * or a short label beside one. Article headers and meta rows on every platform are built so
 * ("By … <br> Published: … | Last updated: …", "From the April issue · 14 min read", "Updated
 * … · Published …"): the row is that furniture, one block per line, never reporting. Undefined
 * when the line is not such a row (words outside the elements, a field that is prose).
 */
function fieldRows(nodes: readonly (RootContent | ElementContent)[]): ArticleBlock[] | undefined {
  const meaningful = (list: readonly (RootContent | ElementContent)[]) =>
    list.filter((node) => !(node.type === 'text' && node.value.trim() === '') && !(node.type === 'element' && node.tagName !== 'br' && SILENT.has(node.tagName)));
  let top = meaningful(nodes);
  // Through an element wrapping the whole row (a <span class="meta"> around its fields).
  while (top.length === 1 && top[0]!.type === 'element' && INLINE.has(top[0]!.tagName) && top[0]!.tagName !== 'time' && top[0]!.tagName !== 'a') top = meaningful(top[0]!.children);
  const lines: Array<Array<RootContent | ElementContent>> = [[]];
  for (const node of top) {
    if (node.type === 'element' && node.tagName === 'br') lines.push([]);
    else lines.at(-1)!.push(node);
  }
  const out: ArticleBlock[] = [];
  let fields = 0;
  for (const line of lines) {
    const text = inlineText(line).replace(/\n/g, ' ');
    if (!text) continue;
    const parts = line.filter((node) => !(node.type === 'text' && SEPARATOR.test(node.value)) && !(node.type === 'element' && SEPARATOR.test(inlineText([node]))));
    if (parts.some((node) => node.type !== 'element')) return undefined;
    const read = (parts as Element[]).map((node) => {
      const own = inlineText([node]).replace(/\n/g, ' ');
      return markupLine([node], own) ?? timeLine([node], own) ?? dateField(node, own) ?? authorField(node, own) ?? lineBlock(own);
    });
    // Beside a date, a field holding a date in digits and at most three words of label ("Last
    // modified: 08.02.2026. at 17:05") is another date; other labels beside a date are as short
    // as those beside a <time> (a live entry's title set after its time stays reporting).
    const dated = read.some((block) => block.type === 'timestamp');
    const typed = read.map((block): ArticleBlock => (dated && block.type === 'paragraph' && DATE_TOKEN.test(block.text) && labelWords(block.text) <= 3 ? { type: 'timestamp', text: block.text, opensEntry: false, time: null } : block));
    const furniture = typed.filter((block) => block.type !== 'paragraph');
    const labels = typed.every((block) => block.type !== 'paragraph' || (countWords(block.text) <= (dated ? 3 : MAX_LABEL_WORDS) && !/[.!?]$/.test(block.text)));
    if (parts.length > 0 && (furniture.length === 0 || !labels)) return undefined;
    fields += parts.length;
    out.push(rowBlock(line, text, furniture));
  }
  return fields >= 2 && out.length > 0 ? out : undefined;
}

/**
 * One line of a row of fields as one block: a byline when a field is one (the authors its fields
 * name, never what the whole line would give: "By Jane Doe" beside "Example Radio 4"), else the
 * whole line read as one when that is furniture ("Duration: 1 minute, 42 seconds" beside "1:42"),
 * else a timestamp, else the furniture its first field is.
 */
function rowBlock(line: readonly (RootContent | ElementContent)[], text: string, fields: readonly ArticleBlock[]): ArticleBlock {
  const bylines = fields.filter((block) => block.type === 'byline');
  if (bylines.length > 0) return { type: 'byline', text, authors: [...new Set(bylines.flatMap((block) => (block.type === 'byline' ? block.authors : [])))] };
  const whole = timeLine(line, text) ?? lineBlock(text);
  if (whole.type !== 'paragraph') return whole;
  if (fields.some((block) => block.type === 'timestamp')) return { type: 'timestamp', text, opensEntry: false, time: parseTimestamp(text)?.time ?? null };
  const first = fields[0];
  if (first?.type === 'ad' || first?.type === 'reporting-credit' || first?.type === 'photo-credit') return { type: first.type, text };
  if (first?.type === 'related-links') return { type: 'related-links', items: [text] };
  return { type: 'boilerplate', role: first?.type === 'boilerplate' ? first.role : 'page', text };
}

/** Blocks that are a line holding nothing but one link: a button or another story's title. */
const LINK_ONLY = new WeakSet<ArticleBlock>();

function isOnlyALink(nodes: readonly (RootContent | ElementContent)[]): boolean {
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
  if (meaningful.length !== 1) return false;
  const only = meaningful[0]!;
  if (only.type !== 'element') return false;
  return only.tagName === 'a' || (INLINE.has(only.tagName) && isOnlyALink(only.children));
}

/**
 * A line that is only a link is not reporting: a short one is a button ("Become a member"),
 * a longer one another story's title. Furniture shapes read first still apply.
 */
function linkBlock(block: ArticleBlock): ArticleBlock {
  if (block.type !== 'paragraph' || block.text.includes('\n')) return block;
  const words = block.text.split(/\s+/).length;
  const out: ArticleBlock = words <= 5 ? { type: 'boilerplate', role: 'page', text: block.text } : { type: 'related-links', items: [block.text] };
  LINK_ONLY.add(out);
  return out;
}

/** A box holding a button and a line or two of pitch ("Funded by its members … Become a member") is a call to action. */
function isCallToAction(blocks: readonly ArticleBlock[]): boolean {
  if (blocks.length < 2 || blocks.length > 3) return false;
  const button = blocks.at(-1)!;
  return LINK_ONLY.has(button) && button.type === 'boilerplate' && blocks.slice(0, -1).every((block) => block.type === 'paragraph' && block.text.split(/\s+/).length <= 40);
}

function asPageFurniture(block: ArticleBlock): ArticleBlock {
  return block.type === 'paragraph' ? { type: 'boilerplate', role: 'page', text: block.text.replace(/\n/g, ' ') } : block;
}

/** One line of text: page furniture when its shape says so (as in a text file), else a paragraph. */
function lineBlock(text: string): ArticleBlock {
  if (!text.includes('\n')) {
    if (isAdSlug(text)) return { type: 'ad', text };
    const readMore = readMoreShape(text);
    if (readMore === 'with-title') return { type: 'related-links', items: [text] };
    // A read-more label alone ("Read more:", "Related coverage"): the extractor dropped the links it labelled.
    if (readMore === 'label') return { type: 'boilerplate', role: 'page', text };
    const role = boilerplateRole(text);
    if (role) return { type: 'boilerplate', role, text };
    if (isReportingCredit(text)) return { type: 'reporting-credit', text };
    const byline = parseByline(text);
    if (byline) return { type: 'byline', text, ...byline };
    if (isPhotoCredit(text)) return { type: 'photo-credit', text };
    const timestamp = parseTimestamp(text);
    if (timestamp) return { type: 'timestamp', text, opensEntry: false, time: timestamp.time };
    if (isCorrectionNote(text) || isDuration(text) || isMediaLabel(text) || isPrintEditionNote(text)) return { type: 'boilerplate', role: 'page', text };
    if (isContributionNote(text)) return { type: 'reporting-credit', text };
    if (isSponsorLabel(text)) return { type: 'ad', text };
    if (isReportingFrom(text)) return { type: 'boilerplate', role: 'author', text };
  }
  return { type: 'paragraph', text };
}

/**
 * The note on where the article ran in print ("A version of this article appears in print on
 * Oct. 9, 2025, Section A, Page 14 …", "Appeared in the October 9, 2025, print edition as …"),
 * as newspapers with a print edition close their web articles.
 */
export function isPrintEditionNote(line: string): boolean {
  return /^a version of this (?:article|story|review|column|essay|interview) appear(?:s|ed) in print\b/i.test(line) || /^(?:this (?:article|story) )?appeared in the\b.{0,60}\bprint edition\b/i.test(line);
}

/**
 * A closing line crediting reporters who helped ("Reporting was contributed by Jane Doe in
 * Augusta.", "Additional reporting by Jane Doe.", "Jane Doe contributed reporting."): newspapers
 * and wires word it so besides "… contributed to this report.".
 */
export function isContributionNote(line: string): boolean {
  if (countWords(line) > 30) return false;
  return /^(?:[Aa]dditional r|R)eporting (?:was )?contributed by\s+\p{Lu}/u.test(line) || /^Additional reporting by\s+\p{Lu}/u.test(line) || /^\p{Lu}[^.!?]{2,120}\bcontributed (?:reporting|research)(?: from [^.!?]{1,60})?\.$/u.test(line);
}

/** A sponsor's label over or beside an article ("Supported by", "Paid for by Example Trust"): short, no full stop. */
export function isSponsorLabel(line: string): boolean {
  return /^(?:supported|paid for|underwritten) by\b/i.test(line) && countWords(line) <= 8 && !/[.!?]$/.test(line);
}

/** "Reporting from Tamsin Island, Maine": where the reporter filed from, set in the byline box of newspaper and broadcaster pages; short, no full stop. */
export function isReportingFrom(line: string): boolean {
  return /^[Rr]eporting from\s+\p{Lu}/u.test(line) && countWords(line) <= 8 && !/[.!?]$/.test(line);
}

/**
 * Lines whose markup says what they are:
 * - only a form control's `<label>` ("Search in table" over a search box): it names a control,
 *   and controls are never the article (interactive tables, sign-up forms, polls);
 * - a label and a bare address ("Example Press coverage of wildfires: https://…", "Follow our
 *   coverage at https://…"): a pointer to more coverage, as wires and newspapers close stories;
 * - a row of two or more links and nothing else but separators ("Skip to content Skip to site
 *   index", "Order Reprints | Today's Paper | Subscribe"): a link bar, never a sentence;
 * - a paragraph set wholly in bold capitals ("CLICK HERE TO GET THE … APP", a linked story's
 *   title in capitals): a promo line of the kind cable-news, tabloid and wire-fed sites set
 *   between paragraphs; reporting is never written in bold capitals.
 */
function markupLine(nodes: readonly (RootContent | ElementContent)[], text: string): ArticleBlock | undefined {
  if (text.includes('\n')) return undefined;
  const meaningful = nodes.filter((node) => !(node.type === 'text' && node.value.trim() === '') && !(node.type === 'element' && SILENT.has(node.tagName)));
  if (meaningful.length > 0 && meaningful.every((node) => node.type === 'element' && node.tagName === 'label')) return { type: 'boilerplate', role: 'page', text };
  const links = meaningful.filter((node) => node.type === 'element' && isOnlyALink([node]));
  if (links.length >= 2 && meaningful.every((node) => links.includes(node) || (node.type === 'text' && /^[\s|·•/,–—-]*$/u.test(node.value)))) {
    return links.every((node) => countWords(inlineText([node])) <= 5) ? { type: 'boilerplate', role: 'page', text } : { type: 'related-links', items: [text] };
  }
  const last = meaningful.at(-1);
  if (last?.type === 'element' && last.tagName === 'a' && meaningful.length > 1 && countWords(text) <= 25) {
    const address = inlineText([last]);
    const before = text.slice(0, text.length - address.length).trim();
    if (/^(?:https?:\/\/|www\.)\S+$/i.test(address) && text.endsWith(address) && /(?::|\bat)$/i.test(before)) return { type: 'related-links', items: [text] };
  }
  if (meaningful.length === 1 && meaningful[0]!.type === 'element' && ['strong', 'b'].includes(meaningful[0]!.tagName)) {
    const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.length >= 3 && countWords(text) <= 20 && !/\p{Ll}/u.test(text)) return isOnlyALink(meaningful) ? { type: 'related-links', items: [text] } : { type: 'boilerplate', role: 'page', text };
  }
  return undefined;
}

/**
 * A correction or editor's note about the article ("Correction: …", "Correction, April 30: …",
 * "Clarification: …", "Editor's note: …", "An earlier version of this article misstated …",
 * "This entry has been corrected to show …"): the wording newspapers, wires and blogs all use
 * for it. It is about the reporting, not reporting, so it is kept apart.
 */
export function isCorrectionNote(line: string): boolean {
  return (
    // The label alone or with a date or qualifier after a comma, bracket or dash ("Correction, April 30:"),
    // not a sentence that opens with the word ("Corrections officers said on Tuesday: …").
    /^(?:corrections?|clarifications?|editor['’]s note|editors['’] note)(?:\s+appended|\s*[,(–—-][^:.]{0,40})?\s*:\s*\S/i.test(line) ||
    /^(?:an earlier|a previous|an previous|the original) version of this (?:article|story|report|entry|post|piece|update|item)\b/i.test(line) ||
    /^this (?:article|story|report|entry|post|piece|update|item) (?:has been|was|has been further) (?:corrected|amended|updated)\b/i.test(line) ||
    // "Update: …", "Update, Sept. 24, 10:40 a.m.: …" (a blog's or newspaper's note on a later change).
    /^update\s*(?:,[^:]{1,40})?:\s*\S/i.test(line)
  );
}

/**
 * A line giving only a length of time: an audio or video player's duration ("6 min", "1:42",
 * "Duration: 1 minute, 42 seconds", its two spans run together) or a reading time. Players sit
 * in article bodies on newspaper, broadcaster and blogging platforms alike.
 */
export function isDuration(line: string): boolean {
  const unit = String.raw`\d+\s*(?:hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![\p{L}])`;
  const clock = String.raw`\d{1,2}(?::\d{2}){1,2}`;
  return new RegExp(String.raw`^(?:duration\s*:?\s*)?(?:(?:${unit}[,\s]*)+(?:${clock})?|${clock})$`, 'iu').test(line.trim());
}

/** The label of a gallery, video or audio clip set in an article ("In pictures: …", "Watch: …", "Gallery: …"), short and with no full stop. */
export function isMediaLabel(line: string): boolean {
  return /^(?:in pictures|in photos|pictures|photos|gallery|photo gallery|watch|video|listen)\s*:\s*\S/i.test(line) && countWords(line) <= 12 && !/[.!?]$/.test(line);
}

function readList(element: Element, out: ArticleBlock[]) {
  const ordered = element.tagName === 'ol';
  const start = Number(element.properties['start'] ?? 1);
  const items: ListItem[] = [];
  const nested: Element[] = [];
  const times: ArticleBlock[] = [];
  let links = 0;
  for (const child of element.children) {
    if (child.type !== 'element' || child.tagName !== 'li') continue;
    const own = child.children.filter((node) => !(node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')));
    const text = inlineText(own).replace(/\n/g, ' ');
    if (text) items.push({ marker: ordered ? `${(Number.isFinite(start) ? start : 1) + items.length}.` : '•', text });
    if (text && isOnlyALink(own)) links++;
    const time = text ? timeLine(own, text) : undefined;
    if (time?.type === 'timestamp') times.push(time);
    for (const node of child.children) if (node.type === 'element' && (node.tagName === 'ul' || node.tagName === 'ol')) nested.push(node);
  }
  // A list of nothing but <time>s ("Oct. 8, 2025" · "Updated 6:15 p.m. ET") is an article header's date row.
  if (items.length > 0 && times.length === items.length) out.push(...times);
  // A list of nothing but links is a list of other pages (related, trending, most-read stories, topic
  // tags) on every platform: an article's own lists carry words of their own around their links.
  else if (items.length >= 2 && links === items.length) out.push({ type: 'related-links', items: items.map((item) => item.text) });
  // One link alone in a list, right under a label that is furniture ("Also read" over one title): another story.
  else if (items.length === 1 && links === 1 && out.at(-1)?.type === 'boilerplate' && countWords((out.at(-1) as { text: string }).text) <= 4) out.push({ type: 'related-links', items: [items[0]!.text] });
  else if (items.length > 0) out.push({ type: 'list', ordered, items });
  for (const list of nested) readList(list, out);
}

/**
 * A block quote: an embedded post when its last line is a post's signature ("— Name (@handle)
 * March 18, 2025", as Twitter/X and Bluesky embeds end), a pull quote when the page marks it
 * so, else the quoted passage's own paragraphs (they are the article's text).
 */
function readQuote(element: Element, out: ArticleBlock[]) {
  const inner: ArticleBlock[] = [];
  readChildren(element, inner);
  const lines = inner.flatMap((block) => (block.type === 'paragraph' ? block.text.split('\n') : blockLines(block)));
  const signature = lines.at(-1);
  const attribution = signature === undefined ? undefined : parseAttribution(signature);
  if (attribution && lines.length > 1) {
    out.push({ type: 'social-post', lines: lines.slice(0, -1), attribution });
    return;
  }
  if (PULL_QUOTE_CLASS.test(classOf(element)) && !POST_CLASS.test(classOf(element))) {
    for (const line of lines) out.push({ type: 'pull-quote', text: line });
    return;
  }
  out.push(...inner);
}

/** The lines of text a block holds, for re-reading a quote's content. */
function blockLines(block: ArticleBlock): string[] {
  switch (block.type) {
    case 'list':
    case 'key-points':
      return block.items.map((item) => item.text);
    case 'related-links':
      return block.items;
    case 'social-post':
      return [...block.lines, block.attribution.text];
    case 'turn':
      return [`${block.speaker} ${block.text}`];
    case 'video':
      return [block.title, block.caption];
    default:
      return [block.text];
  }
}

/** A figure: what it holds (an embedded post, a table), then its caption. */
function readFigure(element: Element, out: ArticleBlock[]) {
  const inner: ArticleBlock[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'figcaption') readCaption(child, inner);
    else readElement(child, inner);
  }
  const loose = inlineText(element.children.filter(isInline));
  if (loose) inner.push({ type: 'photo-caption', text: loose.replace(/\n/g, ' ') });
  out.push(...(isMediaFigure(element) ? inner.map(asMediaFurniture) : inner));
}

const MEDIA_ELEMENTS = new Set(['video', 'audio', 'iframe', 'object', 'embed', 'amp-video', 'amp-youtube', 'amp-iframe', 'amp-audio']);
const IMAGE_ELEMENTS = new Set(['img', 'picture', 'amp-img', 'amp-anim', 'svg']);

/**
 * A figure holding a video or audio player and no image: its caption and the player's labels
 * (duration, "Play") describe the clip, they are not the article's reporting. Known by a media
 * element inside it or by markup naming a video, a player or a media block (the extractor
 * strips most players, leaving their wrapper).
 */
function isMediaFigure(element: Element): boolean {
  let media = /video|player|media-?block|audio/i.test(markupOf(element));
  let image = false;
  const walk = (node: Element) => {
    if (MEDIA_ELEMENTS.has(node.tagName) || /video|player|audio/i.test(markupOf(node))) media = true;
    if (IMAGE_ELEMENTS.has(node.tagName)) image = true;
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(element);
  return media && !image;
}

function asMediaFurniture(block: ArticleBlock): ArticleBlock {
  if (block.type === 'photo-caption' || block.type === 'paragraph' || block.type === 'subheading') return { type: 'boilerplate', role: 'image', text: block.text.replace(/\n/g, ' ') };
  return block;
}

/**
 * A caption, with its credit apart: marked by the page's markup ("credit"), or glued on as text.
 * Blocks follow the markup's order: what comes after a marked credit (a licensing link) is a
 * caption block of its own after it, so every text node stays in place.
 */
function readCaption(element: Element, out: ArticleBlock[]) {
  const marked = element.children.some((child) => child.type === 'element' && CREDIT_CLASS.test(classOf(child)));
  let parts: Array<ElementContent> = [];
  // Whether a field of the caption (its text or a credit) has just ended: a link after it is a button of its own.
  let fieldEnded = false;
  const flush = () => {
    const caption = inlineText(parts).replace(/\n/g, ' ');
    if (caption) out.push(...captionBlocks(caption, !marked));
    if (caption) fieldEnded = true;
    parts = [];
  };
  for (const child of element.children) {
    if (child.type === 'element' && CREDIT_CLASS.test(classOf(child))) {
      flush();
      const credit = inlineText(child.children).replace(/\n/g, ' ');
      if (credit) out.push({ type: 'photo-credit', text: credit });
      fieldEnded = true;
    } else if (child.type === 'element' && !isInline(child) && !SILENT.has(child.tagName)) {
      // A block element inside the caption (a gallery's counter, caption and credit in <div>s of
      // their own) is a line of its own, never run into the next one.
      flush();
      const text = inlineText(child.children).replace(/\n/g, ' ');
      if (!text) continue;
      const shaped = lineBlock(text);
      if (shaped.type !== 'paragraph') out.push(shaped);
      else readCaption(child, out);
      fieldEnded = true;
    } else if (child.type === 'element' && isOnlyALink([child]) && (lastMeaningful(parts)?.type === 'element' || (fieldEnded && lastMeaningful(parts) === undefined)) && countWords(inlineText([child])) >= 2) {
      // A link set after the caption's own field or its credit ("<span>caption</span><a>Purchase
      // Licensing Rights</a>", "Buy this photo") is a button of its own; a link inside the
      // caption's wording ("Photo by <a>Jane Doe</a> on <a>Unsplash</a>") is not.
      flush();
      const text = inlineText([child]).replace(/\n/g, ' ');
      if (text) out.push(linkBlock(lineBlock(text)));
    } else parts.push(child);
  }
  flush();
}

function lastMeaningful(nodes: readonly ElementContent[]): ElementContent | undefined {
  return nodes.filter((node) => !(node.type === 'text' && node.value.trim() === '')).at(-1);
}

/** A caption's text as a caption and the credit glued to its end, if any ("… (Example Post/Jane Doe)"). */
function captionBlocks(caption: string, creditMayBeGlued: boolean): ArticleBlock[] {
  if (isPhotoCredit(caption)) return [{ type: 'photo-credit', text: caption }];
  const glued = creditMayBeGlued ? (splitGluedCredit(caption) ?? splitParenthesisedCredit(caption) ?? splitLabelledCredit(caption)) : undefined;
  if (glued) return [{ type: 'photo-caption', text: glued.caption }, { type: 'photo-credit', text: glued.credit }];
  return [{ type: 'photo-caption', text: caption }];
}

/** What a caption's closing credit may be labelled besides a photo ("… every eight minutes. Map: Example Transit"). */
const LABELLED_CREDIT = /(?<=[.!?"”’)]\s+)((?:Map|Maps|Graphic|Graphics|Illustration|Chart|Video|Footage|Source|Artwork|Rendering)\s*:\s*\p{Lu}[^.!?:]{1,80})$/u;

/**
 * "… at 1 a.m. Photo by Jane Doe on Unsplash": a credit written as a phrase closing a caption,
 * as blogging platforms and stock-photo licences word it.
 */
const BY_CREDIT = /(?<=[.!?"”’)]\s+)((?:Photo|Photograph|Picture|Image|Illustration|Graphic|Video|Cover photo|Header photo)\s+(?:by|courtesy of)\s+\p{Lu}[^.!?]{1,80})$/u;

/**
 * "… last month. Credit...Jane Doe for Example Times", "… Photograph: Jane Doe/Example": a
 * credit label closing a caption (newspapers set it in a span of its own, often flush against
 * the caption's last full stop).
 */
const CREDIT_LABEL = /(?<=[.!?"”’)]\s*)((?:Credit|Credits|Photo credit|Image credit|Photograph|Photographs)\s*(?::|\.{2,}|…)\s*\p{Lu}[^!?]{1,80})$/u;

/**
 * "… June 4, 2025. Example Wire/Jane Doe/File Photo", "… on Sunday. Jane Doe/Example Images": a
 * credit of two to four capitalised names between slashes closing a caption, as wires and photo
 * agencies write them.
 */
const SLASH_CREDIT = /(?<=[.!?"”’)]\s+)(\p{Lu}[\p{L}.&'’ -]{1,40}(?:\s?\/\s?\p{Lu}[\p{L}.&'’ -]{1,40}){1,3})$/u;

function splitLabelledCredit(caption: string): { caption: string; credit: string } | undefined {
  const match = LABELLED_CREDIT.exec(caption) ?? BY_CREDIT.exec(caption) ?? CREDIT_LABEL.exec(caption) ?? SLASH_CREDIT.exec(caption);
  if (!match) return undefined;
  return { caption: caption.slice(0, match.index).trimEnd(), credit: match[1]! };
}

/** "(Example Post/Jane Doe)" closing a caption: a credit when the parenthesis alone reads as one. */
function splitParenthesisedCredit(caption: string): { caption: string; credit: string } | undefined {
  const match = /\s(\([^()]+\))$/.exec(caption);
  if (!match || !isPhotoCredit(match[1]!)) return undefined;
  return { caption: caption.slice(0, match.index), credit: match[1]! };
}

/** A table, one paragraph per row with its cells apart ("Region | Votes | Share"), never one merged paragraph. */
function readTable(element: Element, out: ArticleBlock[]) {
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') rows.push(child);
      else if (child.tagName === 'caption') {
        const text = inlineText(child.children).replace(/\n/g, ' ');
        if (text) out.push({ type: 'photo-caption', text });
      } else if (child.tagName !== 'table') collect(child);
    }
  };
  collect(element);
  // A table holding an image lays out that image and its caption (Blogger's caption tables, older
  // CMSs' image tables): its lines are captions, with any credit apart, not data rows.
  const layout = holdsImage(element) && rows.length <= 3;
  for (const row of rows) {
    if (layout) {
      const text = inlineText(row.children).replace(/\n/g, ' ');
      if (text) out.push(...(countWords(text) <= 60 ? captionBlocks(text, true) : [lineBlock(text)]));
      continue;
    }
    const cells = row.children
      .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
      .map((cell) => inlineText(cell.children).replace(/\n/g, ' '))
      .filter(Boolean);
    if (cells.length > 0) out.push({ type: 'paragraph', text: cells.join(' | ') });
  }
}

const normalise = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim().toLowerCase();

/**
 * A byline box's fields as blocks: one read alone as a byline ("By Jane Doe", a name) is a byline;
 * the others are the furniture their shape says (a date) or author furniture (the outlet or
 * station, a role). A byline of one field is a byline whatever it names, as before.
 */
function bylineFields(fields: readonly string[]): ArticleBlock[] {
  if (fields.length === 1) {
    const parsed = parseByline(fields[0]!) ?? parseByline(`By ${fields[0]!}`);
    return [{ type: 'byline', text: fields[0]!, authors: parsed?.authors ?? [] }];
  }
  return fields.map((field): ArticleBlock => {
    const parsed = parseByline(field) ?? (countWords(field) <= 6 ? parseByline(`By ${field}`) : undefined);
    if (parsed && parsed.authors.length > 0) return { type: 'byline', text: field, authors: parsed.authors };
    // A field of another shape (a date in the byline box) is that furniture; any other is about the author.
    const shaped = lineBlock(field);
    return shaped.type !== 'paragraph' ? shaped : { type: 'boilerplate', role: 'author', text: field };
  });
}

/**
 * Sets the headline block: the heading that carries the headline's text becomes it (short lines
 * before it, a kicker or a section name, are labels); without such a heading the headline opens
 * the article. A byline the extractor took out follows the headline.
 */
function placeHeadline(blocks: ArticleBlock[], { headline, byline }: PageBlockOptions): ArticleBlock[] {
  let out = blocks;
  if (headline === undefined) {
    const first = out.findIndex((block) => block.type !== 'timestamp' && block.type !== 'byline' && block.type !== 'boilerplate');
    if (out[first]?.type === 'subheading') out = out.map((block, at) => (at === first && block.type === 'subheading' ? { type: 'headline', text: block.text } : block));
  } else if (headline !== null) {
    const wanted = normalise(headline);
    const at = out.findIndex((block) => block.type === 'subheading' && normalise(block.text) === wanted);
    if (at !== -1 && out.slice(0, at).every((block) => block.type !== 'paragraph' || block.text.split(/\s+/).length <= 8)) {
      out = out.map((block, index) => {
        if (index === at && block.type === 'subheading') return { type: 'headline', text: block.text };
        if (index < at && (block.type === 'paragraph' || block.type === 'subheading')) return { type: 'section-label', text: block.text.replace(/\n/g, ' ') };
        return block;
      });
    } else out = [{ type: 'headline', text: headline }, ...out];
  }
  // Set back only when the extractor took it out: a byline Readability read from the metadata leaves the element in place.
  const held = normalise(out.flatMap(blockLines).join(' '));
  const fields = typeof byline === 'string' ? [byline] : (byline ?? []);
  if (fields.length > 0 && !held.includes(normalise(fields.join(' ')))) {
    const at = out.findIndex((block) => block.type === 'headline') + 1;
    out = [...out.slice(0, at), ...bylineFields(fields), ...out.slice(at)];
  }
  return out;
}
