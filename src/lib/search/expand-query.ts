import { findNameVariants } from './name-variants.ts';

/** One way a query term can appear in a text. */
export interface QueryAlternative {
  /** The words as Fuse looks for them: one word, or a phrase. */
  phrase: string;
  /** For each word of the phrase, the words of the texts it matches and how well (0 is exact). */
  words: ReadonlyArray<ReadonlyMap<string, number>>;
}

/** A word of the query (or a name of several words), with every way it can appear. */
export interface QueryTerm {
  /** The query words the term stands for. */
  source: string;
  /** Results must contain at least one alternative of every term. */
  alternatives: QueryAlternative[];
}

export interface ExpandOptions {
  /** Normalised spellings of each name written more than one way. */
  nameVariants: ReadonlyArray<readonly string[]>;
  /** The words of the texts a query word matches, with scores. */
  matchWord: (word: string) => ReadonlyMap<string, number>;
  /** Whether a query word fuzzily matches one word of a name. */
  similar: (term: string, word: string) => boolean;
}

/**
 * Turns query words into terms: each word matches the words of the texts that resemble it, and
 * a word or run of words that spells a name also matches the name's other spellings, so
 * "Tchaikovski" finds "Tchaikovsky" and "Tschaikowsky" alike. Alternatives with a word that matches
 * nothing are dropped.
 */
export function expandQuery(terms: readonly string[], options: ExpandOptions): QueryTerm[] {
  const cache = new Map<string, ReadonlyMap<string, number>>();
  const matchWord = (word: string) => {
    let matches = cache.get(word);
    if (!matches) cache.set(word, (matches = options.matchWord(word)));
    return matches;
  };
  const alternative = (phrase: string): QueryAlternative => ({ phrase, words: phrase.split(' ').map(matchWord) });
  const names = findNameVariants(terms, options.nameVariants, options.similar);
  const expanded: QueryTerm[] = [];
  for (let at = 0; at < terms.length; ) {
    const name = names.find((match) => match.start === at);
    const end = name ? name.end : at + 1;
    const source = terms.slice(at, end).join(' ');
    const phrases = [...new Set([source, ...(name?.forms ?? [])])];
    expanded.push({
      source,
      alternatives: phrases.map(alternative).filter((option) => option.words.every((words) => words.size > 0)),
    });
    at = end;
  }
  return expanded;
}
