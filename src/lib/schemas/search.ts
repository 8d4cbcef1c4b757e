import { z } from 'zod';
import { RESULT_TYPES, SEARCH_INDEX_VERSION } from '../search/constants.ts';

/*
 * Shapes of the search index (`/search/index.json` and the files it names) and of what a search
 * returns. The build validates the index against these before writing it; the browser only
 * imports the types, so zod never ships to readers.
 */

/** An article as search results name it. */
export const searchArticleSchema = z.object({
  /** The article's id (its page is `/articles/<id>/`). */
  id: z.string(),
  /** Outlet name, or "Outlet unknown". */
  outletLabel: z.string(),
  /** Headline, or a label naming the outlet when the file has no headline. */
  title: z.string(),
});

/** One sentence of an article. */
export const sentenceRecordSchema = z.object({
  type: z.literal('sentence'),
  /** Global sentence id: `<articleId>/<anchor>`. */
  id: z.string(),
  articleId: z.string(),
  /** Anchor on the article page (`s-…`). */
  anchor: z.string(),
  /** Position in the article, from 0, so unqueried listings keep reading order. */
  index: z.number().int().nonnegative(),
  /** The sentence's exact words. */
  text: z.string(),
  /** Claims the sentence belongs to. */
  claimIds: z.array(z.string()),
  /** Speakers quoted in the sentence or named as its source (speaker record ids). */
  speakerIds: z.array(z.string()),
});

/** A claim: the label, and the sentences of every outlet that report it. */
export const claimRecordSchema = z.object({
  type: z.literal('claim'),
  /** The claim id (its row is `/compare/#<id>` on the side-by-side page `comparePage`). */
  id: z.string(),
  /** The claim's label: the editor's title when reviewed, else an extract of one member sentence. */
  text: z.string(),
  /** Member sentence ids, in article order then reading order. */
  sentenceIds: z.array(z.string()).min(1),
  /** Articles that report the claim. */
  articleIds: z.array(z.string()).min(1),
  /** An editor decided the claim (else it is the machine's match). */
  reviewed: z.boolean(),
  /** The machine's confidence (0–1) for a machine match; null when reviewed. */
  confidence: z.number().min(0).max(1).nullable(),
  /** The side-by-side page that holds the claim's row, from 1 (`/compare/`; page 2 is `/compare/page_2/`). */
  comparePage: z.number().int().positive(),
});

/** A quotation in one article, with whoever said it. */
export const quoteRecordSchema = z.object({
  type: z.literal('quote'),
  id: z.string(),
  articleId: z.string(),
  /** Anchor of the quote's first sentence: where a result links to. */
  anchor: z.string(),
  /** The quoted words, without quotation marks. */
  text: z.string(),
  /** The speaker's canonical name, or null when the article does not say. */
  speaker: z.string().nullable(),
  /** The speaker record's id, or null. */
  speakerId: z.string().nullable(),
  /** The speaker's name and every other spelling of it, so a search for the speaker finds the quote. */
  names: z.array(z.string()),
});

/** Someone quoted in the articles. */
export const speakerRecordSchema = z.object({
  type: z.literal('speaker'),
  /** Entity id when the speaker is a known entity, else a slug of the name. */
  id: z.string(),
  /** Canonical name. */
  text: z.string(),
  /** Other spellings of the name seen in the articles. */
  names: z.array(z.string()),
  /** Quotes attributed to the speaker. */
  quoteIds: z.array(z.string()).min(1),
  /** Articles that quote the speaker. */
  articleIds: z.array(z.string()).min(1),
});

export const searchRecordSchema = z.discriminatedUnion('type', [
  sentenceRecordSchema,
  claimRecordSchema,
  quoteRecordSchema,
  speakerRecordSchema,
]);

const indexValueSchema = z.object({
  /** Normalised text of the field. */
  v: z.string(),
  /** Field-length norm Fuse scores with. */
  n: z.number(),
});

/** `Fuse.createIndex(...).toJSON()`: Fuse's index over the records' normalised fields. */
export const fuseIndexSchema = z.object({
  keys: z.array(
    z.object({
      path: z.array(z.string()),
      id: z.string(),
      weight: z.number(),
      src: z.union([z.string(), z.array(z.string())]),
    }),
  ),
  records: z.array(
    z.object({
      /** Position of the record in the index. */
      i: z.number().int().nonnegative(),
      /** Values by key position: one value, or one per array element (with its element index). */
      $: z.record(z.string(), z.union([indexValueSchema, z.array(indexValueSchema.extend({ i: z.number().int() }))])),
    }),
  ),
});

