import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonSchema } from '../../src/lib/schemas/comparison.ts';
import { articlePairs } from '../../src/lib/view/compare-table.ts';
import { indexComparison } from '../../src/lib/view/comparison-index.ts';
import { projectRoot } from './helpers.ts';

/** The comparison the site was built from, indexed as the pages index it (at the site root). */
export function builtComparison() {
  const comparison = comparisonSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'data', 'comparison.json'), 'utf8')));
  return indexComparison(comparison, '/');
}

/** Every kind of page of the site, with a few claim pages standing for all of them. */
export function sitePages(): Array<{ name: string; path: string }> {
  const index = builtComparison();
  const claims = ['all', 'several', 'single'].flatMap((coverage) => index.claims.filter((claim) => claim.coverage === coverage).slice(0, 1));
  return [
    { name: 'overview', path: '' },
    { name: 'side by side', path: 'compare/' },
    ...articlePairs(index.articles).map(([first, second]) => ({ name: `pair ${first.id} / ${second.id}`, path: `compare/${first.id}/${second.id}/` })),
    { name: 'claims', path: 'claims/' },
    ...claims.map((claim) => ({ name: `claim ${claim.number} (${claim.coverage})`, path: `claims/${claim.key}/` })),
    { name: 'quotes', path: 'quotes/' },
    { name: 'framing', path: 'framing/' },
    { name: 'method', path: 'about/' },
    ...index.articles.map((article) => ({ name: `article ${article.id}`, path: `articles/${article.id}/` })),
  ];
}
