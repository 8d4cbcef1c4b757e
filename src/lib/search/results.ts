import type { SearchArticle, SearchRecord, SearchResult, SentenceResult } from '../schemas/search.ts';
import type { GroupedResult } from './group.ts';
import { highlight } from './highlight.ts';

export interface ResultContext {
  records: readonly SearchRecord[];
  articles: ReadonlyMap<string, SearchArticle>;
  /** Normalised words to mark. */
  matched: ReadonlySet<string>;
}

/** What the page shows for one grouped result: texts with their highlights, outlet names, links' parts. */
export function toSearchResult(group: GroupedResult, context: ResultContext): SearchResult {
  const { records, articles, matched } = context;
  const record = records[group.record]!;
  const outletLabel = (articleId: string) => articles.get(articleId)?.outletLabel ?? articleId;
  if (group.type === 'claim' && record.type === 'claim') {
    return {
      type: 'claim',
      id: record.id,
      label: highlight(record.text, matched),
      reportedBy: record.articleIds.length,
      articleCount: articles.size,
      outlets: group.outlets.map(({ articleId, sentences }) => ({
        articleId,
        outletLabel: outletLabel(articleId),
        sentences: sentences.map(({ record: position, matched: isMatch }) => sentenceResult(records[position]!, outletLabel, matched, isMatch)),
      })),
    };
  }
  switch (record.type) {
    case 'sentence':
      return sentenceResult(record, outletLabel, matched, true);
    case 'quote':
      return {
        type: 'quote',
        id: record.id,
        articleId: record.articleId,
        outletLabel: outletLabel(record.articleId),
        anchor: record.anchor,
        text: highlight(record.text, matched),
        speaker: record.speaker === null ? null : highlight(record.speaker, matched),
      };
    case 'speaker':
      return {
        type: 'speaker',
        id: record.id,
        name: highlight(record.text, matched),
        names: record.names.map((name) => highlight(name, matched)),
        quoteCount: record.quoteIds.length,
        articleCount: record.articleIds.length,
      };
    case 'claim':
      throw new Error(`claim ${record.id} must be shown as a group`);
  }
}

function sentenceResult(record: SearchRecord, outletLabel: (id: string) => string, matched: ReadonlySet<string>, isMatch: boolean): SentenceResult {
  if (record.type !== 'sentence') throw new Error(`${record.id} is not a sentence`);
  return {
    type: 'sentence',
    id: record.id,
    articleId: record.articleId,
    outletLabel: outletLabel(record.articleId),
    anchor: record.anchor,
    text: highlight(record.text, matched),
    matched: isMatch,
  };
}
