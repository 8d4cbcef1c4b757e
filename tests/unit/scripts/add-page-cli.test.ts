import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../../../src/lib/ingest/page/fetch-page.ts';
import { projectRoot } from '../../helpers/render.ts';

const script = join(projectRoot, 'scripts', 'add.ts');
const existing = 'An Existing Headline\nThe body of the article that is already there.\n';
const provenanceText = `${JSON.stringify({ about: 'test', articles: [{ sourceFile: '000_one.txt', outlet: 'Example Daily', url: null }] }, null, 2)}\n`;
const paragraphs = [
  'The harbour council voted on Tuesday to close the old pier for repairs, ending months of debate over its safety.',
  'Engineers found corrosion in most of the supports last winter, and the council said it had no choice but to act.',
  '“We had no choice,” said the council leader, Tom Reyes, who promised a plan to reopen it within a year.',
  'Repairs are expected to cost £2.4 million, about half of the council’s reserve, and will begin in the summer.',
].map((text) => `<p>${text}</p>`).join('\n');
const chrome = '<nav><a href="/">Home</a> <a href="/news">News</a></nav><aside class="sidebar"><h2>Most read</h2><ul><li><a href="/x">A different story</a></li></ul></aside><footer>© 2025 Example Gazette</footer>';
const storyPage = `<!doctype html><html><head><meta charset="utf-8"><title>Pier to close for repairs | Example Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Pier to close for repairs","datePublished":"2025-04-02T09:00:00+01:00","author":{"@type":"Person","name":"Mara Quill"},"publisher":{"@type":"Organization","name":"Example Gazette"},"url":"https://gazette.example/pier"}</script>
</head><body>${chrome.slice(0, 60)}<main><article><h1>Pier to close for repairs</h1>${paragraphs}</article></main>${chrome.slice(60)}</body></html>`;
const ogPage = `<!doctype html><html><head><meta charset="utf-8"><title>Pier to close for repairs</title><meta property="og:site_name" content="Valley Post"></head><body><article><h1>Pier to close for repairs</h1>${paragraphs}</article></body></html>`;

let server: Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  server = createServer((request, response) => {
    const send = (status: number, type: string, body: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    if (request.url === '/news/pier-to-close/') return send(200, 'text/html; charset=utf-8', storyPage);
    if (request.url === '/moved') {
      response.writeHead(301, { location: '/news/og-only' });
      return response.end();
    }
    if (request.url === '/news/og-only') return send(200, 'text/html', ogPage);
    if (request.url === '/report.pdf') return send(200, 'application/pdf', '%PDF-1.7');
    if (request.url === '/huge') return send(200, 'text/html', Buffer.alloc(6 * 1024 * 1024, 0x61));
    if (request.url === '/slow') return; // never answers
    return send(404, 'text/html', 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was open a moment ago and is closed now: what "offline" looks like to fetch.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function scratch(toAdd: Record<string, string> = {}) {
  const root = await mkdtemp(join(tmpdir(), 'parallax-add-page-'));
  await mkdir(join(root, 'raw'));
  await mkdir(join(root, 'out'));
  await mkdir(join(root, 'incoming'));
  await writeFile(join(root, 'out', 'previous.md'), 'previous build');
  await writeFile(join(root, 'provenance.json'), provenanceText);
  await writeFile(join(root, 'raw', '000_one.txt'), existing);
  for (const [name, content] of Object.entries(toAdd)) await writeFile(join(root, 'incoming', name), content);
  return root;
}

/** Runs the add script without blocking this process, which serves the pages it fetches. */
function add(root: string, args: string[]): Promise<{ status: number | null; stderr: string[]; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args, '--raw', 'raw', '--out', 'out', '--provenance', 'provenance.json'], {
      cwd: root,
      env: { ...process.env, PARALLAX_FETCH_TIMEOUT_MS: '2000' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr: stderr.trim().split('\n') }));
  });
}

async function expectUnchanged(root: string) {
  expect(await readdir(join(root, 'raw'))).toEqual(['000_one.txt']);
  expect(await readFile(join(root, 'provenance.json'), 'utf8')).toBe(provenanceText);
  expect(await readdir(join(root, 'out'))).toEqual(['previous.md']);
}

async function addedEntry(root: string) {
  return (JSON.parse(await readFile(join(root, 'provenance.json'), 'utf8')) as { articles: Array<Record<string, unknown>> }).articles[1];
}

