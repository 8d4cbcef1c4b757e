// Scores content/data/comparison.json against labelled sets, as ../shared/eval/README.md describes.
// Usage: node scripts/eval.ts [--labels FILE]... [--comparison FILE] [--verbose] [--write]
// Without --labels: the development set and the project's own second set (tests/fixtures/eval).
// --write records the figures in content/evaluation.json for the method page.
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateAnalysis } from '../src/lib/analysis/evaluate.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import { evalSetSchema } from '../src/lib/schemas/eval-set.ts';
import { evaluationSchema, type EvaluationResult } from '../src/lib/schemas/evaluation.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    labels: { type: 'string', multiple: true, default: [resolve(root, '../shared/eval/claims-dev.json'), resolve(root, 'tests/fixtures/eval/claims-extra.json')] },
    comparison: { type: 'string', default: resolve(root, 'content/data/comparison.json') },
    verbose: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const results: EvaluationResult[] = [];

const comparison = comparisonSchema.parse(JSON.parse(await readFile(values.comparison, 'utf8')));
const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
const pct = (value: number) => value.toFixed(3);
for (const file of values.labels) {
  const labels = evalSetSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  const { claims, quotes } = evaluateAnalysis(comparison, labels);
  results.push({
    set: file.split('/').at(-1)!,
    description: labels.about ?? '',
    claims: labels.claims.length,
    quotes: labels.quotes.length,
    claimF1: round(claims.f1),
    claimPrecision: round(claims.precision),
    claimRecall: round(claims.recall),
    quoteRecall: round(quotes.recall),
    speakerAccuracy: round(quotes.speakerAccuracy),
  });
  console.log(`\n${relative(process.cwd(), file)} (${labels.claims.length} claims, ${labels.quotes.length} quotes)`);
  console.log(`  claims  pairwise F1 ${pct(claims.f1)}  precision ${pct(claims.precision)}  recall ${pct(claims.recall)}  (${claims.truePositives} of ${claims.goldPairs} gold pairs found; ${claims.predictedPairs} predicted)`);
  console.log(`  quotes  recall ${pct(quotes.recall)} (${quotes.found}/${quotes.total})  speaker accuracy ${pct(quotes.speakerAccuracy)} (${quotes.speakerCorrect}/${quotes.found})`);
  if (claims.missedAnchors.length > 0) console.log(`  anchors matching no sentence:\n    ${claims.missedAnchors.join('\n    ')}`);
  if (quotes.problems.length > 0) console.log(`  quote problems:\n    ${quotes.problems.join('\n    ')}`);
  if (values.verbose) {
    const show = ([a, b]: [string, string]) => `    ${a}: ${text.get(a)?.slice(0, 100)}\n    ${b}: ${text.get(b)?.slice(0, 100)}\n`;
    console.log(`  missed pairs (${claims.missedPairs.length}):\n${claims.missedPairs.map(show).join('\n')}`);
    console.log(`  extra pairs (${claims.extraPairs.length}):\n${claims.extraPairs.map(show).join('\n')}`);
  }
}

if (values.write) {
  const evaluation = evaluationSchema.parse({ method: comparison.method, results });
  await writeFile(resolve(root, 'content/evaluation.json'), `${JSON.stringify(evaluation, null, 2)}\n`);
  console.log('\nwrote content/evaluation.json');
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
