import { describe, expect, it } from 'vitest';
import { compareTableSchema } from '../../../src/lib/schemas/view/compare.ts';
import { articlePairs, chooserHint, compareTable, MAX_COLUMNS } from '../../../src/lib/view/compare-table.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { fixture, fixtureIndex } from './fixture.ts';

const index = fixtureIndex();
const table = compareTableSchema.parse(compareTable(index));

describe('compareTable', () => {
  it('groups claim rows by coverage, one cell per outlet', () => {
    expect(table.groups.map((group) => [group.coverage, group.rows.map((row) => row.claim.key)])).toEqual([
      ['all', ['c-budget-agreed-0001']],
      ['several', ['c-meeting-long-0002', 'c-mayor-pleased-0003-2', 'c-mayor-pleased-0003']],
      ['single', ['c-critics-doubt-0005']],
    ]);
    for (const row of table.groups.flatMap((group) => group.rows)) expect(row.cells.map((cell) => cell.articleId)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('fills each cell with the outlet’s own sentences, and says why a cell has none', () => {
    const [meeting] = table.groups[1]!.rows;
    expect(meeting!.cells.map((cell) => cell.sentences.map((sentence) => sentence.text))).toEqual([
      ['The council agreed a budget of 5 million on Monday after a long meeting.', 'The meeting lasted roughly 90 minutes.'],
      ['The meeting lasted over one hour.'],
      [],
    ]);
    expect(meeting!.cells.map((cell) => cell.absence)).toEqual([null, null, { kind: 'not-found', text: 'not found by the machine' }]);
    expect(meeting!.articleIds).toEqual(['alpha', 'beta']);
    expect(meeting!.absent).toEqual([{ articleId: 'gamma', name: 'Outlet unknown', kind: 'not-found' }]);
    expect(meeting!.claim.mark).toBe('machine match, 71% confidence');
  });

  it('keeps the machine’s suggested members apart from the editor’s, with their confidence', () => {
    const mayor = table.groups[1]!.rows.find((row) => row.claim.key === 'c-mayor-pleased-0003')!;
    expect(mayor.claim.mark).toBe('reviewed');
    expect(mayor.cells.map((cell) => [cell.sentences.length, cell.suggestions.map((suggestion) => [suggestion.anchor, suggestion.mark, suggestion.claimKeys])])).toEqual([
      [1, []],
      [1, []],
      [0, [['s-c00001', 'machine match, 55% confidence', ['c-mayor-pleased-0003']]]],
    ]);
    // An outlet with a suggestion has something in the row: it stays shown while that outlet is chosen.
    expect(mayor.articleIds).toEqual(['alpha', 'beta', 'gamma']);
    expect(mayor.absent).toEqual([]);
    expect(mayor.suggested).toEqual([{ articleId: 'gamma', name: 'Outlet unknown', sentences: 1 }]);
  });

  it('says "not reported" only where an editor reviewed the claim and checked the article', () => {
    const reviewedElsewhere = { ...fixture, claims: fixture.claims.map((claim) => (claim.id === 'c-critics-doubt-0005' ? { ...claim, reviewed: true, confidence: null } : claim)) };
    const critics = compareTable(indexComparison(reviewedElsewhere, '/')).groups.at(-1)!.rows[0]!;
    expect(critics.cells.map((cell) => cell.absence?.text ?? null)).toEqual([null, 'not reported', 'not found by the machine']);
  });

  it('shows one-outlet claims closed, and columns while every outlet fits', () => {
    expect(table.groups.map((group) => group.collapsed)).toEqual([false, false, true]);
    expect([table.layout, table.compact, table.maxColumns]).toEqual(['columns', false, MAX_COLUMNS]);
    expect(table.chooserHint).toBe('Choose 2 to 3 outlets. The page address keeps your choice, so you can share it.');
  });

  it('turns rows into compact cards when there are more outlets than columns fit', () => {
    const many = {
      ...fixture,
      articles: Array.from({ length: MAX_COLUMNS + 2 }, (_, at) => ({ ...fixture.articles[2]!, id: at < 3 ? fixture.articles[at]!.id : `extra-${at}`, sourceFile: `${at}.txt` })),
    };
    const wide = compareTable(indexComparison(many, '/'));
    expect([wide.layout, wide.compact]).toEqual(['cards', true]);
    expect(wide.chooserHint).toBe(chooserHint(MAX_COLUMNS + 2));
    expect(wide.chooserHint).toMatch(/^Choose 2 to 7 outlets\. Up to 5 are shown side by side as columns; with more, each claim lists only the outlets that have it\./);
    expect(new Set(wide.outlets.map((outlet) => outlet.name)).size).toBe(MAX_COLUMNS + 2);
  });

  it('puts every reporting sentence that belongs to a claim in its outlet’s column', () => {
    const shown = new Set(table.groups.flatMap((group) => group.rows.flatMap((row) => row.cells.flatMap((cell) => cell.sentences.map((sentence) => sentence.id)))));
    expect(shown.has('gamma/s-c00001')).toBe(true);
    const expected = fixture.sentences.filter((sentence) => sentence.claimIds.length > 0).map((sentence) => sentence.id);
    expect([...shown].sort()).toEqual(expected.sort());
  });

  it('gives each sentence all its claims, so its counterparts can be found', () => {
    const cell = table.groups[1]!.rows[0]!.cells[0]!;
    expect(cell.sentences[0]!.claimKeys).toEqual(['c-budget-agreed-0001', 'c-meeting-long-0002']);
  });

  it('links every pair of outlets once, with the claims they share', () => {
    expect(table.pairs.map((pair) => [pair.href, pair.sharedClaims])).toEqual([
      ['/sub/compare/alpha/beta/', 3],
      ['/sub/compare/alpha/gamma/', 2],
      ['/sub/compare/beta/gamma/', 1],
    ]);
  });
});

describe('articlePairs', () => {
  it.each([
    [[], 0],
    [['a'], 0],
    [['a', 'b', 'c', 'd', 'e'], 10],
  ])('%j gives %i pairs', (ids, count) => {
    expect(articlePairs(ids.map((id) => ({ id })))).toHaveLength(count);
  });

  it('pairs every article of a large corpus with the few it shares most claims with, not with all', () => {
    const articles = Array.from({ length: 40 }, (_, at) => ({ id: `a${String(at).padStart(2, '0')}` }));
    // a00 shares claims with a39, a38, a37, a36 (most to least) and nothing else.
    const claims = [
      { articleIds: ['a00', 'a39', 'a38', 'a37', 'a36'] },
      { articleIds: ['a00', 'a39', 'a38', 'a37'] },
      { articleIds: ['a00', 'a39', 'a38'] },
      { articleIds: ['a00', 'a39'] },
    ];
    const pairs = articlePairs(articles, claims);
    expect(pairs.length).toBeLessThanOrEqual(40 * 4);
    expect(pairs.length).toBeGreaterThanOrEqual(40 * 2);
    const partners = pairs.filter(([first, second]) => first.id === 'a00' || second.id === 'a00').map(([first, second]) => (first.id === 'a00' ? second.id : first.id));
    expect(partners).toEqual(expect.arrayContaining(['a36', 'a37', 'a38', 'a39']));
    for (const [first, second] of pairs) expect(first.id < second.id).toBe(true);
    expect(new Set(pairs.map(([first, second]) => `${first.id}|${second.id}`)).size).toBe(pairs.length);
  });
});
