// Scores the analysis against labelled sets, as ../shared/eval/README.md describes: twice, the
// machine alone (the editor's files left out) and the claims the site publishes.
// Usage: node scripts/eval.ts [--labels FILE]... [--comparison FILE] [--verbose] [--write]
// Without --labels: the development set and the project's own second set (tests/fixtures/eval).
// --comparison FILE scores that comparison.json alone (e.g. one written by
// `npm run analyze -- --machine-only --out DIR`). --write records the figures in
// content/evaluation.json for the method page.
// Then the invented fixture articles (tests/fixtures/eval/articles, labels in
// fixture-articles.json) are ingested into a temporary folder, analysed by the machine (they
// have no editor's files) and scored the same way, figures included; --fixtures '' skips them.
// Then the labelled figures of the invented events (tests/fixtures/events, scripts/eval-figures.ts),
// per event and pooled over the tune and the held-out events; --events '' skips them.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../src/lib/analysis/analyze.ts';
import { evaluateAnalysis } from '../src/lib/analysis/evaluate.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { readContentPairModel } from '../src/lib/io/read-pair-model.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { comparisonSchema, type Comparison } from '../src/lib/schemas/comparison.ts';
import { evalSetSchema, type EvalSet } from '../src/lib/schemas/eval-set.ts';
import { evaluationSchema, type EvaluationResult } from '../src/lib/schemas/evaluation.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';
import { printEventFigures } from './eval-figures.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    labels: { type: 'string', multiple: true, default: [resolve(root, '../shared/eval/claims-dev.json'), resolve(root, 'tests/fixtures/eval/claims-extra.json')] },
    comparison: { type: 'string' },
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    fixtures: { type: 'string', default: resolve(root, 'tests/fixtures/eval/articles') },
    events: { type: 'string', default: resolve(root, 'tests/fixtures/events') },
    verbose: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const pct = (value: number) => value.toFixed(3);

