import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/lib/search/highlight.ts';
import { highlightSegments } from '../../../src/lib/search/segments.ts';

describe('highlightSegments', () => {
  it.each([
    ['no ranges', { text: 'abc', ranges: [] }, [{ text: 'abc', marked: false }]],
    ['a range in the middle', { text: 'a war b', ranges: [[2, 5]] }, [{ text: 'a ', marked: false }, { text: 'war', marked: true }, { text: ' b', marked: false }]],
    ['ranges at both ends', { text: 'war and war', ranges: [[0, 3], [8, 11]] }, [{ text: 'war', marked: true }, { text: ' and ', marked: false }, { text: 'war', marked: true }]],
    ['overlapping ranges are marked once', { text: 'abcdef', ranges: [[0, 4], [2, 6]] }, [{ text: 'abcd', marked: true }, { text: 'ef', marked: true }]],
    ['markup in the text stays text', { text: '<img src=x onerror=alert(1)>', ranges: [[1, 4]] }, [{ text: '<', marked: false }, { text: 'img', marked: true }, { text: ' src=x onerror=alert(1)>', marked: false }]],
  ] as const)('%s', (_, text, segments) => {
    expect(highlightSegments({ text: text.text, ranges: text.ranges.map(([a, b]) => [a, b]) })).toEqual(segments);
  });

  it('loses no character', () => {
    const text = 'Zelenskyy said “manipulative” twice: manipulative.';
    const segments = highlightSegments(highlight(text, new Set(['manipulative', 'zelenskyy'])));
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual(['Zelenskyy', 'manipulative', 'manipulative']);
  });
});
