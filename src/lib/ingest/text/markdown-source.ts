import type { Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastToString } from 'hast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { LineKind } from '../line-kind.ts';
import { isPhotoCredit } from '../line-shapes.ts';

/** Markdown source read as lines of text: one per block, blank lines between, kinds where the markup says. */
export interface MarkdownLines {
  /** One line per block (a table row per line, a list item with its marker); blank lines between blocks. */
  text: string;
  /** The headline (the first heading before any text), images' descriptions, front matter and footnotes. */
  lineKinds: Map<string, LineKind>;
}

const FRONT_MATTER = /^---\n(?<body>[\s\S]*?)\n---[ \t]*(?:\n|$)/;
/** A front-matter field with a value on its line ("title: \"…\"", "author: Jane Doe"). */
const FRONT_MATTER_FIELD = /^(?<label>(?<key>[A-Za-z_][\w-]*)\s*:)\s*(?<value>\S.*)$/;

/** A YAML scalar without the quotation marks around it. */
function unquote(value: string): string {
  const trimmed = value.trim();
  return /^(["']).*\1$/.test(trimmed) && trimmed.length >= 2 ? trimmed.slice(1, -1) : trimmed;
}
/** An ATX heading ("## Title") or a setext one (a line underlined with "===" or "---"). */
const HEADING = /^#{1,6}\s+\S|^[^\n]*\p{L}[^\n]*\n(?:=+|-+)[ \t]*$/mu;
const EMPHASIS = /\*\*[^*\n]+\*\*|__[^_\n]+__/;
const LINK = /\[[^\]\n]+\]\([^)\s]+(?:\s+"[^"\n]*")?\)/;
const IMAGE = /!\[[^\]\n]*\]\([^)\s]+/;
const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/m;
const BLOCK_QUOTE = /^>\s/m;

/**
 * Whether a text file holds Markdown source (a CMS export): its blocks are set apart by blank
 * lines, as Markdown needs, and it opens with a heading or front matter and has one more
 * Markdown construct, or has three kinds of them (headings, strong emphasis, links, images,
 * tables, block quotes). A plain article that happens to hold a "#" or a "[…](…)" is not taken
 * for Markdown.
 */