try {
  const layers: Array<{ layer: EvaluationResult['layer']; comparison: Comparison }> = [];
  const pairModel = await readContentPairModel(values.content, show(values.content));
  if (values.comparison) {
    layers.push({ layer: 'file', comparison: comparisonSchema.parse(JSON.parse(await readFile(values.comparison, 'utf8'))) });
  } else {
    const provenance = provenanceSchema.parse(JSON.parse(await readFile(resolve(values.content, 'provenance.json'), 'utf8')));
    const articles = await readCollection(values.articles, show(values.articles));
    const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
    if (problems.length > 0) throw new EditorialError(problems);
    const event = provenance.event ?? null;
    const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: pairModel ?? DEFAULT_ANALYSIS_OPTIONS.pairModel };
    layers.push({ layer: 'machine', comparison: analyzeArticles(articles, event, options) });
    layers.push({ layer: 'published', comparison: analyzeArticles(articles, event, options, editorial) });
  }

  const results: EvaluationResult[] = [];
  for (const file of values.labels) {
    const labels = evalSetSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    console.log(`\n${show(file)} (${labels.claims.length} claims, ${labels.quotes.length} quotes)`);
    for (const { layer, comparison } of layers) results.push(printScores(file, labels, layer, comparison));
  }
  if (values.fixtures) await scoreFixtures(values.fixtures, resolve(values.fixtures, '../fixture-articles.json'));
  if (values.events) await printEventFigures(values.events, values.verbose);

  if (pairModel) {
    const cv = pairModel.crossValidation;
    const reviewedNow = layers.at(-1)!.comparison.review.reviewedClaims;
    console.log(`\npair model (content/pair-model.json, fitted on ${pairModel.trainedOn.reviewedClaims} reviewed claims${reviewedNow !== pairModel.trainedOn.reviewedClaims ? `; ${reviewedNow} now: run npm run model:fit` : ''})`);
    console.log('  leave-one-article-out, machine grouping against the reviewed claims on each held-out article’s pairs:');
    for (const fold of cv.folds) console.log(`    ${fold.heldOut.padEnd(28)} F1 ${pct(fold.score.f1)}  precision ${pct(fold.score.precision)}  recall ${pct(fold.score.recall)}`);
    console.log(`    ${'pooled'.padEnd(28)} F1 ${pct(cv.pooled.f1)}  precision ${pct(cv.pooled.precision)}  recall ${pct(cv.pooled.recall)}  95% interval ${pct(cv.f1Interval.low)}–${pct(cv.f1Interval.high)}`);
    console.log(`  grouping by ${pairModel.grouping} (held out: model ${pct(pairModel.groupingScores.model.f1)}, cosine rule ${pct(pairModel.groupingScores.cosine.f1)})`);
    console.log(`  calibration on held-out pairs (error ${pct(cv.calibrationError)}): confidence → share that were one claim`);
    for (const bin of cv.reliability) {
      if (bin.count > 0) console.log(`    ${bin.low.toFixed(1)}–${bin.high.toFixed(1)}  ${String(bin.count).padStart(5)} pairs  mean ${pct(bin.meanPredicted!)}  observed ${pct(bin.observed!)}`);
    }
  }

  if (values.write) {
    if (values.comparison) throw new Error('--write records the machine and published scores; run it without --comparison');
    const evaluation = evaluationSchema.parse({
      method: layers[0]!.comparison.method,
      results,
      pairModel: pairModel && {
        grouping: pairModel.grouping,
        groupingScores: pairModel.groupingScores,
        mergeThreshold: pairModel.mergeThreshold,
        trainedOn: pairModel.trainedOn,
        crossValidation: pairModel.crossValidation,
      },
    });
    await writeFile(resolve(root, 'content/evaluation.json'), `${JSON.stringify(evaluation, null, 2)}\n`);
    console.log('\nwrote content/evaluation.json');
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** Scores one layer's comparison against one labelled set, prints the lines and returns the result row. */
function printScores(file: string, labels: EvalSet, layer: EvaluationResult['layer'], comparison: Comparison): EvaluationResult {
  const { claims, quotes, figures } = evaluateAnalysis(comparison, labels);
  console.log(
    `  ${layer.padEnd(9)}  claims  pairwise F1 ${pct(claims.f1)}  precision ${pct(claims.precision)}  recall ${pct(claims.recall)}  ` +
      `(${claims.truePositives} of ${claims.goldPairs} gold pairs found; ${claims.predictedPairs} predicted)` +
      `   quotes  recall ${pct(quotes.recall)} (${quotes.found}/${quotes.total})  speaker accuracy ${pct(quotes.speakerAccuracy)} (${quotes.speakerCorrect}/${quotes.found})`,
  );
  if (labels.figures.length > 0) {
    console.log(`  ${layer.padEnd(9)}  figures recall ${pct(figures.recall)} (${figures.found}/${figures.total})  read right ${pct(figures.accuracy)} (${figures.correct}/${figures.found})`);
  }
  if (claims.missedAnchors.length > 0) console.log(`    anchors matching no sentence:\n      ${claims.missedAnchors.join('\n      ')}`);
  if (quotes.problems.length > 0) console.log(`    quote problems:\n      ${quotes.problems.join('\n      ')}`);
  if (figures.problems.length > 0) console.log(`    figure problems:\n      ${figures.problems.join('\n      ')}`);
  if (values.verbose) {
    const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
    const pair = ([a, b]: [string, string]) => `      ${a}: ${text.get(a)?.slice(0, 100)}\n      ${b}: ${text.get(b)?.slice(0, 100)}\n`;
    console.log(`    missed pairs (${claims.missedPairs.length}):\n${claims.missedPairs.map(pair).join('\n')}`);
    console.log(`    extra pairs (${claims.extraPairs.length}):\n${claims.extraPairs.map(pair).join('\n')}`);
  }
  return {
    set: file.split('/').at(-1)!,
    layer,
    description: labels.about ?? '',
    claims: labels.claims.length,
    quotes: labels.quotes.length,
    claimF1: round(claims.f1),
    claimPrecision: round(claims.precision),
    claimRecall: round(claims.recall),
    quoteRecall: round(quotes.recall),
    speakerAccuracy: round(quotes.speakerAccuracy),
  };
}

/** Ingests the fixture articles with the project's own script into a temporary folder, analyses them and scores them. */
async function scoreFixtures(raw: string, labelFile: string) {
  const work = await mkdtemp(join(tmpdir(), 'parallax-eval-'));
  try {
    const provenance = join(work, 'provenance.json');
    await writeFile(provenance, `${JSON.stringify({ articles: [] })}\n`);
    execFileSync(process.execPath, [resolve(root, 'scripts/ingest.ts'), '--raw', raw, '--provenance', provenance, '--out', join(work, 'articles')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const comparison = analyzeArticles(await readCollection(join(work, 'articles')), null);
    const labels = evalSetSchema.parse(JSON.parse(await readFile(labelFile, 'utf8')));
    console.log(`\n${show(labelFile)} (${labels.claims.length} claims, ${labels.quotes.length} quotes, ${labels.figures.length} figures; invented articles, analysed in a temporary folder)`);
    printScores(labelFile, labels, 'machine', comparison);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function round(value: number) {
  return Math.round(value * 1000) / 1000;
}
