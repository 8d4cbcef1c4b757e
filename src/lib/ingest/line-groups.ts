import type { ArticleBlock } from '../schemas/article-block.ts';
import { countWords } from './article-stats.ts';
import { withoutPictographs } from './line-shapes.ts';

/** Lines that belong together: one line each, or (in blank-line-separated files) a wrapped paragraph. */
export interface LineGroup {
  lines: string[];
  /** Index of the group's first line in the file. */
  firstLine: number;
  /** Index of the group's last line in the file. */
  lastLine: number;
}

/** What each group became: its blocks, or consumed by a block that starts at an earlier group. */
export type Slots = Array<ArticleBlock[] | 'consumed' | undefined>;

const MAX_TITLE_WORDS = 14;
const TERMINAL_PUNCTUATION = /[.!;,:…]$/;
// Emphasis marks pasted around a sentence ("*Jane Doe is a columnist.*") close it as quotation marks do.
const CLOSERS = /["'”’»)\]*_]+$/;
const OPENING_QUOTE = /^["'“‘«]/;

/** A short line with no sentence-ending punctuation (questions allowed): a title, not prose. */
export function isTitleLike(text: string, { allowLowercase = false } = {}): boolean {
  // Pictographs a news app sets before a label ("📌 Key facts") are not part of its shape.
  const line = withoutPictographs(text);
  const words = countWords(line);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  if (OPENING_QUOTE.test(line) || TERMINAL_PUNCTUATION.test(line.replace(CLOSERS, ''))) return false;
  return allowLowercase || /^[\p{Lu}\p{N}]/u.test(line);
}
