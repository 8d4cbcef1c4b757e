import { compareCodeUnits } from '../ingest/article-id.ts';
import type { Token } from '../analysis/tokens.ts';
import type { TermOccurrence } from '../schemas/framing.ts';
import { isInside, type TextRange } from './quoted.ts';

/** A word or phrase one outlet uses: how often, where, and how it is written. */
export interface TermUse {
  count: number;
  occurrences: TermOccurrence[];
  /** Written forms and how often each is used. */
  forms: Map<string, number>;
}

/** An outlet's own words, counted as single words and as two-word phrases. */
export interface OutletWords {
  words: Map<string, TermUse>;
  phrases: Map<string, TermUse>;
  /** Single words counted. */
  wordsCounted: number;
}

/** A sentence as word counting needs it. */
export interface CountedSentence {
  id: string;
  tokens: readonly Token[];
  /** Stretches inside quotation marks: the speaker's words, not the outlet's. */
  quoted: readonly TextRange[];
}

/**
 * A token that counts as a word of the outlet's own: a word starting with a letter (so no
 * numbers, punctuation, clitics such as "’s", hashtags or handles), not a stop word of wink-nlp's
 * general English list, and outside quotation marks.
 */
export function isCountedWord(token: Token, quoted: readonly TextRange[]): boolean {
  return token.type === 'word' && /^\p{L}/u.test(token.text) && !token.stop && !isInside(quoted, token.start);
}

/** How a word is shown: lower case, except names, which keep the capitals they are written with. */
export function displayForm(token: Token): string {
  return token.pos === 'PROPN' ? token.text : token.text.toLowerCase();
}

/**
 * Counts the words (as lemmas, so "halted" and "halts" are one word) and two-word phrases (two
 * counted words next to each other, with nothing between them but space) of one outlet's
 * sentences, keeping where each occurs and how it is written.
 */
export function countOutletWords(sentences: readonly CountedSentence[]): OutletWords {
  const words = new Map<string, TermUse>();
  const phrases = new Map<string, TermUse>();
  let wordsCounted = 0;
  for (const sentence of sentences) {
    let previous: Token | undefined;
    for (const token of sentence.tokens) {
      if (!isCountedWord(token, sentence.quoted)) {
        previous = undefined;
        continue;
      }
      wordsCounted++;
      use(words, token.lemma, displayForm(token), { sentenceId: sentence.id, start: token.start, end: token.end });
      if (previous) {
        use(phrases, `${previous.lemma} ${token.lemma}`, `${displayForm(previous)} ${displayForm(token)}`, {
          sentenceId: sentence.id,
          start: previous.start,
          end: token.end,
        });
      }
      previous = token;
    }
  }
  return { words, phrases, wordsCounted };
}

function use(terms: Map<string, TermUse>, term: string, form: string, occurrence: TermOccurrence): void {
  const entry = terms.get(term) ?? { count: 0, occurrences: [], forms: new Map<string, number>() };
  entry.count++;
  entry.occurrences.push(occurrence);
  entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
  terms.set(term, entry);
}

/**
 * How to show a term: in lower case when the outlet ever writes it so (a title-case headline
 * capitalises ordinary words), else as it writes it most often. Ties go to the first form in
 * code-unit order, so the choice never depends on input order.
 */
export function commonestForm(forms: ReadonlyMap<string, number>): string {
  const lower = [...forms].filter(([form]) => form === form.toLowerCase());
  return [...(lower.length > 0 ? lower : forms)].sort((a, b) => b[1] - a[1] || compareCodeUnits(a[0], b[0]))[0]![0];
}
