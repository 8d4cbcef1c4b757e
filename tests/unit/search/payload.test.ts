import { describe, expect, it } from 'vitest';
import { searchPayloadSchema } from '../../../src/lib/schemas/search.ts';
import { SEARCH_INDEX_VERSION, SEARCH_KEYS } from '../../../src/lib/search/constants.ts';
import { buildSearchPayload, createSearchPayload } from '../../../src/lib/search/payload.ts';
import { normalizeText } from '../../../src/lib/search/normalize.ts';
import { realComparison, realPayload } from './real-data.ts';

describe('buildSearchPayload', () => {
  const payload = realPayload();

  it('is valid and gives the same bytes every time', () => {
    expect(searchPayloadSchema.parse(payload)).toEqual(payload);
    expect(JSON.stringify(buildSearchPayload(realComparison()))).toBe(JSON.stringify(payload));
    expect(payload.version).toBe(SEARCH_INDEX_VERSION);
  });

  it('holds Fuse’s index over the normalised text and names of every record, in record order', () => {
    expect(payload.index.keys.map((key) => [key.id, key.weight])).toEqual(SEARCH_KEYS.map((key) => [key.name, expect.any(Number)]));
    expect(payload.index.records).toHaveLength(payload.records.length);
    payload.index.records.forEach((entry, at) => {
      const record = payload.records[at]!;
      expect(entry.i).toBe(at);
      expect(entry.$['0']).toMatchObject({ v: normalizeText(record.text) });
      expect(entry.$['1']).toEqual(('names' in record ? record.names : []).map((name, i) => ({ v: normalizeText(name), i, n: expect.any(Number) })));
    });
  });

  it('carries the name spellings and the articles', () => {
    expect(payload.nameVariants).toContainEqual(['volodymyr zelenskyy', 'zelenskyy', 'volodymyr zelensky']);
    expect(payload.articles.map((article) => article.id)).toEqual(realComparison().articles.map((article) => article.id));
  });
});

describe('createSearchPayload', () => {
  it('rejects records that break the schema', () => {
    const broken = [{ type: 'claim', id: 'c', text: 't', sentenceIds: [], articleIds: [] }] as never;
    expect(() => createSearchPayload([], broken, [])).toThrow();
  });

  it('indexes a record without names with an empty names field', () => {
    const payload = createSearchPayload([], [{ type: 'sentence', id: 'a/s-1', articleId: 'a', anchor: 's-1', index: 0, text: 'Ça va?', claimIds: [], speakerIds: [] }], []);
    expect(payload.index.records).toEqual([{ i: 0, $: { 0: { v: 'ca va', n: expect.any(Number) }, 1: [] } }]);
  });
});
