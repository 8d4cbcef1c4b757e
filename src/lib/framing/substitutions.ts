import { diffArrays } from 'diff';
import type { Token } from '../analysis/tokens.ts';
import { compareCodeUnits } from '../ingest/article-id.ts';
import type { Substitution } from '../schemas/framing.ts';
import { commonestForm, displayForm } from './outlet-words.ts';
import { isInside, type TextRange } from './quoted.ts';

/** A word of a sentence as alignment sees it. */
export interface AlignedWord {
  lemma: string;
  /** As shown (lower case unless a name). */
  form: string;
  stop: boolean;
  /** Coarse part of speech: auxiliaries count as verbs, names apart from other nouns. */
  pos: string;
  /** Inside quotation marks: the speaker's word, never the outlet's choice. */
  quoted: boolean;
  /** Starts with a letter (numbers anchor an alignment but are never a wording). */
  letter: boolean;
}

/** The words of a sentence for alignment: every token that starts with a letter or digit. */
export function alignedWords(tokens: readonly Token[], quoted: readonly TextRange[]): AlignedWord[] {
  return tokens
    .filter((token) => /^[\p{L}\p{N}]/u.test(token.text))
    .map((token) => ({
      lemma: token.lemma,
      form: displayForm(token),
      stop: token.stop,
      pos: token.pos === 'AUX' ? 'VERB' : token.pos,
      quoted: isInside(quoted, token.start),
      letter: /^\p{L}/u.test(token.text),
    }));
}

/** Settings of `findSubstitutions`. */
export interface SubstitutionOptions {
  /** Words per side, at most, once stop words at either end are trimmed. */
  maxWords: number;
  /** Matched words around the differing stretch (up to three on each side counted), at least. */
  minContext: number;
}

/** One differing stretch of two aligned sentences: what the first says, what the second says instead. */
export interface Replacement {
  first: AlignedWord[];
  second: AlignedWord[];
}

/** Context words counted on each side of a differing stretch. */
const CONTEXT_CAP = 3;

/**
 * The places where two sentences stating the same fact word it differently: the sentences are
 * aligned word by word (longest common subsequence of lemmas), and each stretch one replaces with
 * another is kept when it sits between matched words on both sides (at least `minContext` of
 * them, counting up to three a side), has at most `maxWords` words a side once stop words at its
 * ends are trimmed, and no word inside quotation marks. Stretches of equal length whose words
 * match in part of speech are split into word pairs ("sudden closure" against "brief
 * shutdown": "sudden"/"brief", "closure"/"shutdown"); others are kept whole when their last
 * words match in part of speech ("stop traffic" against "shutdown"), and dropped otherwise, as
 * an alignment of unrelated words more likely than a choice of words.
 */
export function findReplacements(first: readonly AlignedWord[], second: readonly AlignedWord[], options: SubstitutionOptions): Replacement[] {
  const parts = diffArrays([...first], [...second], { comparator: (a, b) => a.lemma === b.lemma });
  const out: Replacement[] = [];
  for (let at = 1; at + 2 < parts.length; at++) {
    const [before, one, two, after] = [parts[at - 1]!, parts[at]!, parts[at + 1]!, parts[at + 2]!];
    if (!isSame(before) || !isSame(after) || !((one.removed && two.added) || (one.added && two.removed))) continue;
    if (Math.min(CONTEXT_CAP, before.value.length) + Math.min(CONTEXT_CAP, after.value.length) < options.minContext) continue;
    const removed = trim(one.removed ? one.value : two.value);
    const added = trim(one.removed ? two.value : one.value);
    if (removed.length === 0 || added.length === 0 || removed.length > options.maxWords || added.length > options.maxWords) continue;
    if ([...removed, ...added].some((word) => word.quoted || !word.letter)) continue;
    if (removed.length === added.length && removed.every((word, index) => word.pos === added[index]!.pos)) {
      removed.forEach((word, index) => {
        const other = added[index]!;
        if (!word.stop && !other.stop && word.lemma !== other.lemma) out.push({ first: [word], second: [other] });
      });
    } else if (removed.at(-1)!.pos === added.at(-1)!.pos) {
      out.push({ first: removed, second: added });
    }
  }
  return out;
}

