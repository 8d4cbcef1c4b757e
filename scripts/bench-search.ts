/**
 * Measures search in Chromium against the built site (`npm run build` first) and prints, for the
 * five articles and for a synthetic corpus of 20,000 records: the time from focusing the header
 * box (with a query typed at once) to its first results, the bytes fetched before them, the
 * keystroke-to-results latencies while typing the query set, the longest main-thread tasks and how
 * many queries of the set reach their sentence. `--runs N` repeats each session and prints medians.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { percentile } from '../src/lib/bench/stats.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import type { SearchIndex, SearchResponse } from '../src/lib/schemas/search.ts';
import { createSearchEngine } from '../src/lib/search/engine.ts';
import { NO_FILTERS } from '../src/lib/search/filters.ts';
import { INDEX_ENTRY, searchIndexFiles, type IndexFile, type IndexOptions } from '../src/lib/search/index-files.ts';
import { LoadedIndex } from '../src/lib/search/loaded-index.ts';
import { buildNameVariants } from '../src/lib/search/name-variants.ts';
import { expectedSentences, linkedSentences, querySetSchema, reaches, sentenceOfLink } from '../src/lib/search/query-set.ts';
import { buildSearchRecords, searchArticles } from '../src/lib/search/records.ts';
import { splitSearch } from '../src/lib/search/split-search.ts';
import { syntheticCorpus } from '../src/lib/search/synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
/** Milliseconds between keystrokes: a fast typist. */
const KEY_DELAY = 100;
/** Results the header box shows. */
const HEADER_RESULTS = 6;
/** What search fetches: the index's files and the search code loaded on demand (named after its modules). */
const SEARCH_FILE = /^\/search\/.*\.json$|^\/_astro\/(?:page-engine|search\.worker)[^/]*\.js$/;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '1' }, sweep: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));

if (!existsSync(join(dist, 'search', INDEX_ENTRY))) {
  console.error('bench-search: no built site in dist/ (run `npm run build` first)');
  process.exit(1);
}

const comparison = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'content', 'data', 'comparison.json'), 'utf8')));
const realPayload = { articles: searchArticles(comparison), records: buildSearchRecords(comparison), nameVariants: buildNameVariants(comparison.entities) };
const querySet = querySetSchema.parse(JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'search', 'query-set.json'), 'utf8'))).queries;
const expected = querySet.map((entry) => expectedSentences(entry, comparison.articles, realPayload.records));

interface Corpus {
  name: string;
  records: number;
  layout: 'single' | 'split';
  /** Index files served instead of those of dist/, by URL path. */
  files: Map<string, Buffer>;
  /** The same search as the browser's, run in Node, to count the query set's hits in all results. */
  search: (query: string, limit: number) => Promise<SearchResponse>;
}

/** A corpus served as a build of it would publish it. */
function corpus(name: string, source: typeof realPayload, options: IndexOptions = {}): Corpus {
  const files = searchIndexFiles(source.articles, source.records, source.nameVariants, options);
  return {
    name,
    records: source.records.length,
    layout: files.length > 1 ? 'split' : 'single',
    files: new Map(files.map((file) => [`/search/${file.path}`, Buffer.from(file.content)])),
    search: nodeSearch(files),
  };
}

const five = corpus('five articles', realPayload);
const large = corpus('20,000 records', { ...syntheticCorpus(realPayload.articles, realPayload.records, 20_000), nameVariants: realPayload.nameVariants });

const overrides = new Map<string, Buffer>();
/** The layout the served pages announce (a real build of the corpus would say so in its HTML). */
let layout = 'single';
const server = await serve(dist, overrides, (html) => html.replaceAll(/data-layout="[a-z]+"/g, `data-layout="${layout}"`));
const browser = await chromium.launch({ ...chromiumExecutable(), args: ['--disable-dev-shm-usage', '--disable-gpu'] });

