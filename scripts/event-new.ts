// Starts a new, empty event: lists every file of the current one it will remove (articles, the
// editor's files, label sets, evaluation figures, the fitted model, provenance entries, made
// data), asks unless --yes, then removes them and writes content/event.yaml and an empty
// content/provenance.json. Files no event owns are kept and named. Then: npm run add, npm run build.
// Usage: npm run event:new -- --title "…" --date YYYY-MM-DD [--summary "…"] [--place "…"] [--source URL] [--yes]
//        (tests also pass --content DIR)
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { describePlan, planNewEvent, planRemovesAnything } from '../src/lib/event/new-event.ts';
import { eventSettingsSchema } from '../src/lib/schemas/event.ts';
import { listFiles } from '../src/lib/io/list-files.ts';

const root = resolve(import.meta.dirname, '..');
const USAGE = 'usage: npm run event:new -- --title "…" --date YYYY-MM-DD [--summary "…"] [--place "…"] [--source URL] [--yes]';
const show = (path: string) => relative(process.cwd(), path) || '.';

let parsed;
try {
  parsed = parseArgs({
    options: {
      title: { type: 'string' },
      date: { type: 'string' },
      summary: { type: 'string' },
      place: { type: 'string' },
      source: { type: 'string' },
      yes: { type: 'boolean', default: false },
      content: { type: 'string', default: resolve(root, 'content') },
    },
  });
} catch (error) {
  fail(`event:new: ${(error as Error).message.split('. ')[0]}; ${USAGE}`);
}
const { values } = parsed;
if (values.title === undefined) fail(`event:new: --title is missing; ${USAGE}`);
if (values.date === undefined) fail(`event:new: --date is missing; ${USAGE}`);
const checked = eventSettingsSchema.safeParse({ title: values.title, date: values.date, summary: values.summary ?? null, place: values.place ?? null, source: values.source ?? null });
if (!checked.success) {
  const issue = checked.error.issues[0]!;
  fail(`event:new: --${issue.path.join('.')}: ${issue.message}; nothing was changed`);
}
const event = checked.data;
const content = values.content;
const shown = show(content);

const files = await listFiles(content).catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT') return [];
  throw error;
});
const relativeFiles = files.map((file) => relative(content, file).split(sep).join('/'));
const provenanceEntries = await countProvenanceEntries(join(content, 'provenance.json'));
const plan = planNewEvent(relativeFiles, event, provenanceEntries);
for (const line of describePlan(plan, shown)) console.log(line);

if (planRemovesAnything(plan) && !values.yes) {
  if (!process.stdin.isTTY) fail('event:new: nothing was changed; run it again with --yes to remove what is listed above (or in a terminal, to be asked)');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await prompt.question(`Remove these and start "${event.title}"? Type yes to go on: `);
  prompt.close();
  if (answer.trim().toLowerCase() !== 'yes' && answer.trim().toLowerCase() !== 'y') fail('event:new: nothing was changed');
}

// The new files are written beside their places first, so a failure before the swap changes nothing.
await mkdir(content, { recursive: true });
const staged = plan.write.map((file) => ({ ...file, target: join(content, file.path), staging: join(content, `${file.path}.new-${process.pid}`) }));
try {
  for (const file of staged) await writeFile(file.staging, file.content);
} catch (error) {
  for (const file of staged) await rm(file.staging, { force: true });
  fail(`event:new: could not write ${shown} (${(error as Error).message}); nothing was changed`);
}
for (const part of plan.remove) {
  for (const file of part.files) await rm(join(content, file), { force: true });
  if (part.folder) await removeEmptyFolders(join(content, part.path));
}
for (const file of staged) await rename(file.staging, file.target);

const removed = plan.remove.reduce((sum, part) => sum + part.files.length, 0);
console.log(`event:new "${event.title}" (${event.date}): removed ${removed} ${removed === 1 ? 'file' : 'files'}; wrote ${staged.map((file) => show(file.target)).join(' and ')}`);
console.log('next: npm run add -- FILE --outlet NAME [--url URL] [--date YYYY-MM-DD] for each article, then npm run build');

/** How many entries the old provenance file lists: 0 when there is none, 'unreadable' when it is not a provenance file. */
async function countProvenanceEntries(file: string): Promise<number | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  try {
    const json = JSON.parse(text) as { articles?: unknown };
    return Array.isArray(json.articles) ? json.articles.length : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Removes a folder and the folders below it when empty (a kept placeholder keeps its folder). */
async function removeEmptyFolders(folder: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) if (entry.isDirectory()) await removeEmptyFolders(join(folder, entry.name));
  await rmdir(folder).catch(() => undefined);
}

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}
