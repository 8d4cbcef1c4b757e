// Fits the machine's pair model and writes it. Two models exist:
// - the shipped default, fitted on the tune events of the evaluation corpus only (never on one
//   event's editor): `npm run model:fit -- --default` writes src/lib/analysis/matcher/default-pair-model.json;
// - this event's model, fitted on the same tune events and this event's reviewed claims together:
//   `npm run model:fit` writes content/pair-model.json, which the analysis then prefers. Without
//   reviewed claims there is nothing of this event to learn from, and it says so and writes nothing.
// Prints the weights, the leave-one-set-out scores and the reliability table.
// Usage: node scripts/fit-pair-model.ts [--default] [--articles DIR] [--content DIR] [--corpus DIR] [--out FILE] [--dry-run]
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fitPairModel, labelledEventSet, reviewedClaimSet, type LabelledSet } from '../src/lib/analysis/matcher/pair-training.ts';
import { loadLabelledEvent, readCorpusSplit } from '../src/lib/io/load-event.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { pairModelSchema } from '../src/lib/schemas/pair-model.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    default: { type: 'boolean', default: false },
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    corpus: { type: 'string', default: resolve(root, 'tests/fixtures/events') },
    out: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const pct = (value: number | null) => (value === null ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);

try {
  const split = await readCorpusSplit(values.corpus, show(values.corpus));
  const sets: LabelledSet[] = [];
  for (const name of split.tune) {
    const event = await loadLabelledEvent(resolve(values.corpus, name), name, `${show(values.corpus)}/${name}`);
    sets.push(labelledEventSet(name, event.articles, event.labels));
  }
  if (!values.default) {
    const articles = await readCollection(values.articles, show(values.articles));
    const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
    if (problems.length > 0) throw new EditorialError(problems);
    const reviewed = editorial.claims.filter((claim) => claim.status === 'reviewed');
    if (reviewed.length === 0 || editorial.reviewedArticleIds.size < 2) {
      console.log('model:fit: this event has no reviewed claims in two or more reviewed articles to learn from; the analysis uses the shipped default model (fitted across the evaluation corpus). Nothing was written.');
      process.exit(0);
    }
    sets.push(reviewedClaimSet(articles, reviewed, editorial.reviewedArticleIds, new Set(editorial.statesNoFact.map((sentence) => sentence.id))));
  }
  const out = values.out ?? (values.default ? resolve(root, 'src/lib/analysis/matcher/default-pair-model.json') : resolve(values.content, 'pair-model.json'));

  const model = pairModelSchema.parse(fitPairModel(sets));
  console.log(
    `pair model: ${model.trainedOn.positives} same-claim and ${model.trainedOn.negatives} different-claim candidate pairs from ${model.trainedOn.events.length} corpus events` +
      (model.trainedOn.reviewedClaims > 0 ? ` and ${model.trainedOn.reviewedClaims} reviewed claims of this event` : ''),
  );
  console.log('  weights (log-odds per unit of the feature): sentence stage, then with the path features');
  model.pathStage.features.forEach((feature, index) => {
    const first = model.sentenceStage.weights[index];
    console.log(`    ${feature.padEnd(15)} ${first === undefined ? '        ' : first.toFixed(3).padStart(8)} ${model.pathStage.weights[index]!.toFixed(3).padStart(8)}`);
  });
  console.log(`    ${'(bias)'.padEnd(15)} ${model.sentenceStage.bias.toFixed(3).padStart(8)} ${model.pathStage.bias.toFixed(3).padStart(8)}`);
  console.log(`  calibration (Platt, on every set held out in turn): slope ${model.calibration.slope}, intercept ${model.calibration.intercept}`);
  console.log(`  merge threshold ${model.mergeThreshold}, suggestion threshold ${model.suggestionThreshold} (chosen by the held-out sets' pooled F1)`);
  console.log('  leave one set out (each grouped by a model fitted without it):');
  for (const fold of model.crossValidation.folds) {
    console.log(`    ${fold.heldOut.padEnd(24)} F1 ${fold.score.f1.toFixed(3)}  precision ${fold.score.precision.toFixed(3)}  recall ${fold.score.recall.toFixed(3)}  (${fold.score.truePositives}/${fold.score.goldPairs} gold, ${fold.score.predictedPairs} predicted)`);
  }
  const pooled = model.crossValidation.pooled;
  console.log(`    ${'pooled'.padEnd(24)} F1 ${pooled.f1.toFixed(3)}  precision ${pooled.precision.toFixed(3)}  recall ${pooled.recall.toFixed(3)}`);
  console.log(`  reliability on held-out pairs (calibration error ${model.crossValidation.calibrationError.toFixed(3)}):`);
  console.log('    confidence   pairs  mean   one claim');
  for (const bin of model.crossValidation.reliability) console.log(`    ${bin.low.toFixed(1)}–${bin.high.toFixed(1)}  ${String(bin.count).padStart(7)}  ${pct(bin.meanPredicted)}  ${pct(bin.observed)}`);
  console.log('  these figures are on the sets it was fitted on (held out one at a time); npm run eval scores it on the held-out events');
  if (!values['dry-run']) {
    await writeFile(out, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${show(out)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
