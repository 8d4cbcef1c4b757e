import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorialProblems } from '../../../src/lib/review/check-editorial.ts';
import { loadEditorial } from '../../../src/lib/review/load-editorial.ts';

const hash = 'c'.repeat(64);
const claim = (id: string, text: string) => `---\ntitle: T\nstatus: reviewed\nsentences:\n  - id: ${id}\n    text: ${text}\n---\n`;

async function content(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'parallax-content-'));
  await mkdir(join(dir, 'claims'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('loadEditorial', () => {
  const articles = [{ id: 'alpha', sourceFile: 'a.txt', sha256: hash }];

  it('reads claim files, the review record and speaker corrections', async () => {
    const dir = await content({
      'claims/one.md': claim('alpha/s-a00001', 'A sentence.'),
      'review.yaml': `articles:\n  - sourceFile: a.txt\n    sha256: ${hash}\n`,
      'speakers.yaml': 'corrections: []\n',
    });
    const { editorial, problems } = await loadEditorial(dir, articles, 'content');
    expect(problems).toEqual([]);
    expect(editorial.claims.map((file) => file.path)).toEqual(['content/claims/one.md']);
    expect([...editorial.reviewedArticleIds]).toEqual(['alpha']);
    expect(editorial.speakerCorrections).toEqual([]);
    expect(editorial.speakerCorrectionsPath).toBe('content/speakers.yaml');
  });

  it('works with none of the files, and collects the problems of all of them', async () => {
    expect((await loadEditorial(await content({}), articles)).problems).toEqual([]);
    const dir = await content({ 'claims/bad.md': 'x', 'review.yaml': 'articles: 3\n', 'speakers.yaml': 'fixes: []\n' });
    const { problems } = await loadEditorial(dir, articles, 'content');
    expect(problems.map((problem) => problem.path)).toEqual(['content/claims/bad.md', 'content/review.yaml', 'content/speakers.yaml']);
  });
});

describe('editorialProblems', () => {
  it('checks claim sentences and speaker corrections against the analysed text', async () => {
    const dir = await content({ 'claims/one.md': claim('alpha/s-a00001', 'Old words.') });
    const { editorial } = await loadEditorial(dir, [], 'content');
    const sentences = [{ id: 'alpha/s-a00001', articleId: 'alpha', text: 'New words.', reporting: true }];
    const problems = editorialProblems(
      { ...editorial, speakerCorrections: [{ sentence: { id: 'alpha/s-a00001', text: 'New words.' }, quote: 'x', speaker: null }] },
      sentences,
      [],
    );
    expect(problems.map((problem) => problem.path)).toEqual(['content/claims/one.md', 'content/speakers.yaml']);
  });
});
