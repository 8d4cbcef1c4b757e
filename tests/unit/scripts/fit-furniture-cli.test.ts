import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { furnitureModelSchema } from '../../../src/lib/schemas/furniture-model.ts';
import { projectRoot } from '../../helpers/render.ts';

const run = (args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'scripts', 'fit-furniture-model.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });

describe('scripts/fit-furniture-model.ts', () => {
  it('fits on a folder of labelled fixtures, prints each case held out in turn, and writes a model of the schema', async () => {
    const work = await mkdtemp(join(tmpdir(), 'parallax-furniture-'));
    const fixtures = join(work, 'dev');
    for (const name of ['wp-blog-share-like-repair-cafe', 'search-box-topics-mill', 'union-statement-donate-join', 'page-wordpress-news']) {
      await cp(join(projectRoot, 'tests/fixtures/ingest/dev', name), join(fixtures, name), { recursive: true });
    }
    const out = join(work, 'model.json');
    const result = run(['--fixtures', fixtures, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/furniture model: 4 cases of .*dev, \d+ blocks \(\d+ furniture\)/);
    expect(result.stdout).toMatch(/p > 0\.\d\d: furniture set apart \d+\/\d+, other blocks set apart \d+\/\d+ \(\d+ of seven words or more\)\s+← chosen/);
    const model = furnitureModelSchema.parse(JSON.parse(await readFile(out, 'utf8')));
    expect(model.fittedOn.cases).toBe(4);
  }, 120_000);

  it('fails with one line naming the file when a labels file is not JSON, and writes nothing', async () => {
    const work = await mkdtemp(join(tmpdir(), 'parallax-furniture-bad-'));
    await cp(join(projectRoot, 'tests/fixtures/ingest/dev/search-box-topics-mill'), join(work, 'dev', 'a'), { recursive: true });
    await writeFile(join(work, 'dev', 'a', 'labels.json'), '{ not json');
    const result = run(['--fixtures', join(work, 'dev'), '--out', join(work, 'model.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/a\/labels\.json: is not JSON/);
    await expect(readFile(join(work, 'model.json'), 'utf8')).rejects.toThrow();
  }, 60_000);
});
