import type { ArticleBlock } from '../schemas/article-block.ts';
import { decodeRawArticle } from './decode-raw.ts';
import { decodeRawPage, PAGE_EXTENSION } from './page/decode-page.ts';
import type { LineKinds } from './line-kind.ts';
import type { PageMetadata } from './page/page-metadata.ts';
import { parsePage } from './page/parse-page.ts';
import { readText } from './text/read-text.ts';

/** A raw file decoded: article text, or a saved web page's markup. */
export type ArticleSource = { kind: 'text'; text: string } | { kind: 'page'; html: string };

/**
 * Checks and decodes one raw file by its kind: `.html`/`.htm` is a saved web page, anything
 * else goes through the text checks (which accept only `.txt`). `problem` completes "<file>: …".
 */
export function decodeArticleSource(fileName: string, bytes: Uint8Array): { ok: true; source: ArticleSource } | { ok: false; problem: string } {
  if (PAGE_EXTENSION.test(fileName)) {
    const page = decodeRawPage(bytes);
    return page.ok ? { ok: true, source: { kind: 'page', html: page.html } } : page;
  }
  const text = decodeRawArticle(fileName, bytes);
  return text.ok ? { ok: true, source: { kind: 'text', text: text.text } } : text;
}

/** The text two files are compared by to tell that they are the same article. */
export function sourceKey(source: ArticleSource): string {
  return source.kind === 'text' ? source.text.trim() : source.html.trim();
}

/**
 * Reads a decoded file's blocks: a saved page through the reader-mode extractor (with what
 * its metadata states), a text file by what it holds (`readText`: HTML or Markdown source,
 * hard-wrapped text, plain text), with the editor's layout corrections for its lines.
 */
export function readArticleSource(
  source: ArticleSource,
  lineKinds: LineKinds = new Map(),
): { ok: true; blocks: ArticleBlock[]; page?: PageMetadata } | { ok: false; problem: string } {
  if (source.kind === 'page') {
    const page = parsePage(source.html);
    return page.ok ? { ok: true, blocks: page.blocks, page: page.metadata } : page;
  }
  const read = readText(source.text, lineKinds);
  return read.ok ? { ok: true, blocks: read.blocks } : read;
}
