import comparison from '../../../content/data/comparison.json?raw';

/** The analysis, published byte for byte as `npm run analyze` wrote it. */
export function GET() {
  return new Response(comparison, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