/*
 * The published index (`/search/index.json` and, for a large corpus, the files it names). Records
 * are stored in index order (each claim beside its sentences; see `packRecords`) and cut in two: the
 * outline (how records refer to each other and to articles, by position, and how long each text
 * is: all that grouping, filtering and ordering need) and the rows (everything else: what a
 * result shows). See `src/lib/search/pack.ts`.
 */

const count = z.number().int().nonnegative();
const byKind = <T extends z.ZodType>(schema: T) => z.object({ sentence: schema, claim: schema, quote: schema, speaker: schema });

/** How the records refer to each other, by position; enough to group, filter and order matches. */
export const searchOutlineSchema = z.object({
  /** The kind of every record, in index order: `s`entence, `c`laim, `q`uote, s`p`eaker. */
  kinds: z.string().regex(/^[scqp]*$/),
  /**
   * Per kind, one column per reference field (`claimIds`, `articleId`, …), one value per record
   * of the kind, in index order: the position of the record referred to (of the article, within
   * `articles`), a list of them, or null. Each position is written as the difference from the one
   * before it in the column (`deltas`).
   */
  references: byKind(z.record(z.string(), z.array(z.union([z.number().int(), z.array(z.number().int()), z.null()])))),
  /** Ids of the speaker records, in order: the speaker filter names them. */
  speakerIds: z.array(z.string()),
  /**
   * Words in each record's normalised text, in index order (fewer words rank first among
   * equals). Left out of a one-file index: the browser counts them as it normalises the texts.
   */
  lengths: z.array(count).optional(),
});

/**
 * A record's own fields besides its references, in the order of `fields` for its kind. In a
 * one-file index, a claim's text that is words of one of its sentences is `[sentence, start,
 * length]`: the sentence by its place among the claim's, the span in UTF-16 code units.
 */
const rowSchema = z.array(z.unknown());

const indexHead = {
  version: z.literal(SEARCH_INDEX_VERSION),
  articles: z.array(searchArticleSchema),
  /** Spellings of one name (normalised), for every entity the articles spell more than one way. */
  nameVariants: z.array(z.array(z.string()).min(2)),
  /** Per kind, the fields each row holds, in order. */
  fields: byKind(z.array(z.string())),
  outline: searchOutlineSchema,
};

/** `/search/index.json` for a small corpus: everything, in one file. */
export const singleIndexSchema = z.object({
  layout: z.literal('single'),
  ...indexHead,
  /** Every record's row, in index order. */
  rows: z.array(rowSchema),
  /** Fuse's index over the rows, when shipping it beats building it in the browser. */
  fuseIndex: fuseIndexSchema.optional(),
});

/**
 * `/search/index.json` for a large corpus: the outline, and how many of each part there are,
 * fetched as the words typed need them: `lexicon-<n>.json` (the words of the n-th initial),
 * `postings-<n>.json` and `rows-<n>.json`, beside the manifest.
 */
export const splitManifestSchema = z.object({
  layout: z.literal('split'),
  ...indexHead,
  /** Initial letters of the normalised words, one lexicon file each, in order. */
  initials: z.array(z.string().min(1)),
  /** How many postings files there are. */
  postingsFiles: count,
  /** Records per rows file: file `n` holds records `n × recordsPerFile` onwards. */
  recordsPerFile: z.number().int().positive(),
  /** How many rows files there are. */
  rowsFiles: count,
});

export const searchIndexSchema = z.discriminatedUnion('layout', [singleIndexSchema, splitManifestSchema]);

/** The words of a split index that start with one letter, sorted by code unit. */
export const lexiconFileSchema = z.object({
  words: z.array(z.string().min(1)),
  /** For each word, the postings file that lists its records. */
  files: z.array(count),
});

/** The records that hold each of some words: positions, ascending, each after the first as the gap from the previous one. */
export const postingsFileSchema = z.object({
  words: z.array(z.string().min(1)),
  postings: z.array(z.array(count).min(1)),
});

/** The rows of consecutive records of a split index. */
export const rowsFileSchema = z.object({
  /** Position of the first record. */
  start: count,
  rows: z.array(rowSchema),
});

/** What to keep of the matches. Empty lists and null mean "no restriction". */
export const searchFiltersSchema = z.object({
  /** Article ids whose sentences, quotes and claims to keep. */
  articleIds: z.array(z.string()),
  /** Kinds of result to show. */
  types: z.array(z.enum(RESULT_TYPES)),
  /** Keep only what this speaker (a speaker record id) said or is named as the source of. */
  speakerId: z.string().nullable(),
});

