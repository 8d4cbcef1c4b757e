// Adds one article file: copies it into content/raw/ byte for byte, records its provenance in
// content/provenance.json (facts not given stay null) and ingests every article again. On any
// problem it prints one line naming the file and changes nothing.
// FILE is a .txt article or a saved .html page; an http(s) address is fetched and kept as a page.
// Usage: npm run add -- FILE|URL [--outlet NAME] [--url URL] [--date YYYY-MM-DD]   (tests also pass --raw, --provenance, --out)
// Works whatever state content/ is in: a missing raw folder or provenance file is created.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planAdd } from '../src/lib/ingest/add-article.ts';
import { fetchPage } from '../src/lib/ingest/page/fetch-page.ts';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { readLayoutFile } from '../src/lib/io/read-layout.ts';
import { readRawFolderIfAny } from '../src/lib/io/read-raw-folder.ts';
import { replaceDirectory } from '../src/lib/io/replace-directory.ts';
import { EMPTY_PROVENANCE, provenanceSchema } from '../src/lib/schemas/provenance.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const show = (path: string) => relative(process.cwd(), path) || '.';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      outlet: { type: 'string' },
      url: { type: 'string' },
      date: { type: 'string' },
      raw: { type: 'string', default: resolve(root, 'content/raw') },
      provenance: { type: 'string', default: resolve(root, 'content/provenance.json') },
      layout: { type: 'string', default: resolve(root, 'content/layout.yaml') },
      out: { type: 'string', default: resolve(root, 'content/articles') },
    },
  });
} catch (error) {
  // Node's message goes on with advice about "--"; its first sentence names the problem.
  fail(`add: ${(error as Error).message.split('. ')[0]}; usage: npm run add -- FILE [--outlet NAME] [--url URL] [--date YYYY-MM-DD]`);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) fail('add: name exactly one article file; usage: npm run add -- FILE [--outlet NAME] [--url URL] [--date YYYY-MM-DD]');
const path = positionals[0]!;

let bytes: Uint8Array;
let fetchedFrom: string | undefined;
if (/^https?:\/\//i.test(path)) {
  const fetched = await fetchPage(path, process.env['PARALLAX_FETCH_TIMEOUT_MS'] ? { timeoutMs: Number(process.env['PARALLAX_FETCH_TIMEOUT_MS']) } : {});
  if (!fetched.ok) fail(fetched.problem);
  bytes = fetched.bytes;
  fetchedFrom = fetched.finalUrl;
} else {
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(`${path}: ${code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not an article file' : `cannot be read (${code})`}`);
  }
}

const rawDir = show(values.raw);
// A new event may have no raw folder or provenance file yet: both start empty.
const folder = await readRawFolderIfAny(values.raw, rawDir);
const provenanceExisted = await readFile(values.provenance, 'utf8').catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT') return null;
  throw error;
});
const provenanceText = provenanceExisted ?? `${JSON.stringify(EMPTY_PROVENANCE, null, 2)}\n`;
const planned = planAdd({ path, bytes, outlet: values.outlet, url: values.url, date: values.date, fetchedFrom }, folder.files, provenanceText, rawDir);
if (!planned.ok) fail(planned.problem);
const { plan } = planned;

// Ingest everything with the new file (and the editor's layout corrections, as the ingest does)
// before writing anything, so a problem anywhere changes nothing.
const layout = await readLayoutFile(values.layout, relative(process.cwd(), values.layout));
if (!layout.ok) fail(layout.problem);
const result = ingestArticles([...folder.files, { name: plan.rawName, bytes: plan.bytes }], provenanceSchema.parse(JSON.parse(plan.provenanceText)), rawDir, layout.layout);
const problems = [...folder.problems, ...(result.ok ? [] : result.problems)];
if (problems.length > 0 || !result.ok) fail(problems.join('\n'));

const rawTarget = join(values.raw, plan.rawName);
const provenanceStaging = `${values.provenance}.new-${process.pid}`;
let copied = false;
let recorded = false;
try {
  await mkdir(values.raw, { recursive: true });
  await mkdir(dirname(values.provenance), { recursive: true });
  await writeFile(rawTarget, plan.bytes, { flag: 'wx' });
  copied = true;
  await writeFile(provenanceStaging, plan.provenanceText);
  await rename(provenanceStaging, values.provenance);
  recorded = true;
  await replaceDirectory(
    values.out,
    result.articles.map((article) => ({ path: article.fileName, content: article.markdown })),
  );
} catch (error) {
  // Undo what was written: the raw copy and the provenance entry go together or not at all.
  await rm(provenanceStaging, { force: true });
  if (recorded) {
    if (provenanceExisted === null) await rm(values.provenance, { force: true });
    else await writeFile(values.provenance, provenanceText);
  }
  if (copied) await rm(rawTarget, { force: true });
  fail(`${path}: could not be added (${(error as Error).message}); nothing was changed`);
}

const added = result.articles.find((article) => article.frontmatter.sourceFile === plan.rawName)!;
console.log(
  `add      ${show(rawTarget)} (${added.frontmatter.outlet ?? 'outlet unknown'}, ${added.blocks.length} blocks) → ${show(join(values.out, added.fileName))}`,
);
console.log(`ingest   ${result.articles.length} articles → ${show(values.out)} in ${Math.round(performance.now() - started)} ms`);

function fail(line: string): never {
  console.error(line);
  process.exit(1);
}
