import { comparison } from '../../data/comparison.ts';
import { buildSearchPayload } from '../../lib/search/payload.ts';

/** The search index, fetched by the browser the first time a reader focuses a search box. */
export function GET() {
  return new Response(JSON.stringify(buildSearchPayload(comparison)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
