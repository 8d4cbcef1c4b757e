// Prints one table of the project's performance figures: analysis and build time on the five
// articles and on synthetic corpora of one event, page weights against the budgets, search
// latencies (scripts/bench-search.ts, when present) and Lighthouse scores.
// Usage: node scripts/bench.ts [--sizes 50,500] [--skip build,search,lighthouse]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../src/lib/analysis/analyze.ts';
import { readEventPairModel } from '../src/lib/io/read-pair-model.ts';
import { syntheticCorpus, syntheticRawFiles } from '../src/lib/bench/synthetic-corpus.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { buildCopy, copyProject } from '../src/lib/io/site-copy.ts';
import { pageWeights, scriptsSize, type PageWeight } from '../src/lib/site/page-weight.ts';
import { listFiles } from '../src/lib/io/list-files.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '50,500' }, skip: { type: 'string', default: '' } },
});
const sizes = values.sizes.split(',').map(Number);
const skip = new Set(values.skip.split(',').filter(Boolean));
const rows: Array<[string, string, string]> = [];
const row = (measure: string, value: string, target = '') => {
  rows.push([measure, value, target]);
  console.error(`  ${measure}: ${value}`);
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Analysis alone.
const real = await readCollection(join(root, 'content/articles'));
// The published method: with the fitted pair model, as the build runs it.
const options = { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: (await readEventPairModel(join(root, 'content'), 'content')).model };
analyzeArticles(real, null, options); // loads the NLP model once
const timeAnalysis = (articles: typeof real) => {
  const started = performance.now();
  const result = analyzeArticles(articles, null, options);
  return { ms: performance.now() - started, sentences: result.sentences.length };
};
const analysisRuns = [{ articles: real.length, ...timeAnalysis(real) }, ...sizes.map((size) => ({ articles: size, ...timeAnalysis(syntheticCorpus(real, size)) }))];
for (const run of analysisRuns) row(`analysis, ${run.articles} articles (${run.sentences} sentences)`, seconds(run.ms), run.articles === 5 ? '< 2 s' : run.articles === 500 ? '< 60 s' : '');
if (analysisRuns.length >= 3) {
  const [firstRun, lastRun] = [analysisRuns[1]!, analysisRuns.at(-1)!];
  const exponent = Math.log(lastRun.ms / firstRun.ms) / Math.log(lastRun.sentences / firstRun.sentences);
  row(`analysis growth, ${firstRun.sentences} to ${lastRun.sentences} sentences`, `time ∝ n^${exponent.toFixed(2)}`, 'well below n^2');
}

// 2. Whole builds (ingest + analyze + astro build) of copies of the project.
let realCopy: string | undefined;
if (!skip.has('build')) {
  realCopy = await copyProject(root, { label: 'bench-real' });
  row('build, 5 articles', seconds(buildCopy(realCopy).ms));
  for (const size of sizes) {
    const copy = await copyProject(root, { label: `bench-${size}`, replaceRaw: true, addRaw: syntheticRawFiles(real, size) });
    row(`build, ${size} synthetic articles`, seconds(buildCopy(copy).ms));
  }
}

// 3. Page weights of the real build.
const dist = realCopy ? join(realCopy, 'dist') : join(root, 'dist');
if (existsSync(dist)) {
  const files = await listFiles(dist);
  const assets = new Map<string, Uint8Array>();
  for (const file of files) assets.set(`/${relative(dist, file)}`, new Uint8Array(await readFile(file)));
  const pages = files
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${relative(dist, file)}`.replace(/index\.html$/, ''), html: Buffer.from(assets.get(`/${relative(dist, file)}`)!).toString('utf8') }));
  const weights = pageWeights(pages, (url) => assets.get(url));
  const max = (pick: (weight: PageWeight) => number) => weights.reduce((best, weight) => (pick(weight) > pick(best) ? weight : best));
  // Scripts on every page (the header's search box) are counted apart from a page's own scripts.
  const siteWide = weights.reduce((common, weight) => common.filter((url) => weight.scripts.includes(url)), weights[0]?.scripts ?? []);
  const read = (url: string) => assets.get(url);
  const own = weights.map((weight) => ({ path: weight.path, js: scriptsSize(weight.scripts.filter((url) => !siteWide.includes(url)), read) }));
  const largestOwn = own.reduce((best, page) => (page.js > best.js ? page : best));
  const css = max((weight) => weight.css);
  const html = max((weight) => weight.html);
  const reading = own.filter((page) => page.path.startsWith('/articles/'));
  row('JavaScript on every page: the search box (gzip)', kb(scriptsSize(siteWide, read)), 'search: not budgeted');
  row('JavaScript of a page’s own, largest (gzip)', `${kb(largestOwn.js)} (${largestOwn.path})`, '<= 15 KB');
  row('JavaScript of article pages’ own (gzip)', kb(Math.max(0, ...reading.map((page) => page.js))), 'ideally 0');
  row('search engine loaded on first search (gzip)', kb(Math.max(0, ...weights.map((weight) => weight.lazyJs))));
  row('CSS per page, largest (gzip)', `${kb(css.css)} (${css.path})`, '<= 20 KB');
  const compare = weights.find((weight) => weight.path === '/compare/');
  row('HTML of the full comparison (gzip)', compare ? kb(compare.html) : 'no /compare/ page', '<= 150 KB');
  row('HTML per page, largest (gzip)', `${kb(html.html)} (${html.path})`);
}

// 4. Search latencies, measured in Chromium by the search benchmark.
if (!skip.has('search') && existsSync(join(root, 'scripts/bench-search.ts'))) {
  const search = spawnSync('npm', ['run', 'bench:search', '--silent'], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  // Keep the search benchmark's key figures, one row each, under the corpus they belong to.
  let corpus = '';
  for (const line of `${search.stdout}`.split('\n').map((text) => text.trim())) {
    if (line.startsWith('five articles')) corpus = 'five articles';
    else if (line.startsWith('20,000 records')) corpus = '20,000 records';
    const five = corpus === 'five articles';
    const figures = line.replace(/\s*\(target[^)]*\)/g, '').replace(/^.*?\s{2,}/, '');
    if (line.startsWith('focus → first results')) row(`search focus → first results, ${corpus}`, figures, five ? '<= 50 ms' : '');
    if (line.startsWith('loading only on focus')) row(`search focus → first results, loading on focus (Save-Data), ${corpus}`, figures);
    if (line.startsWith('bytes before first results')) row(`search bytes fetched for the first search, ${corpus} (gzip)`, figures, five ? '<= 30 KB' : '<= 300 KB');
    if (line.startsWith('keystroke → results')) row(`search keystroke → results p50 / p95 / max, ${corpus}`, figures, five ? 'p95 <= 16 ms' : 'p95 <= 50 ms');
    if (line.startsWith('longest main-thread task while typing')) row(`search longest main-thread task while typing, ${corpus}`, figures, '<= 50 ms');
    if (line.startsWith('query set')) row(`search query set reached, ${corpus}`, line.replace(/^query set:\s*/, ''));
  }
  if (search.status !== 0) row('search', `benchmark failed: ${`${search.stderr}`.trim().split('\n').at(-1)}`);
}

// 5. Lighthouse, on a preview of the real build.
if (!skip.has('lighthouse') && existsSync(dist)) {
  const port = 4391;
  // In a process group of its own: killing npx alone left the preview server running on the port.
  const preview = spawn('npx', ['astro', 'preview', '--port', String(port)], { cwd: realCopy ?? root, stdio: 'ignore', detached: true, env: { ...process.env, ...(realCopy ? { PARALLAX_CACHE_DIR: join(realCopy, '.cache') } : {}) } });
  try {
    await waitFor(`http://localhost:${port}/`);
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    try {
      const article = (await readdir(join(dist, 'articles'), { withFileTypes: true })).find((entry) => entry.isDirectory())?.name;
      for (const path of ['/', '/compare/', `/articles/${article}/`]) {
        const result = await lighthouse(`http://localhost:${port}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
        const categories = result?.lhr.categories ?? {};
        const scores = ['performance', 'accessibility', 'best-practices', 'seo'].map((key) => `${key} ${Math.round((categories[key]?.score ?? 0) * 100)}`);
        row(`Lighthouse ${path}`, scores.join(', '), '>= 95 each');
      }
    } finally {
      chrome.kill();
    }
  } finally {
    process.kill(-preview.pid!);
  }
}

const widths = [0, 1, 2].map((column) => Math.max(...rows.map((cells) => cells[column]!.length), ['measure', 'value', 'target'][column]!.length));
const line = (cells: readonly string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(line(['measure', 'value', 'target']));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const cells of rows) console.log(line(cells));


async function waitFor(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolvePromise) => setTimeout(resolvePromise, 200));
  }
  throw new Error(`${url} did not answer`);
}
