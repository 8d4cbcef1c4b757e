// Times the cross-outlet analysis on the real articles and on synthetic corpora of one event,
// and prints how the time grows with the number of sentences.
// Usage: node scripts/bench/analysis.ts [--sizes 5,50,100,200,500]
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../../src/lib/analysis/analyze.ts';
import { readEventPairModel } from '../../src/lib/io/read-pair-model.ts';
import { syntheticCorpus } from '../../src/lib/bench/synthetic-corpus.ts';
import { readCollection } from '../../src/lib/io/read-collection.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '50,100,200,500' } } });
const real = await readCollection(resolve(root, 'content/articles'));
// The published method: with the fitted pair model, as the build runs it.
const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: (await readEventPairModel(resolve(root, 'content'), 'content')).model };

const rows: Array<{ corpus: string; articles: number; sentences: number; ms: number }> = [];
const time = (corpus: string, articles: typeof real) => {
  const started = performance.now();
  const result = analyzeArticles(articles, null, options);
  const ms = performance.now() - started;
  rows.push({ corpus, articles: articles.length, sentences: result.sentences.length, ms });
  return result;
};

time('real (cold: loads the NLP model)', real);
time('real', real);
for (const size of values.sizes.split(',').map(Number)) time(`synthetic ${size}`, syntheticCorpus(real, size));

const synthetic = rows.filter((row) => row.corpus.startsWith('synthetic'));
const first = synthetic[0]!;
const last = synthetic.at(-1)!;
const exponent = Math.log(last.ms / first.ms) / Math.log(last.sentences / first.sentences);
console.log('analysis benchmark');
console.log('  corpus                              articles  sentences      time');
for (const row of rows) {
  console.log(`  ${row.corpus.padEnd(36)}${String(row.articles).padStart(8)}${String(row.sentences).padStart(11)}${(row.ms / 1000).toFixed(2).padStart(9)} s`);
}
console.log(`  growth: time ∝ sentences^${exponent.toFixed(2)} between ${first.sentences} and ${last.sentences} sentences (1 = linear, 2 = quadratic)`);
console.log(`  targets: five articles < 2 s (${(rows[1]!.ms / 1000).toFixed(2)} s), 500 articles < 60 s${last.articles === 500 ? ` (${(last.ms / 1000).toFixed(1)} s)` : ''}`);
