import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/render.ts';

const run = (script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', script), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

describe('scripts/eval.ts with the fixture articles', () => {
  it('analyses the invented articles in a temporary folder and prints their quote, speaker and figure scores', async () => {
    // A comparison of the fixture articles themselves to score the labels against, made outside content/.
    const work = await mkdtemp(join(tmpdir(), 'parallax-eval-cli-'));
    await writeFile(join(work, 'provenance.json'), JSON.stringify({ articles: [] }));
    const raw = join(projectRoot, 'tests/fixtures/eval/articles');
    expect(run('ingest.ts', ['--raw', raw, '--provenance', join(work, 'provenance.json'), '--out', join(work, 'articles')]).status).toBe(0);
    expect(run('analyze.ts', ['--articles', join(work, 'articles'), '--provenance', join(work, 'provenance.json'), '--out', join(work, 'data'), '--machine-only']).status).toBe(0);

    const labels = join(projectRoot, 'tests/fixtures/eval/fixture-articles.json');
    const { status, stdout } = run('eval.ts', ['--labels', labels, '--comparison', join(work, 'data/comparison.json')]);
    expect(status).toBe(0);
    // Once for --labels against the given comparison, once for the fixture corpus the script analyses itself.
    const blocks = stdout.split('\n\n').filter((block) => block.includes('fixture-articles.json'));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block).toMatch(/claims {2}pairwise F1 \d\.\d{3}/);
      expect(block).toMatch(/quotes {2}recall 1\.000 \(21\/21\) {2}speaker accuracy \d\.\d{3} \(\d+\/21\)/);
      expect(block).toMatch(/figures recall \d\.\d{3} \(\d+\/25\) {2}read right \d\.\d{3}/);
    }
    // The same scores either way: the script's own temporary analysis is the machine's.
    const scores = (block: string) => block.trim().split('\n').slice(1, 3).map((line) => line.replace(/^\s*(?:file|machine)\s+/, ''));
    expect(scores(blocks[0]!)).toEqual(scores(blocks[1]!));
  }, 120_000);
});