/** A search as the page asks for it. */
export const searchRequestSchema = z.object({
  query: z.string(),
  filters: searchFiltersSchema,
  /** Most top-level results to return in full (the rest are only counted). */
  limit: z.number().int().positive(),
});

/** A piece of text with the spans that match the query: `[start, end)` in UTF-16 code units. */
export const highlightedTextSchema = z.object({
  text: z.string(),
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
});

export const sentenceResultSchema = z.object({
  type: z.literal('sentence'),
  id: z.string(),
  articleId: z.string(),
  outletLabel: z.string(),
  anchor: z.string(),
  text: highlightedTextSchema,
  /** False for a claim's sentence shown only because its claim matched. */
  matched: z.boolean(),
});

export const claimResultSchema = z.object({
  type: z.literal('claim'),
  id: z.string(),
  /** The side-by-side page that holds the claim's row. */
  comparePage: z.number().int().positive(),
  label: highlightedTextSchema,
  /** An editor decided the claim; else the machine matched it, with `confidence`. */
  reviewed: z.boolean(),
  confidence: z.number().nullable(),
  /** How many articles report the claim, and how many articles there are. */
  reportedBy: z.number().int(),
  articleCount: z.number().int(),
  /** For each reporting article (within the filters): its matching sentences, or its first one. */
  outlets: z.array(
    z.object({ articleId: z.string(), outletLabel: z.string(), sentences: z.array(sentenceResultSchema).min(1) }),
  ),
});

export const quoteResultSchema = z.object({
  type: z.literal('quote'),
  id: z.string(),
  articleId: z.string(),
  outletLabel: z.string(),
  anchor: z.string(),
  text: highlightedTextSchema,
  /** The speaker's name, marked where the query matched it, or null. */
  speaker: highlightedTextSchema.nullable(),
});

export const speakerResultSchema = z.object({
  type: z.literal('speaker'),
  id: z.string(),
  name: highlightedTextSchema,
  /** Other spellings, each with its matches. */
  names: z.array(highlightedTextSchema),
  quoteCount: z.number().int(),
  articleCount: z.number().int(),
});

export const searchResultSchema = z.discriminatedUnion('type', [
  claimResultSchema,
  quoteResultSchema,
  sentenceResultSchema,
  speakerResultSchema,
]);

export const searchResponseSchema = z.object({
  query: z.string(),
  /** Top-level results by kind, before the limit. */
  counts: z.object({ claim: z.number().int(), quote: z.number().int(), sentence: z.number().int(), speaker: z.number().int() }),
  /** All top-level results before the limit. */
  total: z.number().int(),
  /** The first `limit` results, in display order. */
  results: z.array(searchResultSchema),
});

export type SearchArticle = z.output<typeof searchArticleSchema>;
export type SentenceRecord = z.output<typeof sentenceRecordSchema>;
export type ClaimRecord = z.output<typeof claimRecordSchema>;
export type QuoteRecord = z.output<typeof quoteRecordSchema>;
export type SpeakerRecord = z.output<typeof speakerRecordSchema>;
export type SearchRecord = z.output<typeof searchRecordSchema>;
export type FuseIndexJson = z.output<typeof fuseIndexSchema>;
export type SearchOutline = z.output<typeof searchOutlineSchema>;
export type SingleIndex = z.output<typeof singleIndexSchema>;
export type SplitManifest = z.output<typeof splitManifestSchema>;
export type SearchIndex = z.output<typeof searchIndexSchema>;
export type LexiconFile = z.output<typeof lexiconFileSchema>;
export type PostingsFile = z.output<typeof postingsFileSchema>;
export type RowsFile = z.output<typeof rowsFileSchema>;
export type SearchFilters = z.output<typeof searchFiltersSchema>;
export type SearchRequest = z.output<typeof searchRequestSchema>;
export type HighlightedText = z.output<typeof highlightedTextSchema>;
export type SentenceResult = z.output<typeof sentenceResultSchema>;
export type ClaimResult = z.output<typeof claimResultSchema>;
export type QuoteResult = z.output<typeof quoteResultSchema>;
export type SpeakerResult = z.output<typeof speakerResultSchema>;
export type SearchResult = z.output<typeof searchResultSchema>;
export type SearchResponse = z.output<typeof searchResponseSchema>;
