import { describe, expect, it } from 'vitest';
import { searchRecordSchema, type SearchRecord } from '../../../src/lib/schemas/search.ts';
import { FURNITURE_BLOCKS } from '../../../src/lib/markdown/nodes.ts';
import { buildSearchRecords, buildSpeakerRecords, searchArticles, speakerKey } from '../../../src/lib/search/records.ts';
import { realComparison } from './real-data.ts';

const comparison = realComparison();
const records = buildSearchRecords(comparison);
/** Page furniture (related links, bylines, …) is not searchable. */
const searchable = comparison.sentences.filter((sentence) => !FURNITURE_BLOCKS.has(sentence.block));
const ofType = <T extends SearchRecord['type']>(type: T) => records.filter((record): record is Extract<SearchRecord, { type: T }> => record.type === type);

describe('buildSearchRecords on the real articles', () => {
  it('has one record per sentence, claim and quote, then one per speaker, in that order', () => {
    const speakers = new Set(comparison.quotes.map(speakerKey).filter((key) => key !== null));
    expect(records.map((record) => record.type)).toEqual([
      ...searchable.map(() => 'sentence'),
      ...comparison.claims.map(() => 'claim'),
      ...comparison.quotes.map(() => 'quote'),
      ...[...speakers].map(() => 'speaker'),
    ]);
    for (const record of records) expect(searchRecordSchema.parse(record)).toEqual(record);
  });

  it('keeps each sentence exactly, with its anchor and claims', () => {
    ofType('sentence').forEach((record, at) => {
      const sentence = searchable[at]!;
      expect(record).toMatchObject({ id: sentence.id, articleId: sentence.articleId, anchor: sentence.anchor, text: sentence.text, claimIds: sentence.claimIds });
    });
  });

  it('leaves page furniture out', () => {
    const furniture = comparison.sentences.filter((sentence) => FURNITURE_BLOCKS.has(sentence.block));
    expect(furniture.length).toBeGreaterThan(0);
    const ids = new Set(ofType('sentence').map((record) => record.id));
    for (const sentence of furniture) expect(ids.has(sentence.id)).toBe(false);
  });

  it('links a quote to its first sentence and carries its speaker’s spellings', () => {
    const quote = ofType('quote').find((record) => record.speakerId === 'volodymyr-zelenskyy')!;
    const source = comparison.quotes.find((candidate) => candidate.id === quote.id)!;
    expect(`${quote.articleId}/${quote.anchor}`).toBe(source.sentenceIds[0]);
    expect(quote.names).toEqual(['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky']);
  });

  it('marks a sentence with the speakers it quotes', () => {
    const quote = comparison.quotes.find((candidate) => candidate.speakerId === 'volodymyr-zelenskyy')!;
    const sentence = ofType('sentence').find((record) => record.id === quote.sentenceIds[0])!;
    expect(sentence.speakerIds).toContain('volodymyr-zelenskyy');
  });

  it('gives claims their label and member sentences', () => {
    const claim = ofType('claim')[0]!;
    expect(claim).toEqual({
      type: 'claim',
      id: comparison.claims[0]!.id,
      text: comparison.claims[0]!.label,
      sentenceIds: comparison.claims[0]!.sentenceIds,
      articleIds: comparison.claims[0]!.articleIds,
      reviewed: comparison.claims[0]!.reviewed,
      confidence: comparison.claims[0]!.confidence,
      // Five articles: every claim's row is on the first side-by-side page.
      comparePage: 1,
    });
  });
});

describe('searchArticles', () => {
  it('names each article by outlet label and title, in the comparison order', () => {
    expect(searchArticles(comparison)).toEqual(comparison.articles.map(({ id, outletLabel, title }) => ({ id, outletLabel, title })));
  });
});

describe('buildSpeakerRecords', () => {
  const entities = new Map(comparison.entities.map((entity) => [entity.id, entity]));
  const speakers = buildSpeakerRecords(comparison.quotes, entities);

  it('lists everyone quoted once, most quoted first', () => {
    const counts = speakers.map((speaker) => speaker.quoteIds.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(speakers.map((speaker) => speaker.id)).size).toBe(speakers.length);
    expect(speakers.reduce((sum, speaker) => sum + speaker.quoteIds.length, 0)).toBe(comparison.quotes.filter((quote) => speakerKey(quote) !== null).length);
  });

  it('names a speaker canonically with the other spellings apart', () => {
    expect(speakers.find((speaker) => speaker.id === 'volodymyr-zelenskyy')).toMatchObject({
      text: 'Volodymyr Zelenskyy',
      names: ['Zelenskyy', 'Volodymyr Zelensky'],
      articleIds: ['evrim-agaci', '004-b7e71b2a7a2c1987'],
    });
  });

  it('keeps speakers the analysis could not link, under a slug', () => {
    const quotes = [
      { ...comparison.quotes[0]!, id: 'a/q1', articleId: 'a', speaker: 'Jane Roe', speakerId: null },
      { ...comparison.quotes[0]!, id: 'b/q1', articleId: 'b', speaker: 'Jane Roe', speakerId: null },
      { ...comparison.quotes[0]!, id: 'b/q2', articleId: 'b', speaker: null, speakerId: null },
    ];
    expect(buildSpeakerRecords(quotes, new Map())).toEqual([
      { type: 'speaker', id: 'speaker-jane-roe', text: 'Jane Roe', names: [], quoteIds: ['a/q1', 'b/q1'], articleIds: ['a', 'b'] },
    ]);
  });
});

describe('speakerKey', () => {
  it.each([
    ['a linked entity', { speaker: 'Volodymyr Zelenskyy', speakerId: 'volodymyr-zelenskyy' }, 'volodymyr-zelenskyy'],
    ['an unlinked name', { speaker: 'Jane Roe-Smith', speakerId: null }, 'speaker-jane-roe-smith'],
    ['no speaker', { speaker: null, speakerId: null }, null],
    ['a name with no letters', { speaker: '“…”', speakerId: null }, null],
  ])('%s', (_, quote, key) => {
    expect(speakerKey(quote)).toBe(key);
  });
});
