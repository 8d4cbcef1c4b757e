import { describe, expect, it } from 'vitest';
import { buildLookup } from '../../../src/lib/search/lookup.ts';
import { realPayload } from './real-data.ts';

describe('buildLookup', () => {
  it('finds every record by kind and id', () => {
    const { records } = realPayload();
    const lookup = buildLookup(records);
    for (const record of records) expect(records[lookup[record.type].get(record.id)!]).toMatchObject({ type: record.type, id: record.id });
    const distinct = new Set(records.map((record) => `${record.type} ${record.id}`));
    expect(lookup.sentence.size + lookup.claim.size + lookup.quote.size + lookup.speaker.size).toBe(distinct.size);
  });

  it('keeps records of different kinds that share an id apart', () => {
    const lookup = buildLookup([
      { type: 'claim', id: 'x', text: '', sentenceIds: ['s'], articleIds: ['a'] },
      { type: 'speaker', id: 'x', text: '', names: [], quoteIds: ['q'], articleIds: ['a'] },
    ]);
    expect([lookup.claim.get('x'), lookup.speaker.get('x')]).toEqual([0, 1]);
  });
});
