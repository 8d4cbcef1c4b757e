/** A stretch of quoted words in a block's text. */
export interface QuoteSpan {
  /** Offset of the first quoted character (just inside the opening mark). */
  start: number;
  /** Offset just past the last quoted character (just inside the closing mark, or the block's end). */
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the quote runs on into the next paragraph. */
  close: number | null;
}

const OPENING_CONTEXT = /[\s([{—–\-/:;"“'‘]/u;
const CLOSING_CONTEXT = /[\s)\]}.,;:!?…—–\-"”'’]/u;
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Finds quoted passages in a block of text: curly (“…”) and straight ("…") double quotes,
 * and single quotes (‘…’, '…') that are not apostrophes. A quote inside another is part of
 * it and is not returned separately. An opening mark that is never closed runs to the end of
 * the block, as news style does for quotes continued in the next paragraph.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    const closer = openingMark(text, index);
    if (!closer) {
      index++;
      continue;
    }
    const close = findClosing(text, index + 1, char, closer);
    if (close === null) {
      if (char === '“' || char === '"') spans.push({ open: index, start: index + 1, end: text.length, close: null });
      index++;
      if (char === '“' || char === '"') break;
      continue;
    }
    if (text.slice(index + 1, close).trim() !== '') spans.push({ open: index, start: index + 1, end: close, close });
    index = close + 1;
  }
  return spans;
}

/** The closing mark that pairs with an opening mark at `index`, if the character opens a quote. */
function openingMark(text: string, index: number): string | undefined {
  const char = text[index]!;
  const before = text[index - 1];
  const after = text[index + 1];
  if (after === undefined || /\s/u.test(after)) return undefined;
  if (char === '“') return '”';
  if (char === '‘') return before === undefined || OPENING_CONTEXT.test(before) ? '’' : undefined;
  if (char === '"') return before === undefined || OPENING_CONTEXT.test(before) ? '"' : undefined;
  if (char === "'") return (before === undefined || OPENING_CONTEXT.test(before)) && LETTER.test(after) ? "'" : undefined;
  return undefined;
}

function findClosing(text: string, from: number, opener: string, closer: string): number | null {
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    if (char === opener && opener === '“') return null; // a new opening before any closing: the first one ran on
    if (char !== closer) continue;
    const before = text[index - 1];
    const after = text[index + 1];
    if (before === undefined || /\s/u.test(before)) continue;
    if (closer === '”') return index;
    // Straight and single marks close only before a space, punctuation or the end (not "Lopez’s").
    if (after === undefined || CLOSING_CONTEXT.test(after)) return index;
  }
  return null;
}
