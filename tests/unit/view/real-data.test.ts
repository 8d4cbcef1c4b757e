import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../../src/lib/schemas/comparison.ts';
import { evaluationSchema } from '../../../src/lib/schemas/evaluation.ts';
import { sentenceAnnotationSchema } from '../../../src/lib/schemas/view/annotations.ts';
import { claimListSchema, claimPageSchema } from '../../../src/lib/schemas/view/claims.ts';
import { compareTableSchema } from '../../../src/lib/schemas/view/compare.ts';
import { methodViewSchema } from '../../../src/lib/schemas/view/method.ts';
import { coverageGridSchema, coverageStripSchema, overviewSchema } from '../../../src/lib/schemas/view/overview.ts';
import { pairViewSchema } from '../../../src/lib/schemas/view/pair.ts';
import { quotesPageSchema } from '../../../src/lib/schemas/view/quotes.ts';
import { articleAnnotations } from '../../../src/lib/view/article-annotations.ts';
import { claimList, claimPage } from '../../../src/lib/view/claim-pages.ts';
import { articlePairs, compareTable } from '../../../src/lib/view/compare-table.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { coverageGrid, coverageStrip } from '../../../src/lib/view/coverage-grid.ts';
import { methodView } from '../../../src/lib/view/method-view.ts';
import { overview } from '../../../src/lib/view/overview.ts';
import { pairView } from '../../../src/lib/view/pair-view.ts';
import { quotesPage } from '../../../src/lib/view/quotes-page.ts';
import { ownEventComparison } from '../../helpers/own-event.ts';
import { projectRoot } from '../../helpers/render.ts';

/** Every view model, computed from a whole analysis: the invented event of tests/fixtures/own-event. */
describe('view models of a whole event', () => {
  const comparison = comparisonSchema.parse(ownEventComparison());
  const index = indexComparison(comparison, '/');

  it('match their schemas', () => {
    const grid = coverageGridSchema.parse(coverageGrid(index));
    coverageStripSchema.parse(coverageStrip(grid));
    overviewSchema.parse(overview(index));
    compareTableSchema.parse(compareTable(index));
    claimListSchema.parse(claimList(index));
    quotesPageSchema.parse(quotesPage(index));
    const evaluation = evaluationSchema.parse({ event: { title: comparison.event!.title, date: comparison.event!.date }, method: comparison.method, results: [], leaveOneArticleOut: null });
    methodViewSchema.parse(methodView(comparison, evaluation));
    // A new event has no evaluation figures of its own.
    methodViewSchema.parse(methodView(comparison, null));
    for (const claim of index.claims) claimPageSchema.parse(claimPage(index, claim.key));
    for (const [first, second] of articlePairs(index.articles, index.claims)) pairViewSchema.parse(pairView(index, first.id, second.id));
    for (const article of index.articles) for (const annotation of articleAnnotations(index, article.id)) sentenceAnnotationSchema.parse(annotation);
  });

  it('give every claim a unique key and every claim sentence a place in its outlet’s column', () => {
    expect(new Set(index.claims.map((claim) => claim.key)).size).toBe(comparison.claims.length);
    const shown = new Set(compareTable(index).groups.flatMap((group) => group.rows.flatMap((row) => row.cells.flatMap((cell) => cell.sentences.map((s) => s.id)))));
    for (const sentence of comparison.sentences) if (sentence.claimIds.length > 0) expect(shown.has(sentence.id), sentence.id).toBe(true);
  });

  it('are written without the names of the people, places and outlets they show', () => {
    const names = new Set<string>();
    for (const entity of comparison.entities) for (const variant of [entity.name, ...entity.variants]) if (variant.length >= 4) names.add(variant);
    for (const article of comparison.articles) if (article.outlet) names.add(article.outlet);
    const folders = ['src/lib/view', 'src/lib/schemas/view'].map((folder) => join(projectRoot, folder));
    for (const folder of folders) {
      for (const file of readdirSync(folder)) {
        const code = readFileSync(join(folder, file), 'utf8');
        for (const name of names) expect(code.includes(name), `${file} mentions "${name}"`).toBe(false);
      }
    }
  });
});
