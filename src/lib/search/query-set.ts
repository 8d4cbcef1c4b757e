import { z } from 'zod';
import type { SearchRecord, SearchResponse } from '../schemas/search.ts';
import { sourceId } from './synthetic.ts';

/*
 * A set of queries, each with the sentence it must reach, to count how many a search finds
 * (`npm run bench:search`, the search unit tests). A query reaches its sentence when a result
 * links to it: the sentence itself, a claim group showing it, or a quote starting in it.
 */

export const querySetEntrySchema = z.object({
  /** What the reader types. */
  query: z.string().min(1),
  /** What makes it hard: a typo, words cut short, another spelling of a name, or its form. */
  kind: z.enum(['typo', 'partial', 'name', 'form']),
  /** The outlet whose sentence the query must reach (null: the article whose outlet is unknown). */
  outlet: z.string().nullable(),
  /** Words of that sentence, exactly as written, enough to tell it from the others. */
  text: z.string().min(1),
});

export const querySetSchema = z.object({
  description: z.string(),
  queries: z.array(querySetEntrySchema).min(1),
});

export type QuerySetEntry = z.output<typeof querySetEntrySchema>;
export type QuerySet = z.output<typeof querySetSchema>;

/** What the set needs to know of each article: its id and its outlet (null when unknown). */
export interface QuerySetArticle {
  id: string;
  outlet: string | null;
}

/**
 * The sentences (`<articleId>/<anchor>`) an entry may reach: those of its outlet's article that
 * contain its words. Throws when there is none, so a stale entry is noticed, not counted as a miss.
 */
export function expectedSentences(entry: QuerySetEntry, articles: readonly QuerySetArticle[], records: readonly SearchRecord[]): Set<string> {
  const articleIds = new Set(articles.filter((article) => article.outlet === entry.outlet).map((article) => article.id));
  const found = new Set<string>();
  for (const record of records) {
    if (record.type === 'sentence' && articleIds.has(record.articleId) && record.text.includes(entry.text)) found.add(`${record.articleId}/${record.anchor}`);
  }
  if (found.size === 0) throw new Error(`query set: no sentence of ${entry.outlet ?? 'the unknown outlet'} contains “${entry.text}”`);
  return found;
}

/**
 * Every sentence a response's results link to, as `<articleId>/<anchor>` of the real article
 * (a synthetic copy counts as its source).
 */
export function linkedSentences(response: SearchResponse): Set<string> {
  const linked = new Set<string>();
  const add = (articleId: string, anchor: string) => linked.add(`${sourceId(articleId)}/${anchor}`);
  for (const result of response.results) {
    if (result.type === 'claim') for (const outlet of result.outlets) for (const sentence of outlet.sentences) add(sentence.articleId, sentence.anchor);
    else if (result.type === 'sentence' || result.type === 'quote') add(result.articleId, result.anchor);
  }
  return linked;
}

/** The sentence an article link (`…/articles/<articleId>/#<anchor>`) points to, or null. */
export function sentenceOfLink(href: string): string | null {
  const match = /\/articles\/([^/]+)\/#(.+)$/.exec(href);
  return match ? `${sourceId(decodeURIComponent(match[1]!))}/${decodeURIComponent(match[2]!)}` : null;
}

/** Whether any of the linked sentences is one the entry must reach. */
export function reaches(linked: Iterable<string>, expected: ReadonlySet<string>): boolean {
  for (const sentence of linked) if (expected.has(sentence)) return true;
  return false;
}
