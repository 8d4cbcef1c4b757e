import { describe, expect, it } from 'vitest';
import type { SearchRecord } from '../../../src/lib/schemas/search.ts';
import { deltas, packRecords, readContent, readOutline, undeltas, unpackRecords, wordCount } from '../../../src/lib/search/pack.ts';
import { realSource } from './real-data.ts';

const articles = [
  { id: 'a', outletLabel: 'A', title: 'A' },
  { id: 'b', outletLabel: 'B', title: 'B' },
];
// Kinds out of index order, as a synthetic corpus mixes them.
const records: SearchRecord[] = [
  { type: 'speaker', id: 'jane', text: 'Jane Roe', names: ['J. Roe'], quoteIds: ['b/q1'], articleIds: ['b'] },
  { type: 'claim', id: 'c1', text: 'Talks began.', sentenceIds: ['a/s-1', 'b/s-2'], articleIds: ['a', 'b'], reviewed: true, confidence: null, comparePage: 2 },
  { type: 'sentence', id: 'a/s-1', articleId: 'a', anchor: 's-1', index: 0, text: 'Talks began, Jane Roe said.', claimIds: ['c1'], speakerIds: ['jane'] },
  { type: 'quote', id: 'b/q1', articleId: 'b', anchor: 's-2', text: 'talks began', speaker: 'Jane Roe', speakerId: 'jane', names: ['Jane Roe', 'J. Roe'] },
  { type: 'sentence', id: 'b/s-2', articleId: 'b', anchor: 's-2', index: 4, text: '“Talks began.”', claimIds: ['c1'], speakerIds: [] },
];

/** Records in a fixed order, to compare sets of them. */
const sorted = (list: readonly SearchRecord[]) => [...list].sort((a, b) => `${a.type} ${a.id}`.localeCompare(`${b.type} ${b.id}`));

describe('packRecords', () => {
  const packed = packRecords(articles, records);

  it('stores each claim beside its sentences, references as positions and the rest as rows', () => {
    expect(packed.outline.kinds).toBe('cssqp');
    expect(packed.fields).toEqual({ sentence: ['anchor', 'index', 'text'], claim: ['id', 'text', 'reviewed', 'confidence', 'comparePage'], quote: ['id', 'anchor', 'text', 'speaker', 'names'], speaker: ['id', 'text', 'names'] });
    expect(packed.rows).toEqual([
      ['c1', 'Talks began.', true, null, 2],
      ['s-1', 0, 'Talks began, Jane Roe said.'],
      ['s-2', 4, '“Talks began.”'],
      ['b/q1', 's-2', 'talks began', 'Jane Roe', ['Jane Roe', 'J. Roe']],
      ['jane', 'Jane Roe', ['J. Roe']],
    ]);
    expect(packed.outline.speakerIds).toEqual(['jane']);
    expect(packed.outline.lengths).toEqual([2, 5, 2, 2, 2]);
    expect(undeltas(packed.outline.references.sentence['claimIds']!)).toEqual([[0], [0]]);
    expect(undeltas(packed.outline.references.claim['sentenceIds']!)).toEqual([[1, 2]]);
    expect(undeltas(packed.outline.references.quote['speakerId']!)).toEqual([4]);
  });

  it('puts the sentences of no claim after the claims, then quotes and speakers', () => {
    const alone = { ...(records[2] as SearchRecord & { type: 'sentence' }), id: 'a/s-7', anchor: 's-7', claimIds: [] };
    expect(packRecords(articles, [alone, ...records]).outline.kinds).toBe('csssqp');
    expect(packRecords(articles, [alone, ...records]).rows[3]![0]).toBe('s-7');
  });

  it('gives back every record as it was', () => {
    expect(unpackRecords(articles, packed)).toEqual([records[1], records[2], records[4], records[3], records[0]]);
    const { articles: realArticles, records: realRecords } = realSource();
    expect(sorted(unpackRecords(realArticles, packRecords(realArticles, realRecords)))).toEqual(sorted(realRecords));
  });

  it('writes a claim’s text that is words of one of its sentences as an excerpt, when asked', () => {
    const whole = packRecords(articles, records, { excerpts: true });
    expect(whole.rows[0]).toEqual(['c1', [1, 1, 12], true, null, 2]);
    expect(unpackRecords(articles, whole)).toEqual(unpackRecords(articles, packed));
    const { articles: realArticles, records: realRecords } = realSource();
    const real = packRecords(realArticles, realRecords, { excerpts: true });
    // Machine labels are words of a sentence and become excerpts; an editor's title is written out.
    const sentenceText = new Map(realRecords.flatMap((record) => (record.type === 'sentence' ? [[record.id, record.text] as const] : [])));
    const excerptable = realRecords.filter((record) => record.type === 'claim' && record.sentenceIds.some((id) => sentenceText.get(id)?.includes(record.text)));
    expect(real.rows.filter((row) => Array.isArray(row[1])).length).toBe(excerptable.length);
    expect(sorted(unpackRecords(realArticles, real))).toEqual(sorted(realRecords));
  });

  it('keeps a sentence id that is not `<articleId>/<anchor>`', () => {
    const odd = packRecords(articles, [{ ...(records[2] as SearchRecord & { type: 'sentence' }), id: 'odd', claimIds: [], speakerIds: [] }]);
    expect(odd.fields.sentence).toEqual(['id', 'anchor', 'index', 'text']);
    expect(unpackRecords(articles, odd)[0]!.id).toBe('odd');
  });

  it('carries a field it does not know in the rows, by name', () => {
    const reviewed = packRecords(articles, records.map((record) => (record.type === 'claim' ? { ...record, editor: 'A. Editor' } : record)) as SearchRecord[]);
    expect(reviewed.fields.claim).toEqual(['id', 'text', 'reviewed', 'confidence', 'comparePage', 'editor']);
    expect(unpackRecords(articles, reviewed).find((record) => record.type === 'claim')).toMatchObject({ editor: 'A. Editor' });
  });

  it('drops references in a list to records the index leaves out, and refuses a single one', () => {
    const claim = { ...records[1]!, sentenceIds: ['a/s-9', 'b/s-2'] } as SearchRecord;
    const left = packRecords(articles, [claim, records[4]!], { excerpts: true });
    expect(undeltas(left.outline.references.claim['sentenceIds']!)).toEqual([[1]]);
    expect(unpackRecords(articles, left)[0]).toEqual({ ...claim, sentenceIds: ['b/s-2'] });
    expect(() => packRecords(articles, [records[3]!])).toThrowErrorMatchingInlineSnapshot(`[Error: search index: a quote refers to a missing speaker "jane" (speakerId)]`);
  });
});

