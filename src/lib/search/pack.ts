import type { SearchArticle, SearchOutline, SearchRecord } from '../schemas/search.ts';
import { RECORD_KINDS, type ResultType } from './constants.ts';
import { normalizeText } from './normalize.ts';

/*
 * How records travel to the browser. Each record is cut in two: its references to other records
 * and to articles, as positions in index order (the outline, which grouping, filtering and
 * ordering read), and
 * the rest of its fields as one row of plain values (what its result shows). Fields are found
 * by name, so a field added to a record schema travels in the rows with no change here; only a
 * new kind of reference needs a line in `REFERENCE_FIELDS`.
 */

/** Fields that refer to other records or to articles, and the kind they refer to. */
export const REFERENCE_FIELDS = {
  articleId: 'article',
  articleIds: 'article',
  sentenceIds: 'sentence',
  claimIds: 'claim',
  quoteIds: 'quote',
  speakerIds: 'speaker',
  speakerId: 'speaker',
} as const satisfies Record<string, ResultType | 'article'>;

type ReferenceField = keyof typeof REFERENCE_FIELDS;
export type ReferenceTarget = (typeof REFERENCE_FIELDS)[ReferenceField];

type ContentOf<R> = R extends unknown ? Omit<R, Extract<keyof R, ReferenceField>> : never;
/** A record without its references: what its result shows. */
export type RecordContent = ContentOf<SearchRecord>;

/** Records as the index stores them. */
export interface PackedRecords {
  /** Per kind, the fields of its rows, in order. */
  fields: Record<ResultType, string[]>;
  outline: SearchOutline;
  /** One row per record, in index order. */
  rows: unknown[][];
}

const EMPTY: readonly number[] = Object.freeze([]);

export interface PackOptions {
  /**
   * Write a claim's text that is words of one of its sentences as `[sentence, start, length]`
   * (the sentence by its place among the claim's). Only for an index read whole: reading the
   * claim then needs that sentence's row.
   */
  excerpts?: boolean;
}

/** The letter of each kind in the outline's `kinds`. */
export const KIND_LETTERS = { sentence: 's', claim: 'c', quote: 'q', speaker: 'p' } as const satisfies Record<ResultType, string>;

/**
 * Packs records (in any order) into index order: each claim followed by those of its sentences
 * not placed yet, then the sentences of no claim, the quotes and the speakers, each in the order
 * given. A claim's result shows the claim and its sentences: side by side, they share a rows
 * file of a split index (measured: a keystroke at 20,000 records fetched up to 27 rows files
 * with sentences in article order). A sentence's id is left out when it is, as the analysis
 * makes it, `<articleId>/<anchor>`. A reference in a list to a record that is not there is
 * dropped; a single one throws.
 */
