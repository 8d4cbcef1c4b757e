// Scores the figures of the evaluation corpus of invented events (tests/fixtures/events/*/labels.json,
// their `figures`): each event's raw articles are ingested with the project's own script into a
// temporary folder, their figures read and grouped as the analysis does, and the labelled
// figures scored as ../shared/eval/README.md describes (found: an exported figure, one that
// several articles give, contains the label; read right: dimension, unit, value and what else
// is labelled). Prints one line per event with labelled figures, then tune and held-out pooled,
// with how the found labels are grouped: pairs of the same value from different articles in
// one group, and pairs of different values in one group (a different fact, or one fact given
// differently: "more than $186,000" and "$186,400").
// Usage: node scripts/eval-figures.ts [--events DIR] [--verbose]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareCorpus } from '../src/lib/analysis/corpus.ts';
import { evaluateAnalysis } from '../src/lib/analysis/evaluate.ts';
import { findQuantities, groupFigures } from '../src/lib/analysis/figures/figures.ts';
import { dollarOfPlace } from '../src/lib/analysis/figures/units.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { parse as parseYaml } from 'yaml';
import { evalSetSchema } from '../src/lib/schemas/eval-set.ts';

const root = resolve(import.meta.dirname, '..');

export interface FigureScore {
  event: string;
  total: number;
  found: number;
  correct: number;
  problems: string[];
  /** Pairs of found labels from different articles with the same value, and how many share a group. */
  samePairs: number;
  sameJoined: number;
  /** Pairs with different values (other facts, or the same fact given differently), and how many share a group. */
  differentPairs: number;
  differentJoined: number;
}

/** Scores the labelled figures of every event under `eventsDir` that has some. */
export async function scoreEventFigures(eventsDir: string): Promise<FigureScore[]> {
  const scores: FigureScore[] = [];
  for (const event of (await readdir(eventsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const labelFile = join(eventsDir, event, 'labels.json');
    if (!existsSync(labelFile)) continue;
    const labels = evalSetSchema.parse(JSON.parse(await readFile(labelFile, 'utf8')));
    if (labels.figures.length === 0) continue;
    const work = await mkdtemp(join(tmpdir(), 'parallax-figures-'));
    try {
      const provenance = join(work, 'provenance.json');
      await writeFile(provenance, `${JSON.stringify({ articles: [] })}\n`);
      execFileSync(process.execPath, [resolve(root, 'scripts/ingest.ts'), '--raw', join(eventsDir, event, 'raw'), '--provenance', provenance, '--out', join(work, 'articles')], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      const articles = await readCollection(join(work, 'articles'));
      const corpus = prepareCorpus(articles);
      // The event's place says which dollar a bare "$" is (the text alone does not).
      const eventFile = join(eventsDir, event, 'event.yaml');
      const place = existsSync(eventFile) ? (parseYaml(await readFile(eventFile, 'utf8')) as { place?: string } | null)?.place : undefined;
      const groups = groupFigures(findQuantities(corpus, { dollar: dollarOfPlace(place) }));
      const { figures } = evaluateAnalysis(
        {
          articles: corpus.articles.map((article) => ({ id: article.id, sourceFile: article.sourceFile })),
          sentences: corpus.sentences.map((sentence) => ({ id: sentence.id, articleId: sentence.articleId, text: sentence.text })),
          claims: [],
          quotes: [],
          figures: groups.map((group) => ({ dimension: group.dimension, unit: group.unit, mentions: group.quantities })),
        },
        { ...labels, claims: [], quotes: [] },
      );
      // Grouping: which group holds each label (the mention holding its anchor), compared pairwise.
      const groupOf = labels.figures.map((label) => {
        const articleId = corpus.articles.find((article) => article.sourceFile === label.sourceFile)?.id;
        const anchor = label.anchor.toLowerCase().replace(/\s+/g, ' ');
        return groups.findIndex((group) => group.quantities.some((quantity) => quantity.articleId === articleId && quantity.text.toLowerCase().replace(/\s+/g, ' ').includes(anchor)));
      });
      let [samePairs, sameJoined, differentPairs, differentJoined] = [0, 0, 0, 0];
      labels.figures.forEach((a, i) => {
        labels.figures.forEach((b, j) => {
          if (j <= i || a.sourceFile === b.sourceFile || groupOf[i]! < 0 || groupOf[j]! < 0 || a.dimension !== b.dimension || a.unit !== b.unit) return;
          const joined = groupOf[i] === groupOf[j] ? 1 : 0;
          if (a.value === b.value) [samePairs, sameJoined] = [samePairs + 1, sameJoined + joined];
          else {
            [differentPairs, differentJoined] = [differentPairs + 1, differentJoined + joined];
            if (joined) figures.problems.push(`one group, different values (${groups[groupOf[i]!]!.agreement}): ${a.sourceFile}: “${a.anchor}” and ${b.sourceFile}: “${b.anchor}”`);
          }
        });
      });
      scores.push({ event, total: figures.total, found: figures.found, correct: figures.correct, problems: figures.problems, samePairs, sameJoined, differentPairs, differentJoined });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  return scores;
}

/** Prints the per-event and pooled lines (split by tests/fixtures/events/split.json when present). */
export async function printEventFigures(eventsDir: string, verbose: boolean): Promise<void> {
  const scores = await scoreEventFigures(eventsDir);
  const splitFile = join(eventsDir, 'split.json');
  const split = existsSync(splitFile) ? (JSON.parse(await readFile(splitFile, 'utf8')) as { tune?: string[]; heldOut?: string[] }) : {};
  const line = (name: string, total: number, found: number, correct: number) =>
    `  ${name.padEnd(26)} figures recall ${(found / Math.max(total, 1)).toFixed(3)} (${found}/${total})  read right ${(correct / Math.max(found, 1)).toFixed(3)} (${correct}/${found})`;
  console.log(`\n${eventsDir.replace(`${root}/`, '')}: labelled figures of the invented events`);
  for (const score of scores) {
    const side = split.heldOut?.includes(score.event) ? 'held out' : split.tune?.includes(score.event) ? 'tune' : '';
    console.log(`${line(score.event, score.total, score.found, score.correct)}  ${side}`);
    if (verbose) for (const problem of score.problems) console.log(`      ${problem}`);
  }
  for (const [name, events] of [['tune, pooled', split.tune ?? []], ['held out, pooled', split.heldOut ?? []], ['all, pooled', null]] as const) {
    const chosen = scores.filter((score) => events === null || events.includes(score.event));
    if (chosen.length === 0) continue;
    const sum = (key: 'total' | 'found' | 'correct' | 'samePairs' | 'sameJoined' | 'differentPairs' | 'differentJoined') => chosen.reduce((total, score) => total + score[key], 0);
    console.log(`${line(name, sum('total'), sum('found'), sum('correct'))}  grouping: same value together ${sum('sameJoined')}/${sum('samePairs')}, different values together ${sum('differentJoined')}/${sum('differentPairs')}`);
  }
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { events: { type: 'string', default: resolve(root, 'tests/fixtures/events') }, verbose: { type: 'boolean', default: false } } });
  try {
    await printEventFigures(values.events, values.verbose);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
