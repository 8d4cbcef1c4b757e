/** A stretch of quoted words in a block's text. */
export interface QuoteSpan {
  /** Offset of the first quoted character (just inside the opening mark, past any space). */
  start: number;
  /** Offset just past the last quoted character (just inside the closing mark, or the block's end). */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on into the next paragraph. */
  close: number | null;
}

/**
 * Every quotation convention of news text: the closing marks each opening mark pairs with.
 * English “…” and "…" (‘…’ and '…' inside them, or the other way round in British style),
 * French and Italian «…» and ‹…›, German and Danish »…« and ›…‹, German „…“ and ‚…‘,
 * Polish and Hungarian „…”, Swedish and Finnish ”…” (the closing mark on both sides), Chinese and Japanese
 * 「…」 and 『…』.
 */
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”'],
  '"': ['"'],
  '«': ['»'],
  '»': ['«'],
  '„': ['“', '”'],
  '‹': ['›'],
  '›': ['‹'],
  '‚': ['‘', '’'],
  '‘': ['’'],
  "'": ["'"],
  '”': ['”'],
  '「': ['」'],
  '『': ['』'],
};
/** Double marks: a quote they open and do not close runs on into the next paragraph. */
const DOUBLE: ReadonlySet<string> = new Set(['“', '"', '«', '»', '„', '”', '「']);
/** Guillemets, which French typesetting separates from the words by a space. */
const SPACED: ReadonlySet<string> = new Set(['«', '‹']);
/** Marks that are a different character when they close ("”"), so that seeing one again means the first ran on. */
const DISTINCT_OPENERS: ReadonlySet<string> = new Set(['“', '«', '„', '‹', '「', '『']);

const OPENING_CONTEXT = /[\s([{—–\-/:;"“'‘«»„‹›]/u;
const CLOSING_CONTEXT = /[\s()[\]{}.,;:!?…—–\-"”'’»«“‹›]/u;
const LETTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/**
 * Words that begin with an apostrophe, not a quotation mark: a decade ('90s), and elisions
 * ('em, 'tis, 'twas, 'til, 'cause, rock 'n' roll).
 */
const ELISION = /^(?:\d\d?s?(?![\p{L}\p{N}])|n'|n’|em\b|tis\b|twas\b|til\b|cause\b)/iu;

/**
 * Finds quoted passages in a block of text, in every convention of `CLOSERS`. A single mark is
 * told from an apostrophe by what is around it ("don't", "Lopez's", "the '90s", "rock 'n' roll",
 * "the members' union"). A quote inside another is part of it and is not returned separately.
 * An opening double mark that is never closed runs to the end of the block, as news style does
 * for quotes continued in the next paragraph; so does a single one that opens the block, follows
 * a colon or opens a sentence (British style).
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (!opensQuote(text, index)) {
      index++;
      continue;
    }
    const close = findClosing(text, index + 1, char);
    if (close === null) {
      const before = text.slice(0, index).trim();
      // A single mark runs on when it opens the block, follows a colon or opens a sentence: British style
      // leaves a quotation open at the paragraph's end and opens the next paragraph with a mark again.
      const runsOn = DOUBLE.has(char) || before === '' || /[:.!?…]$/u.test(before);
      if (runsOn) {
        const span = trimmed(text, index, text.length, null);
        if (span) spans.push(span);
        break;
      }
      index++;
      continue;
    }
    const span = trimmed(text, index, close, close);
    if (span) spans.push(span);
    index = close + 1;
  }
  return spans;
}

/** The span between an opening mark and its closing one (or the end), without the space inside; null when empty. */
function trimmed(text: string, open: number, end: number, close: number | null): QuoteSpan | null {
  let start = open + 1;
  let stop = end;
  while (start < stop && SPACE.test(text[start]!)) start++;
  while (stop > start && SPACE.test(text[stop - 1]!)) stop--;
  return start < stop ? { open, start, end: stop, close } : null;
}

/** Whether the character at `index` opens a quotation. */
function opensQuote(text: string, index: number): boolean {
  const char = text[index]!;
  if (!(char in CLOSERS)) return false;
  const before = text[index - 1];
  const after = text[index + 1];
  if (after === undefined) return false;
  const opening = before === undefined || OPENING_CONTEXT.test(before);
  if (SPACE.test(after)) {
    // "« Nous sommes prêts »": only guillemets take a space inside.
    return SPACED.has(char) && LETTER.test(text.slice(index + 1).trimStart()[0] ?? '');
  }
  switch (char) {
    case '“':
      return !/[,.;:!?)\]]/u.test(after);
    case '«':
    case '„':
    case '‹':
      return true;
    case '「':
    case '『':
      return true;
    case '»':
    case '›':
    case '‚':
    // "said: ”We will…”": a closing mark opens only where an opening one would stand, before a word.
    case '”':
      return opening && LETTER.test(after);
    case '‘':
      return opening && !ELISION.test(text.slice(index + 1));
    case '"':
      return opening;
    case "'":
      return opening && LETTER.test(after) && !ELISION.test(text.slice(index + 1));
    default:
      return false;
  }
}

/** The offset of the mark that closes the quote opened by `opener`, or null when it runs on. */
function findClosing(text: string, from: number, opener: string): number | null {
  const closers = CLOSERS[opener]!;
  let possessive: number | null = null;
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    // A new opening mark before any closing one: the first quote ran on.
    if (char === opener && DISTINCT_OPENERS.has(opener)) return null;
    if (!closers.includes(char)) continue;
    const before = text[index - 1]!;
    // "rock 'n' roll": the second apostrophe of an elided "and".
    if (/\s['’]n$/u.test(text.slice(Math.max(0, index - 3), index))) continue;
    const after = text[index + 1];
    if (SPACE.test(before) && !SPACED.has(opener)) continue;
    if (char === '”' || char === '“' || char === '»' || char === '«' || char === '›' || char === '‹' || char === '」' || char === '』') return index;
    // Straight and single marks close only before a space, punctuation or the end (not "Lopez’s").
    if (after !== undefined && !CLOSING_CONTEXT.test(after)) continue;
    // "the members' union": a plural possessive, unless nothing else closes the quote.
    if (/s/iu.test(before) && after !== undefined && /^\s+\p{Ll}/u.test(text.slice(index + 1)) && !/^\s+(?:and|or|but|he|she|they|it|we|said|says|added|adds|told)\b/u.test(text.slice(index + 1))) {
      possessive ??= index;
      continue;
    }
    return index;
  }
  return possessive;
}
