// Scores content/data/comparison.json against a labelled set, as ../shared/eval/README.md describes.
// Usage: node scripts/eval.ts [--labels FILE] [--comparison FILE] [--verbose]
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateAnalysis } from '../src/lib/analysis/evaluate.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import { evalSetSchema } from '../src/lib/schemas/eval-set.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    labels: { type: 'string', default: resolve(root, '../shared/eval/claims-dev.json') },
    comparison: { type: 'string', default: resolve(root, 'content/data/comparison.json') },
    verbose: { type: 'boolean', default: false },
  },
});

const labels = evalSetSchema.parse(JSON.parse(await readFile(values.labels, 'utf8')));
const comparison = comparisonSchema.parse(JSON.parse(await readFile(values.comparison, 'utf8')));
const report = evaluateAnalysis(comparison, labels);
const pct = (value: number) => value.toFixed(3);
const { claims, quotes } = report;
console.log(`labels   ${values.labels}`);
console.log(`claims   pairwise F1 ${pct(claims.f1)}  precision ${pct(claims.precision)}  recall ${pct(claims.recall)}  (${claims.truePositives} of ${claims.goldPairs} gold pairs; ${claims.predictedPairs} predicted)`);
console.log(`quotes   recall ${pct(quotes.recall)} (${quotes.found}/${quotes.total})  speaker accuracy ${pct(quotes.speakerAccuracy)} (${quotes.speakerCorrect}/${quotes.found})`);
if (claims.missedAnchors.length > 0) console.log(`missed anchors:\n  ${claims.missedAnchors.join('\n  ')}`);
if (quotes.problems.length > 0) console.log(`quote problems:\n  ${quotes.problems.join('\n  ')}`);
if (values.verbose) {
  const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
  const show = ([a, b]: [string, string]) => `  ${a}: ${text.get(a)?.slice(0, 90)}\n  ${b}: ${text.get(b)?.slice(0, 90)}\n`;
  console.log(`missed pairs (${claims.missedPairs.length}):\n${claims.missedPairs.map(show).join('\n')}`);
  console.log(`extra pairs (${claims.extraPairs.length}):\n${claims.extraPairs.map(show).join('\n')}`);
}
