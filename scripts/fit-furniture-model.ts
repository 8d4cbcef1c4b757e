// Fits the furniture model on the development fixtures of the ingest (tests/fixtures/ingest/dev, never
// the held-out ones) and writes src/lib/ingest/furniture-model.json. Prints each case held out in turn:
// how many of the furniture blocks the rules left as the story's it sets apart, and how many other blocks.
// Usage: node scripts/fit-furniture-model.ts [--fixtures DIR] [--out FILE] [--dry-run]
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fitFurnitureModel, labelledRows, type FurnitureCase } from '../src/lib/ingest/furniture-training.ts';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { furnitureModelSchema } from '../src/lib/schemas/furniture-model.ts';
import { readIngestCases } from './eval-ingest.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    fixtures: { type: 'string', default: resolve(root, 'tests/fixtures/ingest/dev') },
    out: { type: 'string', default: resolve(root, 'src/lib/ingest/furniture-model.json') },
    'dry-run': { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';

try {
  const cases: FurnitureCase[] = readIngestCases(values.fixtures).map((fixture) => {
    // The rules alone: the model learns from what they leave, not from an earlier model's reading.
    const result = ingestArticles([{ name: fixture.fileName, bytes: fixture.bytes }], { articles: [] }, show(values.fixtures), undefined, { furnitureModel: null });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return { name: fixture.name, rows: labelledRows(result.articles[0]!.blocks, fixture.labels) };
  });
  const model = furnitureModelSchema.parse(fitFurnitureModel(cases));
  console.log(`furniture model: ${model.fittedOn.cases} cases of ${show(values.fixtures)}, ${model.fittedOn.blocks} blocks (${model.fittedOn.furniture} furniture)`);
  console.log('each case held out in turn (paragraphs and headings the rules left as the story\'s):');
  for (const row of model.crossValidation) {
    const chosen = row.threshold === model.threshold ? '  ← chosen' : '';
    console.log(`  p > ${row.threshold.toFixed(2)}: furniture set apart ${row.caught}/${row.furniture}, other blocks set apart ${row.lost}/${row.other} (${row.lostLong} of seven words or more)${chosen}`);
  }
  model.features.forEach((feature, at) => console.log(`  ${feature.padEnd(30)} ${model.weights[at]!.toFixed(3).padStart(8)}`));
  console.log(`  ${'(bias)'.padEnd(30)} ${model.bias.toFixed(3).padStart(8)}`);
  if (values['dry-run']) console.log('dry run: nothing written');
  else {
    await writeFile(values.out, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${show(values.out)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
