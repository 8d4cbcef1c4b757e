// Builds a copy of the project (optionally with extra raw articles, the editor's files, extra
// provenance, extra claim files, optionally for a base path) and serves it with `astro preview`.
// Playwright starts this as a web server for the "hostile", "base-path" and "many-outlets"
// projects (playwright.config.ts), so the real build is never touched. Where the copy is, is
// written to copyStateFile(port), so tests can check its dist/ as well as browse it. With
// --check-dist the copy must pass the dist check before it is served.
// With --own-event FILE (a fixture's event.json: title, date, place, summary, articles with
// their file, outlet and date) the copy starts a new event as a user would: npm run event:new
// -- --yes, then one npm run add per article, before the build.
// Usage: node tests/e2e-support/serve-copy.ts --port 4330 [--add FILE]... [--editorial]
//          [--provenance FILE] [--claim FILE]... [--base /path/] [--label NAME] [--check-dist]
//          [--own-event FILE]
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copyProject } from '../../src/lib/io/site-copy.ts';
import { copyStateFile } from './copy-state.ts';
import { placeClaimSentences } from './place-claim.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4330' },
    add: { type: 'string', multiple: true, default: [] },
    base: { type: 'string', default: '' },
    /** Copy the editor's files (content/claims/, review.yaml, speakers.yaml) as the real build has them. */
    editorial: { type: 'boolean', default: false },
    /** Provenance entries to add to content/provenance.json (a file of the same shape). */
    provenance: { type: 'string' },
    /** Claim files to add to content/claims/, their sentences found by their exact words (see place-claim.ts). */
    claim: { type: 'string', multiple: true, default: [] },
    label: { type: 'string' },
    'check-dist': { type: 'boolean', default: false },
    /** A new event in the copy: event:new with this fixture's settings, then its articles added one by one. */
    'own-event': { type: 'string' },
  },
});
// A fixture folder's `<case>/input.txt` (or `input.html`, a saved page) is added as `900_<case>.txt` (`.html`).
const addedName = (file: string) => `900_${/^input\.(?:txt|html)$/.test(basename(file)) ? `${basename(dirname(file))}${extname(file)}` : basename(file)}`;
const addRaw = await Promise.all(values.add.map(async (file) => ({ name: addedName(file), text: await readFile(resolve(root, file), 'utf8') })));
const copy = await copyProject(root, { label: values.label ?? (values.base ? 'base-path' : 'hostile'), addRaw });

if (values.editorial) {
  for (const part of ['claims', 'review.yaml', 'speakers.yaml']) {
    if (existsSync(join(root, 'content', part))) await cp(join(root, 'content', part), join(copy, 'content', part), { recursive: true });
  }
}
if (values.provenance) {
  const path = join(copy, 'content', 'provenance.json');
  const provenance = JSON.parse(await readFile(path, 'utf8')) as { articles: unknown[] };
  const extra = JSON.parse(await readFile(resolve(root, values.provenance), 'utf8')) as { articles: unknown[] };
  provenance.articles.push(...extra.articles);
  await writeFile(path, `${JSON.stringify(provenance, null, 2)}\n`);
}
if (values.claim.length > 0) {
  // A claim file names sentences by id, and ids are only known once the copy's articles are
  // read: analyse the copy once, machine only, to look them up by their words.
  const probe = join(copy, '.probe');
  for (const [script, args] of [
    ['ingest.ts', []],
    ['analyze.ts', ['--machine-only', '--out', probe]],
  ] as const) {
    const result = spawnSync(process.execPath, [join(copy, 'scripts', script), ...args], { cwd: copy, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${script} failed in ${copy}:\n${result.stdout}${result.stderr}`);
  }
  const sentences = (JSON.parse(await readFile(join(probe, 'comparison.json'), 'utf8')) as { sentences: Array<{ id: string; text: string }> }).sentences;
  await mkdir(join(copy, 'content', 'claims'), { recursive: true });
  for (const file of values.claim) {
    const text = placeClaimSentences(await readFile(resolve(root, file), 'utf8'), sentences, file);
    await writeFile(join(copy, 'content', 'claims', basename(file)), text);
  }
}

if (values['own-event']) {
  const manifestFile = resolve(root, values['own-event']);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
    title: string;
    date: string;
    place?: string;
    summary?: string;
    articles: Array<{ file: string; outlet: string; date: string }>;
  };
  const steps: string[][] = [
    ['event-new.ts', '--yes', '--title', manifest.title, '--date', manifest.date, ...(manifest.place ? ['--place', manifest.place] : []), ...(manifest.summary ? ['--summary', manifest.summary] : [])],
    ...manifest.articles.map((article) => ['add.ts', join(dirname(manifestFile), article.file), '--outlet', article.outlet, '--date', article.date]),
  ];
  for (const [script, ...args] of steps) {
    const result = spawnSync(process.execPath, [join(copy, 'scripts', script!), ...args], { cwd: copy, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${script} failed in ${copy}:\n${result.stdout}${result.stderr}`);
  }
}

const env: Record<string, string> = values.base ? { BASE_PATH: values.base } : {};
buildCopy(copy, env);
if (values['check-dist']) {
  // In Node's default heap: the side-by-side table is in pages of a fixed budget of cells, so the layouts copies' dist
  // check (some 3,000 pages, 215–325 MB) passes even with the heap held to 2 GB (measured: 2.3 GB resident, 4 minutes on
  // two cores). It needed 8 GB while their side-by-side page was one of 73–111 MB.
  const check = spawnSync('npm', ['run', 'check:dist', '--silent', '--', '--dist', join(copy, 'dist')], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  process.stdout.write(check.stdout);
  process.stderr.write(check.stderr);
  if (check.status !== 0) {
    console.error(`serve-copy: the build of ${copy} fails the dist check; not serving it`);
    process.exit(1);
  }
}
await writeFile(copyStateFile(Number(values.port)), JSON.stringify({ copy, dist: join(copy, 'dist') }));
spawn('npx', ['astro', 'preview', '--port', values.port, '--ignore-lock'], {
  cwd: copy,
  stdio: 'inherit',
  env: { ...process.env, ...env, PARALLAX_CACHE_DIR: join(copy, '.cache') },
});
