import type { Token } from '../tokens.ts';

/** A number read from a sentence's tokens. */
export interface ReadNumber {
  value: number;
  ordinal: boolean;
  /** Index of the number's first token ("an" in "an hour and a half", "half" in "half an hour"). */
  first: number;
  /** Index of its last token; the unit, if any, comes after it. */
  last: number;
}

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
};
const TEENS: Readonly<Record<string, number>> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const MULTIPLIERS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** Fractions written after a whole number or unit: "two and a half", "an hour and a quarter". */
const TRAILING_FRACTIONS: Readonly<Record<string, number>> = { half: 0.5, quarter: 0.25 };

const DIGITS = /^\d[\d,]*(?:\.\d+)?$/;
/** Words a number can start with, besides digits. */
const STARTERS: ReadonlySet<string> = new Set([
  ...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), ...Object.keys(MULTIPLIERS), ...Object.keys(ORDINAL_WORDS),
  'dozen', 'a', 'an', 'half',
]);

const lower = (tokens: readonly Token[], index: number) => tokens[index]?.text.toLowerCase();

/** Whether a word is a cardinal number word ("seven", "forty", "hundred", "dozen"). */
export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in UNITS || w in TEENS || w in TENS || w in MULTIPLIERS || w === 'dozen';
}

/**
 * Reads the number that starts at token `index`, if one does: digits ("175", "1.5 million"),
 * number words in any usual spelling ("ninety", "twenty-three", "twenty three", "one hundred
 * and seventy-five", "a dozen", "two dozen"), fractions ("half an hour" is 0.5 of the unit that
 * follows, "a quarter of an hour" 0.25, "three quarters of a mile" 0.75, "two and a half"), and
 * "a"/"an" as one where a fraction follows the unit ("an hour and a half": see `fractionAfter`).
 * Ordinals ("second", "3rd") are read only before a noun. "one" counts only where the tagger
 * calls it a number: "one of them" is a pronoun.
 */
export function readNumber(tokens: readonly Token[], index: number): ReadNumber | undefined {
  const token = tokens[index]!;
  const word = token.text.toLowerCase();
  // Most tokens start no number: leave them at once (this runs on every token of every sentence).
  if (!/^\d/.test(word) && !STARTERS.has(word)) return undefined;
  if (token.type === 'ordinal' || /^\d+(?:st|nd|rd|th)$/.test(word)) return { value: parseInt(word, 10), ordinal: true, first: index, last: index };
  if (word in ORDINAL_WORDS && tokens[index + 1]?.pos === 'NOUN') return { value: ORDINAL_WORDS[word]!, ordinal: true, first: index, last: index };

  const fraction = leadingFraction(tokens, index);
  if (fraction) return withMultipliers(tokens, { ...fraction, ordinal: false });

  if (word === 'a' || word === 'an') {
    // "a dozen", "a hundred", "a million"
    const next = lower(tokens, index + 1);
    if (next === 'dozen') return { value: 12, ordinal: false, first: index, last: index + 1 };
    if (next !== undefined && next in MULTIPLIERS) return withMultipliers(tokens, { value: 1, ordinal: false, first: index, last: index });
    // "an hour and a half": one unit, the fraction read after it.
    if (fractionAfter(tokens, index + 1)) return { value: 1, ordinal: false, first: index, last: index };
    return undefined;
  }

  let value: number | undefined;
  let last = index;
  if (DIGITS.test(token.text)) value = Number(token.text.replace(/,/g, ''));
  else if (isNumberWord(word) && (word !== 'one' || token.pos === 'NUM')) {
    const words = numberWords(tokens, index);
    if (!words) return undefined;
    value = words.value;
    last = words.last;
  }
  if (value === undefined) return undefined;
  const whole = withMultipliers(tokens, { value, ordinal: false, first: index, last });
  // "two and a half (years)", "one-and-a-half"
  const trailing = fractionAfter(tokens, whole.last);
  return trailing ? { ...whole, value: whole.value + trailing.value, last: trailing.last } : whole;
}

/**
 * "and a half" / "and a quarter" right after token `index` (hyphens allowed: "one-and-a-half"):
 * the fraction and the index of its last token.
 */
export function fractionAfter(tokens: readonly Token[], index: number): { value: number; last: number } | undefined {
  let at = index + 1;
  const expect = (word: string) => {
    while (tokens[at]?.text === '-') at++;
    if (lower(tokens, at) !== word) return false;
    at++;
    return true;
  };
  if (!expect('and')) return undefined;
  while (tokens[at]?.text === '-') at++;
  if (lower(tokens, at) === 'a' || lower(tokens, at) === 'an') at++;
  while (tokens[at]?.text === '-') at++;
  const fraction = TRAILING_FRACTIONS[lower(tokens, at) ?? ''];
  return fraction === undefined ? undefined : { value: fraction, last: at };
}

/** "half a/an", "a half", "a quarter of a/an", "three quarters of a/an": a fraction of the unit after it. */
function leadingFraction(tokens: readonly Token[], index: number): { value: number; first: number; last: number } | undefined {
  const word = lower(tokens, index);
  const article = (at: number) => lower(tokens, at) === 'a' || lower(tokens, at) === 'an';
  if (word === 'half') {
    if (article(index + 1)) return { value: 0.5, first: index, last: index + 1 };
    if (tokens[index + 1]?.text === '-') return { value: 0.5, first: index, last: index }; // "half-hour"
    return undefined;
  }
  if (article(index) && lower(tokens, index + 1) === 'half' && !article(index + 2)) return { value: 0.5, first: index, last: index + 1 }; // "a half hour"
  const quarters = article(index) || lower(tokens, index) === 'one' ? 1 : UNITS[word ?? ''];
  const quarterWord = lower(tokens, index + 1);
  if (quarters !== undefined && (quarterWord === 'quarter' || quarterWord === 'quarters') && lower(tokens, index + 2) === 'of' && article(index + 3)) {
    return { value: quarters * 0.25, first: index, last: index + 3 };
  }
  return undefined;
}

