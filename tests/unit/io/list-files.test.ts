import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsFiles, listFiles } from '../../../src/lib/io/list-files.ts';

describe('listFiles', () => {
  it('lists every file below a folder, sorted, without the folders', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parallax-list-'));
    await mkdir(join(root, 'b', 'c'), { recursive: true });
    await writeFile(join(root, 'z.txt'), '');
    await writeFile(join(root, 'b', 'a.txt'), '');
    await writeFile(join(root, 'b', 'c', 'd.txt'), '');
    expect((await listFiles(root)).map((file) => relative(root, file))).toEqual(['b/a.txt', 'b/c/d.txt', 'z.txt']);
  });
});

describe('holdsFiles', () => {
  it('tells whether a folder holds a file with the extension; a missing folder holds none', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parallax-holds-'));
    expect(await holdsFiles(join(root, 'missing'), '.md')).toBe(false);
    expect(await holdsFiles(root, '.md')).toBe(false);
    await writeFile(join(root, '.gitkeep'), '');
    await writeFile(join(root, 'notes.txt'), '');
    expect(await holdsFiles(root, '.md')).toBe(false);
    await writeFile(join(root, 'a.md'), '');
    expect(await holdsFiles(root, '.md')).toBe(true);
  });
});
