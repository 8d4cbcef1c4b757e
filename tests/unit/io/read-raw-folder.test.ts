import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRawFolder, readRawFolderIfAny } from '../../../src/lib/io/read-raw-folder.ts';

describe('readRawFolder', () => {
  it('reads files in name order, skips hidden files, reports sub-folders', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parallax-raw-'));
    await writeFile(join(root, 'b.txt'), 'B');
    await writeFile(join(root, 'a.txt'), 'A');
    await writeFile(join(root, '.DS_Store'), 'x');
    await mkdir(join(root, 'extra'));
    const folder = await readRawFolder(root, 'content/raw');
    expect(folder.files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([
      ['a.txt', 'A'],
      ['b.txt', 'B'],
    ]);
    expect(folder.problems).toEqual(['content/raw/extra: is a folder; article files must sit directly in content/raw']);
  });
});

describe('readRawFolderIfAny', () => {
  it('reads a missing folder as holding no article, and an existing one as readRawFolder does', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parallax-raw-any-'));
    expect(await readRawFolderIfAny(join(root, 'raw'))).toEqual({ files: [], problems: [] });
    await expect(readRawFolder(join(root, 'raw'))).rejects.toThrow();
    await mkdir(join(root, 'raw'));
    await writeFile(join(root, 'raw', 'a.txt'), 'A');
    expect((await readRawFolderIfAny(join(root, 'raw'))).files.map((file) => file.name)).toEqual(['a.txt']);
  });
});
