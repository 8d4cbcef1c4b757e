import sentences from '../../../content/data/sentences.csv?raw';

/** Every sentence with its claim ids, as CSV, byte for byte as `npm run analyze` wrote it. */
export function GET() {
  return new Response(sentences, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
