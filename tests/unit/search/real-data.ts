import { analyzeArticles } from '../../../src/lib/analysis/analyze.ts';
import { articleFromMarkdown } from '../../../src/lib/io/read-collection.ts';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import type { SearchArticle, SearchIndex, SearchRecord, SearchRequest, SearchResponse } from '../../../src/lib/schemas/search.ts';
import { createSearchEngine, type SearchEngine } from '../../../src/lib/search/engine.ts';
import { INDEX_ENTRY, searchIndexFiles, type IndexFile, type IndexOptions } from '../../../src/lib/search/index-files.ts';
import { LoadedIndex } from '../../../src/lib/search/loaded-index.ts';
import { buildNameVariants } from '../../../src/lib/search/name-variants.ts';
import { buildSearchRecords, searchArticles } from '../../../src/lib/search/records.ts';
import { splitSearch } from '../../../src/lib/search/split-search.ts';
import { ingestRealArticles } from '../../helpers/render.ts';

let comparison: Comparison | undefined;
let source: RealSource | undefined;
let index: LoadedIndex | undefined;
let engine: SearchEngine | undefined;

/** What the search index is made from. */
export interface RealSource {
  articles: SearchArticle[];
  records: SearchRecord[];
  nameVariants: string[][];
}

/**
 * The machine's analysis of real news articles: the frozen copy of the shipped event's files
 * (tests/fixtures/shipped-event), whatever content/ now holds, without an editor's files.
 */
export function realComparison(): Comparison {
  comparison ??= comparisonSchema.parse(
    analyzeArticles(ingestRealArticles().map((article) => articleFromMarkdown(article.markdown, `content/articles/${article.fileName}`))),
  );
  return comparison;
}

/** The articles, records and name spellings the build indexes for the real articles. */
export function realSource(): RealSource {
  const real = realComparison();
  source ??= { articles: searchArticles(real), records: buildSearchRecords(real), nameVariants: buildNameVariants(real.entities) };
  return source;
}

/** The real articles' index as the build publishes it (one file). */
export function realIndex(): LoadedIndex {
  index ??= LoadedIndex.single(JSON.parse(searchIndexFiles(realSource().articles, realSource().records, realSource().nameVariants)[0]!.content));
  return index;
}

export function realEngine(): SearchEngine {
  engine ??= createSearchEngine(realIndex());
  return engine;
}

/** An index's files read as the browser reads them: the entry, then parts as searches need them (each fetch recorded). */
export function openFiles(files: readonly IndexFile[]): { index: LoadedIndex; engine: SearchEngine; search: (request: SearchRequest) => Promise<SearchResponse>; fetched: string[] } {
  const read = (path: string) => {
    const file = files.find((candidate) => candidate.path === path);
    if (!file) throw new Error(`no index file ${path}`);
    return JSON.parse(file.content) as never;
  };
  const opened = LoadedIndex.read(read(INDEX_ENTRY) as SearchIndex);
  const openedEngine = createSearchEngine(opened);
  const fetched: string[] = [];
  const search = splitSearch(opened, openedEngine, async (path) => {
    fetched.push(path);
    return read(path);
  });
  return { index: opened, engine: openedEngine, search, fetched };
}

/** The real articles' index in the given layout. */
export function realFiles(options: IndexOptions = {}): IndexFile[] {
  const { articles, records, nameVariants } = realSource();
  return searchIndexFiles(articles, records, nameVariants, options);
}

/** Records in a fixed order (kind, then id), to compare sets of them whatever the index's order. */
export function sorted(records: readonly SearchRecord[]): SearchRecord[] {
  return [...records].sort((a, b) => `${a.type} ${a.id}`.localeCompare(`${b.type} ${b.id}`));
}

/** The article id of the outlet with this name (the fixtures name outlets, the code never does). */
export function articleOf(outlet: string | null): string {
  const article = realComparison().articles.find((candidate) => candidate.outlet === outlet);
  if (!article) throw new Error(`no article from ${outlet}`);
  return article.id;
}
