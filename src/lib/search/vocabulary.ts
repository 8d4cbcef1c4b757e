import Fuse from 'fuse.js';
import type { FuseIndexJson } from '../schemas/search.ts';
import { WORD_FUSE_OPTIONS } from './fuse-options.ts';
import { MIN_PREFIX_LENGTH, PREFIX_SCORE, SHORT_TERM_LENGTH } from './word-match.ts';

/**
 * Every distinct word of the indexed fields and the records that contain it, by initial letter.
 * Matching query words against these lists, instead of running Fuse over every record, keeps a
 * search fast on a large corpus: a full Fuse scan of 20,000 sentences took 150–550 ms per query
 * (measured), the vocabulary of the same corpus is a few thousand short words. A split index
 * fills it as the words typed need: each initial's words (a lexicon), then the postings of the
 * words matched.
 */
export class Vocabulary {
  /** Words of each loaded initial, sorted by code unit, and which postings file holds each. */
  #lexicons = new Map<string, { words: readonly string[]; files: readonly number[] | null; fuse: Fuse<string> | null }>();
  #postings = new Map<string, readonly number[]>();
  /** Initials the index has (split index); null when every lexicon is loaded. */
  #initials: ReadonlySet<string> | null;

  constructor(initials: Iterable<string> | null = null) {
    this.#initials = initials === null ? null : new Set(initials);
  }

  /** The postings loaded so far, by word (positions ascending). */
  get postings(): ReadonlyMap<string, readonly number[]> {
    return this.#postings;
  }

  /** Adds the words of one initial, sorted, with each word's postings file (null: none, all loaded). */
  addLexicon(initial: string, words: readonly string[], files: readonly number[] | null = null): void {
    this.#lexicons.set(initial, { words, files, fuse: null });
  }

  addPostings(word: string, records: readonly number[]): void {
    this.#postings.set(word, records);
  }

  /** The words that start with `initial`, or undefined when its lexicon is not loaded yet. */
  wordsOf(initial: string): readonly string[] | undefined {
    const lexicon = this.#lexicons.get(initial);
    if (lexicon) return lexicon.words;
    return this.#initials === null || !this.#initials.has(initial) ? [] : undefined;
  }

  /** The postings file that lists a word's records (split index), or null. */
  fileOf(word: string): number | null {
    const lexicon = this.#lexicons.get(word[0] ?? '');
    if (!lexicon?.files) return null;
    const at = lowerBound(lexicon.words, word);
    return lexicon.words[at] === word ? lexicon.files[at]! : null;
  }

  /** Every word of the loaded lexicons. */
  loadedWords(): string[] {
    return [...this.#lexicons.values()].flatMap((lexicon) => lexicon.words);
  }

  /**
   * Fuse over the words that start with `initial` (made on first use). Only those can match a
   * query word starting with it (see `wordScore`): searching them alone is as exact and an order
   * of magnitude cheaper.
   */
  fuseFor(initial: string): Fuse<string> {
    const lexicon = this.#lexicons.get(initial);
    if (!lexicon) return new Fuse<string>([], WORD_FUSE_OPTIONS);
    lexicon.fuse ??= new Fuse(lexicon.words, WORD_FUSE_OPTIONS);
    return lexicon.fuse;
  }
}

/** Word → the records (positions, ascending) whose normalised fields hold it. */
export function collectPostings(values: Iterable<{ record: number; text: string }>): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  for (const { record, text } of values) {
    for (const word of text.split(' ')) {
      if (!word) continue;
      const list = postings.get(word);
      if (!list) postings.set(word, [record]);
      else if (list[list.length - 1] !== record) list.push(record);
    }
  }
  return postings;
}

/** The normalised values of Fuse's index, record by record (text, then names). */
export function* indexValues(index: FuseIndexJson): Generator<{ record: number; text: string }> {
  for (const record of index.records) {
    for (const value of Object.values(record.$)) for (const { v } of Array.isArray(value) ? value : [value]) yield { record: record.i, text: v };
  }
}

/** A vocabulary holding everything: every lexicon and every posting (one-file index). */
export function buildVocabulary(postings: ReadonlyMap<string, readonly number[]>): Vocabulary {
  const vocabulary = new Vocabulary();
  for (const [initial, words] of byInitial([...postings.keys()].sort())) vocabulary.addLexicon(initial, words);
  for (const [word, records] of postings) vocabulary.addPostings(word, records);
  return vocabulary;
}

/** Sorted words grouped by their first character, in order. */
export function byInitial(sorted: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const word of sorted) {
    const initial = word[0]!;
    const group = groups.get(initial);
    if (group) group.push(word);
    else groups.set(initial, [word]);
  }
  return groups;
}

/**
 * Words of the vocabulary that a query word matches, with their scores (0 is exact): the words
 * `wordScore` accepts, found with one Fuse search. `open`: the reader may still be typing it.
 * Null when the lexicon of the word's initial is not loaded yet.
 */
export function matchVocabulary(term: string, vocabulary: Vocabulary, open = false): Map<string, number> | null {
  const matches = new Map<string, number>();
  if (!term) return matches;
  const words = vocabulary.wordsOf(term[0]!);
  if (words === undefined) return null;
  if (term.length <= SHORT_TERM_LENGTH) {
    if (!open || term.length < MIN_PREFIX_LENGTH) {
      if (words[lowerBound(words, term)] === term) matches.set(term, 0);
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
