/**
 * Measures search in Chromium against the built site (`npm run build` first) and prints the
 * figures: keystroke-to-rendered-results on the real articles and on a synthetic corpus of
 * 20,000 records, the longest main-thread task, the bytes a first search fetches, and the costs
 * on either side of the worker threshold (with `--sweep`, a few minutes more).
 */
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { percentile } from '../src/lib/bench/stats.ts';
import { comparisonSchema } from '../src/lib/schemas/comparison.ts';
import type { SearchPayload } from '../src/lib/schemas/search.ts';
import { WORKER_THRESHOLD_BYTES } from '../src/lib/search/constants.ts';
import { buildSearchPayload, createSearchPayload } from '../src/lib/search/payload.ts';
import { benchQueries, syntheticCorpus } from '../src/lib/search/synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const INDEX_PATH = '/search/index.json';
/** Milliseconds between keystrokes: a fast typist. */
const KEY_DELAY = 100;

if (!existsSync(join(dist, 'search', 'index.json'))) {
  console.error('bench-search: no built site in dist/ (run `npm run build` first)');
  process.exit(1);
}

const comparison = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'content', 'data', 'comparison.json'), 'utf8')));
const realPayload = buildSearchPayload(comparison);
const queries = benchQueries(realPayload.records, 16);
const overrides = new Map<string, Buffer>();
const server = await serve(dist, overrides);
const browser = await chromium.launch({ ...chromiumExecutable(), args: ['--disable-dev-shm-usage', '--disable-gpu'] });

try {
  const real = await session(browser, server, { queries });
  const synthetic = payloadOf(20_000);
  overrides.set(INDEX_PATH, synthetic.bytes);
  const large = await session(browser, server, { queries });
  overrides.delete(INDEX_PATH);

  const lines = [
    `Search benchmark: Chromium ${browser.version()}, built site, ${queries.length} queries typed ${KEY_DELAY} ms a key (${real.latencies.length} keystrokes)`,
    `  Keystroke → results rendered: from the input event to the end of rendering the results that answer it (or a later keystroke)`,
    `  Machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} at the end (timings stretch when other work shares the cores)`,
    '',
    `  five articles (${realPayload.records.length} records, index ${kb(Buffer.byteLength(JSON.stringify(realPayload)))}, searched ${real.mode === 'main' ? 'on the page' : 'in a worker'})`,
    `    keystroke → results, p50 / p95 / max   ${ms(percentile(real.latencies, 50))} / ${ms(percentile(real.latencies, 95))} / ${ms(Math.max(...real.latencies))}   (target p95 ≤ 16 ms)`,
    `    longest main-thread task while typing   ${ms(real.longestTyping)} (most CPU time in one task ${ms(real.longestTypingCpu)})`,
    `    first focus → search ready              ${ms(real.loadTime)} (longest task ${ms(real.longestLoading)})`,
    '',
    `  synthetic corpus (20,000 records from the real sentences, index ${kb(synthetic.bytes.length)}, searched ${large.mode === 'main' ? 'on the page' : 'in a worker'})`,
    `    keystroke → results, p50 / p95 / max   ${ms(percentile(large.latencies, 50))} / ${ms(percentile(large.latencies, 95))} / ${ms(Math.max(...large.latencies))}   (target p95 ≤ 50 ms)`,
    `    longest main-thread task while typing   ${ms(large.longestTyping)} (most CPU time in one task ${ms(large.longestTypingCpu)})   (target ≤ 50 ms)`,
    `    first focus → search ready              ${ms(large.loadTime)} (longest main-thread task ${ms(large.longestLoading)})`,
    '',
    `  bytes fetched on first search (five articles)`,
    ...real.fetched.map((file) => `    ${file.path.padEnd(38)} ${kb(file.raw).padStart(9)} raw ${kb(file.gzip).padStart(9)} gzip`),
    `    ${'total'.padEnd(38)} ${kb(sum(real.fetched.map((file) => file.raw))).padStart(9)} raw ${kb(sum(real.fetched.map((file) => file.gzip))).padStart(9)} gzip`,
  ];

  if (process.argv.includes('--sweep')) {
    lines.push('', `  worker threshold (now ${kb(WORKER_THRESHOLD_BYTES)}): the same searches forced onto the page or into a worker`);
    lines.push(`    ${'records'.padStart(7)} ${'index'.padStart(9)}  where   ${'ready'.padStart(8)} ${'load task'.padStart(9)} ${'p95'.padStart(8)} ${'typing task'.padStart(11)}`);
    for (const count of [realPayload.records.length, 600, 1_000, 2_000, 20_000]) {
      const payload = count === realPayload.records.length ? { bytes: Buffer.from(JSON.stringify(realPayload)) } : payloadOf(count);
      overrides.set(INDEX_PATH, payload.bytes);
      for (const mode of ['main', 'worker'] as const) {
        const run = await session(browser, server, { queries: queries.slice(0, 8), workerThreshold: mode === 'main' ? Number.MAX_SAFE_INTEGER : 0 });
        lines.push(
          `    ${String(count).padStart(7)} ${kb(payload.bytes.length).padStart(9)}  ${mode.padEnd(6)}  ${ms(run.loadTime).padStart(8)} ${ms(run.longestLoading).padStart(9)} ${ms(percentile(run.latencies, 95)).padStart(8)} ${ms(run.longestTyping).padStart(11)}`,
        );
      }
    }
    overrides.delete(INDEX_PATH);
  }
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}

