import { ARTICLE_BLOCK_TYPES, type ArticleBlock } from '../schemas/article-block.ts';
import type { BlockCounts } from '../schemas/article.ts';

/** Reading speed behind `readingMinutes`: a common figure for adults reading news on screen. */
export const WORDS_PER_MINUTE = 230;

const WORD = /[\p{L}\p{N}]+(?:(?:['’.-]+|,(?=\p{N}))[\p{L}\p{N}]+)*/gu;

/** Words in a text: runs of letters and digits joined by apostrophes, dots, hyphens ("U.S.-Canada") or digit commas ("2,500"). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Minutes to read `words` at WORDS_PER_MINUTE, rounded up, never less than 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}

/** How many blocks of each kind there are; every kind is present, zero when absent. */
export function countBlocks(blocks: readonly ArticleBlock[]): BlockCounts {
  const counts = Object.fromEntries(ARTICLE_BLOCK_TYPES.map((type) => [type, 0])) as BlockCounts;
  for (const block of blocks) counts[block.type]++;
  return counts;
}

/** Every piece of text in a block, in reading order. */
export function blockTexts(block: ArticleBlock): string[] {
  switch (block.type) {
    case 'key-points':
    case 'list':
      return block.items.map((item) => item.text);
    case 'turn':
      return [block.speaker, block.text];
    case 'social-post':
      return [...(block.header ?? []), ...block.lines, block.attribution.text];
    case 'video':
      return [block.title, block.caption];
    case 'related-links':
      return block.items;
    default:
      return [block.text];
  }
}

/**
 * Every piece of the raw file a block holds, list markers included, in reading order: joined,
 * they give back the block's part of the file (up to whitespace).
 */
export function blockSource(block: ArticleBlock): string[] {
  switch (block.type) {
    case 'key-points':
    case 'list':
      return block.items.flatMap((item) => [item.marker, item.text]);
    default:
      return blockTexts(block);
  }
}
