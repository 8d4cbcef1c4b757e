import type { SearchArticle, SearchResult, SentenceResult } from '../schemas/search.ts';
import type { GroupedResult } from './group.ts';
import { highlight } from './highlight.ts';
import type { RecordContent, RecordOutline } from './pack.ts';

export interface ResultContext {
  outline: RecordOutline;
  /** The index's articles, by position. */
  articles: readonly SearchArticle[];
  /** A shown record's content (the search makes sure every shown record's is loaded). */
  content: (position: number) => RecordContent;
  /** Normalised words to mark. */
  matched: ReadonlySet<string>;
}

/** What the page shows for one grouped result: texts with their highlights, outlet names, links' parts. */
export function toSearchResult(group: GroupedResult, context: ResultContext): SearchResult {
  const { outline, articles, matched } = context;
  const record = context.content(group.record);
  if (group.type === 'claim' && record.type === 'claim') {
    return {
      type: 'claim',
      id: record.id,
      // An index written before the side-by-side table had pages has no page: its rows were all on the first.
      comparePage: record.comparePage ?? 1,
      label: highlight(record.text, matched),
      reviewed: record.reviewed,
      confidence: record.confidence,
      reportedBy: outline.refs.article[group.record]!.length,
      articleCount: articles.length,
      outlets: group.outlets.map(({ article, sentences }) => ({
        articleId: articles[article]!.id,
        outletLabel: articles[article]!.outletLabel,
        sentences: sentences.map(({ record: position, matched: isMatch }) => sentenceResult(position, context, isMatch)),
      })),
    };
  }
  switch (record.type) {
    case 'sentence':
      return sentenceResult(group.record, context, true);
    case 'quote': {
      const article = articles[outline.article[group.record]!]!;
      return {
        type: 'quote',
        id: record.id,
        articleId: article.id,
        outletLabel: article.outletLabel,
        anchor: record.anchor,
        text: highlight(record.text, matched),
        speaker: record.speaker === null ? null : highlight(record.speaker, matched),
      };
    }
    case 'speaker':
      return {
        type: 'speaker',
        id: record.id,
        name: highlight(record.text, matched),
        names: record.names.map((name) => highlight(name, matched)),
        quoteCount: outline.refs.quote[group.record]!.length,
        articleCount: outline.refs.article[group.record]!.length,
      };
    case 'claim':
      throw new Error(`claim ${record.id} must be shown as a group`);
  }
}

function sentenceResult(position: number, context: ResultContext, isMatch: boolean): SentenceResult {
  const record = context.content(position);
  if (record.type !== 'sentence') throw new Error(`${record.id} is not a sentence`);
  const article = context.articles[context.outline.article[position]!]!;
  return {
    type: 'sentence',
    id: record.id,
    articleId: article.id,
    outletLabel: article.outletLabel,
    anchor: record.anchor,
    text: highlight(record.text, context.matched),
    matched: isMatch,
  };
}