try {
  if (values.sweep) {
    console.log((await sweep()).join('\n'));
    process.exit(0);
  }
  const lines = [
    `Search benchmark: Chromium ${browser.version()}, built site; ${querySet.length} queries typed ${KEY_DELAY} ms a key; ${runs === 1 ? 'one run' : `median of ${runs} runs`} per corpus`,
    `  focus → first results: the header box is focused with the first query typed at once, until its results are on screen`,
    `  keystroke → results: from each input event to the end of rendering the results that answer it (or a later keystroke)`,
  ];
  for (const corpus of [five, large]) {
    overrides.clear();
    for (const [path, body] of corpus.files) overrides.set(path, body);
    layout = corpus.layout;
    const sessions: Session[] = [];
    const cold: Session[] = [];
    for (let run = 0; run < runs; run++) {
      sessions.push(await session(browser, server, { saveData: false }));
      cold.push(await session(browser, server, { saveData: true }));
    }
    lines.push('', ...report(corpus, sessions, cold, await nodeHits(corpus)));
  }
  lines.push('', `  Machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end (timings stretch when other work shares the cores)`);
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}

/**
 * The measurements behind the index's settings: for corpora of growing size, one file with
 * Fuse's index built in the page or shipped, against a split index; then, at 20,000 records,
 * split indexes with rows files of different sizes. Each variant is served as a build of it
 * would publish it, loaded on focus (Save-Data) for the first results and their cost, and when
 * idle for typing the first queries of the set.
 */
async function sweep(): Promise<string[]> {
  const lines = [
    `Search sweep: Chromium ${browser.version()}; median of ${runs} run(s); first results loaded on focus (Save-Data), CPU from focus to results`,
    '',
    `  ${'records'.padStart(7)}  ${'layout'.padEnd(28)} ${'all files'.padStart(10)} ${'first search'.padStart(12)} ${'focus → results'.padStart(15)} ${'CPU page'.padStart(9)} ${'longest'.padStart(8)} ${'CPU worker'.padStart(10)} ${'p95 typing'.padStart(10)} ${'fetched typing'.padStart(14)}`,
  ];
  const typing = querySet.slice(0, 8);
  const measure = async (label: string, size: number, variant: Corpus, allGzip: number) => {
    overrides.clear();
    for (const [path, body] of variant.files) overrides.set(path, body);
    layout = variant.layout;
    const cold: Session[] = [];
    const warm: Session[] = [];
    for (let run = 0; run < runs; run++) {
      cold.push(await session(browser, server, { saveData: true }));
      warm.push(await session(browser, server, { saveData: false, queries: typing }));
    }
    const median = (values: number[]) => percentile(values, 50);
    const firstCpu = (pick: (run: ThreadCpu) => number) => median(cold.map((run) => pick(run.firstCpu!)));
    lines.push(
      `  ${String(size).padStart(7)}  ${label.padEnd(28)} ${kb(allGzip).padStart(10)} ${kb(median(cold.map((run) => sum(run.firstFetched.map((file) => file.gzip))))).padStart(12)} ${ms(median(cold.map((run) => run.focusToResults))).padStart(15)} ${ms(firstCpu((run) => run.main)).padStart(9)} ${ms(firstCpu((run) => run.longestMain)).padStart(8)} ${ms(firstCpu((run) => run.worker)).padStart(10)} ${ms(median(warm.map((run) => percentile(run.latencies, 95)))).padStart(10)} ${kb(median(warm.map((run) => sum(run.laterFetched.map((file) => file.gzip))))).padStart(14)}`,
    );
  };
  const filesGzip = (variant: Corpus) => sum([...variant.files.values()].map((body) => gzipSync(body, { level: 9 }).length));
  for (const size of [realPayload.records.length, 1_000, 2_000, 5_000, 10_000, 20_000]) {
    const source = size === realPayload.records.length ? realPayload : { ...syntheticCorpus(realPayload.articles, realPayload.records, size), nameVariants: realPayload.nameVariants };
    for (const [label, options] of [
      ['one file, Fuse index built', { layout: 'single', shipFuseIndex: false }],
      ['one file, Fuse index shipped', { layout: 'single', shipFuseIndex: true }],
      ['split', { layout: 'split' }],
    ] as const) {
      const variant = corpus(label, source, options);
      await measure(label, size, variant, filesGzip(variant));
    }
  }
  lines.push('', '  rows files of a split index, 20,000 records');
  const large = { ...syntheticCorpus(realPayload.articles, realPayload.records, 20_000), nameVariants: realPayload.nameVariants };
  for (const recordsPerFile of [10, 25, 50, 100]) {
    const variant = corpus(`split, ${recordsPerFile} records a file`, large, { layout: 'split', recordsPerFile });
    await measure(`split, ${recordsPerFile} a rows file`, 20_000, variant, filesGzip(variant));
  }
  lines.push('', `  Machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end`);
  return lines;
}

