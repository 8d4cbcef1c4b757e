// Scores the analysis, always beside the plain word-overlap baseline, on text it was not tuned on:
// 1. this event's label sets (../shared/eval/claims-dev.json when present, content/labels/*.json):
//    the machine alone (the editor's files left out) and the published claims;
// 2. this event's reviewed claims, each reviewed article held out in turn (suggestions F1 and
//    candidates top-1/top-3), with the shipped default model, which was never fitted on them;
// 3. the evaluation corpus (tests/fixtures/events): every held-out event and pooled, the machine
//    against the baseline at fixed thresholds, leave-one-article-out suggestions and candidates,
//    and calibration; the tune events' figures follow, marked in-sample;
// 4. the invented fixture articles (tests/fixtures/eval/articles): quotes, speakers and figures;
// 5. the labelled figures of the evaluation corpus (scripts/eval-figures.ts): per event, then the
//    tune and the held-out events pooled, with how the figures are grouped;
// 6. the ingest on its labelled fixtures (scripts/eval-ingest.ts), development and held-out apart.
// --ablation refits the default model without each feature group and scores it on the held-out
// events. --write records (1, 2) in content/evaluation.json and (3, ablation) in
// src/lib/analysis/matcher/corpus-evaluation.json for the method page.
// Usage: node scripts/eval.ts [--labels FILE]... [--comparison FILE] [--corpus DIR] [--verbose] [--ablation] [--write]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../src/lib/analysis/analyze.ts';
import { evaluateAnalysis } from '../src/lib/analysis/evaluate.ts';
import { DEFAULT_CANDIDATE_OPTIONS } from '../src/lib/analysis/matcher/candidates.ts';
import { DEFAULT_PAIR_MODEL } from '../src/lib/analysis/matcher/default-model.ts';
import { corpusEvaluation, evaluateMatcher, pooledLeaveOneArticleOut, pooledScore, roundLeaveOneOut, type MatcherEvaluation } from '../src/lib/analysis/matcher/evaluate-matcher.ts';
import { PATH_FEATURES, type PairFeature } from '../src/lib/analysis/matcher/pair-features.ts';
import { DEFAULT_FIT_SETTINGS, fitPairModel, labelledEventSet, reviewedClaimSet, type LabelledSet } from '../src/lib/analysis/matcher/pair-training.ts';
import { loadLabelledEvent, readCorpusSplit } from '../src/lib/io/load-event.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { readEventPairModel } from '../src/lib/io/read-pair-model.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { comparisonSchema, type Comparison } from '../src/lib/schemas/comparison.ts';
import { evalSetSchema, type EvalSet } from '../src/lib/schemas/eval-set.ts';
import { corpusEvaluationSchema, evaluationSchema, type EvaluationResult } from '../src/lib/schemas/evaluation.ts';
import type { PairModel } from '../src/lib/schemas/pair-model.ts';
import { EVENT_FILE, readEventSettings } from '../src/lib/event/event-settings.ts';
import { printEventFigures } from './eval-figures.ts';
import { printIngestEvaluation } from './eval-ingest.ts';

const root = resolve(import.meta.dirname, '..');
const CORPUS_FILE = resolve(root, 'src/lib/analysis/matcher/corpus-evaluation.json');

/** Feature groups left out in turn: each refitted on the tune events and scored on the held-out ones. */
const ABLATIONS: ReadonlyArray<{ without: string; drop: PairFeature[]; candidates?: Partial<typeof DEFAULT_CANDIDATE_OPTIONS> }> = [
  { without: 'nothing (the published machine)', drop: [] },
  { without: 'the path features (second stage)', drop: [...PATH_FEATURES] },
  { without: 'figures (shared and conflicting)', drop: ['sharedFigure', 'figureConflict'] },
  { without: 'the baseline view of words (plainCosine)', drop: ['plainCosine'] },
  { without: 'names and common words apart (nameCosine, commonCosine)', drop: ['nameCosine', 'commonCosine'] },
  { without: 'roles and verbs of saying left out (coreCosine)', drop: ['coreCosine'] },
  { without: 'the rarest shared term (rarestShared)', drop: ['rarestShared'] },
  { without: 'the count of shared terms (sharedTerms)', drop: ['sharedTerms'] },
  { without: 'shared phrasing (sharedPhrases)', drop: ['sharedPhrases'] },
  { without: 'the distinctive-term rule for candidates', drop: [], candidates: { maxOtherClaimShare: Number.MAX_SAFE_INTEGER, minOtherClaims: Number.MAX_SAFE_INTEGER } },
];

