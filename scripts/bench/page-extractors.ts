// Compares reader-mode extractors on the saved-page fixtures (tests/fixtures/ingest/<set>/page-*/):
// Readability on linkedom (what the ingest uses), Readability on jsdom, and Defuddle. For each:
// headlines right, article text kept (the labelled quotations found in the extracted text),
// chrome that leaks in (labelled furniture lines found in it), time per page and peak memory.
// jsdom and defuddle are not dependencies of the project: install them for the run with
//   npm install --no-save jsdom defuddle
// or point --modules at a folder whose node_modules holds them. Each extractor runs in a process
// of its own, so that its memory is its own.
// Usage: npx node scripts/bench/page-extractors.ts [--modules DIR] [--runs 5]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { modules: { type: 'string' }, runs: { type: 'string', default: '5' }, only: { type: 'string' } } });
const EXTRACTORS = ['readability-linkedom', 'readability-jsdom', 'defuddle'] as const;
type Extractor = (typeof EXTRACTORS)[number];

interface Labels {
  headline: string | null;
  furniture: string[];
  quotes: Array<{ anchor: string }>;
}
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const fixtures = (['dev', 'held-out'] as const).flatMap((set) => {
  const folder = join(root, 'tests/fixtures/ingest', set);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'input.html')))
    .sort()
    .map((name) => ({ set, name, html: readFileSync(join(folder, name, 'input.html'), 'utf8'), labels: JSON.parse(readFileSync(join(folder, name, 'labels.json'), 'utf8')) as Labels }));
});

const requireFrom = createRequire(values.modules ? join(resolve(values.modules), 'package.json') : import.meta.url);
// defuddle's "./node" entry is import-only, which require.resolve cannot see: it sits beside the main entry.
const resolveEntry = (name: string) => (name === 'defuddle/node' ? requireFrom.resolve('defuddle').replace(/index\.js$/, 'node.js') : requireFrom.resolve(name));
const load = async <T,>(name: string): Promise<T> => (await import(pathToFileURL(resolveEntry(name)).href)) as T;

async function extractorFor(kind: Extractor): Promise<(html: string) => Promise<{ title: string | null; text: string }>> {
  const { Readability } = await load<typeof import('@mozilla/readability')>('@mozilla/readability');
  const textOf = (html: string, parse: (html: string) => Document) => parse(`<!doctype html><html><head></head><body>${html}</body></html>`).body.textContent ?? '';
  if (kind === 'readability-linkedom') {
    const { parseHTML } = await load<typeof import('linkedom')>('linkedom');
    const parse = (html: string) => parseHTML(html).document as unknown as Document;
    return async (html) => {
      const article = new Readability(parse(html)).parse();
      return { title: article?.title ?? null, text: textOf(article?.content ?? '', parse) };
    };
  }
  if (kind === 'readability-jsdom') {
    const { JSDOM } = await load<{ JSDOM: new (html: string) => { window: { document: Document } } }>('jsdom');
    const parse = (html: string) => new JSDOM(html).window.document;
    return async (html) => {
      const article = new Readability(parse(html)).parse();
      return { title: article?.title ?? null, text: textOf(article?.content ?? '', parse) };
    };
  }
  const { Defuddle } = await load<{ Defuddle: (html: string, url?: string) => Promise<{ title: string; content: string }> }>('defuddle/node');
  const { parseHTML } = await load<typeof import('linkedom')>('linkedom');
  const parse = (html: string) => parseHTML(html).document as unknown as Document;
  return async (html) => {
    const result = await Defuddle(html);
    return { title: result.title || null, text: textOf(result.content, parse) };
  };
}

if (values.only) {
  // One extractor, in a process of its own: scores, then time per page over the runs.
  const extract = await extractorFor(values.only as Extractor);
  const rows = [];
  for (const fixture of fixtures) {
    const { title, text } = await extract(fixture.html);
    const extracted = normalise(text);
    const page = normalise(fixture.html.replace(/<[^>]+>/g, ' '));
    // Furniture lines that occur once on the page: found in the extraction, they are chrome that leaked in.
    const chrome = fixture.labels.furniture.filter((line) => line.length >= 15 && page.split(normalise(line)).length === 2);
    rows.push({
      set: fixture.set,
      headline: title !== null && normalise(title) === normalise(fixture.labels.headline ?? ''),
      kept: fixture.labels.quotes.filter((quote) => extracted.includes(normalise(quote.anchor))).length,
      quotes: fixture.labels.quotes.length,
      leaked: chrome.filter((line) => extracted.includes(normalise(line))).length,
      leakedLines: chrome.filter((line) => extracted.includes(normalise(line))),
      title,
      chrome: chrome.length,
    });
  }
  const runs = Number(values.runs);
  const started = performance.now();
  for (let run = 0; run < runs; run++) for (const fixture of fixtures) await extract(fixture.html);
  const msPerPage = (performance.now() - started) / (runs * fixtures.length);
  console.log(JSON.stringify({ rows, msPerPage, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

console.log(`${fixtures.length} saved pages (${fixtures.filter((f) => f.set === 'dev').length} dev, ${fixtures.filter((f) => f.set === 'held-out').length} held out), ${values.runs} timed runs each\n`);
console.log('| extractor | set | headlines right | quotations kept | chrome lines leaked | ms per page | peak memory |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const kind of EXTRACTORS) {
  const args = [import.meta.filename, '--only', kind, '--runs', values.runs!, ...(values.modules ? ['--modules', values.modules] : [])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) {
    console.log(`| ${kind} | could not run: ${run.stderr.trim().split('\n').at(-1)} |`);
    continue;
  }
  const result = JSON.parse(run.stdout) as { rows: Array<{ set: string; headline: boolean; kept: number; quotes: number; leaked: number; chrome: number }>; msPerPage: number; maxRssMb: number };
  for (const set of ['dev', 'held-out']) {
    const rows = result.rows.filter((row) => row.set === set);
    const sum = (key: 'kept' | 'quotes' | 'leaked' | 'chrome') => rows.reduce((total, row) => total + row[key], 0);
    console.log(`| ${kind} | ${set} | ${rows.filter((row) => row.headline).length} / ${rows.length} | ${sum('kept')} / ${sum('quotes')} | ${sum('leaked')} / ${sum('chrome')} | ${result.msPerPage.toFixed(1)} | ${result.maxRssMb.toFixed(0)} MB |`);
  }
}