interface Fetched {
  path: string;
  raw: number;
  gzip: number;
}

interface Session {
  mode: string;
  focusToResults: number;
  /** CPU time from focus to first results (sessions loading on focus only). */
  firstCpu: ThreadCpu | null;
  firstFetched: Fetched[];
  laterFetched: Fetched[];
  latencies: number[];
  longestLoading: number;
  longestTyping: number;
  longestTypingCpu: number;
  headerHits: number;
}

/**
 * Opens the home page, waits until it is idle (search loads then), focuses the header box with
 * the first query, then types every query of the set. With `saveData` the browser asks to save
 * data, so search loads only when the box is focused, and only the first query is measured.
 */
async function session(browser: Browser, server: Server, { saveData, queries = querySet }: { saveData: boolean; queries?: typeof querySet }): Promise<Session> {
  const page = await browser.newPage();
  if (saveData) await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  server.served.length = 0;
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);

  const first = querySet[0]!.query;
  if (saveData) await browser.startTracing(page, { categories: ['toplevel'] });
  const focusedAt = await page.evaluate((query) => {
    const input = document.querySelector<HTMLInputElement>('site-search input[type="search"]')!;
    const at = performance.now();
    input.focus();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return at;
  }, first);
  await page.waitForFunction(() => performance.getEntriesByName('parallax:search').length > 0, null, { timeout: 120_000 });
  const firstMeasure = await page.evaluate(() => {
    const entry = performance.getEntriesByName('parallax:search')[0] as PerformanceMeasure;
    return { end: entry.startTime + entry.duration, epoch: performance.timeOrigin + entry.startTime + entry.duration, mode: entry.detail?.mode as string };
  });
  // Everything search requested before the first results were on screen (the server and the page share the clock).
  const searchFiles = () => server.served.filter((file) => SEARCH_FILE.test(file.path));
  const firstFetched = searchFiles().filter((file) => file.at <= firstMeasure.epoch).map(size);
  const input = page.locator('site-search input[type="search"]');
  if (saveData) {
    const cpu = threadCpu(await browser.stopTracing());
    await page.close();
    return { mode: firstMeasure.mode, focusToResults: firstMeasure.end - focusedAt, firstCpu: cpu, firstFetched, laterFetched: [], latencies: [], longestLoading: 0, longestTyping: 0, longestTypingCpu: 0, headerHits: 0 };
  }
  await input.fill('');
  await page.waitForTimeout(300);

  const typingFrom = await now(page);
  await browser.startTracing(page, { categories: ['toplevel'] });
  let headerHits = 0;
  for (const [at, { query }] of queries.entries()) {
    const before = await measureCount(page);
    await input.pressSequentially(query, { delay: KEY_DELAY });
    await page.waitForFunction((count) => performance.getEntriesByName('parallax:search').length >= count, before + [...query].length, { timeout: 60_000 });
    const links = await page.locator('site-search [data-results] a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    if (reaches(links.flatMap((href) => sentenceOfLink(href) ?? []), expected[at]!)) headerHits++;
    await input.fill('');
  }
  const cpu = threadCpu(await browser.stopTracing()).longestMain;
  const loadEnd = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
  const measures = await page.evaluate(() => performance.getEntriesByName('parallax:search').map((entry) => entry.duration));
  const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: Array<{ start: number; duration: number }> }).benchLongTasks);
  await page.close();
  const longest = (from: number, to: number) => Math.max(0, ...tasks.filter((task) => task.start >= from && task.start < to).map((task) => task.duration));
  return {
    mode: firstMeasure.mode,
    focusToResults: firstMeasure.end - focusedAt,
    firstCpu: null,
    firstFetched,
    laterFetched: searchFiles().filter((file) => file.at > firstMeasure.epoch).map(size),
    latencies: measures.slice(1),
    // From the end of the page's own loading: search's loading (when idle, or on focus) and first answer.
    longestLoading: longest(loadEnd, firstMeasure.end),
    longestTyping: longest(typingFrom, Infinity),
    longestTypingCpu: cpu,
    headerHits,
  };
}