const { values } = parseArgs({
  options: {
    labels: { type: 'string', multiple: true },
    comparison: { type: 'string' },
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    corpus: { type: 'string', default: resolve(root, 'tests/fixtures/events') },
    fixtures: { type: 'string', default: resolve(root, 'tests/fixtures/eval/articles') },
    verbose: { type: 'boolean', default: false },
    ablation: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const pct = (value: number) => value.toFixed(3);
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;

try {
  const { model: pairModel } = await readEventPairModel(values.content, show(values.content));
  const articles = values.comparison ? [] : await readCollection(values.articles, show(values.articles));
  // A given comparison.json is scored as it is: the editor's files are not read (they describe this event's articles).
  const { editorial, problems } = values.comparison
    ? { editorial: { claims: [], reviewedArticleIds: new Set<string>(), speakerCorrections: [], speakerCorrectionsPath: '', statesNoFact: [], reviewPath: '' }, problems: [] }
    : await loadEditorial(values.content, articles, show(values.content));
  if (problems.length > 0) throw new EditorialError(problems);

  // 1. This event's label sets.
  const results = await scoreLabelSets(articles, editorial, pairModel);

  // 2. This event's reviewed claims, each reviewed article held out in turn.
  const reviewed = editorial.claims.filter((claim) => claim.status === 'reviewed');
  let leaveOneOut: (MatcherEvaluation['leaveOneArticleOut'] & { articles: number }) | null = null;
  if (!values.comparison && reviewed.length > 0 && editorial.reviewedArticleIds.size >= 2) {
    const set = reviewedClaimSet(articles, reviewed, editorial.reviewedArticleIds, new Set(editorial.statesNoFact.map((sentence) => sentence.id)));
    const run = evaluateMatcher(set, DEFAULT_PAIR_MODEL);
    leaveOneOut = { ...roundLeaveOneOut(run.leaveOneArticleOut), articles: editorial.reviewedArticleIds.size };
    console.log(`\nthis event's ${reviewed.length} reviewed claims, each of the ${editorial.reviewedArticleIds.size} reviewed articles held out in turn (shipped default model, never fitted on them)`);
    printLeaveOneOut(run.leaveOneArticleOut);
  }

  // 3. The evaluation corpus.
  let corpus = null;
  if (existsSync(resolve(values.corpus, 'split.json'))) {
    const split = await readCorpusSplit(values.corpus, show(values.corpus));
    const sets = new Map<string, LabelledSet & { title: string }>();
    for (const name of [...split.heldOut, ...split.tune]) {
      const event = await loadLabelledEvent(resolve(values.corpus, name), name, `${show(values.corpus)}/${name}`);
      const set = labelledEventSet(name, event.articles, event.labels);
      if (set.missedAnchors.length > 0) console.log(`${show(values.corpus)}/${name}/labels.json: ${set.missedAnchors.length} anchors match no sentence (their pairs are not scored):\n  ${set.missedAnchors.join('\n  ')}`);
      sets.set(name, { ...set, title: await eventTitle(resolve(values.corpus, name), name) });
    }
    const runs = [...sets.values()].map((set) => ({ ...evaluateMatcher(set, DEFAULT_PAIR_MODEL), title: set.title, heldOut: split.heldOut.includes(set.name) }));
    printCorpus(runs, show(values.corpus));
    const ablation = values.ablation ? runAblation(split.tune.map((name) => sets.get(name)!), split.heldOut.map((name) => sets.get(name)!)) : [];
    corpus = corpusEvaluationSchema.parse(corpusEvaluation(runs, split, ablation));
  }

  // 4. Invented fixture articles: quotes, speakers, figures.
  if (values.fixtures && existsSync(values.fixtures)) await scoreFixtures(values.fixtures, resolve(values.fixtures, '../fixture-articles.json'));

  // 5. The evaluation corpus's labelled figures.
  if (!values.comparison && existsSync(values.corpus)) await printEventFigures(values.corpus, values.verbose);

  // 6. The ingest on its labelled fixtures (text layouts, pasted source, saved pages), development and held-out sets apart.
  if (!values.comparison) printIngestEvaluation(resolve(root, 'tests/fixtures/ingest'), values.verbose);

  if (values.write) {
    if (values.comparison) throw new Error('--write records the machine and published scores; run it without --comparison');
    const current = await readEventSettings(resolve(values.content, EVENT_FILE), show(resolve(values.content, EVENT_FILE)));
    const evaluation = evaluationSchema.parse({ event: { title: current.title, date: current.date }, method: analyzeArticles(articles, null, { ...DEFAULT_ANALYSIS_OPTIONS, pairModel }).method, results, leaveOneArticleOut: leaveOneOut });
    await writeFile(resolve(values.content, 'evaluation.json'), `${JSON.stringify(evaluation, null, 2)}\n`);
    console.log(`\nwrote ${show(resolve(values.content, 'evaluation.json'))}`);
    if (corpus) {
      const previous = existsSync(CORPUS_FILE) ? corpusEvaluationSchema.parse(JSON.parse(await readFile(CORPUS_FILE, 'utf8'))) : null;
      // An ablation is slow; a run without --ablation keeps the last one's table.
      const kept = corpus.ablation.length > 0 ? corpus : { ...corpus, ablation: previous?.ablation ?? [] };
      await writeFile(CORPUS_FILE, `${JSON.stringify(kept, null, 2)}\n`);
      console.log(`wrote ${show(CORPUS_FILE)}`);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** The label sets of this event: the development set beside the project when present, and content/labels/*.json. */
async function labelFiles(): Promise<string[]> {
  if (values.labels) return values.labels;
  const files: string[] = [];
  const dev = resolve(root, '../shared/eval/claims-dev.json');
  if (existsSync(dev)) files.push(dev);
  const folder = resolve(values.content, 'labels');
  if (existsSync(folder)) for (const name of (await readdir(folder)).filter((file) => file.endsWith('.json')).sort()) files.push(join(folder, name));
  return files;
}

async function scoreLabelSets(articles: Awaited<ReturnType<typeof readCollection>>, editorial: Awaited<ReturnType<typeof loadEditorial>>['editorial'], pairModel: PairModel): Promise<EvaluationResult[]> {
  const layers: Array<{ layer: EvaluationResult['layer']; comparison: Comparison }> = [];
  if (values.comparison) {
    layers.push({ layer: 'file', comparison: comparisonSchema.parse(JSON.parse(await readFile(values.comparison, 'utf8'))) });
  } else {
    const eventFile = resolve(values.content, EVENT_FILE);
    const event = await readEventSettings(eventFile, show(eventFile));
    const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel };
    layers.push({ layer: 'machine', comparison: analyzeArticles(articles, event, options) });
    layers.push({ layer: 'published', comparison: analyzeArticles(articles, event, options, editorial) });
  }
  const results: EvaluationResult[] = [];
  const files = await labelFiles();
  if (files.length === 0) console.log('\nthis event has no label sets (content/labels/*.json): the machine is not measured on it');
  for (const file of files) {
    const labels = evalSetSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    console.log(`\n${show(file)} (${labels.claims.length} claims, ${labels.quotes.length} quotes)`);
    for (const { layer, comparison } of layers) results.push(printScores(file, labels, layer, comparison));
  }
  return results;
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

function baselineLine(baseline: MatcherEvaluation['baseline'], machineF1: number): string {
  return baseline.map(({ threshold, score }) => `t=${threshold.toFixed(2)} ${pct(score.f1)} (${signed(machineF1 - score.f1)})`).join('   ');
}

function printLeaveOneOut(run: MatcherEvaluation['leaveOneArticleOut']): void {
  const share = (part: number) => (run.sentences === 0 ? '–' : pct(part / run.sentences));
  console.log(`  suggestions  F1 ${pct(run.suggestions.f1)}  precision ${pct(run.suggestions.precision)}  recall ${pct(run.suggestions.recall)}`);
  console.log(`  baseline     ${baselineLine(run.baseline, run.suggestions.f1)}   (machine − baseline in brackets)`);
  console.log(`  candidates   top-1 ${share(run.top1)}  top-3 ${share(run.top3)}  (${run.sentences} sentences whose claim another article states)`);
}

function printCorpus(runs: ReadonlyArray<MatcherEvaluation & { title: string; heldOut: boolean }>, shown: string): void {
  const heldOut = runs.filter((run) => run.heldOut);
  const tune = runs.filter((run) => !run.heldOut);
  const line = (run: MatcherEvaluation) => {
    const loo = run.leaveOneArticleOut;
    return (
      `  ${run.name.padEnd(24)} machine F1 ${pct(run.machine.f1)} (P ${pct(run.machine.precision)} R ${pct(run.machine.recall)})   baseline ${baselineLine(run.baseline, run.machine.f1)}\n` +
      `  ${''.padEnd(24)} one article held out: suggestions F1 ${pct(loo.suggestions.f1)}, candidates top-1 ${pct(loo.top1 / Math.max(1, loo.sentences))} top-3 ${pct(loo.top3 / Math.max(1, loo.sentences))} (${loo.sentences} sentences)`
    );
  };
  console.log(`\n${shown}: held-out events (never fitted or tuned on), the machine against the plain baseline (machine − baseline in brackets)`);
  for (const run of heldOut) console.log(line(run));
  const machine = pooledScore(heldOut.map((run) => run.machine));
  const baseline = heldOut[0]!.baseline.map(({ threshold }, index) => ({ threshold, score: pooledScore(heldOut.map((run) => run.baseline[index]!.score)) }));
  const loo = pooledLeaveOneArticleOut(heldOut.map((run) => run.leaveOneArticleOut));
  console.log(`  ${'pooled'.padEnd(24)} machine F1 ${pct(machine.f1)} (P ${pct(machine.precision)} R ${pct(machine.recall)})   baseline ${baselineLine(baseline, machine.f1)}`);
  console.log(`  ${''.padEnd(24)} one article held out: suggestions F1 ${pct(loo.suggestions.f1)}, candidates top-1 ${pct(loo.top1 / Math.max(1, loo.sentences))} top-3 ${pct(loo.top3 / Math.max(1, loo.sentences))} (${loo.sentences} sentences)`);
  const confidences = heldOut.flatMap((run) => run.confidences);
  console.log('  reliability on the held-out events\' candidate pairs: confidence → share that were one claim');
  for (let bin = 0; bin < 10; bin++) {
    const inBin = confidences.filter(([p]) => Math.min(9, Math.floor(p * 10)) === bin);
    if (inBin.length === 0) continue;
    const mean = inBin.reduce((sum, [p]) => sum + p, 0) / inBin.length;
    const observed = inBin.reduce((sum, [, y]) => sum + y, 0) / inBin.length;
    console.log(`    ${(bin / 10).toFixed(1)}–${((bin + 1) / 10).toFixed(1)}  ${String(inBin.length).padStart(6)} pairs  mean ${pct(mean)}  observed ${pct(observed)}`);
  }
  console.log(`\n${shown}: tune events (the model was fitted and tuned on these: in-sample)`);
  for (const run of tune) console.log(line(run));
  const tuneMachine = pooledScore(tune.map((run) => run.machine));
  console.log(`  ${'pooled (in-sample)'.padEnd(24)} machine F1 ${pct(tuneMachine.f1)}`);
}

function runAblation(tune: readonly LabelledSet[], heldOut: readonly LabelledSet[]) {
  console.log('\nablation: refitted on the tune events without each group, scored on the held-out events (pooled)');
  const rows: Array<{ without: string; f1: number; delta: number; top3: number }> = [];
  for (const ablation of ABLATIONS) {
    const model = ablation.drop.length === 0 && rows.length === 0 ? DEFAULT_PAIR_MODEL : fitPairModel(tune, { ...DEFAULT_FIT_SETTINGS, drop: ablation.drop });
    const candidates = { ...DEFAULT_CANDIDATE_OPTIONS, ...ablation.candidates };
    const runs = heldOut.map((set) => evaluateMatcher(set, model, candidates));
    const f1 = pooledScore(runs.map((run) => run.machine)).f1;
    const loo = pooledLeaveOneArticleOut(runs.map((run) => run.leaveOneArticleOut));
    const top3 = loo.sentences === 0 ? 0 : loo.top3 / loo.sentences;
    const full = rows[0]?.f1 ?? f1;
    rows.push({ without: ablation.without, f1: round(f1), delta: round(f1 - full), top3: round(top3) });
    console.log(`  without ${ablation.without.padEnd(58)} F1 ${pct(f1)} (${signed(f1 - full)})   top-3 ${pct(top3)}`);
  }
  return rows;
}

async function eventTitle(folder: string, fallback: string): Promise<string> {
  try {
    const parsed = parseYaml(await readFile(join(folder, 'event.yaml'), 'utf8')) as { title?: unknown };
    return typeof parsed?.title === 'string' ? parsed.title : fallback;
  } catch {
    return fallback;
  }
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
