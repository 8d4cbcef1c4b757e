import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../src/lib/analysis/quotes/quote-spans.ts';

const quoted = (text: string) => findQuoteSpans(text).map((span) => text.slice(span.start, span.end));

describe('findQuoteSpans', () => {
  it.each([
    ['curly double quotes', '“Both agreed,” she said.', ['Both agreed,']],
    ['straight double quotes, several', 'He said "go" and "stay," then left.', ['go', 'stay,']],
    ['single curly quotes, apostrophes ignored', 'Trump’s nations’ plan is ‘permanent peace’ now.', ['permanent peace']],
    ['single straight quotes', "work for a 'permanent peace'.", ['permanent peace']],
    ['a quote inside a quote is part of it', '“He called it ‘final’ today,” she said.', ['He called it ‘final’ today,']],
    ['a quote left open runs to the end', '“This goes on to the next paragraph', ['This goes on to the next paragraph']],
    ['no quotes at all', 'Nothing quoted here.', []],
    ['an empty pair is not a quote', 'Odd “” marks.', []],
  ])('%s', (_, text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('marks a quote that is never closed', () => {
    const [span] = findQuoteSpans('“Open to the end');
    expect(span).toEqual({ open: 0, start: 1, end: 16, close: null });
  });
});
