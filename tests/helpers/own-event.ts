import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticles } from '../../src/lib/analysis/analyze.ts';
import type { AnalysisArticle } from '../../src/lib/analysis/corpus.ts';
import { ingestArticles, type IngestedArticle, type RawFile } from '../../src/lib/ingest/ingest-articles.ts';
import { articleFromMarkdown } from '../../src/lib/io/read-collection.ts';
import type { Comparison } from '../../src/lib/schemas/comparison.ts';
import { eventSettingsSchema, type EventSettings } from '../../src/lib/schemas/event.ts';
import { provenanceSchema, type Provenance } from '../../src/lib/schemas/provenance.ts';
import { projectRoot } from './render.ts';

/** The invented event of tests/fixtures/own-event: three articles on one council vote. */
export const ownEventFolder = join(projectRoot, 'tests', 'fixtures', 'own-event');

interface OwnEventFile {
  title: string;
  date: string;
  place: string;
  summary: string;
  articles: Array<{ file: string; outlet: string; date: string }>;
}

const manifest = (): OwnEventFile => JSON.parse(readFileSync(join(ownEventFolder, 'event.json'), 'utf8')) as OwnEventFile;

/** The event's settings, as `event:new` would write them. */
export function ownEventSettings(): EventSettings {
  const { title, date, place, summary } = manifest();
  return eventSettingsSchema.parse({ title, date, place, summary });
}

/** Its articles as `npm run add` names them in content/raw (000_…, 001_…, 002_…), with their outlet and date. */
export function ownEventArticleFiles(): Array<RawFile & { path: string; outlet: string; date: string }> {
  return manifest().articles.map((article, index) => ({
    name: `${String(index).padStart(3, '0')}_${article.file}`,
    path: join(ownEventFolder, article.file),
    bytes: new Uint8Array(readFileSync(join(ownEventFolder, article.file))),
    outlet: article.outlet,
    date: article.date,
  }));
}

/** Its provenance, as three adds with --outlet and --date record it. */
export function ownEventProvenance(): Provenance {
  return provenanceSchema.parse({
    articles: ownEventArticleFiles().map((file) => ({ sourceFile: file.name, outlet: file.outlet, publishedDate: file.date, basis: 'an invented test article' })),
  });
}

/** Its articles, ingested as `npm run ingest` does. */
export function ownEventIngested(): IngestedArticle[] {
  const result = ingestArticles(ownEventArticleFiles(), ownEventProvenance());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.articles;
}

/** Its articles as the analysis reads them. */
export function ownEventArticles(): AnalysisArticle[] {
  return ownEventIngested().map((article) => articleFromMarkdown(article.markdown, `content/articles/${article.fileName}`));
}

let comparison: Comparison | undefined;

/** Its analysis, machine only (a new event has no editor's files), with the shipped default model. */
export function ownEventComparison(): Comparison {
  comparison ??= analyzeArticles(ownEventArticles(), ownEventSettings());
  return comparison;
}
