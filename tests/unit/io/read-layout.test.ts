import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLayoutFile } from '../../../src/lib/io/read-layout.ts';

describe('readLayoutFile', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parallax-layout-'));

  it('is undefined when there is no layout file', async () => {
    expect(await readLayoutFile(join(folder, 'none.yaml'), 'content/layout.yaml')).toEqual({ ok: true, layout: undefined });
  });

  it('reads the corrections and names the file', async () => {
    writeFileSync(join(folder, 'good.yaml'), 'a.txt:\n  - line: "PORT NEWS"\n    is: masthead\n');
    expect(await readLayoutFile(join(folder, 'good.yaml'), 'content/layout.yaml')).toEqual({
      ok: true,
      layout: { corrections: { 'a.txt': [{ line: 'PORT NEWS', is: 'masthead' }] }, path: 'content/layout.yaml' },
    });
  });

  it('gives one line naming the file when it is not valid', async () => {
    writeFileSync(join(folder, 'bad.yaml'), 'a.txt:\n  - line: "PORT NEWS"\n    is: logo\n');
    const read = await readLayoutFile(join(folder, 'bad.yaml'), 'content/layout.yaml');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem).toMatch(/^content\/layout\.yaml: field a\.txt\[0\]\.is: [^\n]+$/);
  });
});