/** Median CPU time from focus to first results, on the page and in workers. */
function cpu(sessions: readonly Session[]): string {
  const of = (pick: (run: ThreadCpu) => number) => ms(percentile(sessions.map((run) => (run.firstCpu ? pick(run.firstCpu) : Number.NaN)), 50));
  return `page ${of((run) => run.main)} (longest task ${of((run) => run.longestMain)}), worker ${of((run) => run.worker)}`;
}

function size({ path, body }: { path: string; body: Buffer }): Fetched {
  return { path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** The corpus's lines of the report, medians over the sessions (`cold`: search loaded on focus). */
function report(corpus: Corpus, sessions: readonly Session[], cold: readonly Session[], hits: { header: number; anywhere: number }): string[] {
  const median = (pick: (run: Session) => number, of = sessions) => percentile(of.map(pick), 50);
  const spread = (pick: (run: Session) => number, of = sessions) => (of.length > 1 ? ` (runs ${of.map((run) => ms(pick(run))).join(', ')})` : '');
  const typical = sessions[Math.floor(sessions.length / 2)]!;
  const gzip = (files: readonly Fetched[]) => sum(files.map((file) => file.gzip));
  const latencies = sessions.map((run) => ({ p50: percentile(run.latencies, 50), p95: percentile(run.latencies, 95), max: Math.max(...run.latencies) }));
  const byFile = new Map<string, Fetched & { count: number }>();
  for (const file of typical.firstFetched) {
    const key = /\/_astro\//.test(file.path) ? file.path : file.path.replace(/-\d+\.json$/, '-*.json');
    const entry = byFile.get(key) ?? { path: key, raw: 0, gzip: 0, count: 0 };
    byFile.set(key, { ...entry, raw: entry.raw + file.raw, gzip: entry.gzip + file.gzip, count: entry.count + 1 });
  }
  const isFive = corpus === five;
  return [
    `  ${corpus.name} (${corpus.records.toLocaleString('en')} records, searched ${typical.mode === 'worker' ? 'in a worker' : 'on the page'})`,
    `    focus → first results                     ${ms(median((run) => run.focusToResults))}${isFive ? '   (target ≤ 50 ms)' : ''}${spread((run) => run.focusToResults)}`,
    `      loading only on focus (Save-Data)       ${ms(median((run) => run.focusToResults, cold))}${spread((run) => run.focusToResults, cold)}; CPU ${cpu(cold)}`,
    `    longest main-thread task, load → results  ${ms(median((run) => run.longestLoading))}`,
    `    bytes before first results (gzip)         ${kb(median((run) => gzip(run.firstFetched)))} in ${typical.firstFetched.length} files   (target ≤ ${isFive ? '30' : '300'} KB)`,
    ...[...byFile.values()].map((file) => `      ${`${file.path}${file.count > 1 ? ` ×${file.count}` : ''}`.padEnd(40)} ${kb(file.raw).padStart(10)} raw ${kb(file.gzip).padStart(9)} gzip`),
    `    keystroke → results, p50 / p95 / max      ${ms(percentile(latencies.map((run) => run.p50), 50))} / ${ms(percentile(latencies.map((run) => run.p95), 50))} / ${ms(percentile(latencies.map((run) => run.max), 50))}   (target p95 ≤ ${isFive ? '16' : '50'} ms)`,
    `    longest main-thread task while typing     ${ms(median((run) => run.longestTyping))} (most CPU time in one task ${ms(median((run) => run.longestTypingCpu))})   (target ≤ 50 ms)`,
    `    query set: reached in the header's ${HEADER_RESULTS}      ${median((run) => run.headerHits)} / ${querySet.length}; anywhere in the results ${hits.anywhere} / ${querySet.length} (in Node: ${hits.header} / ${querySet.length} in the first ${HEADER_RESULTS})`,
    `    fetched while typing the set (gzip)       ${kb(median((run) => gzip(run.laterFetched)))} in ${typical.laterFetched.length} files`,
  ];
}

/** How many queries reach their sentence, in Node: among the header's results, and anywhere. */
async function nodeHits(corpus: Corpus): Promise<{ header: number; anywhere: number }> {
  let header = 0;
  let anywhere = 0;
  for (const [at, { query }] of querySet.entries()) {
    const all = await corpus.search(query, 1_000_000);
    if (reaches(linkedSentences(all), expected[at]!)) anywhere++;
    if (reaches(linkedSentences(await corpus.search(query, HEADER_RESULTS)), expected[at]!)) header++;
  }
  return { header, anywhere };
}

function nodeSearch(files: readonly IndexFile[]): Corpus['search'] {
  const read = (path: string) => JSON.parse(files.find((file) => file.path === path)!.content) as never;
  const index = LoadedIndex.read(read(INDEX_ENTRY) as SearchIndex);
  const search = splitSearch(index, createSearchEngine(index), async (path) => read(path));
  return (query, limit) => search({ query, filters: NO_FILTERS, limit });
}

interface ThreadCpu {
  /** CPU time of all tasks on the page's main thread, and on search workers. */
  main: number;
  worker: number;
  /** The most CPU time one main-thread task took. */
  longestMain: number;
}

/**
 * CPU time of the page's main thread and its workers, from a Chrome trace. A long task is
 * measured in wall time; on a busy machine a task that computes for 5 ms can last 100 ms while
 * the thread waits for a core, and the CPU time tells the two apart.
 */
function threadCpu(trace: Buffer): ThreadCpu {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threads = (name: string) => new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name?.startsWith(name)).map((event) => `${event.pid}:${event.tid}`));
  const main = threads('CrRendererMain');
  const workers = threads('DedicatedWorker');
  const tasks = (on: Set<string>) => events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && on.has(`${event.pid}:${event.tid}`)).map((task) => (task.tdur ?? 0) / 1000);
  return { main: sum(tasks(main)), worker: sum(tasks(workers)), longestMain: Math.max(0, ...tasks(main)) };
}

function measureCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('parallax:search').length);
}

function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

interface Server {
  url: string;
  /** What the server sent, in order, with when each request arrived (ms since the epoch). */
  served: Array<{ path: string; body: Buffer; at: number }>;
  close: () => Promise<void>;
}

/** A static file server for `dist/`, with some paths answered from memory and HTML passed through `page`. */
async function serve(directory: string, answers: ReadonlyMap<string, Buffer>, page: (html: string) => string): Promise<Server> {
  const served: Server['served'] = [];
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const at = performance.timeOrigin + performance.now();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(directory, path.endsWith('/') ? `${path}index.html` : path);
    const body = answers.get(path) ?? (file.startsWith(directory) ? readFile(file).catch(() => null) : null);
    void Promise.resolve(body).then((found) => {
      const content = found && extname(file) === '.html' ? Buffer.from(page(found.toString('utf8'))) : found;
      if (!content) {
        response.writeHead(404).end();
        return;
      }
      served.push({ path, body: content, at });
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' }).end(content);
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    served,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Playwright's own Chromium where installed, else $CHROMIUM_PATH or Debian's, as the browser tests do. */
function chromiumExecutable(): { executablePath?: string } {
  try {
    if (existsSync(chromium.executablePath())) return {};
  } catch {
    // Not installed: fall through to a system Chromium.
  }
  return { executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium' };
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a';
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
