import Fuse from 'fuse.js';
import { WORD_FUSE_OPTIONS } from './fuse-options.ts';

/**
 * Query words this short match only themselves, or words that start with them while the reader
 * is still typing them: a fuzzy match of two or three letters would match most of the vocabulary.
 */
export const SHORT_TERM_LENGTH = 3;

/**
 * A word being typed matches longer words once it has this many letters: one letter would match
 * a tenth of the vocabulary and every record of a large corpus (measured: 13,000 of 20,000).
 */
export const MIN_PREFIX_LENGTH = 2;

/** Score of a word that starts with a short query word without being it (exact words score 0). */
export const PREFIX_SCORE = 0.05;

/**
 * How well a query word matches a word of the texts: 0 is identical, higher is worse, null is
 * no match. `open` says the reader may still be typing the query word. Words must start with the
 * same letter: readers rarely get the first one wrong, and without this rule "hand" matched
 * "and" and "call" matched "all".
 */
export function wordScore(term: string, word: string, open = false): number | null {
  if (term === word) return 0;
  if (term.length <= SHORT_TERM_LENGTH) return open && term.length >= MIN_PREFIX_LENGTH && word.startsWith(term) ? PREFIX_SCORE : null;
  if (word[0] !== term[0]) return null;
  const match = Fuse.match(term, word, WORD_FUSE_OPTIONS);
  return match.isMatch ? Math.max(match.score, 0.001) : null;
}
