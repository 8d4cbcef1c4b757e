import { describe, expect, it } from 'vitest';
import {
  lexiconFileSchema,
  postingsFileSchema,
  rowsFileSchema,
  singleIndexSchema,
  splitManifestSchema,
  type LexiconFile,
  type PostingsFile,
  type RowsFile,
  type SplitManifest,
} from '../../../src/lib/schemas/search.ts';
import { SEARCH_INDEX_VERSION } from '../../../src/lib/search/constants.ts';
import { buildSearchIndex, INDEX_ENTRY, publishedRecords, searchIndexFiles } from '../../../src/lib/search/index-files.ts';
import { buildFuseIndex } from '../../../src/lib/search/loaded-index.ts';
import { undeltas, unpackRecords } from '../../../src/lib/search/pack.ts';
import { realComparison, realFiles, realIndex, realSource, sorted } from './real-data.ts';

const read = <T>(files: ReadonlyArray<{ path: string; content: string }>, path: string) => JSON.parse(files.find((file) => file.path === path)!.content) as T;

describe('the one-file index', () => {
  const files = buildSearchIndex(realComparison());

  it('is what the five articles get: one valid file, the same bytes every time', () => {
    expect(files.map((file) => file.path)).toEqual([INDEX_ENTRY]);
    const index = singleIndexSchema.parse(JSON.parse(files[0]!.content));
    expect(index.version).toBe(SEARCH_INDEX_VERSION);
    expect(buildSearchIndex(realComparison())).toEqual(files);
  });

  it('holds every record, the name spellings and the articles', () => {
    const index = singleIndexSchema.parse(JSON.parse(files[0]!.content));
    expect(sorted(unpackRecords(index.articles, index))).toEqual(sorted(realSource().records));
    expect(index.nameVariants).toContainEqual(['volodymyr zelenskyy', 'zelenskyy', 'volodymyr zelensky']);
    expect(index.articles.map((article) => article.id)).toEqual(realComparison().articles.map((article) => article.id));
  });

  it('leaves out what the browser rebuilds as it reads the file: word counts, and claims’ texts written out', () => {
    const index = singleIndexSchema.parse(JSON.parse(files[0]!.content));
    expect(index.outline.lengths).toBeUndefined();
    const claims = index.rows.filter((_, position) => index.outline.kinds[position] === 'c');
    expect(claims.length).toBeGreaterThan(50);
    // Each claim's text is an excerpt of one of its sentences ([sentence, start, end]) or, for an editor's title, the title.
    expect(claims.every((row) => Array.isArray(row[1]) || typeof row[1] === 'string')).toBe(true);
  });

  it('carries Fuse’s index only when asked to', () => {
    expect(singleIndexSchema.parse(JSON.parse(files[0]!.content)).fuseIndex).toBeUndefined();
    const shipped = singleIndexSchema.parse(JSON.parse(realFiles({ shipFuseIndex: true })[0]!.content));
    expect(shipped.fuseIndex).toEqual(buildFuseIndex(unpackRecords(shipped.articles, shipped)));
  });

  it('rejects records that break the schema', () => {
    const broken = [{ type: 'claim', id: 'c', text: 't', sentenceIds: [], articleIds: [] }] as never;
    expect(() => searchIndexFiles([], broken, [])).toThrow();
  });
});

describe('the split index', () => {
  const files = realFiles({ layout: 'split', recordsPerFile: 40, postingsPerFile: 100 });
  const manifest = splitManifestSchema.parse(read(files, INDEX_ENTRY)) as SplitManifest;

  it('is a manifest with the outline, and lexicons, postings and rows files beside it, all valid', () => {
    expect(manifest.rowsFiles).toBe(Math.ceil(manifest.outline.kinds.length / 40));
    expect(files.map((file) => file.path).sort()).toEqual(
      [
        INDEX_ENTRY,
        ...manifest.initials.map((_, n) => `lexicon-${n}.json`),
        ...Array.from({ length: manifest.postingsFiles }, (_, n) => `postings-${n}.json`),
        ...Array.from({ length: manifest.rowsFiles }, (_, n) => `rows-${n}.json`),
      ].sort(),
    );
    for (const file of files.filter((candidate) => candidate.path !== INDEX_ENTRY)) {
      const schema = file.path.startsWith('lexicon') ? lexiconFileSchema : file.path.startsWith('postings') ? postingsFileSchema : rowsFileSchema;
      schema.parse(JSON.parse(file.content));
    }
    expect(realFiles({ layout: 'split', recordsPerFile: 40, postingsPerFile: 100 })).toEqual(files);
  });

  it('lists every word under its initial, with its records in the postings file the lexicon names', () => {
    // The one-file index has the same order; its Fuse index holds every record's words.
    const single = realIndex().fuseIndex!;
    let words = 0;
    manifest.initials.forEach((initial, n) => {
      const lexicon = read<LexiconFile>(files, `lexicon-${n}.json`);
      expect(lexicon.words.every((word) => word.startsWith(initial))).toBe(true);
      expect(lexicon.words).toEqual([...lexicon.words].sort());
      lexicon.words.forEach((word, at) => {
        const postings = read<PostingsFile>(files, `postings-${lexicon.files[at]}.json`);
        const records = undeltas(postings.postings[postings.words.indexOf(word)]!) as number[];
        expect(records.length).toBeGreaterThan(0);
        for (const record of records) expect(Object.values(single.records[record]!.$).flat().some((value) => value.v.split(' ').includes(word))).toBe(true);
        words += 1;
      });
    });
    expect(words).toBeGreaterThan(900);
  });

  it('never shares a postings file between initials, and fills files up to the limit', () => {
    const owners = new Map<number, string>();
    manifest.initials.forEach((initial, n) => {
      for (const file of read<LexiconFile>(files, `lexicon-${n}.json`).files) {
        expect(owners.get(file) ?? initial).toBe(initial);
        owners.set(file, initial);
      }
    });
    for (let n = 0; n < manifest.postingsFiles; n += 1) {
      const { postings } = read<PostingsFile>(files, `postings-${n}.json`);
      const size = postings.reduce((sum, list) => sum + list.length, 0);
      expect(size <= 100 || postings.length === 1).toBe(true);
    }
  });

  it('cuts the rows into files of consecutive records that give every record back', () => {
    const rows = Array.from({ length: manifest.rowsFiles }, (_, n) => read<RowsFile>(files, `rows-${n}.json`));
    rows.forEach((file, n) => expect(file.start).toBe(n * 40));
    expect(sorted(unpackRecords(manifest.articles, { ...manifest, rows: rows.flatMap((file) => file.rows) }))).toEqual(sorted(realSource().records));
  });
});

describe('publishedRecords', () => {
  it.each([
    ['one file', realFiles()],
    ['a split index', realFiles({ layout: 'split', recordsPerFile: 30 })],
  ])('reads every record back from %s', (_, files) => {
    expect(sorted(publishedRecords((path) => files.find((file) => file.path === path)!.content))).toEqual(sorted(realSource().records));
  });

  it('fails when a part of a split index is missing', () => {
    const files = realFiles({ layout: 'split' }).filter((file) => file.path !== 'rows-2.json');
    expect(() => publishedRecords((path) => files.find((file) => file.path === path)?.content ?? '')).toThrow();
  });
});