interface SessionOptions {
  queries: readonly string[];
  /** Overrides the page's `data-worker-threshold`, to force where searches run. */
  workerThreshold?: number;
}

/** Opens the home page, focuses the header search box, types every query and reads the page's measures. */
async function session(browser: Browser, server: Server, options: SessionOptions) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    Object.assign(window, { benchLongTasks: tasks });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  if (options.workerThreshold !== undefined) {
    await page.locator('site-search').evaluate((element, threshold) => ((element as HTMLElement).dataset['workerThreshold'] = String(threshold)), options.workerThreshold);
  }
  const input = page.locator('site-search input[type="search"]');
  server.served.length = 0;
  const focusedAt = await now(page);
  await input.focus();
  await page.locator('site-search[data-state="ready"]').waitFor({ timeout: 120_000 });
  const readyAt = await now(page);
  await browser.startTracing(page, { categories: ['toplevel'] });
  // Counted by the server rather than read through the browser: reading a response body over
  // the DevTools protocol encodes it on the page's main thread, which showed up as a long task.
  const fetched = server.served.splice(0).map(({ path, body }) => ({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }));

  for (const query of options.queries) {
    await input.pressSequentially(query, { delay: KEY_DELAY });
    await settle(page, query);
    await input.fill('');
  }
  const measures = await page.evaluate(() =>
    performance.getEntriesByName('parallax:search').map((entry) => ({ duration: entry.duration, mode: (entry as PerformanceMeasure).detail?.mode as string })),
  );
  const tasks = await page.evaluate(() => (window as unknown as { benchLongTasks: Array<{ start: number; duration: number }> }).benchLongTasks);
  const cpu = mainThreadCpu(await browser.stopTracing());
  await page.close();
  return {
    mode: measures[0]?.mode ?? 'none',
    latencies: measures.map((measure) => measure.duration),
    loadTime: readyAt - focusedAt,
    longestLoading: Math.max(0, ...tasks.filter((task) => task.start >= focusedAt && task.start < readyAt).map((task) => task.duration)),
    longestTyping: Math.max(0, ...tasks.filter((task) => task.start >= readyAt).map((task) => task.duration)),
    longestTypingCpu: cpu,
    fetched,
  };
}

/**
 * The most CPU time one task took on the page's main thread, from a Chrome trace. A long task
 * is measured in wall time; on a busy machine a task that computes for 5 ms can last 100 ms
 * while the thread waits for a core, and the CPU time tells the two apart.
 */
function mainThreadCpu(trace: Buffer): number {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; dur?: number; tdur?: number; args?: { name?: string } };
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const main = new Set(events.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
  const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && main.has(`${event.pid}:${event.tid}`));
  return Math.max(0, ...tasks.map((task) => (task.tdur ?? 0) / 1000));
}

/** Waits until the header box shows the results for `query`. */
async function settle(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const box = document.querySelector('site-search');
      const input = box?.querySelector('input');
      const summary = box?.querySelector('[data-summary]')?.textContent ?? '';
      return input?.value === expected && summary !== '' && !box?.querySelector('[data-popup]')?.hasAttribute('hidden');
    },
    query,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(50);
}

function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** A payload of `count` synthetic records, serialised as the site serves it. */
function payloadOf(count: number): { bytes: Buffer } {
  const corpus = syntheticCorpus(realPayload.articles, realPayload.records, count);
  const payload: SearchPayload = createSearchPayload(corpus.articles, corpus.records, realPayload.nameVariants);
  return { bytes: Buffer.from(JSON.stringify(payload)) };
}

interface Server {
  url: string;
  /** What the server sent, in order. */
  served: Array<{ path: string; body: Buffer }>;
  close: () => Promise<void>;
}

/** A static file server for `dist/`, with some paths answered from memory. */
async function serve(directory: string, answers: ReadonlyMap<string, Buffer>): Promise<Server> {
  const served: Array<{ path: string; body: Buffer }> = [];
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(directory, path.endsWith('/') ? `${path}index.html` : path);
    const body = answers.get(path) ?? (file.startsWith(directory) ? readFile(file).catch(() => null) : null);
    void Promise.resolve(body).then((content) => {
      if (!content) {
        response.writeHead(404).end();
        return;
      }
      served.push({ path, body: content });
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