describe('readOutline', () => {
  const outline = readOutline(packRecords(articles, records).outline);

  it('gives each record its kind, its article and what it refers to, as global positions', () => {
    expect(outline.count).toBe(5);
    expect(outline.kinds).toEqual(['claim', 'sentence', 'sentence', 'quote', 'speaker']);
    expect([...outline.article]).toEqual([-1, 0, 1, 1, -1]);
    expect(outline.refs.claim).toEqual([[], [0], [0], [], []]);
    expect(outline.refs.sentence).toEqual([[1, 2], [], [], [], []]);
    expect(outline.refs.speaker).toEqual([[], [4], [], [4], []]);
    expect(outline.refs.quote).toEqual([[], [], [], [], [3]]);
    expect(outline.refs.article).toEqual([[0, 1], [0], [1], [1], [1]]);
    expect(outline.speakers).toEqual(new Map([['jane', 4]]));
  });
});

describe('readContent', () => {
  it('makes a record without its references from a row, a sentence’s id from its article and anchor', () => {
    expect(readContent('sentence', ['anchor', 'index', 'text'], ['s-1', 0, 'T.'], 'a')).toEqual({ type: 'sentence', id: 'a/s-1', anchor: 's-1', index: 0, text: 'T.' });
    expect(readContent('claim', ['id', 'text'], ['c1', 'T.'], undefined)).toEqual({ type: 'claim', id: 'c1', text: 'T.' });
  });
});

describe('deltas', () => {
  it.each([
    [[3, 5, 4, null, 10], [3, 2, -1, null, 6]],
    [[[1, 2], [], null, [2, 7]], [[1, 1], [], null, [0, 5]]],
    [[], []],
  ])('%j ↔ %j', (column, written) => {
    expect(deltas(column)).toEqual(written);
    expect(undeltas(written)).toEqual(column);
  });
});

describe('wordCount', () => {
  it.each([
    ['', 0],
    ['war', 1],
    ['an end to the war', 5],
  ])('%j has %i words', (text, count) => {
    expect(wordCount(text)).toBe(count);
  });
});
