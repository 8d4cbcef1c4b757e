import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/render.ts';

const script = join(projectRoot, 'scripts', 'ingest.ts');
const good = 'A Good Headline\nA paragraph of text that is fine.\n';

/** A scratch project: raw/ with the given files, out/ holding a previous build, provenance.json. */
async function scratch(files: Record<string, string | Uint8Array>, provenance: unknown = { articles: [] }) {
  const root = await mkdtemp(join(tmpdir(), 'parallax-ingest-'));
  await mkdir(join(root, 'raw'));
  await mkdir(join(root, 'out'));
  await writeFile(join(root, 'out', 'previous.md'), 'previous build');
  await writeFile(join(root, 'provenance.json'), JSON.stringify(provenance));
  for (const [name, content] of Object.entries(files)) await writeFile(join(root, 'raw', name), content);
  return root;
}

function ingest(root: string) {
  const run = spawnSync(process.execPath, [script, '--raw', 'raw', '--out', 'out', '--provenance', 'provenance.json'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: run.status, stderr: run.stderr.trim().split('\n'), stdout: run.stdout };
}

async function expectUntouched(root: string) {
  expect(await readdir(join(root, 'out'))).toEqual(['previous.md']);
  expect(await readFile(join(root, 'out', 'previous.md'), 'utf8')).toBe('previous build');
  expect((await readdir(root)).sort()).toEqual(['out', 'provenance.json', 'raw']);
}

describe('scripts/ingest.ts on bad input', () => {
  it.each([
    { name: 'an empty file', files: { 'empty.txt': '' }, line: 'raw/empty.txt: is empty' },
    { name: 'a whitespace-only file', files: { 'blank.txt': ' \n\n\t ' }, line: 'raw/blank.txt: contains only whitespace' },
    {
      name: 'invalid UTF-8',
      files: { 'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]) },
      line: 'raw/latin1.txt: is not valid UTF-8 text (first invalid byte at offset 3)',
    },
    {
      name: 'binary content',
      files: { 'image.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]) },
      line: 'raw/image.txt: is not valid UTF-8 text (first invalid byte at offset 0)',
    },
    {
      name: 'text with a NUL byte',
      files: { 'nul.txt': 'Title\nBody\u0000text' },
      line: 'raw/nul.txt: contains binary data (control character U+0000 on line 2)',
    },
    {
      name: 'a file over 1 MB',
      files: { 'huge.txt': 'word '.repeat(220_000) },
      line: 'raw/huge.txt: is 1.0 MB, over the 1 MB limit for an article file',
    },
    {
      name: 'a non-.txt file',
      files: { 'notes.docx': 'x' },
      line: 'raw/notes.docx: is not a .txt or .html file; only article text (.txt) and saved web pages (.html) belong here',
    },
    {
      name: 'two files with identical text',
      files: { 'one.txt': good, 'two.txt': good.replace(/\n/g, '\r\n') },
      line: 'raw/two.txt: has the same text as raw/one.txt; remove one of the two',
    },
  ])('$name: exits 1 with one line naming the file, writes nothing', async ({ files, line }) => {
    const root = await scratch({ 'fine.txt': 'Another Fine Headline\nSome other body text.', ...files });
    const run = ingest(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([line, 'ingest failed: 1 problem; out was left as it was']);
    await expectUntouched(root);
  });

  it('lists several problems at once', async () => {
    const root = await scratch({ 'a.txt': '', 'b.pdf': 'x', 'c.txt': good });
    const run = ingest(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual([
      'raw/a.txt: is empty',
      'raw/b.pdf: is not a .txt or .html file; only article text (.txt) and saved web pages (.html) belong here',
      'ingest failed: 2 problems; out was left as it was',
    ]);
    await expectUntouched(root);
  });

  it('rejects a malformed provenance file, naming it and the field', async () => {
    const root = await scratch({ 'a.txt': good }, { articles: [{ sourceFile: 'a.txt', outlet: 'X', url: 'nope' }] });
    const run = ingest(root);
    expect(run.status).toBe(1);
    expect(run.stderr).toEqual(['provenance.json: articles.0.url: Invalid URL', 'ingest failed: 1 problem; out was left as it was']);
    await expectUntouched(root);
  });

  it('normalises a BOM and CRLF instead of failing, and replaces the previous build', async () => {
    const root = await scratch({ 'crlf.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('A Good Headline\r\nBody text.\r\n')]) });
    const run = ingest(root);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^ingest {3}1 articles, 2 blocks \(1 with outlet unknown\) → out in \d+ ms\n$/);
    expect(await readdir(join(root, 'out'))).toEqual(['a-good-headline.md']);
    const markdown = await readFile(join(root, 'out', 'a-good-headline.md'), 'utf8');
    expect(markdown).toContain('\n# A Good Headline\n\nBody text.\n');
    expect(markdown).not.toContain('\r');
  });
});
