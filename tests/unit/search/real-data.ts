import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import type { SearchPayload } from '../../../src/lib/schemas/search.ts';
import { createSearchEngine, type SearchEngine } from '../../../src/lib/search/engine.ts';
import { buildSearchPayload } from '../../../src/lib/search/payload.ts';
import { projectRoot } from '../../helpers/render.ts';

let comparison: Comparison | undefined;
let payload: SearchPayload | undefined;
let engine: SearchEngine | undefined;

/** The analysis of the real articles, as `npm run analyze` wrote it (run it first). */
export function realComparison(): Comparison {
  comparison ??= comparisonSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'data', 'comparison.json'), 'utf8')));
  return comparison;
}

/** The search payload the build publishes for the real articles. */
export function realPayload(): SearchPayload {
  payload ??= buildSearchPayload(realComparison());
  return payload;
}

export function realEngine(): SearchEngine {
  engine ??= createSearchEngine(realPayload());
  return engine;
}

/** The article id of the outlet with this name (the fixtures name outlets, the code never does). */
export function articleOf(outlet: string | null): string {
  const article = realComparison().articles.find((candidate) => candidate.outlet === outlet);
  if (!article) throw new Error(`no article from ${outlet}`);
  return article.id;
}
