import { mkdtemp, readdir, readFile, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceDirectory } from '../../../src/lib/io/replace-directory.ts';

const scratch = () => mkdtemp(join(tmpdir(), 'parallax-replace-'));

describe('replaceDirectory', () => {
  it('creates the directory with exactly the given files', async () => {
    const root = await scratch();
    await replaceDirectory(join(root, 'out'), [
      { path: 'a.md', content: 'A' },
      { path: 'nested/b.json', content: new TextEncoder().encode('{}') },
    ]);
    expect((await readdir(join(root, 'out'))).sort()).toEqual(['a.md', 'nested']);
    expect(await readFile(join(root, 'out', 'nested', 'b.json'), 'utf8')).toBe('{}');
    expect(await readdir(root)).toEqual(['out']);
  });

  it('replaces old contents entirely, leaving no temporary folders', async () => {
    const root = await scratch();
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out', 'stale.md'), 'old');
    await replaceDirectory(join(root, 'out'), [{ path: 'fresh.md', content: 'new' }]);
    expect(await readdir(join(root, 'out'))).toEqual(['fresh.md']);
    expect(await readdir(root)).toEqual(['out']);
  });

  it('leaves the old directory untouched when writing fails', async () => {
    const root = await scratch();
    await mkdir(join(root, 'out'));
    await writeFile(join(root, 'out', 'keep.md'), 'old');
    await expect(
      replaceDirectory(join(root, 'out'), [
        { path: 'ok.md', content: 'x' },
        { path: 'ok.md/impossible.md', content: 'y' },
      ]),
    ).rejects.toThrow();
    expect(await readdir(join(root, 'out'))).toEqual(['keep.md']);
    expect(await readFile(join(root, 'out', 'keep.md'), 'utf8')).toBe('old');
    expect(await readdir(root)).toEqual(['out']);
  });

  it.skipIf(process.getuid?.() === 0)('fails without touching anything when the parent is read-only', async () => {
    const root = await scratch();
    await chmod(root, 0o555);
    await expect(replaceDirectory(join(root, 'out'), [{ path: 'a', content: 'b' }])).rejects.toThrow();
    await chmod(root, 0o755);
  });
});
