import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/engine.ts';
import { NO_FILTERS } from '../../../src/lib/search/filters.ts';
import { INDEX_ENTRY } from '../../../src/lib/search/index-files.ts';
import { LoadedIndex } from '../../../src/lib/search/loaded-index.ts';
import { splitSearch } from '../../../src/lib/search/split-search.ts';
import { realFiles } from './real-data.ts';

const files = realFiles({ layout: 'split' });
const read = (path: string) => JSON.parse(files.find((file) => file.path === path)!.content);
const request = (query: string) => ({ query, filters: NO_FILTERS, limit: 6 });

function open(load: (path: string) => Promise<never>) {
  const index = LoadedIndex.read(read(INDEX_ENTRY));
  return splitSearch(index, createSearchEngine(index), load);
}

describe('splitSearch', () => {
  it('fetches a part once, however many searches wait for it', async () => {
    const asked: string[] = [];
    const search = open(async (path) => {
      asked.push(path);
      await new Promise((done) => setTimeout(done, 5));
      return read(path) as never;
    });
    const [first, second] = await Promise.all([search(request('prisners')), search(request('prisoners'))]);
    expect(first.total).toBeGreaterThan(0);
    expect(second.total).toBe(first.total);
    expect(asked).toEqual([...new Set(asked)]);
  });

  it('tries a part again after a failed fetch', async () => {
    let failures = 1;
    const search = open(async (path) => {
      if (failures-- > 0) throw new Error('offline');
      return read(path) as never;
    });
    await expect(search(request('ceasefire'))).rejects.toThrow('offline');
    expect((await search(request('ceasefire'))).total).toBeGreaterThan(0);
  });
});
