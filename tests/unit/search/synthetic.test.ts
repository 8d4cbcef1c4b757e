import { describe, expect, it } from 'vitest';
import { searchRecordSchema } from '../../../src/lib/schemas/search.ts';
import { NO_FILTERS } from '../../../src/lib/search/filters.ts';
import { searchIndexFiles } from '../../../src/lib/search/index-files.ts';
import { misspell, sourceId, syntheticCorpus } from '../../../src/lib/search/synthetic.ts';
import { openFiles, realSource } from './real-data.ts';

const real = realSource();

describe('syntheticCorpus', () => {
  const count = real.records.length * 2 + 50;
  const corpus = syntheticCorpus(real.articles, real.records, count);

  it('has exactly `count` valid records with distinct ids per kind', () => {
    expect(corpus.records).toHaveLength(count);
    for (const record of corpus.records) searchRecordSchema.parse(record);
    for (const type of ['sentence', 'quote', 'speaker'] as const) {
      const ids = corpus.records.filter((record) => record.type === type).map((record) => record.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('starts with the real records and copies the articles under new ids', () => {
    expect(corpus.records.slice(0, real.records.length)).toEqual(real.records);
    expect(corpus.articles.map((article) => article.id)).toEqual([...real.articles.map((article) => article.id), ...real.articles.map((article) => `x1-${article.id}`), ...real.articles.map((article) => `x2-${article.id}`)]);
  });

  it('keeps every reference inside the corpus, so it can be searched', () => {
    const ids = new Set(corpus.records.map((record) => `${record.type} ${record.id}`));
    for (const record of corpus.records) {
      if (record.type === 'sentence') for (const id of record.claimIds) expect(ids.has(`claim ${id}`)).toBe(true);
      if (record.type === 'claim') for (const id of record.sentenceIds) expect(ids.has(`sentence ${id}`)).toBe(true);
    }
    const { engine } = openFiles(searchIndexFiles(corpus.articles, corpus.records, real.nameVariants, { layout: 'single' }));
    expect(engine.search({ query: 'ceasefire', filters: NO_FILTERS, limit: 5 }).total).toBeGreaterThan(0);
  });

  it('misspells words differently in each copy, growing the vocabulary', () => {
    const words = (records: typeof corpus.records) => new Set(records.flatMap((record) => record.text.split(/\s+/)));
    expect(words(corpus.records).size).toBeGreaterThan(words(real.records).size * 1.1);
  });
});

describe('sourceId', () => {
  it.each([
    ['x3-american-scoop', 'american-scoop'],
    ['x12-c-some-claim', 'c-some-claim'],
    ['american-scoop', 'american-scoop'],
    ['box3-article', 'box3-article'],
  ])('%s comes from %s', (id, source) => {
    expect(sourceId(id)).toBe(source);
  });
});

describe('misspell', () => {
  it.each([
    ['short words stay', 'a war of words', 3, 'a war of words'],
    ['every fifth long word changes', 'ceasefire infrastructure negotiations prisoners exchange', 0, 'ceasefire infrastructure negotiations prisoners ecxhange'],
    ['the seed moves the change', 'ceasefire infrastructure negotiations prisoners exchange', 1, 'ceasefire infrastructure negotiations prsioners exchange'],
  ])('%s', (_, text, seed, expected) => {
    expect(misspell(text, seed)).toBe(expected);
  });
});
