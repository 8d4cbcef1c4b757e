/**
 * Text as search compares it: lower case, no diacritics, words of letters and digits separated
 * by single spaces. Index and query go through the same function, so "Dvořák",
 * "DVORAK" and "Dvorak" meet, and so do curly and straight quotes (both drop out).
 */
export interface NormalizedText {
  /** The normalised text: words of letters and digits, one space between words. */
  text: string;
  /** For each character of `text`, where the source character that produced it starts. */
  starts: number[];
  /** For each character of `text`, where that source character ends (exclusive). */
  ends: number[];
}

/** Letters that Unicode decomposition leaves alone but readers treat as their base letter. */
const FOLDED: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};

const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02bc', '`', '\u00b4']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARKS = /\p{M}/gu;

/** Normalises `source` and keeps, for every output character, the source span it came from. */
export function normalizeWithOffsets(source: string): NormalizedText {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let gap = false;
  for (let i = 0; i < source.length; ) {
    const char = String.fromCodePoint(source.codePointAt(i)!);
    const end = i + char.length;
    const folded = fold(char);
    if (folded) {
      if (gap && out.length > 0) {
        out.push(' ');
        starts.push(i);
        ends.push(i);
      }
      gap = false;
      for (const piece of folded) {
        out.push(piece);
        starts.push(i);
        ends.push(end);
      }
    } else if (joinsWord(source, i, char)) {
      // The dropped character still belongs to the word it joins ("U.S." ends with its period).
      if (ends.length > 0 && !gap) ends[ends.length - 1] = end;
    } else {
      gap = true;
    }
    i = end;
  }
  return { text: out.join(''), starts, ends };
}

/** `normalizeWithOffsets(source).text`. */
export function normalizeText(source: string): string {
  return normalizeWithOffsets(source).text;
}

/** The distinct words of a query, in order, at most `max` of them. */
export function queryTerms(query: string, max = 8): string[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, max);
}

/** A character's letters and digits after folding, or "" when it separates words. */
function fold(char: string): string {
  if (/^[a-z0-9]$/.test(char)) return char;
  if (/^[A-Z]$/.test(char)) return char.toLowerCase();
  if (char === ' ') return '';
  let folded = '';
  for (const piece of char.normalize('NFKD').toLowerCase().replace(MARKS, '')) {
    const mapped = FOLDED[piece] ?? piece;
    if (WORD_CHAR.test(mapped)) folded += mapped;
  }
  return folded;
}

/**
 * Punctuation that belongs inside a word and is dropped rather than splitting it: apostrophes
 * between letters ("author’s" → "authors", the same for ’ and '), the periods of initialisms
 * ("U.S." → "us") and separators inside numbers ("1,000" → "1000").
 */
function joinsWord(source: string, at: number, char: string): boolean {
  const before = source[at - 1] ?? '';
  const after = source[at + 1] ?? '';
  if (APOSTROPHES.has(char)) return LETTER.test(before) && LETTER.test(after);
  if (char === ',' || char === '.') {
    if (DIGIT.test(before) && DIGIT.test(after)) return true;
    if (char === ',') return false;
    return LETTER.test(before) && (LETTER.test(after) || (source[at - 2] === '.' && isSingleLetter(source, at - 1)));
  }
  return false;
}

/** Whether the letter at `at` stands alone between periods or word boundaries ("U" in "U.S."). */
function isSingleLetter(source: string, at: number): boolean {
  return LETTER.test(source[at] ?? '') && !LETTER.test(source[at - 1] ?? '') && !LETTER.test(source[at + 1] ?? '');
}
