import { decodeHTMLStrict } from 'entities';
import type { ArticleBlock } from '../../schemas/article-block.ts';
import type { LineKind, LineKinds } from '../line-kind.ts';
import { looksLikeHtmlSource, parseHtmlSource } from '../page/html-source.ts';
import { parseArticleText, standsAloneLine } from '../parse-article.ts';
import { looksLikeMarkdown, markdownLines } from './markdown-source.ts';
import { jsonLines, looksLikeJsonSource } from './json-source.ts';
import { looksLikeXmlSource, xmlLines } from './xml-source.ts';
import { isHardWrapped, unwrapText } from './wrapped-text.ts';

/** What a text file holds: an XML or JSON document, HTML source, Markdown source, hard-wrapped text or text with one line per paragraph. */
export type TextKind = 'xml' | 'json' | 'html' | 'markdown' | 'wrapped' | 'plain';

/** Tells what a text file holds, in that order: an XML document (a feed, an agency's file), a JSON document (a CMS's export), HTML source, Markdown source, hard-wrapped text, plain. */
export function detectTextKind(text: string): TextKind {
  if (looksLikeXmlSource(text)) return 'xml';
  if (looksLikeJsonSource(text)) return 'json';
  if (looksLikeHtmlSource(text)) return 'html';
  if (looksLikeMarkdown(text)) return 'markdown';
  if (isHardWrapped(text)) return 'wrapped';
  return 'plain';
}

/** Character references ("&quot;", "&#8217;", "&nbsp;"), with their semicolons. */
const REFERENCE = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
/** A text holding at least this many references was encoded; one "&amp;" may be what the article printed. */
const MIN_REFERENCES = 2;

/**
 * Decodes the character references of text pasted from HTML (`entities`, WHATWG's table); a
 * text with fewer than two is left as it is.
 */
export function decodeReferences(text: string): string {
  const found = text.match(REFERENCE) ?? [];
  if (found.length < MIN_REFERENCES) return text;
  return text.replace(REFERENCE, (reference) => decodeHTMLStrict(reference));
}

/** A quotation in typewriter marks: ``…'' (wire copy, TeX), <<…>> (guillemets typed as two angle brackets), within a paragraph (its lines may wrap). */
const ASCII_QUOTE = /``(?=\S)((?:[^`'\n]|\n(?![ \t]*\n)|'(?!'))*?\S)''|<<(?=\S)((?:[^<>\n]|\n(?![ \t]*\n)){0,2000}?\S)>>/g;

/**
 * Typewriter quotation marks set as the marks they stand for: ``…'' as “…”, <<…>> as «…» (pairs only, within a
 * paragraph; letters untouched), so that the quotations of wire copy and plain-text editions are found as any others.
 */
export function asciiQuotes(text: string): string {
  return text.replace(ASCII_QUOTE, (_, english: string | undefined, guillemets: string | undefined) => (english !== undefined ? `“${english}”` : `«${guillemets}»`));
}

/**
 * Reads a text file's blocks by what it holds: an XML document by its text, line by line, HTML source as HTML, Markdown with remark,
 * hard-wrapped text joined back into paragraphs, any text by its layout. `lineKinds` (the
 * editor's layout corrections) overrule what the reading found.
 */
export function readText(text: string, lineKinds: LineKinds = new Map()): { ok: true; blocks: ArticleBlock[]; kind: TextKind } | { ok: false; problem: string } {
  const kind = detectTextKind(text);
  const merge = (found: ReadonlyMap<string, LineKind>) => new Map([...found, ...lineKinds]);
  if (kind === 'xml' || kind === 'json') {
    // Each piece of the document's text a line of its own (`xmlLines`, `jsonLines`), read as any text is.
    const read = (kind === 'xml' ? xmlLines(text) : jsonLines(text)) ?? { lines: [], otherEntries: new Set<string>() };
    // A feed's other stories are the page's (related items), as a page's list of other stories is.
    const found = new Map([...read.otherEntries].map((line): [string, LineKind] => [line, 'page']));
    return { ok: true, kind, blocks: parseArticleText(read.lines.join('\n\n'), { lineKinds: merge(found), unwrapped: true }) };
  }
  if (kind === 'html') {
    const read = parseHtmlSource(text);
    return read.ok ? { ...read, kind } : read;
  }
  if (kind === 'markdown') {
    const lines = markdownLines(text);
    return { ok: true, kind, blocks: parseArticleText(lines.text, { lineKinds: merge(lines.lineKinds), unwrapped: true }) };
  }
  const decoded = asciiQuotes(decodeReferences(text));
  if (kind === 'wrapped') {
    const unwrapped = unwrapText(decoded, standsAloneLine);
    return { ok: true, kind, blocks: parseArticleText(unwrapped.text, { lineKinds: merge(unwrapped.lineKinds), unwrapped: true }) };
  }
  return { ok: true, kind, blocks: parseArticleText(decoded, { lineKinds }) };
}
