// Runs the cross-outlet analysis over content/articles and writes content/data/comparison.json.
// Usage: node scripts/analyze.ts [--articles DIR] [--provenance FILE] [--out DIR]
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles } from '../src/lib/analysis/analyze.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { replaceDirectory } from '../src/lib/io/replace-directory.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';
import { sentencesCsv } from '../src/lib/analysis/sentences-csv.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    provenance: { type: 'string', default: resolve(root, 'content/provenance.json') },
    out: { type: 'string', default: resolve(root, 'content/data') },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';

try {
  const provenance = provenanceSchema.parse(JSON.parse(await readFile(values.provenance, 'utf8')));
  const articles = await readCollection(values.articles, show(values.articles));
  const comparison = comparisonSchema.parse(analyzeArticles(articles, provenance.event ?? null));
  await replaceDirectory(values.out, [
    { path: 'comparison.json', content: `${JSON.stringify(comparison, null, 2)}\n` },
    { path: 'sentences.csv', content: sentencesCsv(comparison) },
  ]);
  const shared = comparison.claims.filter((claim) => claim.articleIds.length > 1).length;
  console.log(
    `analyze  ${comparison.sentences.length} sentences → ${comparison.claims.length} claims (${shared} shared), ` +
      `${comparison.quotes.length} quotes, ${comparison.entities.length} names, ${comparison.figures.length} figures → ${show(values.out)} ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`analyze failed; ${show(values.out)} was left as it was`);
  process.exit(1);
}
