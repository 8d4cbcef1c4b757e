import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewRecord, readSpeakerCorrections, reviewedArticleIds } from '../../../src/lib/review/editor-files.ts';

const hashA = 'a'.repeat(64);
const hashB = 'b'.repeat(64);

async function file(name: string, text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-editor-'));
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

describe('readReviewRecord', () => {
  it('reads the record, and a missing file as none', async () => {
    const path = await file('review.yaml', `articles:\n  - sourceFile: a.txt\n    sha256: ${hashA}\n`);
    expect(await readReviewRecord(path, 'content/review.yaml')).toEqual({ value: { articles: [{ sourceFile: 'a.txt', sha256: hashA }], checks: [], statesNoFact: [] }, problems: [] });
    expect(await readReviewRecord(`${path}.missing`)).toEqual({ value: null, problems: [] });
  });

  it('reads how the review was checked and the sentences that state no fact', async () => {
    const path = await file(
      'review-full.yaml',
      `articles: []\nchecks:\n  - date: 2026-12-06\n    how: every claim against the ranked candidates\nstatesNoFact:\n  - id: a/s-000001\n    text: Will the council agree?\n    why: a question\n`,
    );
    expect((await readReviewRecord(path)).value).toEqual({
      articles: [],
      checks: [{ date: '2026-12-06', how: 'every claim against the ranked candidates' }],
      statesNoFact: [{ id: 'a/s-000001', text: 'Will the council agree?', why: 'a question' }],
    });
  });

  it.each([
    { text: 'articles: [', line: 'invalid YAML (line 1): Flow sequence in block collection must be sufficiently indented and end with a ]' },
    { text: 'articles: []\nreviewer: me\n', line: 'unknown field "reviewer"' },
    { text: 'articles:\n  - sourceFile: a.txt\n    sha256: short\n', line: 'field articles[0].sha256: must be 64 lower-case hex digits' },
  ])('reports bad input as one line: $line', async ({ text, line }) => {
    const path = await file('review.yaml', text);
    expect(await readReviewRecord(path, 'content/review.yaml')).toEqual({ value: null, problems: [{ path: 'content/review.yaml', message: line }] });
  });
});

describe('reviewedArticleIds', () => {
  const articles = [
    { id: 'alpha', sourceFile: 'a.txt', sha256: hashA },
    { id: 'beta', sourceFile: 'b.txt', sha256: hashB },
  ];

  it('counts an article as reviewed only while its bytes are the ones reviewed', () => {
    const record = { articles: [{ sourceFile: 'a.txt', sha256: hashA }, { sourceFile: 'b.txt', sha256: hashA }, { sourceFile: 'gone.txt', sha256: hashA }, { sourceFile: 'a.txt', sha256: hashA }], checks: [], statesNoFact: [] };
    const { ids, problems } = reviewedArticleIds(record, articles, 'content/review.yaml');
    expect([...ids]).toEqual(['alpha']);
    expect(problems.map((problem) => problem.message)).toEqual([
      `b.txt changed since it was reviewed (its SHA-256 is now ${hashB}); check its claims (npm run claims:check), then put the new hash in the file`,
      'gone.txt is not an article any more (no such file in content/raw); remove its entry',
      'a.txt is listed twice; keep one entry',
    ]);
  });

  it('treats no record as nothing reviewed', () => {
    expect(reviewedArticleIds(null, articles, 'r.yaml')).toEqual({ ids: new Set(), problems: [] });
  });
});

describe('readSpeakerCorrections', () => {
  it('reads corrections, and rejects an unknown field with one line', async () => {
    const good = await file('speakers.yaml', 'corrections:\n  - sentence: { id: alpha/s-a00001, text: "“Fine,” he said." }\n    quote: Fine\n    speaker: Ann Mayor\n');
    expect(await readSpeakerCorrections(good)).toEqual({
      value: [{ sentence: { id: 'alpha/s-a00001', text: '“Fine,” he said.' }, quote: 'Fine', speaker: 'Ann Mayor' }],
      problems: [],
    });
    const bad = await file('speakers.yaml', 'corrections:\n  - sentence: { id: alpha/s-a00001, text: x }\n    quote: Fine\n    speaker: null\n    who: x\n');
    expect(await readSpeakerCorrections(bad, 'content/speakers.yaml')).toEqual({
      value: null,
      problems: [{ path: 'content/speakers.yaml', message: 'unknown field "who" in corrections[0]' }],
    });
  });
});