export function packRecords(articles: readonly SearchArticle[], records: readonly SearchRecord[], options: PackOptions = {}): PackedRecords {
  const ordered = indexOrder(records);
  const positions = new Map<string, Map<string, number>>(RECORD_KINDS.map((kind) => [kind, new Map()]));
  positions.set('article', new Map(articles.map((article, at) => [article.id, at])));
  ordered.forEach((record, position) => positions.get(record.type)!.set(record.id, position));

  const fields = {} as Record<ResultType, string[]>;
  const references = {} as SearchOutline['references'];
  for (const kind of RECORD_KINDS) {
    const own = ordered.filter((record) => record.type === kind) as Array<Record<string, unknown>>;
    const names = [...new Set(own.flatMap((record) => Object.keys(record)))].filter((name) => name !== 'type');
    const derivedId = kind === 'sentence' && own.every((record) => record['id'] === `${String(record['articleId'])}/${String(record['anchor'])}`);
    fields[kind] = names.filter((name) => !(name in REFERENCE_FIELDS) && !(derivedId && name === 'id'));
    references[kind] = {};
    for (const name of names.filter((candidate): candidate is ReferenceField => candidate in REFERENCE_FIELDS)) {
      const targets = positions.get(REFERENCE_FIELDS[name])!;
      const position = (id: unknown) => {
        const at = targets.get(String(id));
        if (at === undefined) throw new Error(`search index: a ${kind} refers to a missing ${REFERENCE_FIELDS[name]} "${String(id)}" (${name})`);
        return at;
      };
      // A list may name records the index leaves out (page furniture, say): they are dropped.
      // A single reference must be there.
      const kept = (ids: unknown[]) => ids.flatMap((id) => targets.get(String(id)) ?? []);
      references[kind][name] = deltas(
        own.map((record) => {
          const value = record[name];
          return value === null || value === undefined ? null : Array.isArray(value) ? kept(value) : position(value);
        }),
      );
    }
  }
  const sentences = new Map(ordered.flatMap((record) => (record.type === 'sentence' ? [[record.id, record.text] as const] : [])));
  const excerpt = (record: SearchRecord, name: string, value: unknown) => {
    if (!options.excerpts || record.type !== 'claim' || name !== 'text') return value;
    // By place among the sentences the index holds, as the outline lists them.
    for (const [at, text] of record.sentenceIds.flatMap((id) => sentences.get(id) ?? []).entries()) {
      const start = text.indexOf(record.text);
      if (start !== -1) return [at, start, record.text.length];
    }
    return value;
  };
  return {
    fields,
    outline: {
      kinds: ordered.map((record) => KIND_LETTERS[record.type]).join(''),
      references,
      speakerIds: ordered.filter((record) => record.type === 'speaker').map((record) => record.id),
      lengths: ordered.map((record) => wordCount(normalizeText(record.text))),
    },
    rows: ordered.map((record) => fields[record.type].map((name) => excerpt(record, name, (record as Record<string, unknown>)[name] ?? null))),
  };
}

/** Records in index order (see `packRecords`). */
function indexOrder(records: readonly SearchRecord[]): SearchRecord[] {
  const sentences = new Map(records.flatMap((record) => (record.type === 'sentence' ? [[record.id, record] as const] : [])));
  const placed = new Set<SearchRecord>();
  const ordered: SearchRecord[] = [];
  for (const claim of records) {
    if (claim.type !== 'claim') continue;
    ordered.push(claim);
    for (const id of claim.sentenceIds) {
      const sentence = sentences.get(id);
      if (sentence && !placed.has(sentence)) {
        placed.add(sentence);
        ordered.push(sentence);
      }
    }
  }
  for (const sentence of sentences.values()) if (!placed.has(sentence)) ordered.push(sentence);
  for (const kind of ['quote', 'speaker'] as const) ordered.push(...records.filter((record) => record.type === kind));
  return ordered;
}

/**
 * Reads back the claim texts `packRecords` wrote as excerpts of their sentences (contents in
 * index order, every sentence's among them). Changes the contents in place.
 */
export function resolveExcerpts(outline: RecordOutline, contents: ReadonlyArray<RecordContent | undefined>): void {
  for (let position = 0; position < outline.count; position += 1) {
    if (outline.kinds[position] !== 'claim') continue;
    const claim = contents[position] as { text: unknown } | undefined;
    if (!claim || !Array.isArray(claim.text)) continue;
    const [member, start, length] = claim.text as [number, number, number];
    const source = contents[outline.refs.sentence[position]![member]!]?.text ?? '';
    claim.text = source.slice(start, start + length);
  }
}

/** The outline as searches read it: every reference as global positions, per record. */
export interface RecordOutline {
  count: number;
  /** Kind of each record, by position. */
  kinds: readonly ResultType[];
  /** Article (its position in the index's `articles`) of each sentence and quote; -1 for the other kinds. */
  article: Int32Array;
  /** For each record, the records of each kind it refers to (positions), and the articles. */
  refs: Readonly<Record<ReferenceTarget, ReadonlyArray<readonly number[]>>>;
  /** Speaker record positions by id. */
  speakers: ReadonlyMap<string, number>;
  /** Words in each record's normalised text. */
  lengths: readonly number[];
}

