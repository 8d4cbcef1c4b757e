import { describe, expect, it } from 'vitest';
import type { SplitManifest } from '../../../src/lib/schemas/search.ts';
import { INDEX_ENTRY } from '../../../src/lib/search/index-files.ts';
import { buildFuseIndex, LoadedIndex, partPath } from '../../../src/lib/search/loaded-index.ts';
import { realFiles, realIndex, realSource, sorted } from './real-data.ts';

describe('LoadedIndex.single', () => {
  it('builds Fuse’s index from the rows, as the build would have shipped it', () => {
    const shipped = LoadedIndex.single(JSON.parse(realFiles({ shipFuseIndex: true })[0]!.content));
    expect(realIndex().fuseIndex).toEqual(shipped.fuseIndex);
    expect([...realIndex().vocabulary.postings]).toEqual([...shipped.vocabulary.postings]);
  });

  it('reads the same in steps, pausing between them', async () => {
    let pauses = 0;
    const stepped = await LoadedIndex.singleInSteps(JSON.parse(realFiles()[0]!.content), async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThanOrEqual(Math.ceil(realIndex().outline.count / 100));
    expect(stepped.fuseIndex).toEqual(realIndex().fuseIndex);
    expect(stepped.outline).toEqual(realIndex().outline);
  });

  it('counts the words of every text as the split index ships them', () => {
    const manifest = JSON.parse(realFiles({ layout: 'split' })[0]!.content) as SplitManifest;
    expect(realIndex().outline.lengths).toEqual(manifest.outline.lengths);
  });

  it('has every record’s content and every word', () => {
    const index = realIndex();
    const contents = Array.from({ length: index.outline.count }, (_, position) => index.content(position)!);
    expect(sorted(contents.map(({ type, id, text }) => ({ type, id, text }) as never))).toEqual(sorted(realSource().records.map(({ type, id, text }) => ({ type, id, text }) as never)));
    expect(index.vocabulary.wordsOf('z')).toContain('zaporizhzhia');
  });
});

describe('LoadedIndex.split', () => {
  const files = realFiles({ layout: 'split', recordsPerFile: 40 });
  const read = (path: string) => JSON.parse(files.find((file) => file.path === path)!.content);
  const manifest = read(INDEX_ENTRY) as SplitManifest;

  it('starts with the outline only, and takes parts as they come', () => {
    const index = LoadedIndex.read(manifest);
    expect(index.outline.count).toBe(realSource().records.length);
    expect(index.fuseIndex).toBeNull();
    expect(index.content(45)).toBeUndefined();
    expect(index.rowsPartOf(45)).toEqual({ kind: 'rows', file: 1 });
    index.add({ kind: 'rows', file: 1 }, read('rows-1.json'));
    expect(index.content(45)).toEqual(realIndex().content(45));
    expect(index.content(80)).toBeUndefined();

    const z = index.lexiconPartOf('z')!;
    expect(index.vocabulary.wordsOf('z')).toBeUndefined();
    index.add(z, read(partPath(z)));
    expect(index.vocabulary.wordsOf('z')).toContain('zaporizhzhia');
    const file = index.vocabulary.fileOf('zaporizhzhia')!;
    index.add({ kind: 'postings', file }, read(`postings-${file}.json`));
    expect(index.vocabulary.postings.get('zaporizhzhia')).toEqual(realIndex().vocabulary.postings.get('zaporizhzhia'));
  });

  it('knows no lexicon for an initial no word has', () => {
    expect(LoadedIndex.read(manifest).lexiconPartOf('#')).toBeNull();
  });
});

describe('buildFuseIndex and partPath', () => {
  it('index text and names, normalised', () => {
    expect(buildFuseIndex([{ text: 'Ça va?' }, { text: 'Oui', names: ['Zoë'] }]).records).toEqual([
      { i: 0, $: { 0: { v: 'ca va', n: expect.any(Number) }, 1: [] } },
      { i: 1, $: { 0: { v: 'oui', n: 1 }, 1: [{ v: 'zoe', i: 0, n: 1 }] } },
    ]);
    expect(partPath({ kind: 'postings', file: 3 })).toBe('postings-3.json');
  });
});
