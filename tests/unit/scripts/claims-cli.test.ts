import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { claimFileText } from '../../../src/lib/review/proposals.ts';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import { projectRoot } from '../../helpers/render.ts';

const script = (name: string) => join(projectRoot, 'scripts', `${name}.ts`);
const raw = {
  'a.txt': 'Ferry Cancelled\nThe island ferry was cancelled on Friday because of storms.\nThe operator said refunds would be paid within a week.\n',
  'b.txt': 'Storms Stop Ferry\nStorms forced the cancellation of the island ferry on Friday.\nA lighthouse keeper said the waves were the highest in years.\n',
};

function run(name: string, cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script(name), ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim().split('\n') };
}

/** A scratch project: raw articles ingested into articles/, an empty content/ with claims/. */
async function scratch() {
  const root = await mkdtemp(join(tmpdir(), 'parallax-claims-cli-'));
  await mkdir(join(root, 'raw'));
  await mkdir(join(root, 'content', 'claims'), { recursive: true });
  for (const [name, text] of Object.entries(raw)) await writeFile(join(root, 'raw', name), text);
  await writeFile(join(root, 'content', 'provenance.json'), JSON.stringify({ articles: [] }));
  await writeFile(join(root, 'content', 'event.yaml'), 'title: An invented event\ndate: 2001-02-03\n');
  expect(run('ingest', root, '--raw', 'raw', '--out', 'articles', '--provenance', 'content/provenance.json').status).toBe(0);
  return root;
}

const analyzeArgs = ['--articles', 'articles', '--content', 'content', '--provenance', 'content/provenance.json', '--out', 'out'];
const contentArgs = ['--articles', 'articles', '--content', 'content'];

async function machineComparison(root: string): Promise<Comparison> {
  expect(run('analyze', root, ...analyzeArgs, '--machine-only').status).toBe(0);
  return comparisonSchema.parse(JSON.parse(await readFile(join(root, 'out', 'comparison.json'), 'utf8')));
}

describe('the editor’s files through the scripts', () => {
  let root: string;
  let machine: Comparison;
  const sentence = (start: string) => machine.sentences.find((candidate) => candidate.text.startsWith(start))!;

  beforeAll(async () => {
    root = await scratch();
    machine = await machineComparison(root);
  });

  it('analyze --machine-only ignores the editor’s files and says so in the data', async () => {
    await writeFile(join(root, 'content', 'claims', 'broken.md'), 'not a claim file');
    const result = run('analyze', root, ...analyzeArgs, '--machine-only');
    expect(result.status).toBe(0);
    const data = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'out', 'comparison.json'), 'utf8')));
    expect(data.review.applied).toBe(false);
    expect(data.claims.every((claim) => !claim.reviewed)).toBe(true);
    await writeFile(join(root, 'content', 'claims', 'broken.md'), claimFileText({ title: 'x', status: 'machine', sentences: [{ id: sentence('The island').id, text: sentence('The island').text }] }));
  });

  it('analyze fails with one line naming the file, the sentence and what to do, and leaves the output as it was', async () => {
    const before = await readFile(join(root, 'out', 'comparison.json'), 'utf8');
    const stale = claimFileText({ title: 'Ferry cancelled', status: 'reviewed', sentences: [{ id: sentence('The island').id, text: 'The island ferry ran as usual.' }] });
    await writeFile(join(root, 'content', 'claims', 'ferry.md'), stale);
    const result = run('analyze', root, ...analyzeArgs);
    expect(result.status).toBe(1);
    expect(result.stderr).toEqual([
      `content/claims/ferry.md: sentence ${sentence('The island').id} now reads "The island ferry was cancelled on Friday because of storms."; check that it still states the claim, then copy its new text into the file (or remove the sentence)`,
      'fix the files named above (npm run claims:check lists every problem; for another event, npm run event:new starts an empty one)',
      'analyze failed; out was left as it was',
    ]);
    expect(await readFile(join(root, 'out', 'comparison.json'), 'utf8')).toBe(before);
    const check = run('claims-check', root, ...contentArgs);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`content/claims/ferry.md: sentence ${sentence('The island').id} now reads`);
    expect(check.stdout).toContain('1 problem\n');
  });

  it('claims:check passes on current files and lists what remains to review; analyze publishes the reviewed claim', async () => {
    const ferry = [sentence('The island'), sentence('Storms forced')];
    await writeFile(join(root, 'content', 'claims', 'ferry.md'), claimFileText({ title: 'Ferry cancelled by storms', status: 'reviewed', sentences: ferry.map(({ id, text }) => ({ id, text })) }));
    const check = run('claims-check', root, ...contentArgs);
    expect(check.status).toBe(0);
    expect(check.stdout).toContain('2 claim files (1 reviewed, 1 proposals)');
    expect(check.stdout).toContain('0 of 2 articles reviewed');
    expect(check.stdout).toContain('no problems');
    expect(run('analyze', root, ...analyzeArgs).status).toBe(0);
    const data = comparisonSchema.parse(JSON.parse(await readFile(join(root, 'out', 'comparison.json'), 'utf8')));
    expect(data.claims.find((claim) => claim.id === 'ferry')).toMatchObject({ reviewed: true, label: 'Ferry cancelled by storms', labelSentenceId: null, sentenceIds: ferry.map((s) => s.id) });
    expect(data.review).toMatchObject({ applied: true, reviewedClaims: 1 });
  });

  it('claims:propose writes proposals for the rest, replaces old ones and never touches a reviewed file', async () => {
    const reviewedBefore = await readFile(join(root, 'content', 'claims', 'ferry.md'), 'utf8');
    const dry = run('claims-propose', root, ...contentArgs, '--provenance', 'content/provenance.json', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toMatch(/would write \d+ proposals \(replacing 1\); 1 reviewed claims left as they were/);
    expect((await readdir(join(root, 'content', 'claims'))).sort()).toEqual(['broken.md', 'ferry.md']);

    const result = run('claims-propose', root, ...contentArgs, '--provenance', 'content/provenance.json');
    expect(result.status).toBe(0);
    const names = (await readdir(join(root, 'content', 'claims'))).sort();
    expect(names).not.toContain('broken.md');
    expect(names).toContain('ferry.md');
    expect(names.filter((name) => name.startsWith('proposed-')).length).toBeGreaterThan(0);
    expect(names.some((name) => name.endsWith('.new'))).toBe(false);
    expect(await readFile(join(root, 'content', 'claims', 'ferry.md'), 'utf8')).toBe(reviewedBefore);
    expect(result.stdout).toContain('Proposals (');
    const check = run('claims-check', root, ...contentArgs);
    expect(check.status).toBe(0);
  });

  it('claims:propose refuses to run on files with problems and writes nothing', async () => {
    await writeFile(join(root, 'content', 'claims', 'bad.md'), '---\ntitle: x\nstatus: reviewed\nsentences:\n  - { id: a/s-abcdef, text: x }\nextra: 1\n---\n');
    const before = (await readdir(join(root, 'content', 'claims'))).sort();
    const result = run('claims-propose', root, ...contentArgs, '--provenance', 'content/provenance.json');
    expect(result.status).toBe(1);
    expect(result.stderr).toEqual(['content/claims/bad.md: unknown field "extra"', 'claims:propose wrote nothing']);
    expect((await readdir(join(root, 'content', 'claims'))).sort()).toEqual(before);
  });
});