export function looksLikeMarkdown(text: string): boolean {
  const lines = text.split('\n');
  let blank = 0;
  let adjacent = 0;
  lines.forEach((line, at) => {
    if (at === 0 || line.trim() === '') return;
    if (lines[at - 1]!.trim() === '') blank++;
    else adjacent++;
  });
  if (blank < 2 || adjacent > blank * 2) return false;
  const kinds = [HEADING, EMPHASIS, LINK, IMAGE, TABLE_DELIMITER, BLOCK_QUOTE].filter((pattern) => pattern.test(text)).length;
  const opens = /^\s*(?:#{1,6}\s+\S|---\n|[^\n]*\p{L}[^\n]*\n=+[ \t]*\n)/u.test(text);
  return (opens && kinds >= 2) || kinds >= 3;
}

/**
 * Parses Markdown source with remark (CommonMark and GFM) into plain lines: headings, paragraphs,
 * list items, table rows (cells between " | "), block quotes, footnotes; marks and link
 * addresses go, character references are decoded; an image gives its description (alt text
 * and title) as a line of its own, never a claim; the first heading before any text is the
 * headline; front matter is page furniture, line by line.
 */
export function markdownLines(source: string): MarkdownLines {
  const out: string[] = [];
  const lineKinds = new Map<string, LineKind>();
  const add = (text: string, kind?: LineKind) => {
    const line = text.replace(/\s*\n\s*/g, ' ').trim();
    if (line === '') return;
    out.push(line, '');
    if (kind) lineKinds.set(line, kind);
  };
  // An image's title is often its credit ("Photo: Jane Doe").
  const addImages = (node: Nodes) => {
    for (const image of images(node)) add(image, isPhotoCredit(image) ? 'photo-credit' : 'image');
  };
  let body = source;
  const front = FRONT_MATTER.exec(source);
  if (front) body = source.slice(front[0].length);
  const tree = unified().use(remarkParse).use(remarkGfm).parse(body) as Root;
  if (front) {
    // The front matter's title is the headline when the body opens with text, not with a heading
    // (static-site generators and CMS exports keep the title there alone): its key stays furniture.
    // Its author is a byline; every other field is furniture.
    const titled = tree.children.find((node) => node.type === 'heading' || node.type === 'paragraph')?.type !== 'heading';
    for (const line of front.groups!['body']!.split('\n')) {
      const field = FRONT_MATTER_FIELD.exec(line)?.groups;
      if (titled && field && /^(?:title|headline)$/i.test(field['key']!) && ![...lineKinds.values()].includes('headline')) {
        add(field['label']!, 'page');
        add(unquote(field['value']!), 'headline');
      } else add(line, field && /^(?:author|authors|byline)$/i.test(field['key']!) ? 'byline' : 'page');
    }
  }
  let sawText = false;
  const walk = (node: RootContent) => {
    switch (node.type) {
      case 'heading': {
        const text = inline(node);
        add(text, !sawText && ![...lineKinds.values()].includes('headline') ? 'headline' : undefined);
        addImages(node);
        return;
      }
      case 'paragraph': {
        const text = inline(node);
        if (text.trim() !== '') sawText = true;
        add(text);
        addImages(node);
        return;
      }
      case 'list':
        node.children.forEach((item, at) => {
          const marker = node.ordered ? `${(node.start ?? 1) + at}.` : (markerOf(body, item) ?? '-');
          const [first, ...rest] = item.children;
          if (first?.type === 'paragraph') {
            add(`${marker} ${inline(first)}`);
            addImages(first);
            rest.forEach(walk);
          } else item.children.forEach(walk);
          sawText = true;
        });
        return;
      case 'table':
        // Rows stay rows, and are body text whatever their shape (a short row is no title or link).
        for (const row of node.children) add(row.children.map((cell) => inline(cell).trim()).join(' | '), 'body');
        sawText = true;
        return;
      case 'blockquote':
        // A quotation set apart is body text, whatever its shape.
        for (const child of node.children) {
          if (child.type === 'paragraph') {
            sawText = true;
            add(inline(child), 'body');
          } else walk(child);
        }
        return;
      case 'code':
        for (const line of node.value.split('\n')) add(line);
        return;
      case 'html':
        add(hastToString(fromHtml(node.value, { fragment: true })));
        return;
      case 'footnoteDefinition':
        add(node.children.map((child) => toString(child, { includeImageAlt: false })).join(' '), 'footnote');
        return;
      default:
        // Thematic breaks and link definitions are markup: they hold no text of the article.
        return;
    }
  };
  tree.children.forEach(walk);
  while (out.at(-1) === '') out.pop();
  return { text: out.join('\n'), lineKinds };
}

/** A block's text without marks, link addresses or images; raw inline HTML gives its text only. */
function inline(node: Nodes): string {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'footnoteReference') return '';
  if (node.type === 'html') return hastToString(fromHtml(node.value, { fragment: true }));
  if (node.type === 'break') return ' ';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inline).join('');
  return '';
}

/** The descriptions of the images in a block: alt text, and the title when it says more. */
function images(node: Nodes): string[] {
  const found: string[] = [];
  const visit = (child: Nodes) => {
    if (child.type === 'image') {
      for (const text of [child.alt, child.title]) if (text && text.trim() !== '') found.push(text);
    } else if ('children' in child) (child.children as Nodes[]).forEach(visit);
  };
  visit(node);
  return found;
}

/** The bullet a list item was written with ("-", "*", "+"). */
function markerOf(source: string, item: Nodes): string | undefined {
  const offset = item.position?.start.offset;
  const marker = offset === undefined ? undefined : source[offset];
  return marker !== undefined && '-*+'.includes(marker) ? marker : undefined;
}
