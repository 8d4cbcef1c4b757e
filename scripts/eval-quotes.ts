// Scores quotes and speakers: on every labelled invented event (tests/fixtures/events/*/labels.json,
// ingested in memory), one line per event, then the tune and the held-out events pooled
// (split.json: rules are tuned on the tune events only; the held-out ones are only scored); and
// on the invented fixture articles (tests/fixtures/eval) and on the quotation-convention fixtures
// (tests/fixtures/quotes: one article per convention family, development only). Quote recall: labelled quotations
// found; speaker accuracy: among those found, the share given the labelled speaker.
// Usage: node scripts/eval-quotes.ts [--events DIR] [--fixtures DIR] [--conventions DIR] [--verbose]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pooledQuoteScore, scoreQuotes, type QuoteScore } from '../src/lib/analysis/quotes/evaluate-quotes.ts';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { corpusEvents, loadLabelledEvent, readCorpusSplit } from '../src/lib/io/load-event.ts';
import { articleFromMarkdown } from '../src/lib/io/read-collection.ts';
import { readRawFolder } from '../src/lib/io/read-raw-folder.ts';
import { evalSetSchema } from '../src/lib/schemas/eval-set.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: resolve(root, 'tests/fixtures/events') },
    fixtures: { type: 'string', default: resolve(root, 'tests/fixtures/eval') },
    conventions: { type: 'string', default: resolve(root, 'tests/fixtures/quotes') },
    verbose: { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const line = (name: string, score: QuoteScore, note = '') =>
  `  ${name.padEnd(26)} quotes recall ${score.recall.toFixed(3)} (${String(score.found).padStart(3)}/${String(score.total).padEnd(3)})  speakers ${score.speakerAccuracy.toFixed(3)} (${String(score.speakerCorrect).padStart(3)}/${String(score.found).padEnd(3)})${note ? `  ${note}` : ''}`;
const details = (score: QuoteScore) => {
  if (values.verbose) for (const problem of score.problems) console.log(`      ${problem}`);
};

try {
  if (existsSync(values.events)) {
    const split = existsSync(join(values.events, 'split.json')) ? await readCorpusSplit(values.events, show(values.events)) : { tune: [], heldOut: [] };
    const scores = new Map<string, QuoteScore>();
    console.log(`${show(values.events)}: quotes and speakers of the invented events`);
    for (const name of await corpusEvents(values.events)) {
      const event = await loadLabelledEvent(join(values.events, name), name, `${show(values.events)}/${name}`);
      const score = scoreQuotes(event.articles, event.labels);
      scores.set(name, score);
      const side = split.heldOut.includes(name) ? 'held out' : split.tune.includes(name) ? 'tune' : '';
      console.log(line(name, score, side));
      details(score);
    }
    for (const [name, events] of [['tune, pooled', split.tune], ['held out, pooled', split.heldOut]] as const) {
      const chosen = events.map((event) => scores.get(event)).filter((score): score is QuoteScore => score !== undefined);
      if (chosen.length > 0) console.log(line(name, pooledQuoteScore(chosen)));
    }
  }
  await scoreFolder(values.fixtures, 'fixture-articles.json', 'fixture articles', 'the invented fixture articles');
  await scoreFolder(values.conventions, 'labels.json', 'quotation conventions', 'every quotation convention and speaker pattern (development fixtures)');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** Ingests `folder/articles` in memory and scores it against `folder/labelName`, when both exist. */
async function scoreFolder(folder: string, labelName: string, name: string, about: string): Promise<void> {
  const labelFile = join(folder, labelName);
  if (!existsSync(labelFile)) return;
  const raw = await readRawFolder(join(folder, 'articles'), `${show(folder)}/articles`);
  if (raw.problems.length > 0) throw new Error(raw.problems.join('\n'));
  const ingested = ingestArticles(raw.files, { articles: [] }, `${show(folder)}/articles`);
  if (!ingested.ok) throw new Error(ingested.problems.join('\n'));
  const articles = ingested.articles.map((article) => articleFromMarkdown(article.markdown, article.fileName));
  const parsed = evalSetSchema.safeParse(JSON.parse(await readFile(labelFile, 'utf8')));
  if (!parsed.success) throw new Error(`${show(labelFile)}: ${parsed.error.issues[0]?.message ?? 'not a label set'}`);
  const score = scoreQuotes(articles, parsed.data);
  console.log(`\n${show(labelFile)}: ${about}\n${line(name, score)}`);
  details(score);
}
