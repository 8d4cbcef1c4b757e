// Runs the cross-outlet analysis over content/articles, with the editor's files in content/
// applied, and writes content/data/comparison.json and sentences.csv.
// Usage: node scripts/analyze.ts [--articles DIR] [--provenance FILE] [--content DIR] [--event FILE] [--out DIR] [--machine-only]
// The event (title, date, place, summary) is <content>/event.yaml unless --event names another file.
// --machine-only leaves the editor's files out: the machine's own comparison, to score the method alone.
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../src/lib/analysis/analyze.ts';
import { EVENT_FILE, readEventSettings } from '../src/lib/event/event-settings.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { readEventPairModel } from '../src/lib/io/read-pair-model.ts';
import { replaceDirectory } from '../src/lib/io/replace-directory.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';
import { sentencesCsv } from '../src/lib/analysis/sentences-csv.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    provenance: { type: 'string', default: resolve(root, 'content/provenance.json') },
    content: { type: 'string', default: resolve(root, 'content') },
    event: { type: 'string' },
    out: { type: 'string', default: resolve(root, 'content/data') },
    'machine-only': { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';

try {
  // Checked, though the analysis reads the event from event.yaml: a leftover "event" block is refused here as at ingest.
  provenanceSchema.parse(JSON.parse(await readFile(values.provenance, 'utf8')));
  const eventFile = values.event ?? join(values.content, EVENT_FILE);
  const event = await readEventSettings(eventFile, show(eventFile));
  const articles = await readCollection(values.articles, show(values.articles));
  let editorial = null;
  if (!values['machine-only']) {
    const loaded = await loadEditorial(values.content, articles, show(values.content));
    if (loaded.problems.length > 0) throw new EditorialError(loaded.problems);
    editorial = loaded.editorial;
  }
  const { model: pairModel } = await readEventPairModel(values.content, show(values.content));
  const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel };
  const comparison = comparisonSchema.parse(analyzeArticles(articles, event, options, editorial));
  await replaceDirectory(values.out, [
    { path: 'comparison.json', content: `${JSON.stringify(comparison, null, 2)}\n` },
    { path: 'sentences.csv', content: sentencesCsv(comparison) },
  ]);
  const shared = comparison.claims.filter((claim) => claim.articleIds.length > 1).length;
  const { review } = comparison;
  console.log(
    `analyze  ${comparison.sentences.length} sentences → ${comparison.claims.length} claims (${shared} shared, ` +
      (review.applied ? `${review.reviewedClaims} reviewed` : 'machine only') +
      `), ${comparison.quotes.length} quotes, ${comparison.entities.length} names, ${comparison.figures.length} figures → ${show(values.out)} ` +
      `in ${Math.round(performance.now() - started)} ms`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  if (error instanceof EditorialError) {
    console.error('fix the files named above (npm run claims:check lists every problem; for another event, npm run event:new starts an empty one)');
  }
  console.error(`analyze failed; ${show(values.out)} was left as it was`);
  process.exit(1);
}