describe('npm run add -- page.html', () => {
  it('keeps the page byte for byte, fills the provenance from its JSON-LD and says so, and ingests the article alone', async () => {
    const root = await scratch({ 'Pier Story.html': storyPage });
    const run = await add(root, ['incoming/Pier Story.html']);
    expect(run.stderr).toEqual(['']);
    expect(run.status).toBe(0);
    expect(await readFile(join(root, 'raw', '001_pier-story.html'), 'utf8')).toBe(storyPage);
    expect(await addedEntry(root)).toEqual({
      sourceFile: '001_pier-story.html',
      outlet: 'Example Gazette',
      outletDomain: null,
      url: 'https://gazette.example/pier',
      basis: 'added with "npm run add" from a saved page; the outlet, the authors, the date and the URL from the page\'s own JSON-LD (schema.org NewsArticle)',
      publishedDate: '2025-04-02',
      note: null,
      authors: ['Mara Quill'],
    });
    const markdown = await readFile(join(root, 'out', 'example-gazette.md'), 'utf8');
    expect(markdown).toContain('headline: Pier to close for repairs');
    expect(markdown).toMatch(/authors:\n\s+- Mara Quill/);
    for (const chrome of ['Most read', 'A different story', '© 2025', 'Home']) expect(markdown).not.toContain(chrome);
  });

  it('lets --outlet and --url replace what the page states, and the basis says which came from where', async () => {
    const root = await scratch({ 'pier.html': storyPage });
    const run = await add(root, ['incoming/pier.html', '--outlet', 'The Gazette', '--url', 'https://mirror.example/pier']);
    expect(run.status).toBe(0);
    expect(await addedEntry(root)).toMatchObject({
      outlet: 'The Gazette',
      url: 'https://mirror.example/pier',
      authors: ['Mara Quill'],
      basis: 'added with "npm run add" from a saved page; the outlet and the URL from the command line, as given, not checked; the authors and the date from the page\'s own JSON-LD (schema.org NewsArticle)',
    });
  });

  it.each([
    ['a page with no article', { 'empty.html': '<html><body><nav><a href="/"><img src="logo.png"></a></nav></body></html>' }, 'incoming/empty.html', 'incoming/empty.html: no article text was found in the page (the reader-mode extractor found none); paste the article into a .txt file instead'],
    ['a page over 5 MB', { 'big.html': `<p>${'a'.repeat(5 * 1024 * 1024)}</p>` }, 'incoming/big.html', 'incoming/big.html: is 5.0 MB, over the 5 MB limit for a saved page'],
  ])('%s: one line, nothing changed', async (_, files, path, line) => {
    const root = await scratch(files);
    const run = await add(root, [path]);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([line]);
    await expectUnchanged(root);
  });
});

describe('npm run add -- URL (a local server)', () => {
  it('fetches the page, keeps it byte for byte, and uses the canonical URL the page states', async () => {
    const root = await scratch();
    const run = await add(root, [`${base}/news/pier-to-close/`]);
    expect(run.stderr).toEqual(['']);
    expect(run.status).toBe(0);
    expect(await readFile(join(root, 'raw', '001_pier-to-close.html'), 'utf8')).toBe(storyPage);
    expect(await addedEntry(root)).toMatchObject({ url: 'https://gazette.example/pier', outlet: 'Example Gazette', basis: expect.stringContaining(`added with "npm run add" from ${base}/news/pier-to-close/`) });
  });

  it('uses the address fetched (after redirects) as the URL only when the page states none', async () => {
    const root = await scratch();
    const run = await add(root, [`${base}/moved`]);
    expect(run.status).toBe(0);
    expect(await addedEntry(root)).toMatchObject({
      sourceFile: '001_og-only.html',
      outlet: 'Valley Post',
      url: `${base}/news/og-only`,
      basis: `added with "npm run add" from ${base}/news/og-only, fetched and saved byte for byte; the outlet from the page's OpenGraph tags; the URL from the address the page was fetched from (the page states no canonical URL); the authors and the date not stated`,
    });
  });

  it.each([
    ['an HTTP error', '/missing', 'the server answered 404 Not Found; nothing was added'],
    ['something that is not a page', '/report.pdf', 'is not a web page (the server sent application/pdf); nothing was added'],
    ['a page over the size limit', '/huge', 'is over the 5 MB limit for a page; nothing was added'],
    ['a server that never answers', '/slow', 'did not answer within 2 s; nothing was added'],
  ])('%s: one line, nothing changed', async (_, path, problem) => {
    const root = await scratch();
    const run = await add(root, [`${base}${path}`]);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([`${base}${path}: ${problem}`]);
    await expectUnchanged(root);
  });

  it('offline: one line, nothing changed', async () => {
    const root = await scratch();
    const url = `http://127.0.0.1:${closedPort}/story`;
    const run = await add(root, [url]);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([`${url}: could not be fetched (ECONNREFUSED); check the address and the connection; nothing was added`]);
    await expectUnchanged(root);
  });
});

describe('fetchPage', () => {
  it('returns the bytes and the address after redirects', async () => {
    const fetched = await fetchPage(`${base}/moved`);
    expect(fetched.ok && fetched.finalUrl).toBe(`${base}/news/og-only`);
    expect(fetched.ok && new TextDecoder().decode(fetched.bytes)).toBe(ogPage);
  });

  it.each([
    ['ftp://example.org/a', 'is not an http(s) address'],
    ['not a url', 'is not a valid URL'],
  ])('refuses %s', async (url, problem) => {
    expect(await fetchPage(url)).toEqual({ ok: false, problem: `${url}: ${problem}; nothing was added` });
  });

  it('stops reading at the size limit', async () => {
    expect(await fetchPage(`${base}/huge`, { maxBytes: 1024 * 1024 })).toEqual({ ok: false, problem: `${base}/huge: is over the 1 MB limit for a page; nothing was added` });
  });

  it('gives up after the time limit', async () => {
    expect(await fetchPage(`${base}/slow`, { timeoutMs: 300 })).toEqual({ ok: false, problem: `${base}/slow: did not answer within 0.3 s; nothing was added` });
  });
});
