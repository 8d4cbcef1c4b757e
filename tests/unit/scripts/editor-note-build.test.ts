import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimFileText } from '../../../src/lib/review/proposals.ts';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import { projectRoot } from '../../helpers/render.ts';

const script = (name: string) => join(projectRoot, 'scripts', `${name}.ts`);
const run = (name: string, cwd: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [script(name), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr.trim().split('\n') };
};
const analyzeArgs = ['--articles', 'articles', '--content', 'content', '--provenance', 'content/provenance.json', '--out', 'out'];

/**
 * A note is input like an article: whatever an editor writes in it, the build (whose first step
 * is `npm run analyze`) either publishes it safely or stops, saying in one line which file and
 * what to change.
 */
describe('an editor’s note that is not allowed stops the build', () => {
  let root: string;
  let machine: Comparison;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'parallax-note-build-'));
    await mkdir(join(root, 'raw'));
    await mkdir(join(root, 'content', 'claims'), { recursive: true });
    await writeFile(join(root, 'raw', 'a.txt'), 'Bridge Reopens\nThe old bridge reopened on Sunday after two years of repairs.\n');
    await writeFile(join(root, 'raw', 'b.txt'), 'Bridge Open Again\nAfter two years of repairs the old bridge reopened on Sunday.\n');
    await writeFile(join(root, 'content', 'provenance.json'), JSON.stringify({ articles: [] }));
    await writeFile(join(root, 'content', 'event.yaml'), 'title: An invented event\ndate: 2001-02-03\n');
    expect(run('ingest', root, '--raw', 'raw', '--out', 'articles', '--provenance', 'content/provenance.json').status).toBe(0);
    expect(run('analyze', root, ...analyzeArgs, '--machine-only').status).toBe(0);
    machine = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'out', 'comparison.json'), 'utf8')));
  });

  const claimWith = (note: string) => {
    const sentences = machine.sentences.filter((sentence) => sentence.text.includes('reopened')).map(({ id, text }) => ({ id, text }));
    return `${claimFileText({ title: 'The bridge reopened on Sunday', status: 'reviewed', sentences })}\n${note}\n`;
  };

  it.each([
    ['raw HTML', 'Fine so far.\n\n<script>alert(1)</script>', /^content\/claims\/bridge\.md: note \(line \d+\): raw HTML is not allowed in a note; write plain Markdown$/],
    ['an image', 'See ![the bridge](https://example.org/bridge.png).', /^content\/claims\/bridge\.md: note \(line \d+\): images are not allowed in a note/],
    ['a javascript: link', 'See [the bridge](javascript:alert(1)).', /^content\/claims\/bridge\.md: note \(line \d+\): link to "javascript:alert\(1\)" is not allowed; use an http\(s\) address or a page of this site starting with "\/"$/],
  ])('%s', async (_, note, line) => {
    await writeFile(join(root, 'content', 'claims', 'bridge.md'), claimWith(note));
    const result = run('analyze', root, ...analyzeArgs);
    expect(result.status).toBe(1);
    const named = result.stderr.filter((text) => text.startsWith('content/claims/'));
    expect(named).toHaveLength(1);
    expect(named[0]).toMatch(line);
    expect(result.stderr.at(-1)).toBe('analyze failed; out was left as it was');
  });

  it('publishes a note that keeps to the rules', async () => {
    await writeFile(join(root, 'content', 'claims', 'bridge.md'), claimWith('A *note* with `<script>` in code, [a source](https://example.org/) and [a page](/claims/).'));
    expect(run('analyze', root, ...analyzeArgs).status).toBe(0);
    const data = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'out', 'comparison.json'), 'utf8')));
    expect(data.claims.find((claim) => claim.id === 'bridge')?.note).toContain('`<script>`');
    await rm(root, { recursive: true, force: true });
  });
});