/**
 * A run of number words: "ninety", "twenty-three", "twenty three", "one hundred and seventy-five",
 * "two dozen". Units follow only tens, so "two three" is not twenty-three.
 */
function numberWords(tokens: readonly Token[], index: number): { value: number; last: number } | undefined {
  let total = 0;
  let current = 0;
  let last = index - 1;
  type Kind = 'unit' | 'teen' | 'ten' | 'hundred' | 'big';
  let previous = null as Kind | null;
  for (let at = index; at < tokens.length; ) {
    const word = lower(tokens, at)!;
    let kind: Kind;
    if (word in UNITS && (previous === null || previous === 'ten' || previous === 'hundred' || previous === 'big')) kind = 'unit';
    else if (word in TEENS && (previous === null || previous === 'hundred' || previous === 'big')) kind = 'teen';
    else if (word in TENS && (previous === null || previous === 'hundred' || previous === 'big')) kind = 'ten';
    else if (word === 'hundred' && (previous === 'unit' || previous === 'teen')) kind = 'hundred';
    else if (word in MULTIPLIERS && word !== 'hundred' && previous !== null && previous !== 'big') kind = 'big';
    else if (word === 'dozen' && (previous === null || previous === 'unit')) {
      current = (current || 1) * 12;
      last = at;
      break;
    } else break;
    if (kind === 'unit') current += UNITS[word]!;
    else if (kind === 'teen') current += TEENS[word]!;
    else if (kind === 'ten') current += TENS[word]!;
    else if (kind === 'hundred') current *= 100;
    else {
      total += current * MULTIPLIERS[word]!;
      current = 0;
    }
    previous = kind;
    last = at;
    // Joiners: "twenty-three", "hundred and five"; a joiner is only taken if a number word follows.
    let next = at + 1;
    if (tokens[next]?.text === '-' && kind === 'ten') next++;
    else if (lower(tokens, next) === 'and' && (kind === 'hundred' || kind === 'big') && lower(tokens, next + 1) !== 'a') next++;
    if (next < tokens.length && isNumberWord(lower(tokens, next)!)) at = next;
    else break;
  }
  if (last < index) return undefined;
  return { value: total + current, last };
}

/** "1.5 million", "two hundred thousand", "half a million": multipliers after a number. */
function withMultipliers(tokens: readonly Token[], number: ReadNumber): ReadNumber {
  let { value, last } = number;
  while (tokens[last + 1] && lower(tokens, last + 1)! in MULTIPLIERS) {
    value *= MULTIPLIERS[lower(tokens, last + 1)!]!;
    last++;
  }
  return { ...number, value, last };
}

/** Denominators of shares written as fractions ("a third", "two-thirds", "one in five"). */
const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};
/** Words after a share that show it is a share of something ("half of", "a third of the", "half its"). */
const SHARE_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'all', 'those']);

/**
 * A share written in words, as a percentage: "half of the staff" (50), "a third of voters",
 * "two-thirds of", "three quarters of the", "one in five", "two out of three". The share must be
 * followed by "of" or a determiner, so that "a quarter of an hour" (a duration) and "third
 * round" (an ordinal) are left to `readNumber`. `last` is the share's last word, before "of".
 */
export function readShare(tokens: readonly Token[], index: number): { value: number; first: number; last: number } | undefined {
  const word = lower(tokens, index);
  if (word === undefined) return undefined;
  const follows = (at: number) => SHARE_FOLLOWERS.has(lower(tokens, at) ?? '') && lower(tokens, at + 1) !== 'a' && lower(tokens, at + 1) !== 'an';
  if (word === 'half' && follows(index + 1) && lower(tokens, index - 1) !== 'a') return { value: 50, first: index, last: index };
  // "a third", "one third", "two-thirds", "two thirds"
  const numerator = word === 'a' || word === 'an' ? 1 : (UNITS[word] ?? (/^\d+$/.test(word) ? Number(word) : undefined));
  if (numerator !== undefined && numerator > 0) {
    let at = index + 1;
    if (tokens[at]?.text === '-') at++;
    const denominator = FRACTION_WORDS[lower(tokens, at) ?? ''];
    if (denominator !== undefined && denominator > numerator && follows(at + 1)) {
      return { value: (100 * numerator) / denominator, first: index, last: at };
    }
    // "one in five", "two out of three"
    let over = index + 1;
    if (lower(tokens, over) === 'out' && lower(tokens, over + 1) === 'of') over += 2;
    else if (lower(tokens, over) === 'in') over += 1;
    else return undefined;
    const of = lower(tokens, over);
    const whole = of === undefined ? undefined : (UNITS[of] ?? TEENS[of] ?? (/^\d+$/.test(of) ? Number(of) : undefined));
    if (whole !== undefined && whole > numerator && whole <= 100 && over > index + 1) return { value: (100 * numerator) / whole, first: index, last: over };
  }
  return undefined;
}
