import { z } from 'zod';
import type { Comparison } from '../schemas/comparison.ts';
import {
  lexiconFileSchema,
  postingsFileSchema,
  rowsFileSchema,
  searchArticleSchema,
  searchIndexSchema,
  searchRecordSchema,
  singleIndexSchema,
  splitManifestSchema,
  type SearchArticle,
  type SearchRecord,
} from '../schemas/search.ts';
import { POSTINGS_PER_FILE, RECORDS_PER_FILE, SEARCH_INDEX_VERSION, SHIP_FUSE_INDEX, SPLIT_ABOVE_BYTES } from './constants.ts';
import { buildFuseIndex, partPath } from './loaded-index.ts';
import { buildNameVariants } from './name-variants.ts';
import { normalizeText } from './normalize.ts';
import { deltas, packRecords, unpackRecords } from './pack.ts';
import { buildSearchRecords, searchArticles } from './records.ts';
import { byInitial, collectPostings } from './vocabulary.ts';

/** A file of the search index: its path under `search/` and its text. */
export interface IndexFile {
  path: string;
  content: string;
}

export interface IndexOptions {
  /** One file, or a manifest and parts; by default split above `SPLIT_ABOVE_BYTES` of one file. */
  layout?: 'single' | 'split';
  /** Whether one file carries Fuse's index (default `SHIP_FUSE_INDEX`). */
  shipFuseIndex?: boolean;
  recordsPerFile?: number;
  postingsPerFile?: number;
}

/** The entry file every page fetches: the whole index, or the manifest of a split one. */
export const INDEX_ENTRY = 'index.json';

/** The search index for the comparison: records, name spellings, and the files they go in. */
export function buildSearchIndex(comparison: Comparison, options: IndexOptions = {}): IndexFile[] {
  return searchIndexFiles(searchArticles(comparison), buildSearchRecords(comparison), buildNameVariants(comparison.entities), options);
}

/**
 * Validates the records and writes the index: one file while it is small, else a manifest
 * (articles, name spellings, the outline) with lexicons (a file per initial letter of the
 * normalised words), postings files (each word's records, for consecutive words up to
 * `postingsPerFile` positions a file) and rows files (`recordsPerFile` consecutive records a
 * file), fetched by the browser as the words typed need them. Everything is in a fixed order,
 * so the same input gives the same bytes.
 */
export function searchIndexFiles(articles: SearchArticle[], records: SearchRecord[], nameVariants: string[][], options: IndexOptions = {}): IndexFile[] {
  z.array(searchArticleSchema).parse(articles);
  z.array(searchRecordSchema).parse(records);
  const packed = packRecords(articles, records);
  const head = { version: SEARCH_INDEX_VERSION, articles, nameVariants, fields: packed.fields, outline: packed.outline };
  const ship = options.shipFuseIndex ?? SHIP_FUSE_INDEX;
  const contents = () => unpackRecords(articles, packed);
  // One file is read whole: claims' texts as excerpts of their sentences, word counts left to the browser.
  const whole = packRecords(articles, records, { excerpts: true });
  const { lengths: _, ...outline } = whole.outline;
  const single = JSON.stringify(
    singleIndexSchema.parse({ layout: 'single', ...head, outline, rows: whole.rows, ...(ship ? { fuseIndex: buildFuseIndex(contents()) } : {}) }),
  );
  const layout = options.layout ?? (new TextEncoder().encode(single).length > SPLIT_ABOVE_BYTES ? 'split' : 'single');
  if (layout === 'single') return [{ path: INDEX_ENTRY, content: single }];

  const recordsPerFile = options.recordsPerFile ?? RECORDS_PER_FILE;
  const postingsPerFile = options.postingsPerFile ?? POSTINGS_PER_FILE;
  const postings = collectPostings(
    contents().flatMap((record, position) => [record.text, ...('names' in record ? record.names : [])].map((text) => ({ record: position, text: normalizeText(text) }))),
  );
  const files: IndexFile[] = [];
  const write = (path: string, data: unknown) => files.push({ path, content: JSON.stringify(data) });

  const initials: string[] = [];
  let postingsFiles = 0;
  let batch: { words: string[]; postings: number[][] } = { words: [], postings: [] };
  let batchSize = 0;
  const flush = () => {
    if (batch.words.length === 0) return;
    write(partPath({ kind: 'postings', file: postingsFiles++ }), postingsFileSchema.parse(batch));
    batch = { words: [], postings: [] };
    batchSize = 0;
  };
  for (const [initial, words] of byInitial([...postings.keys()].sort())) {
    const lexicon = { words, files: [] as number[] };
    for (const word of words) {
      const list = postings.get(word)!;
      if (batchSize > 0 && batchSize + list.length > postingsPerFile) flush();
      lexicon.files.push(postingsFiles);
      batch.words.push(word);
      batch.postings.push(deltas(list) as number[]);
      batchSize += list.length;
    }
    // A lexicon's words share postings files with no other initial's, so typing one letter
    // never fetches another letter's postings.
    flush();
    write(partPath({ kind: 'lexicon', file: initials.length }), lexiconFileSchema.parse(lexicon));
    initials.push(initial);
  }
  let rowsFiles = 0;
  for (let start = 0; start < packed.rows.length; start += recordsPerFile) {
    write(partPath({ kind: 'rows', file: rowsFiles++ }), rowsFileSchema.parse({ start, rows: packed.rows.slice(start, start + recordsPerFile) }));
  }
  const manifest = splitManifestSchema.parse({ layout: 'split', ...head, initials, postingsFiles, recordsPerFile, rowsFiles });
  return [{ path: INDEX_ENTRY, content: JSON.stringify(manifest) }, ...files];
}

/**
 * Every record of a published index, read back through its schemas (a split index's rows files
 * in order): what the dist check follows links of. `read` gives a file of the index's folder.
 */
export function publishedRecords(read: (path: string) => string): SearchRecord[] {
  const index = searchIndexSchema.parse(JSON.parse(read(INDEX_ENTRY)));
  if (index.layout === 'single') return unpackRecords(index.articles, index);
  const rows = Array.from({ length: index.rowsFiles }, (_, file) => rowsFileSchema.parse(JSON.parse(read(partPath({ kind: 'rows', file }))))).flatMap((file) => file.rows);
  for (let file = 0; file < index.postingsFiles; file += 1) postingsFileSchema.parse(JSON.parse(read(partPath({ kind: 'postings', file }))));
  index.initials.forEach((_, file) => lexiconFileSchema.parse(JSON.parse(read(partPath({ kind: 'lexicon', file })))));
  return unpackRecords(index.articles, { ...index, rows });
}