function isSame(part: { added?: boolean; removed?: boolean }): boolean {
  return !part.added && !part.removed;
}

/** Drops stop words at both ends ("readout of" → "readout"). */
function trim(words: readonly AlignedWord[]): AlignedWord[] {
  let start = 0;
  let end = words.length;
  while (start < end && words[start]!.stop) start++;
  while (end > start && words[end - 1]!.stop) end--;
  return words.slice(start, end);
}

/** A claim whose member sentences are aligned pairwise. */
export interface AlignedClaim {
  id: string;
  sentenceIds: readonly string[];
}

/**
 * Every differing stretch between two sentences of different articles in the same claim,
 * counted across claims: one entry per pair of wordings (in either direction), with each pair of
 * sentences where they face each other once, however many claims hold both sentences.
 */
export function findSubstitutions(
  claims: readonly AlignedClaim[],
  articleOf: (sentenceId: string) => string | undefined,
  wordsOf: (sentenceId: string) => readonly AlignedWord[],
  options: SubstitutionOptions,
): Substitution[] {
  interface Entry {
    terms: [string, string];
    forms: [Map<string, number>, Map<string, number>];
    /** Sentence pair (first side's, second side's) → claims. */
    places: Map<string, { sentenceIds: [string, string]; claimIds: string[] }>;
  }
  const entries = new Map<string, Entry>();
  for (const claim of claims) {
    const members = [...new Set(claim.sentenceIds)];
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (articleOf(a) === undefined || articleOf(a) === articleOf(b)) continue;
        for (const replacement of findReplacements(wordsOf(a), wordsOf(b), options)) {
          const one = { term: lemmas(replacement.first), form: forms(replacement.first), sentenceId: a };
          const two = { term: lemmas(replacement.second), form: forms(replacement.second), sentenceId: b };
          const [x, y] = compareCodeUnits(one.term, two.term) <= 0 ? [one, two] : [two, one];
          const key = `${x.term}\u0000${y.term}`;
          const entry = entries.get(key) ?? { terms: [x.term, y.term], forms: [new Map(), new Map()], places: new Map() };
          entries.set(key, entry);
          const placeKey = `${x.sentenceId}\u0000${y.sentenceId}`;
          const place = entry.places.get(placeKey);
          if (place) {
            if (!place.claimIds.includes(claim.id)) place.claimIds.push(claim.id);
            continue;
          }
          entry.places.set(placeKey, { sentenceIds: [x.sentenceId, y.sentenceId], claimIds: [claim.id] });
          entry.forms[0].set(x.form, (entry.forms[0].get(x.form) ?? 0) + 1);
          entry.forms[1].set(y.form, (entry.forms[1].get(y.form) ?? 0) + 1);
        }
      }
    }
  }
  return [...entries.values()]
    .map((entry): Substitution => {
      const occurrences = [...entry.places.values()];
      return {
        sides: [
          { term: entry.terms[0], label: commonestForm(entry.forms[0]) },
          { term: entry.terms[1], label: commonestForm(entry.forms[1]) },
        ],
        claims: new Set(occurrences.flatMap((place) => place.claimIds)).size,
        occurrences,
      };
    })
    .sort(
      (a, b) =>
        b.occurrences.length - a.occurrences.length ||
        b.claims - a.claims ||
        compareCodeUnits(a.sides[0].term, b.sides[0].term) ||
        compareCodeUnits(a.sides[1].term, b.sides[1].term),
    );
}

function lemmas(words: readonly AlignedWord[]): string {
  return words.map((word) => word.lemma).join(' ');
}

function forms(words: readonly AlignedWord[]): string {
  return words.map((word) => word.form).join(' ');
}
