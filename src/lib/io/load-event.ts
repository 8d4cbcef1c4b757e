import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalysisArticle } from '../analysis/corpus.ts';
import { ingestArticles } from '../ingest/ingest-articles.ts';
import { corpusSplitSchema, evalSetSchema, type CorpusSplit, type EvalSet } from '../schemas/eval-set.ts';
import { provenanceSchema } from '../schemas/provenance.ts';
import { articleFromMarkdown } from './read-collection.ts';
import { readRawFolder } from './read-raw-folder.ts';

/** A labelled event of the evaluation corpus, ingested in memory. */
export interface LabelledEvent {
  /** The folder's name. */
  slug: string;
  articles: AnalysisArticle[];
  labels: EvalSet;
}

/**
 * Reads one event folder of the evaluation corpus (`raw/`, `provenance.json`, `labels.json`) and
 * ingests its articles in memory, exactly as `npm run ingest` would, without writing anything.
 * Errors name the file.
 */
export async function loadLabelledEvent(folder: string, slug: string, shown = folder): Promise<LabelledEvent> {
  const raw = await readRawFolder(join(folder, 'raw'), `${shown}/raw`);
  if (raw.problems.length > 0) throw new Error(raw.problems.join('\n'));
  const provenanceParsed = provenanceSchema.safeParse(await readJson(join(folder, 'provenance.json'), `${shown}/provenance.json`));
  if (!provenanceParsed.success) throw new Error(`${shown}/provenance.json: ${issueLine(provenanceParsed.error)}`);
  const provenance = provenanceParsed.data;
  const result = ingestArticles(raw.files, provenance, `${shown}/raw`);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const parsed = evalSetSchema.safeParse(await readJson(join(folder, 'labels.json'), `${shown}/labels.json`));
  if (!parsed.success) throw new Error(`${shown}/labels.json: ${issueLine(parsed.error)}`);
  return {
    slug,
    articles: result.articles.map((article) => articleFromMarkdown(article.markdown, `${shown}/${article.fileName}`)),
    labels: parsed.data,
  };
}

/** The event folders of a corpus (every sub-folder with a `labels.json`), by name. */
export async function corpusEvents(root: string): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(join(root, entry.name));
    if (files.includes('labels.json')) out.push(entry.name);
  }
  return out.sort();
}

/** The corpus's split into tune and held-out events (`split.json`), checked: every event named exists, none is on both sides. */
export async function readCorpusSplit(root: string, shown = root): Promise<CorpusSplit> {
  const parsed = corpusSplitSchema.safeParse(await readJson(join(root, 'split.json'), `${shown}/split.json`));
  if (!parsed.success) throw new Error(`${shown}/split.json: ${issueLine(parsed.error)}`);
  const events = new Set(await corpusEvents(root));
  for (const name of [...parsed.data.tune, ...parsed.data.heldOut]) {
    if (!events.has(name)) throw new Error(`${shown}/split.json: names "${name}", which is not an event folder with labels.json`);
  }
  const both = parsed.data.tune.filter((name) => parsed.data.heldOut.includes(name));
  if (both.length > 0) throw new Error(`${shown}/split.json: ${both.join(', ')} is both tuned on and held out`);
  return parsed.data;
}

/** A JSON file's value; a file that is not JSON is one line naming it. */
async function readJson(file: string, shown: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${shown}: is not valid JSON (${(error as Error).message})`);
  }
}

/** The first problem zod found, as "field: message" (or "the file: message"). */
function issueLine(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0]!;
  return `${issue.path.map(String).join('.') || 'the file'}: ${issue.message}`;
}
