import { INDEX_ENTRY, searchIndexFile } from '../../data/search-index.ts';

/** The search index (or, for a large corpus, its manifest), fetched the first time a reader focuses a search box. */
export function GET() {
  return json(searchIndexFile(INDEX_ENTRY).content);
}

export function json(content: string) {
  return new Response(content, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
