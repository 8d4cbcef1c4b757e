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

const APOSTROPHES = new Set([0x27, 0x2019, 0x2018, 0x2bc, 0x60, 0xb4]);
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARKS = /\p{M}/gu;

/** Normalises `source` and keeps, for every output character, the source span it came from. */
export function normalizeWithOffsets(source: string): NormalizedText {
  const offsets = { starts: [] as number[], ends: [] as number[] };
  return { text: normalize(source, offsets), ...offsets };
}

/** `normalizeWithOffsets(source).text`, without the offsets. */
export function normalizeText(source: string): string {
  return normalize(source, null);
}

/** The distinct words of a query, in order, at most `max` of them. */
export function queryTerms(query: string, max = 8): string[] {
  const words = normalizeText(query).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, max);
}

/*
 * One pass over the source, by character code: the browser normalises every record's text
 * when it loads a one-file index, so plain ASCII letters, digits and punctuation take a short
 * path (measured: 3–5 times faster than testing each character against Unicode regexes) and
 * only other characters are decomposed.
 */
function normalize(source: string, offsets: { starts: number[]; ends: number[] } | null): string {
  let out = '';
  let gap = false;
  for (let i = 0; i < source.length; ) {
    const code = source.charCodeAt(i);
    let end = i + 1;
    let folded: string;
    if (code < 0x80) {
      if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) folded = source[i]!;
      else if (code >= 0x41 && code <= 0x5a) folded = String.fromCharCode(code + 0x20);
      else folded = '';
    } else {
      const point = source.codePointAt(i)!;
      if (point > 0xffff) end = i + 2;
      folded = fold(source.slice(i, end));
    }
    if (folded) {
      if (gap && out.length > 0) {
        out += ' ';
        offsets?.starts.push(i);
        offsets?.ends.push(i);
      }
      gap = false;
      out += folded;
      if (offsets) {
        for (let piece = 0; piece < folded.length; piece += 1) {
          offsets.starts.push(i);
          offsets.ends.push(end);
        }
      }
    } else if (joinsWord(source, i, code)) {
      // The dropped character still belongs to the word it joins ("U.S." ends with its period).
      if (offsets && offsets.ends.length > 0 && !gap) offsets.ends[offsets.ends.length - 1] = end;
    } else {
      gap = true;
    }
    i = end;
  }
  return out;
}

/** A character's letters and digits after folding, or "" when it separates words. */
function fold(char: string): string {
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
function joinsWord(source: string, at: number, code: number): boolean {
  if (APOSTROPHES.has(code)) return isLetter(source, at - 1) && isLetter(source, at + 1);
  if (code === 0x2c || code === 0x2e) {
    if (isDigit(source, at - 1) && isDigit(source, at + 1)) return true;
    if (code === 0x2c) return false;
    return isLetter(source, at - 1) && (isLetter(source, at + 1) || (source.charCodeAt(at - 2) === 0x2e && isSingleLetter(source, at - 1)));
  }
  return false;
}

/** Whether the letter at `at` stands alone between periods or word boundaries ("U" in "U.S."). */
function isSingleLetter(source: string, at: number): boolean {
  return isLetter(source, at) && !isLetter(source, at - 1) && !isLetter(source, at + 1);
}

/** Whether the UTF-16 code unit at `at` is a letter (false outside the string). */
function isLetter(source: string, at: number): boolean {
  const code = source.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  return code < 0x80 ? (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) : LETTER.test(source[at]!);
}

function isDigit(source: string, at: number): boolean {
  const code = source.charCodeAt(at);
  if (Number.isNaN(code)) return false;
  return code < 0x80 ? code >= 0x30 && code <= 0x39 : DIGIT.test(source[at]!);
}
