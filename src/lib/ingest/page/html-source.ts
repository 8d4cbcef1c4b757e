import type { ArticleBlock } from '../../schemas/article-block.ts';
import { blocksFromArticleHtml } from './page-blocks.ts';
import { parsePage } from './parse-page.ts';

/** Closing tags of block elements: HTML source has them, prose almost never does. */
const BLOCK_CLOSE = /<\/(?:p|h[1-6]|div|li|ul|ol|blockquote|figure|figcaption|table|tr|td|th|article|section)\s*>/gi;
const DOCUMENT = /<!doctype\s+html|<html[\s>]|<body[\s>]/i;

/**
 * Whether a text file holds HTML source (a CMS export, a "view source" copy) rather than
 * prose: at least two closing tags of block elements, and the text opens with a tag or most of
 * its lines do. Prose that quotes a tag or two is not taken for markup.
 */
export function looksLikeHtmlSource(text: string): boolean {
  if ((text.match(BLOCK_CLOSE) ?? []).length < 2) return false;
  if (/^\s*</.test(text)) return true;
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.filter((line) => /^\s*</.test(line)).length * 2 >= lines.length;
}

/**
 * Reads HTML source pasted as text: a whole page goes through the reader-mode extractor like a
 * saved page (its chrome left out); a bare fragment is read as it is, since all of it is the
 * article. Entities are decoded, tags never reach the text.
 */
export function parseHtmlSource(text: string): { ok: true; blocks: ArticleBlock[] } | { ok: false; problem: string } {
  if (DOCUMENT.test(text)) {
    const page = parsePage(text);
    return page.ok ? { ok: true, blocks: page.blocks } : page;
  }
  return { ok: true, blocks: blocksFromArticleHtml(text) };
}
