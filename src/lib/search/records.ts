import { FURNITURE_BLOCKS } from '../markdown/nodes.ts';
import type { Comparison, ComparisonEntity, Quote } from '../schemas/comparison.ts';
import type { QuoteRecord, SearchArticle, SearchRecord, SentenceRecord, SpeakerRecord } from '../schemas/search.ts';
import { indexComparison } from '../view/comparison-index.ts';
import { normalizeText } from './normalize.ts';

/** The articles as results name them, in the comparison's order. */
export function searchArticles(comparison: Comparison): SearchArticle[] {
  return comparison.articles.map(({ id, outletLabel, title }) => ({ id, outletLabel, title }));
}

/**
 * Everything a reader can find, in a fixed order (sentences, claims, quotes, speakers), each
 * carrying what its result shows and links to, so the browser never needs the comparison.
 */
export function buildSearchRecords(comparison: Comparison): SearchRecord[] {
  const entities = new Map(comparison.entities.map((entity) => [entity.id, entity]));
  const speakers = buildSpeakerRecords(comparison.quotes, entities);
  const speakerIds = new Set(speakers.map((speaker) => speaker.id));
  const quotes = new Map(comparison.quotes.map((quote) => [quote.id, quote]));
  const anchors = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.anchor]));

  // Page furniture (bylines, ad slugs, share lines, related links) is shown on the article page but is not searchable reporting.
  const sentences = comparison.sentences.filter((sentence) => !FURNITURE_BLOCKS.has(sentence.block)).map((sentence): SentenceRecord => {
    const quoted = sentence.quoteIds.map((id) => speakerKey(quotes.get(id)!));
    const source = sentence.attribution.entityId;
    const named = [...quoted, source].filter((id): id is string => id !== null && speakerIds.has(id));
    return {
      type: 'sentence',
      id: sentence.id,
      articleId: sentence.articleId,
      anchor: sentence.anchor,
      index: sentence.index,
      text: sentence.text,
      claimIds: sentence.claimIds,
      speakerIds: [...new Set(named)],
    };
  });
  // A claim's result links to its row (anchored by the id: the first claim with it) on the side-by-side page that holds it.
  const pages = indexComparison(comparison, '/');
  const claims = comparison.claims.map((claim): SearchRecord => ({
    type: 'claim',
    id: claim.id,
    text: claim.label,
    sentenceIds: claim.sentenceIds,
    articleIds: claim.articleIds,
    reviewed: claim.reviewed,
    confidence: claim.confidence,
    comparePage: pages.claimByKey.get(claim.id)?.comparePage ?? 1,
  }));
  const quoteRecords = comparison.quotes.map((quote): QuoteRecord => {
    const entity = quote.speakerId ? entities.get(quote.speakerId) : undefined;
    return {
      type: 'quote',
      id: quote.id,
      articleId: quote.articleId,
      anchor: anchors.get(quote.sentenceIds[0]!)!,
      text: quote.text,
      speaker: quote.speaker,
      speakerId: speakerKey(quote),
      names: quote.speaker === null ? [] : distinct([quote.speaker, ...(entity?.variants ?? [])]),
    };
  });
  return [...sentences, ...claims, ...quoteRecords, ...speakers];
}

/** Everyone quoted, most quoted first (ties by id), with the spellings of their name. */
export function buildSpeakerRecords(quotes: readonly Quote[], entities: ReadonlyMap<string, ComparisonEntity>): SpeakerRecord[] {
  const byKey = new Map<string, SpeakerRecord>();
  for (const quote of quotes) {
    const key = speakerKey(quote);
    if (key === null || quote.speaker === null) continue;
    const entity = quote.speakerId ? entities.get(quote.speakerId) : undefined;
    const name = entity?.name ?? quote.speaker;
    const speaker = byKey.get(key) ?? {
      type: 'speaker',
      id: key,
      text: name,
      names: distinct([quote.speaker, ...(entity?.variants ?? [])]).filter((variant) => variant !== name),
      quoteIds: [],
      articleIds: [],
    };
    speaker.quoteIds.push(quote.id);
    if (!speaker.articleIds.includes(quote.articleId)) speaker.articleIds.push(quote.articleId);
    byKey.set(key, speaker);
  }
  return [...byKey.values()].sort((a, b) => b.quoteIds.length - a.quoteIds.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The id a quote's speaker is filtered by: the entity id when the analysis linked one, else a
 * slug of the name (speakers the analysis could not link still get a filter), else null.
 */
export function speakerKey(quote: Pick<Quote, 'speaker' | 'speakerId'>): string | null {
  if (quote.speakerId !== null) return quote.speakerId;
  if (quote.speaker === null) return null;
  const slug = normalizeText(quote.speaker).replaceAll(' ', '-');
  return slug ? `speaker-${slug}` : null;
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
