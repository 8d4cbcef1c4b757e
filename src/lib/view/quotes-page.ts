import { countWords } from '../ingest/article-stats.ts';
import type { Quote } from '../schemas/comparison.ts';
import type { QuoteGroupView, QuoteRendering, QuotesPage, SpeakerRow } from '../schemas/view/quotes.ts';
import { outletOf, outletsOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { diffSimilarity } from './diff-similarity.ts';
import { quotedSpeakers } from './overview.ts';

/** Row name for quotes whose speaker the article does not give. */
export const UNSTATED_SPEAKER = 'Speaker not stated';

/** Speakers × outlets (quotes and quoted words), and every quotation shared by several outlets. */
export function quotesPage(index: ComparisonIndex): QuotesPage {
  const outlets = outletsOf(index);
  const quotes = index.comparison.quotes;
  const cellsFor = (selected: readonly Quote[]) =>
    outlets.map((outlet) => {
      const mine = selected.filter((quote) => quote.articleId === outlet.articleId);
      return { articleId: outlet.articleId, quotes: mine.length, words: mine.reduce((sum, quote) => sum + countWords(quote.text), 0) };
    });
  const speakers: SpeakerRow[] = quotedSpeakers(index).map((speaker) => ({
    name: speaker.name,
    named: true,
    quotes: speaker.quotes,
    words: speaker.words,
    byEditor: quotes.filter((quote) => quote.speaker === speaker.name && quote.speakerMethod === 'editor').length,
    cells: cellsFor(quotes.filter((quote) => quote.speaker === speaker.name)),
  }));
  const unstated = quotes.filter((quote) => quote.speaker === null);
  if (unstated.length > 0) {
    speakers.push({
      name: UNSTATED_SPEAKER,
      named: false,
      quotes: unstated.length,
      words: unstated.reduce((sum, quote) => sum + countWords(quote.text), 0),
      byEditor: unstated.filter((quote) => quote.speakerMethod === 'editor').length,
      cells: cellsFor(unstated),
    });
  }
  return { outlets, speakers, totals: cellsFor(quotes), groups: quoteGroups(index) };
}

function quoteGroups(index: ComparisonIndex): QuoteGroupView[] {
  const order = new Map(index.articles.map((article, at) => [article.id, at]));
  return index.comparison.quoteGroups.flatMap((group) => {
    const reference = index.quoteById.get(group.referenceQuoteId);
    const rendering = reference && rendered(index, reference);
    if (!rendering) return [];
    const variants = group.variants
      .flatMap((variant) => {
        const quote = index.quoteById.get(variant.quoteId);
        const view = quote && rendered(index, quote);
        return view ? [{ ...view, diff: variant.diff, similarity: diffSimilarity(variant.diff) }] : [];
      })
      .sort((a, b) => (order.get(a.outlet.articleId) ?? 0) - (order.get(b.outlet.articleId) ?? 0));
    const articleIds = new Set(group.quoteIds.map((id) => index.quoteById.get(id)?.articleId));
    return [
      {
        id: group.id,
        speaker: group.speaker,
        speakerByEditor: group.quoteIds.some((id) => index.quoteById.get(id)?.speakerMethod === 'editor'),
        outlets: index.articles.filter((article) => articleIds.has(article.id)).map((article) => index.outletNameById.get(article.id) ?? article.outletLabel),
        reference: rendering,
        variants,
      },
    ];
  });
}

function rendered(index: ComparisonIndex, quote: Quote): QuoteRendering | undefined {
  const article = index.articleById.get(quote.articleId);
  const sentence = index.sentenceById.get(quote.sentenceIds[0]!);
  if (!article || !sentence) return undefined;
  return {
    outlet: outletOf(index, article),
    text: quote.text,
    sentence: sentenceRef(index, sentence),
    partial: quote.partial,
    speaker: quote.speaker,
    speakerByEditor: quote.speakerMethod === 'editor',
  };
}