/** The outline as searches read it; `lengths` when the index leaves them out (one file). */
export function readOutline(outline: SearchOutline, lengths: readonly number[] = outline.lengths ?? []): RecordOutline {
  const kinds = [...outline.kinds].map((letter) => KIND_OF_LETTER.get(letter)!);
  const count = kinds.length;
  const article = new Int32Array(count).fill(-1);
  const refs = { article: [], sentence: [], claim: [], quote: [], speaker: [] } as Record<ReferenceTarget, Array<readonly number[]>>;
  for (const list of Object.values(refs)) for (let at = 0; at < count; at += 1) list.push(EMPTY);
  for (const kind of RECORD_KINDS) {
    const own = positionsOf(kinds, kind);
    for (const [name, column] of Object.entries(outline.references[kind])) {
      const target = REFERENCE_FIELDS[name as ReferenceField];
      if (!target) continue;
      undeltas(column).forEach((value, at) => {
        const position = own[at]!;
        if (value === null) return;
        if (name === 'articleId') article[position] = value as number;
        const list = Array.isArray(value) ? value : [value];
        refs[target][position] = refs[target][position]!.length === 0 ? list : [...refs[target][position]!, ...list];
      });
    }
  }
  const speakers = positionsOf(kinds, 'speaker');
  return {
    count,
    kinds,
    article,
    refs,
    speakers: new Map(outline.speakerIds.map((id, at) => [id, speakers[at]!])),
    lengths,
  };
}

const KIND_OF_LETTER = new Map(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter as string, kind as ResultType]));

/** Positions of the records of one kind, in order. */
function positionsOf(kinds: readonly ResultType[], kind: ResultType): number[] {
  const positions: number[] = [];
  kinds.forEach((candidate, position) => {
    if (candidate === kind) positions.push(position);
  });
  return positions;
}

/**
 * A record's content from its row. A sentence without an `id` field gets `<articleId>/<anchor>`,
 * as `packRecords` found it.
 */
export function readContent(kind: ResultType, fields: readonly string[], row: readonly unknown[], articleId: string | undefined): RecordContent {
  const content: Record<string, unknown> = { type: kind };
  fields.forEach((name, at) => (content[name] = row[at]));
  if (kind === 'sentence' && !('id' in content)) content['id'] = `${articleId}/${String(content['anchor'])}`;
  return content as RecordContent;
}

/** Every record back in full, references as ids (the dist check and tests read them so). */
export function unpackRecords(articles: readonly SearchArticle[], packed: PackedRecords): SearchRecord[] {
  const outline = readOutline(packed.outline);
  const contents = packed.rows.map((row, position) => {
    const kind = outline.kinds[position]!;
    return readContent(kind, packed.fields[kind], row, articles[outline.article[position]!]?.id);
  });
  resolveExcerpts(outline, contents);
  const idOf = (target: ReferenceTarget, position: number) => (target === 'article' ? articles[position]!.id : contents[position]!.id);
  const records = contents.map((content) => ({ ...content }) as Record<string, unknown>);
  for (const kind of RECORD_KINDS) {
    const own = positionsOf(outline.kinds, kind);
    for (const [name, column] of Object.entries(packed.outline.references[kind])) {
      const target = REFERENCE_FIELDS[name as ReferenceField];
      undeltas(column).forEach((value, at) => {
        records[own[at]!]![name] = value === null ? null : Array.isArray(value) ? value.map((position) => idOf(target, position)) : idOf(target, value);
      });
    }
  }
  return records as SearchRecord[];
}

type Column = SearchOutline['references'][ResultType][string];

/**
 * A reference column with every position after the first written as the difference from the
 * one before it (reading lists in order): neighbouring records refer to neighbouring records, so
 * the numbers stay small and repeat, and compress well.
 */
export function deltas(column: Column): Column {
  let previous = 0;
  const step = (value: number) => {
    const difference = value - previous;
    previous = value;
    return difference;
  };
  return column.map((value) => (value === null ? null : Array.isArray(value) ? value.map(step) : step(value)));
}

/** Reverses `deltas`. */
export function undeltas(column: Column): Column {
  let previous = 0;
  const step = (difference: number) => (previous += difference);
  return column.map((value) => (value === null ? null : Array.isArray(value) ? value.map(step) : step(value)));
}

/** Words of a normalised text (Fuse splits on spaces alike). */
export function wordCount(normalized: string): number {
  return normalized === '' ? 0 : normalized.split(' ').length;
}
