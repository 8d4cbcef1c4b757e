import Fuse from 'fuse.js';
import type { FuseIndexJson, LexiconFile, PostingsFile, RowsFile, SearchArticle, SearchIndex, SingleIndex, SplitManifest } from '../schemas/search.ts';
import { SEARCH_INDEX_VERSION, SEARCH_KEYS } from './constants.ts';
import { normalizeText } from './normalize.ts';
import { readContent, readOutline, resolveExcerpts, undeltas, wordCount, type RecordContent, type RecordOutline } from './pack.ts';
import { buildVocabulary, collectPostings, indexValues, Vocabulary } from './vocabulary.ts';

/** Records whose Fuse index entries `singleInSteps` builds in one step (about 2 ms on a slow machine). */
const RECORDS_PER_STEP = 100;

/** A file of a split index that a search needs before it can answer. */
export interface IndexPart {
  kind: 'lexicon' | 'postings' | 'rows';
  /** Its number among the manifest's files of that kind. */
  file: number;
}

/**
 * The index as searches read it: the outline at once, and record contents, lexicons and
 * postings as they are loaded (all at once from one file, part by part from a split index).
 */
export class LoadedIndex {
  readonly articles: readonly SearchArticle[];
  readonly nameVariants: ReadonlyArray<readonly string[]>;
  readonly outline: RecordOutline;
  readonly vocabulary: Vocabulary;
  /** Fuse's index over every record, to rank candidates with (one-file index only). */
  readonly fuseIndex: FuseIndexJson | null;
  readonly #contents: Array<RecordContent | undefined>;
  readonly #manifest: SplitManifest | null;

  private constructor(index: SearchIndex, vocabulary: Vocabulary, contents: Array<RecordContent | undefined>, fuseIndex: FuseIndexJson | null, outline: RecordOutline) {
    this.articles = index.articles;
    this.nameVariants = index.nameVariants;
    this.outline = outline;
    this.vocabulary = vocabulary;
    this.#contents = contents;
    this.fuseIndex = fuseIndex;
    this.#manifest = index.layout === 'split' ? index : null;
  }

  /**
   * Reads a one-file index. Fuse's index over the records comes with it or is built here from
   * the rows (which of the two is cheaper was measured: see `SHIP_FUSE_INDEX`), and the
   * vocabulary is read from it.
   */
  static single(index: SingleIndex): LoadedIndex {
    const steps = LoadedIndex.readSingle(index);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }

  /**
   * Reads a one-file index as `single` does, awaiting `pause()` between steps of a few
   * milliseconds each, so that reading it when the page is idle never blocks it for long
   * (Lighthouse counts a task over 50 ms at its 4× slowdown against the page).
   */
  static async singleInSteps(index: SingleIndex, pause: () => Promise<void>): Promise<LoadedIndex> {
    const steps = LoadedIndex.readSingle(index);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  /** The work of reading a one-file index, yielding between steps. */
  private static *readSingle(index: SingleIndex): Generator<void, LoadedIndex> {
    checkVersion(index.version);
    const outline = readOutline(index.outline);
    const contents = index.rows.map((row, position) => contentAt(index, outline, position, row));
    resolveExcerpts(outline, contents);
    let fuseIndex = index.fuseIndex;
    if (!fuseIndex) {
      const records: FuseIndexJson['records'] = [];
      let keys: FuseIndexJson['keys'] = [];
      for (let start = 0; start < contents.length; start += RECORDS_PER_STEP) {
        yield;
        const part = buildFuseIndex(contents.slice(start, start + RECORDS_PER_STEP));
        keys = part.keys;
        for (const record of part.records) records.push({ ...record, i: record.i + start });
      }
      fuseIndex = { keys, records };
    }
    yield;
    // Word counts, as the normalised texts give them (a one-file index leaves them out).
    const lengths = index.outline.lengths ?? fuseIndex.records.map((record) => wordCount((record.$['0'] as { v: string } | undefined)?.v ?? ''));
    return new LoadedIndex(index, buildVocabulary(collectPostings(indexValues(fuseIndex))), contents, fuseIndex, { ...outline, lengths });
  }

  /** Reads the manifest of a split index; the rest comes through `add`. */
  static split(manifest: SplitManifest): LoadedIndex {
    checkVersion(manifest.version);
    const outline = readOutline(manifest.outline);
    const vocabulary = new Vocabulary(manifest.initials);
    return new LoadedIndex(manifest, vocabulary, Array<RecordContent | undefined>(outline.count), null, outline);
  }

  static read(index: SearchIndex): LoadedIndex {
    return index.layout === 'single' ? LoadedIndex.single(index) : LoadedIndex.split(index);
  }

  /** A record's content, or undefined while its rows file is not loaded. */
  content(position: number): RecordContent | undefined {
    return this.#contents[position];
  }

  /** The part holding a record's content (split index). */
  rowsPartOf(position: number): IndexPart {
    return { kind: 'rows', file: Math.floor(position / (this.#manifest?.recordsPerFile ?? Infinity)) };
  }

  /** The part listing the words of an initial (split index), or null when no word starts with it. */
  lexiconPartOf(initial: string): IndexPart | null {
    const file = this.#manifest?.initials.indexOf(initial) ?? -1;
    return file === -1 ? null : { kind: 'lexicon', file };
  }

  /** Adds a loaded part of a split index. */
  add(part: IndexPart, data: LexiconFile | PostingsFile | RowsFile): void {
    if (part.kind === 'lexicon') {
      const lexicon = data as LexiconFile;
      this.vocabulary.addLexicon(this.#manifest!.initials[part.file]!, lexicon.words, lexicon.files);
    } else if (part.kind === 'postings') {
      const postings = data as PostingsFile;
      postings.words.forEach((word, at) => this.vocabulary.addPostings(word, undeltas(postings.postings[at]!) as number[]));
    } else {
      const { start, rows } = data as RowsFile;
      rows.forEach((row, at) => (this.#contents[start + at] = contentAt(this.#manifest!, this.outline, start + at, row)));
    }
  }
}

/** Where a part of a split index is, relative to the manifest. */
export function partPath(part: IndexPart): string {
  return `${part.kind}-${part.file}.json`;
}

function contentAt(index: Pick<SearchIndex, 'fields' | 'articles'>, outline: RecordOutline, position: number, row: readonly unknown[]): RecordContent {
  const kind = outline.kinds[position]!;
  return readContent(kind, index.fields[kind], row, index.articles[outline.article[position]!]?.id);
}

function checkVersion(version: number): void {
  if (version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${version}, expected ${SEARCH_INDEX_VERSION}`);
}

/**
 * Fuse's index over the records' normalised text and names (`Fuse.createIndex`): the values
 * Fuse ranks with, and the words of the vocabulary.
 */
export function buildFuseIndex(records: ReadonlyArray<{ text: string; names?: readonly string[] }>): FuseIndexJson {
  return Fuse.createIndex(
    SEARCH_KEYS.map((key) => ({ ...key })),
    records,
    { getFn: (record, path) => (String(path) === 'names' ? (record.names ?? []).map(normalizeText) : normalizeText(record.text)) },
  ).toJSON() as FuseIndexJson;
}
