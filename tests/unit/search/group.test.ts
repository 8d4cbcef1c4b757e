import { describe, expect, it } from 'vitest';
import type { SearchFilters, SearchRecord } from '../../../src/lib/schemas/search.ts';
import { NO_FILTERS, resolveFilters } from '../../../src/lib/search/filters.ts';
import { groupHits, shownRecords } from '../../../src/lib/search/group.ts';
import { packRecords, readOutline } from '../../../src/lib/search/pack.ts';
import { realEngine, realIndex } from './real-data.ts';

const sentence = (id: string, claimIds: string[], speakerIds: string[] = []): SearchRecord => ({
  type: 'sentence',
  id,
  articleId: id.split('/')[0]!,
  anchor: id.split('/')[1]!,
  index: 0,
  text: id,
  claimIds,
  speakerIds,
});
const records: SearchRecord[] = [
  sentence('a/s-1', ['c1']),
  sentence('a/s-2', ['c1']),
  sentence('b/s-1', ['c1'], ['jane']),
  sentence('b/s-2', []),
  { type: 'claim', id: 'c1', text: 'label', sentenceIds: ['a/s-1', 'a/s-2', 'b/s-1'], articleIds: ['a', 'b'], reviewed: false, confidence: 0.8, comparePage: 1 },
  { type: 'quote', id: 'b/q1', articleId: 'b', anchor: 's-1', text: 'q', speaker: 'Jane', speakerId: 'jane', names: ['Jane'] },
  { type: 'speaker', id: 'jane', text: 'Jane', names: [], quoteIds: ['b/q1'], articleIds: ['b'] },
];
const articles = [
  { id: 'a', outletLabel: 'A', title: 'A' },
  { id: 'b', outletLabel: 'B', title: 'B' },
];
// Index order: the claim (0), its sentences (1–3), the other sentence (4), the quote (5), the speaker (6).
const outline = readOutline(packRecords(articles, records).outline);
const hits = (...positions: number[]) => positions.map((record) => ({ record, score: 0 }));
const filters = (overrides: Partial<SearchFilters>) => resolveFilters({ ...NO_FILTERS, ...overrides }, articles, outline);

describe('groupHits', () => {
  it.each([
    [
      'claims (each outlet’s matching sentence, or its first), then quotes, sentences, speakers',
      hits(6, 4, 5, 3),
      filters({}),
      [
        { type: 'claim', record: 0, outlets: [{ article: 0, sentences: [{ record: 1, matched: false }] }, { article: 1, sentences: [{ record: 3, matched: true }] }] },
        { type: 'quote', record: 5 },
        { type: 'sentence', record: 4 },
        { type: 'speaker', record: 6 },
      ],
    ],
    [
      'a claim found by its label shows every outlet’s first sentence',
      hits(0),
      filters({}),
      [{ type: 'claim', record: 0, outlets: [{ article: 0, sentences: [{ record: 1, matched: false }] }, { article: 1, sentences: [{ record: 3, matched: false }] }] }],
    ],
    [
      'several matching sentences of one outlet are all shown, in reading order',
      hits(2, 1),
      filters({}),
      [{ type: 'claim', record: 0, outlets: [{ article: 0, sentences: [{ record: 1, matched: true }, { record: 2, matched: true }] }, { article: 1, sentences: [{ record: 3, matched: false }] }] }],
    ],
    ['without claims, their sentences stand alone', hits(3, 4, 0), filters({ types: ['sentence'] }), [{ type: 'sentence', record: 3 }, { type: 'sentence', record: 4 }]],
    [
      'an outlet filter keeps that outlet’s part of a claim',
      hits(1, 3),
      filters({ articleIds: ['b'] }),
      [{ type: 'claim', record: 0, outlets: [{ article: 1, sentences: [{ record: 3, matched: true }] }] }],
    ],
    [
      'a speaker filter keeps what the speaker said',
      hits(1, 3, 4, 5, 6),
      filters({ speakerId: 'jane' }),
      [{ type: 'claim', record: 0, outlets: [{ article: 1, sentences: [{ record: 3, matched: true }] }] }, { type: 'quote', record: 5 }, { type: 'speaker', record: 6 }],
    ],
    ['only quotes', hits(3, 5, 6), filters({ types: ['quote'] }), [{ type: 'quote', record: 5 }]],
    ['nothing', [], filters({}), []],
  ])('%s', (_, found, chosen, expected) => {
    const { groups, counts } = groupHits(found, outline, chosen);
    expect(groups).toEqual(expected);
    expect(counts).toEqual({
      claim: expected.filter((group) => group.type === 'claim').length,
      quote: expected.filter((group) => group.type === 'quote').length,
      sentence: expected.filter((group) => group.type === 'sentence').length,
      speaker: expected.filter((group) => group.type === 'speaker').length,
    });
  });

  it('builds only the first `limit` results but counts them all', () => {
    const { groups, counts } = groupHits(hits(6, 4, 5, 3), outline, filters({}), 2);
    expect(groups.map((group) => group.type)).toEqual(['claim', 'quote']);
    expect(counts).toEqual({ claim: 1, quote: 1, sentence: 1, speaker: 1 });
  });

  it('drops a claim found by its label when the filters keep none of its sentences', () => {
    expect(groupHits(hits(0), outline, filters({ articleIds: ['z'] })).groups).toEqual([]);
  });

  it('names the records each result shows', () => {
    const { groups } = groupHits(hits(2, 1, 5), outline, filters({}));
    expect(groups.map(shownRecords)).toEqual([[0, 1, 2, 3], [5]]);
  });
});

describe('groupHits on the real articles', () => {
  it('never shows a sentence both in a claim group and on its own', () => {
    const index = realIndex();
    const everything = [...index.vocabulary.postings.get('ceasefire')!].map((record) => ({ record, score: 0 }));
    const grouped = groupHits(everything, index.outline, resolveFilters(NO_FILTERS, index.articles, index.outline)).groups;
    const inClaims = grouped.flatMap((group) => (group.type === 'claim' ? group.outlets.flatMap((outlet) => outlet.sentences.map((entry) => entry.record)) : []));
    const alone = grouped.filter((group) => group.type === 'sentence').map((group) => group.record);
    expect(alone.filter((record) => inClaims.includes(record))).toEqual([]);
    expect(realEngine().search({ query: 'ceasefire', filters: NO_FILTERS, limit: 1 }).counts.claim).toBeGreaterThan(5);
  });
});
