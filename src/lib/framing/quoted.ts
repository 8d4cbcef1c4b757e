import { findQuoteSpans } from '../analysis/quotes/quote-spans.ts';

/** A stretch of a sentence's characters: `start` inclusive, `end` exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/** A closing quotation mark: curly, or straight after a non-space. */
const CLOSING_MARK = /(?<=\S)[”"]/u;

/**
 * The stretches of a sentence inside quotation marks, marks included. `continuesQuote` says the
 * sentence goes on with a quote opened in an earlier sentence ("…peace. They also stressed …,”
 * she said."): everything up to its first closing mark is then quoted too, or the whole sentence
 * when none closes it.
 */
export function quotedRanges(text: string, continuesQuote: boolean): TextRange[] {
  const ranges: TextRange[] = [];
  let offset = 0;
  if (continuesQuote) {
    const close = CLOSING_MARK.exec(text);
    if (!close) return [{ start: 0, end: text.length }];
    ranges.push({ start: 0, end: close.index + 1 });
    offset = close.index + 1;
  }
  for (const span of findQuoteSpans(text.slice(offset))) {
    ranges.push({ start: span.open + offset, end: (span.close === null ? span.end : span.close + 1) + offset });
  }
  return ranges;
}

/** Whether the character at `offset` is inside one of the ranges. */
export function isInside(ranges: readonly TextRange[], offset: number): boolean {
  return ranges.some((range) => offset >= range.start && offset < range.end);
}

/**
 * The sentences that continue a quotation opened in an earlier sentence: every member of a
 * multi-sentence quote but its first. Embedded posts are left to the caller, which counts none
 * of their words.
 */
export function continuingSentences(quotes: ReadonlyArray<{ sentenceIds: readonly string[] }>): Set<string> {
  return new Set(quotes.flatMap((quote) => quote.sentenceIds.slice(1)));
}
