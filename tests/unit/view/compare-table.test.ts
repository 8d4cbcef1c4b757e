import { describe, expect, it } from 'vitest';
import { compareTableSchema } from '../../../src/lib/schemas/view/compare.ts';
import { articlePairs, compareTable } from '../../../src/lib/view/compare-table.ts';
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

  it('fills each cell with the outlet’s own sentences, and leaves it empty when it does not report the claim', () => {
    const [meeting] = table.groups[1]!.rows;
    expect(meeting!.cells.map((cell) => cell.sentences.map((sentence) => sentence.text))).toEqual([
      ['The council agreed a budget of 5 million on Monday after a long meeting.', 'The meeting lasted roughly 90 minutes.'],
      ['The meeting lasted over one hour.'],
      [],
    ]);
    expect(meeting!.articleIds).toEqual(['alpha', 'beta']);
  });

  it('puts every reporting sentence that belongs to a claim in its outlet’s column', () => {
    const shown = new Set(table.groups.flatMap((group) => group.rows.flatMap((row) => row.cells.flatMap((cell) => cell.sentences.map((sentence) => sentence.id)))));
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
