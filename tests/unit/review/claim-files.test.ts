import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimFile, readClaimFiles } from '../../../src/lib/review/claim-files.ts';

const good = [
  '---',
  'title: "Council: the budget was agreed"',
  'status: reviewed',
  'sentences:',
  '  - id: alpha/s-a00001',
  '    text: The council agreed a budget.',
  '---',
  '',
  'A note with [a link](https://example.org/).',
  '',
].join('\n');

describe('parseClaimFile', () => {
  it('reads a reviewed claim with its note', () => {
    expect(parseClaimFile(good, 'budget-agreed', 'content/claims/budget-agreed.md')).toEqual({
      claim: {
        slug: 'budget-agreed',
        path: 'content/claims/budget-agreed.md',
        title: 'Council: the budget was agreed',
        status: 'reviewed',
        sentences: [{ id: 'alpha/s-a00001', text: 'The council agreed a budget.' }],
        confidence: null,
        note: 'A note with [a link](https://example.org/).',
      },
    });
  });

  it('reads a machine proposal with its confidence and no note', () => {
    const text = good.replace('status: reviewed', 'status: machine\nconfidence: 0.4').replace(/\nA note[^\n]*\n/, '\n');
    expect(parseClaimFile(text, 'p', 'p.md')).toMatchObject({ claim: { status: 'machine', confidence: 0.4, note: null } });
  });

  it.each([
    { name: 'a bad slug', slug: 'Budget_Agreed', text: good, line: 'the file name must be lower-case words joined by hyphens (like "ministry-bridge-reopens.md"), not "Budget_Agreed.md"' },
    { name: 'no frontmatter', slug: 'x', text: 'title: x', line: 'has no frontmatter: the file must start with a line "---", the YAML fields, and another "---"' },
    { name: 'bad YAML', slug: 'x', text: good.replace('status: reviewed', 'status: [reviewed'), line: 'invalid YAML (line 4): Flow sequence in block collection must be sufficiently indented and end with a ]' },
    { name: 'an unknown field', slug: 'x', text: good.replace('status: reviewed', 'status: reviewed\nauthor: me'), line: 'unknown field "author"' },
    { name: 'an unknown sentence field', slug: 'x', text: good.replace('    text:', '    note: x\n    text:'), line: 'unknown field "note" in sentences[0]' },
    { name: 'a missing title', slug: 'x', text: good.replace(/title: .*\n/, ''), line: 'field title: Invalid input: expected string, received undefined' },
    { name: 'an unknown status', slug: 'x', text: good.replace('status: reviewed', 'status: done'), line: 'field status: Invalid option: expected one of "reviewed"|"machine"' },
    { name: 'a malformed sentence id', slug: 'x', text: good.replace('alpha/s-a00001', 'alpha#s-a00001'), line: 'field sentences[0].id: must look like "<article-id>/s-<6 hex digits>"' },
    { name: 'no sentences', slug: 'x', text: good.replace(/sentences:[\s\S]*?---/, 'sentences: []\n---'), line: 'field sentences: Too small: expected array to have >=1 items' },
    { name: 'a sentence listed twice', slug: 'x', text: good.replace('---\n\nA note', '---\n\nA note').replace('    text: The council agreed a budget.', '    text: The council agreed a budget.\n  - id: alpha/s-a00001\n    text: The council agreed a budget.'), line: 'sentence alpha/s-a00001 is listed twice; keep one' },
    { name: 'a reviewed claim with a confidence', slug: 'x', text: good.replace('status: reviewed', 'status: reviewed\nconfidence: 0.9'), line: 'a reviewed claim has no machine confidence; remove the "confidence" field' },
    { name: 'raw HTML in the note', slug: 'x', text: `${good}<script>alert(1)</script>\n`, line: 'note (line 10): raw HTML is not allowed in a note; write plain Markdown' },
  ])('rejects $name with one line naming the file', ({ slug, text, line }) => {
    expect(parseClaimFile(text, slug, `content/claims/${slug}.md`)).toEqual({ problems: [{ path: `content/claims/${slug}.md`, message: line }] });
  });
});

describe('readClaimFiles', () => {
  it('reads every .md file in name order and collects every problem, including slugs that differ only in case', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-claims-'));
    await writeFile(join(dir, 'b-claim.md'), good);
    await writeFile(join(dir, 'a-claim.md'), good);
    await writeFile(join(dir, 'A-claim.md'), good);
    await writeFile(join(dir, 'broken.md'), 'no frontmatter');
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const { claims, problems } = await readClaimFiles(dir, 'content/claims');
    expect(claims.map((claim) => claim.slug)).toEqual(['b-claim']);
    expect(problems.map((problem) => `${problem.path}: ${problem.message}`)).toEqual([
      'content/claims/A-claim.md: the file name must be lower-case words joined by hyphens (like "ministry-bridge-reopens.md"), not "A-claim.md"',
      'content/claims/a-claim.md: has the same slug as content/claims/A-claim.md; rename one of them',
      'content/claims/broken.md: has no frontmatter: the file must start with a line "---", the YAML fields, and another "---"',
    ]);
  });

  it('treats a missing folder as no claims', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-claims-'));
    expect(await readClaimFiles(join(dir, 'none'))).toEqual({ claims: [], problems: [] });
  });
});
