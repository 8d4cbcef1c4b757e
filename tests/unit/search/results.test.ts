import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../../src/lib/schemas/search.ts';
import { packRecords, readOutline, unpackRecords } from '../../../src/lib/search/pack.ts';
import { toSearchResult } from '../../../src/lib/search/results.ts';

const records: SearchRecord[] = [
  { type: 'sentence', id: 'a/s-1', articleId: 'a', anchor: 's-1', index: 0, text: 'A war ended.', claimIds: ['c1'], speakerIds: [] },
  { type: 'sentence', id: 'b/s-9', articleId: 'b', anchor: 's-9', index: 3, text: 'The war ended.', claimIds: ['c1'], speakerIds: [] },
  { type: 'claim', id: 'c1', text: 'A war ended.', sentenceIds: ['a/s-1', 'b/s-9'], articleIds: ['a', 'b'], reviewed: false, confidence: 0.72, comparePage: 3 },
  { type: 'quote', id: 'b/q1', articleId: 'b', anchor: 's-9', text: 'no more war', speaker: 'Jane Roe', speakerId: 'jane', names: ['Jane Roe'] },
  { type: 'quote', id: 'b/q2', articleId: 'b', anchor: 's-9', text: 'war', speaker: null, speakerId: null, names: [] },
  { type: 'speaker', id: 'jane', text: 'Jane Roe', names: ['J. Roe'], quoteIds: ['b/q1'], articleIds: ['b'] },
];
const articles = [
  { id: 'a', outletLabel: 'Outlet A', title: 'A' },
  { id: 'b', outletLabel: 'Outlet unknown', title: 'B' },
  { id: 'c', outletLabel: 'Outlet C', title: 'C' },
];
const packed = packRecords(articles, records);
const contents = unpackRecords(articles, packed);
const context = {
  outline: readOutline(packed.outline),
  articles,
  content: (position: number) => contents[position]!,
  matched: new Set(['war', 'roe']),
};

describe('toSearchResult', () => {
  it.each([
    [
      'a claim group, with coverage and each outlet’s sentence',
      { type: 'claim' as const, record: 0, outlets: [{ article: 0, sentences: [{ record: 1, matched: true }] }, { article: 1, sentences: [{ record: 2, matched: false }] }] },
      {
        type: 'claim',
        id: 'c1',
        comparePage: 3,
        label: { text: 'A war ended.', ranges: [[2, 5]] },
        reviewed: false,
        confidence: 0.72,
        reportedBy: 2,
        articleCount: 3,
        outlets: [
          { articleId: 'a', outletLabel: 'Outlet A', sentences: [{ type: 'sentence', id: 'a/s-1', articleId: 'a', outletLabel: 'Outlet A', anchor: 's-1', text: { text: 'A war ended.', ranges: [[2, 5]] }, matched: true }] },
          { articleId: 'b', outletLabel: 'Outlet unknown', sentences: [{ type: 'sentence', id: 'b/s-9', articleId: 'b', outletLabel: 'Outlet unknown', anchor: 's-9', text: { text: 'The war ended.', ranges: [[4, 7]] }, matched: false }] },
        ],
      },
    ],
    [
      'a sentence',
      { type: 'sentence' as const, record: 2 },
      { type: 'sentence', id: 'b/s-9', articleId: 'b', outletLabel: 'Outlet unknown', anchor: 's-9', text: { text: 'The war ended.', ranges: [[4, 7]] }, matched: true },
    ],
    [
      'a quote, its speaker marked too',
      { type: 'quote' as const, record: 3 },
      { type: 'quote', id: 'b/q1', articleId: 'b', outletLabel: 'Outlet unknown', anchor: 's-9', text: { text: 'no more war', ranges: [[8, 11]] }, speaker: { text: 'Jane Roe', ranges: [[5, 8]] } },
    ],
    [
      'a quote nobody is named for',
      { type: 'quote' as const, record: 4 },
      { type: 'quote', id: 'b/q2', articleId: 'b', outletLabel: 'Outlet unknown', anchor: 's-9', text: { text: 'war', ranges: [[0, 3]] }, speaker: null },
    ],
    [
      'a speaker',
      { type: 'speaker' as const, record: 5 },
      { type: 'speaker', id: 'jane', name: { text: 'Jane Roe', ranges: [[5, 8]] }, names: [{ text: 'J. Roe', ranges: [[3, 6]] }], quoteCount: 1, articleCount: 1 },
    ],
  ])('%s', (_, group, expected) => {
    expect(toSearchResult(group, context)).toEqual(expected);
  });

  it('refuses a claim that is not grouped', () => {
    expect(() => toSearchResult({ type: 'sentence', record: 0 }, context)).toThrowErrorMatchingInlineSnapshot(`[Error: claim c1 must be shown as a group]`);
  });
});
