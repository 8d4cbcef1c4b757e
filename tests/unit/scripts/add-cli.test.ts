import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../helpers/render.ts';

const script = join(projectRoot, 'scripts', 'add.ts');
const existing = 'An Existing Headline\nThe body of the article that is already there.\n';
const fresh = 'A New Headline\nBy Jane Roe\nPORTVILLE (EW) - The body of the new article.\n';
const provenance = { about: 'test', articles: [{ sourceFile: '000_one.txt', outlet: 'Example Daily', url: null }] };
const provenanceText = `${JSON.stringify(provenance, null, 2)}\n`;

/** A scratch project: raw/ with one article, provenance.json, out/ holding a previous build, and the files to add. */
async function scratch(toAdd: Record<string, string | Uint8Array>, raw: Record<string, string> = { '000_one.txt': existing }) {
  const root = await mkdtemp(join(tmpdir(), 'parallax-add-'));
  await mkdir(join(root, 'raw'));
  await mkdir(join(root, 'out'));
  await mkdir(join(root, 'incoming'));
  await writeFile(join(root, 'out', 'previous.md'), 'previous build');
  await writeFile(join(root, 'provenance.json'), provenanceText);
  for (const [name, content] of Object.entries(raw)) await writeFile(join(root, 'raw', name), content);
  for (const [name, content] of Object.entries(toAdd)) await writeFile(join(root, 'incoming', name), content);
  return root;
}

