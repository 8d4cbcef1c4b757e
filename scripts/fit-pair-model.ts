// Fits the machine's merge decision from the editor's reviewed claims and writes
// content/pair-model.json, which the analysis reads. Prints the weights, the leave-one-article-out
// scores with a bootstrap interval, and the reliability table of the calibrated confidence.
// Usage: node scripts/fit-pair-model.ts [--articles DIR] [--content DIR] [--out FILE] [--sweep] [--dry-run]
// --sweep also prints the cross-validated F1 for other merge thresholds and penalties.
import { writeFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runAnalysis } from '../src/lib/analysis/analyze.ts';
import { DEFAULT_CLAIM_OPTIONS } from '../src/lib/analysis/matcher/claims.ts';
import { crossValidate, fitPairModel, labelledPairs, type TrainingInput } from '../src/lib/analysis/matcher/pair-training.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { pairModelSchema } from '../src/lib/schemas/pair-model.ts';

/** The published settings: ridge penalty, and the calibrated confidence at which groups merge. */
const SETTINGS = { l2: 1, mergeThresholds: [0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5], secondaryMargin: 0.1, resamples: 1000, seed: 20250318 };

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    out: { type: 'string', default: resolve(root, 'content/pair-model.json') },
    sweep: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const pct = (value: number | null) => (value === null ? '   –' : `${(value * 100).toFixed(0).padStart(3)}%`);

try {
  const articles = await readCollection(values.articles, show(values.articles));
  const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
  if (problems.length > 0) throw new EditorialError(problems);
  const { comparison, units } = runAnalysis(articles);
  const attribution = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.attribution]));
  const input: TrainingInput = {
    units,
    attributionOf: (id) => attribution.get(id),
    claims: editorial.claims.filter((claim) => claim.status === 'reviewed').map((claim) => claim.sentences.map((sentence) => sentence.id)),
    reviewedArticleIds: editorial.reviewedArticleIds,
    options: DEFAULT_CLAIM_OPTIONS,
  };
  if (input.reviewedArticleIds.size < 2) throw new Error('model:fit needs at least two reviewed articles (content/review.yaml)');
  const sourceFile = new Map(comparison.articles.map((article) => [article.id, article.sourceFile]));
  const sourceFileOf = (id: string) => sourceFile.get(id) ?? id;

  if (values.sweep) {
    const pairs = labelledPairs(input);
    console.log('sweep: cross-validated pooled F1 by penalty and merge threshold');
    for (const l2 of [0.3, 1, 3]) {
      for (const mergeThreshold of SETTINGS.mergeThresholds) {
        const cv = crossValidate(input, pairs, { ...SETTINGS, l2, mergeThreshold, secondaryThreshold: Math.min(1, mergeThreshold + SETTINGS.secondaryMargin), resamples: 1 }, sourceFileOf);
        console.log(`  l2 ${String(l2).padEnd(4)} merge ${mergeThreshold.toFixed(2)}  F1 ${cv.pooled.f1.toFixed(3)}  precision ${cv.pooled.precision.toFixed(3)}  recall ${cv.pooled.recall.toFixed(3)}`);
      }
    }
  }

  const model = pairModelSchema.parse(fitPairModel(input, SETTINGS, sourceFileOf));
  console.log(`pair model: ${model.trainedOn.positives} same-claim and ${model.trainedOn.negatives} different-claim pairs from ${model.trainedOn.reviewedClaims} reviewed claims in ${model.trainedOn.articles.length} articles`);
  console.log('  weights (log-odds per unit of the feature):');
  model.features.forEach((feature, index) => console.log(`    ${feature.padEnd(17)} ${model.weights[index]!.toFixed(3).padStart(8)}`));
  console.log(`    ${'(bias)'.padEnd(17)} ${model.bias.toFixed(3).padStart(8)}`);
  console.log(`  calibration (Platt, held-out): slope ${model.calibration.slope}, intercept ${model.calibration.intercept}`);
  const cv = model.crossValidation;
  console.log('  leave-one-article-out (machine grouping scored on the held-out article’s pairs against the reviewed claims):');
  for (const fold of cv.folds) console.log(`    ${fold.heldOut.padEnd(28)} F1 ${fold.score.f1.toFixed(3)}  precision ${fold.score.precision.toFixed(3)}  recall ${fold.score.recall.toFixed(3)}  (${fold.score.truePositives}/${fold.score.goldPairs} gold, ${fold.score.predictedPairs} predicted)`);
  console.log(`  grouping: ${model.grouping} (held-out pooled F1: model ${model.groupingScores.model.f1.toFixed(3)} at merge threshold ${model.mergeThreshold}, cosine rule ${model.groupingScores.cosine.f1.toFixed(3)})`);
  console.log(`    ${'pooled'.padEnd(28)} F1 ${cv.pooled.f1.toFixed(3)}  precision ${cv.pooled.precision.toFixed(3)}  recall ${cv.pooled.recall.toFixed(3)}  95% interval ${cv.f1Interval.low.toFixed(3)}–${cv.f1Interval.high.toFixed(3)} (${cv.f1Interval.resamples} resamples of claims)`);
  console.log(`  reliability of the calibrated confidence on held-out pairs (calibration error ${cv.calibrationError.toFixed(3)}):`);
  console.log('    confidence   pairs  mean   same claim');
  for (const bin of cv.reliability) console.log(`    ${bin.low.toFixed(1)}–${bin.high.toFixed(1)}  ${String(bin.count).padStart(7)}  ${pct(bin.meanPredicted)}  ${pct(bin.observed)}`);
  if (!values['dry-run']) {
    await writeFile(values.out, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${show(values.out)}`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('model:fit wrote nothing');
  process.exit(1);
}
