import type { Comparison } from '../schemas/comparison.ts';

const COLUMNS = ['sentence_id', 'article_id', 'outlet', 'index', 'block', 'reporting', 'attribution', 'source', 'claim_ids', 'quote_ids', 'text'] as const;

/**
 * The sentences as CSV (RFC 4180: comma-separated, CRLF line ends, every field quoted, quotes
 * doubled), one row per sentence with its claim ids separated by spaces. Text is exactly the
 * article's words; a field that a spreadsheet would run as a formula (=, +, -, @ first) is
 * still only text in the file, and readers should import the file as text.
 */
export function sentencesCsv(comparison: Comparison): string {
  const outlet = new Map(comparison.articles.map((article) => [article.id, article.outlet ?? '']));
  const rows = comparison.sentences.map((sentence) => [
    sentence.id,
    sentence.articleId,
    outlet.get(sentence.articleId) ?? '',
    String(sentence.index),
    sentence.block,
    sentence.reporting ? 'yes' : 'no',
    sentence.attribution.kind,
    sentence.attribution.source ?? '',
    sentence.claimIds.join(' '),
    sentence.quoteIds.join(' '),
    sentence.text,
  ]);
  return [COLUMNS as readonly string[], ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

function field(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}
