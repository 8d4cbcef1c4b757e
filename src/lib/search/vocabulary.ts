import Fuse from 'fuse.js';
import type { FuseIndexJson } from '../schemas/search.ts';
import { WORD_FUSE_OPTIONS } from './fuse-options.ts';
import { MIN_PREFIX_LENGTH, PREFIX_SCORE, SHORT_TERM_LENGTH } from './word-match.ts';

/**
 * Every distinct word of the indexed fields and the records that contain it. Matching query
 * words against this list, instead of running Fuse over every record, keeps a search fast on a
 * large corpus: a full Fuse scan of 20,000 sentences took 150–550 ms per query (measured), the
 * vocabulary of the same corpus is a few thousand short words.
 */
export interface Vocabulary {
  /** Distinct words, sorted by code unit. */
  words: readonly string[];
  /** For each word, the positions of the records that contain it, ascending. */
  postings: ReadonlyMap<string, readonly number[]>;
  /** Fuse over the words that start with a given letter (made on first use). */
  fuseFor: (initial: string) => Fuse<string>;
}

/** Reads the words of the prebuilt index's normalised fields. */
export function buildVocabulary(index: FuseIndexJson): Vocabulary {
  const postings = new Map<string, number[]>();
  for (const record of index.records) {
    for (const value of Object.values(record.$)) {
      for (const { v } of Array.isArray(value) ? value : [value]) {
        for (const word of v.split(' ')) {
          if (!word) continue;
          const list = postings.get(word);
          if (!list) postings.set(word, [record.i]);
          else if (list[list.length - 1] !== record.i) list.push(record.i);
        }
      }
    }
  }
  const words = [...postings.keys()].sort();
  const byInitial = new Map<string, Fuse<string>>();
  return {
    words,
    postings,
    // Only words with the query word's first letter can match (see `wordScore`): searching them
    // alone is as exact and an order of magnitude cheaper.
    fuseFor(initial) {
      let fuse = byInitial.get(initial);
      if (!fuse) {
        const from = lowerBound(words, initial);
        const to = lowerBound(words, String.fromCharCode(initial.charCodeAt(0) + 1));
        byInitial.set(initial, (fuse = new Fuse(words.slice(from, to), WORD_FUSE_OPTIONS)));
      }
      return fuse;
    },
  };
}

/**
 * Words of the vocabulary that a query word matches, with their scores (0 is exact): the words
 * `wordScore` accepts, found with one Fuse search. `open`: the reader may still be typing it.
 */
export function matchVocabulary(term: string, vocabulary: Vocabulary, open = false): Map<string, number> {
  const matches = new Map<string, number>();
  if (!term) return matches;
  if (term.length <= SHORT_TERM_LENGTH) {
    const { words } = vocabulary;
    if (!open || term.length < MIN_PREFIX_LENGTH) {
      if (vocabulary.postings.has(term)) matches.set(term, 0);
      return matches;
    }
    for (let at = lowerBound(words, term); at < words.length && words[at]!.startsWith(term); at += 1) {
      matches.set(words[at]!, words[at] === term ? 0 : PREFIX_SCORE);
    }
    return matches;
  }
  for (const { item, score } of vocabulary.fuseFor(term[0]!).search(term)) {
    matches.set(item, item === term ? 0 : Math.max(score ?? 0, 0.001));
  }
  return matches;
}

function lowerBound(words: readonly string[], target: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
