import { describe, expect, it } from 'vitest';
import { continuingSentences, isInside, quotedRanges } from '../../../src/lib/framing/quoted.ts';

const quotedText = (text: string, continues = false) => quotedRanges(text, continues).map((range) => text.slice(range.start, range.end));

describe('quotedRanges', () => {
  it('finds quotations inside a sentence, marks included', () => {
    expect(quotedText('The mayor called it “a good day” and “fine.”')).toEqual(['“a good day”', '“fine.”']);
    expect(quotedText('She said "we will see" later.')).toEqual(['"we will see"']);
    expect(quotedText('No quotes in the council’s statement.')).toEqual([]);
  });

  it('runs an unclosed quote to the end of the sentence', () => {
    expect(quotedText('“We will pass the budget.')).toEqual(['“We will pass the budget.']);
  });

  it('quotes the start of a sentence that continues an earlier quote, up to its closing mark', () => {
    expect(quotedText('It will help the town,” the mayor said.', true)).toEqual(['It will help the town,”']);
    expect(quotedText('It will help,” she said, calling it “a start.”', true)).toEqual(['It will help,”', '“a start.”']);
  });

  it('quotes the whole of a continuing sentence that no mark closes', () => {
    expect(quotedText('It will help the town.', true)).toEqual(['It will help the town.']);
  });

  it('tells whether an offset is inside', () => {
    const ranges = [{ start: 2, end: 5 }];
    expect([1, 2, 4, 5].map((offset) => isInside(ranges, offset))).toEqual([false, true, true, false]);
  });
});

describe('continuingSentences', () => {
  it('gives every sentence of a quote but its first', () => {
    expect([...continuingSentences([{ sentenceIds: ['a', 'b', 'c'] }, { sentenceIds: ['d'] }])]).toEqual(['b', 'c']);
  });
});