function add(root: string, args: string[]) {
  const run = spawnSync(process.execPath, [script, ...args, '--raw', 'raw', '--out', 'out', '--provenance', 'provenance.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr.trim().split('\n'), stdout: run.stdout };
}

async function expectUnchanged(root: string, raw: string[] = ['000_one.txt']) {
  expect((await readdir(join(root, 'raw'))).sort()).toEqual(raw);
  expect(await readFile(join(root, 'provenance.json'), 'utf8')).toBe(provenanceText);
  expect(await readdir(join(root, 'out'))).toEqual(['previous.md']);
  expect((await readdir(root)).sort()).toEqual(['incoming', 'out', 'provenance.json', 'raw']);
}

describe('scripts/add.ts on bad input: one line naming the file and the problem, nothing changed', () => {
  it.each([
    { name: 'an empty file', files: { 'new.txt': '' }, args: ['incoming/new.txt'], line: 'incoming/new.txt: is empty' },
    { name: 'a whitespace-only file', files: { 'new.txt': ' \n\t\n' }, args: ['incoming/new.txt'], line: 'incoming/new.txt: contains only whitespace' },
    {
      name: 'binary content',
      files: { 'new.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]) },
      args: ['incoming/new.txt'],
      line: 'incoming/new.txt: is not valid UTF-8 text (first invalid byte at offset 0)',
    },
    {
      name: 'text with a NUL byte',
      files: { 'new.txt': 'A Headline\nBody\u0000text' },
      args: ['incoming/new.txt'],
      line: 'incoming/new.txt: contains binary data (control character U+0000 on line 2)',
    },
    {
      name: 'a file over 1 MB',
      files: { 'new.txt': 'word '.repeat(220_000) },
      args: ['incoming/new.txt'],
      line: 'incoming/new.txt: is 1.0 MB, over the 1 MB limit for an article file',
    },
    {
      name: 'a file that is not text nor a page',
      files: { 'new.docx': fresh },
      args: ['incoming/new.docx'],
      line: 'incoming/new.docx: is not a file "npm run add" reads: article text (.txt, or Markdown, XML or JSON: .md, .xml, .rss, .atom, .json), a saved web page (.html) or an http(s) address',
    },
    {
      name: 'text already in another file (line endings aside)',
      files: { 'copy.txt': existing.replace(/\n/g, '\r\n') },
      args: ['incoming/copy.txt'],
      line: 'incoming/copy.txt: has the same text as raw/000_one.txt; nothing was added',
    },
    {
      name: 'an invalid --url',
      files: { 'new.txt': fresh },
      args: ['incoming/new.txt', '--url', 'example.org/story'],
      line: 'incoming/new.txt: --url "example.org/story" is not a valid http(s) URL',
    },
    {
      name: 'a --url that is not http(s)',
      files: { 'new.txt': fresh },
      args: ['incoming/new.txt', '--url', 'javascript:alert(1)'],
      line: 'incoming/new.txt: --url "javascript:alert(1)" is not a valid http(s) URL',
    },
    {
      name: 'an empty --outlet',
      files: { 'new.txt': fresh },
      args: ['incoming/new.txt', '--outlet', ' '],
      line: 'incoming/new.txt: --outlet is empty; leave it out when the outlet is unknown',
    },
    { name: 'a file that does not exist', files: {}, args: ['incoming/missing.txt'], line: 'incoming/missing.txt: does not exist' },
    { name: 'a folder', files: {}, args: ['incoming'], line: 'incoming: is a folder, not an article file' },
    {
      name: 'no file named',
      files: {},
      args: [],
      line: 'add: name exactly one article file; usage: npm run add -- FILE [--outlet NAME] [--url URL] [--date YYYY-MM-DD]',
    },
    {
      name: 'an unknown option',
      files: { 'new.txt': fresh },
      args: ['incoming/new.txt', '--outlt', 'X'],
      line: "add: Unknown option '--outlt'; usage: npm run add -- FILE [--outlet NAME] [--url URL] [--date YYYY-MM-DD]",
    },
  ])('$name', async ({ files, args, line }) => {
    const root = await scratch(files);
    const run = add(root, args);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([line]);
    expect(run.stdout).toBe('');
    await expectUnchanged(root);
  });

  it('a problem with a file already in the raw folder: nothing is added', async () => {
    const root = await scratch({ 'new.txt': fresh }, { '000_one.txt': existing, '001_empty.txt': '' });
    const run = add(root, ['incoming/new.txt']);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual(['raw/001_empty.txt: is empty']);
    await expectUnchanged(root, ['000_one.txt', '001_empty.txt']);
  });
});

describe('scripts/add.ts on a good file', () => {
  it('copies it byte for byte under the next number, records what is known, and ingests', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(fresh.replace(/\n/g, '\r\n'))]);
    const root = await scratch({ 'My Story.txt': bytes });
    const run = add(root, ['incoming/My Story.txt']);
    expect(run.stderr).toEqual(['']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^add {6}raw\/001_my-story\.txt \(outlet unknown, 4 blocks\) → out\/a-new-headline\.md\ningest {3}2 articles → out in \d+ ms\n$/);
    expect(new Uint8Array(await readFile(join(root, 'raw', '001_my-story.txt')))).toEqual(bytes);
    const written = JSON.parse(await readFile(join(root, 'provenance.json'), 'utf8'));
    expect(written).toEqual({
      ...provenance,
      articles: [
        ...provenance.articles,
        {
          sourceFile: '001_my-story.txt',
          outlet: null,
          outletDomain: null,
          url: null,
          basis: 'added by hand with "npm run add"; nothing else is known about it',
          publishedDate: null,
          note: null,
        },
      ],
    });
    expect((await readdir(join(root, 'out'))).sort()).toEqual(['a-new-headline.md', 'example-daily.md']);
    const frontmatter = parse((await readFile(join(root, 'out', 'a-new-headline.md'), 'utf8')).split(/^---$/m)[1]!, { version: '1.1' });
    expect(frontmatter).toMatchObject({ outlet: null, outletLabel: 'Outlet unknown', authors: ['Jane Roe'], place: 'PORTVILLE', agency: 'EW' });
  });

  it('records --outlet and --url as given', async () => {
    const root = await scratch({ 'story.txt': fresh });
    const run = add(root, ['incoming/story.txt', '--outlet', 'Northwind Wire', '--url', 'https://example.org/story']);
    expect(run.status).toBe(0);
    const written = JSON.parse(await readFile(join(root, 'provenance.json'), 'utf8'));
    expect(written.articles.at(-1)).toEqual({
      sourceFile: '001_story.txt',
      outlet: 'Northwind Wire',
      outletDomain: null,
      url: 'https://example.org/story',
      basis: 'added by hand with "npm run add"; the outlet and the URL as given on the command line, not checked',
      publishedDate: null,
      note: null,
    });
    expect(await readdir(join(root, 'out'))).toContain('northwind-wire.md');
  });
});
