import { describe, expect, it } from 'vitest';
import { claimListSchema, claimPageSchema } from '../../../src/lib/schemas/view/claims.ts';
import { claimList, claimPage } from '../../../src/lib/view/claim-pages.ts';
import { fixtureIndex } from './fixture.ts';

const index = fixtureIndex();

describe('claimPage', () => {
  const page = claimPageSchema.parse(claimPage(index, 'c-budget-agreed-0001'));

  it('takes the most common wording from the articles: the sentence most like the others', () => {
    expect(page.reference.sentence.id).toBe('beta/s-b00001');
    expect(page.reference.outlet.label).toBe('Beta News');
  });

  it('names the outlet the label is taken from', () => {
    expect(page.labelOutlet.label).toBe('Beta News');
    expect(claimPage(index, 'c-meeting-long-0002').labelOutlet.label).toBe('Alpha Daily');
  });

  it('gives each outlet’s wordings, diffing the one closest to the reference', () => {
    expect(page.outlets.map((entry) => [entry.outlet.articleId, entry.wordings.map((wording) => [wording.sentence.anchor, wording.reference, wording.diff !== null])])).toEqual([
      ['alpha', [['s-a00000', false, false], ['s-a00001', false, true]]],
      ['beta', [['s-b00000', false, false], ['s-b00001', true, false]]],
      ['gamma', [['s-c00000', false, false], ['s-c00001', false, false]]],
    ]);
    // gamma's closest wording shares too few words for a diff to help: it is shown whole, with its overlap.
    const gamma = page.outlets[2]!.wordings[0]!;
    expect(gamma.similarity).toBeLessThan(0.4);
    expect(gamma.similarity).toBeGreaterThan(0);
    const alpha = page.outlets[0]!.wordings[1]!;
    expect(alpha.similarity).toBe(0.833);
    expect(alpha.diff!.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(alpha.sentence.text);
  });

  it('says whom each outlet attributes it to', () => {
    const critics = claimPage(index, 'c-critics-doubt-0005');
    expect(critics.outlets[0]!.wordings[0]!.attribution).toEqual({ kind: 'unnamed-source', kindLabel: 'an unnamed source', source: null, cue: 'reportedly' });
  });

  it('names who left it out, and the figures outlets give differently', () => {
    const meeting = claimPage(index, 'c-meeting-long-0002');
    expect(meeting.missing.map((outlet) => outlet.label)).toEqual(['Outlet unknown']);
    expect(meeting.figures.map((figure) => figure.id)).toEqual(['f-lasted-1']);
    expect(page.missing).toEqual([]);
  });

  it('links the neighbouring claims', () => {
    expect([page.previous, page.next?.key]).toEqual([null, 'c-meeting-long-0002']);
    const last = claimPage(index, 'c-critics-doubt-0005');
    expect([last.previous?.key, last.next]).toEqual(['c-mayor-pleased-0003', null]);
  });

  it('keeps claims with a repeated id apart', () => {
    expect(claimPage(index, 'c-mayor-pleased-0003-2').outlets.map((entry) => entry.outlet.articleId)).toEqual(['alpha', 'gamma']);
    expect(claimPage(index, 'c-mayor-pleased-0003').outlets.map((entry) => entry.outlet.articleId)).toEqual(['alpha', 'beta']);
  });

  it('refuses an unknown claim', () => {
    expect(() => claimPage(index, 'c-nope')).toThrow(/unknown claim c-nope/);
  });
});

describe('claimList', () => {
  it('groups claims by coverage with who reports them and who does not', () => {
    const list = claimListSchema.parse(claimList(index));
    expect(list.groups.map((group) => [group.coverage, group.claims.map((item) => [item.claim.number, item.outlets.join('+'), item.missing.join('+')])])).toEqual([
      ['all', [[1, 'Alpha Daily+Beta News+Outlet unknown', '']]],
      [
        'several',
        [
          [2, 'Alpha Daily+Beta News', 'Outlet unknown'],
          [3, 'Alpha Daily+Outlet unknown', 'Beta News'],
          [4, 'Alpha Daily+Beta News', 'Outlet unknown'],
        ],
      ],
      ['single', [[5, 'Alpha Daily', 'Beta News+Outlet unknown']]],
    ]);
  });
});

describe('claimPage diffs', () => {
  it('diffs only wordings with enough words in common, and says how much they share', async () => {
    const { MIN_DIFF_SIMILARITY, claimPage } = await import('../../../src/lib/view/claim-pages.ts');
    const { indexComparison } = await import('../../../src/lib/view/comparison-index.ts');
    const { comparison } = await import('../../../src/data/comparison.ts');
    const index = indexComparison(comparison, '/');
    for (const claim of index.claims.filter((candidate) => candidate.articleIds.length > 1)) {
      for (const outlet of claimPage(index, claim.key).outlets) {
        for (const wording of outlet.wordings) {
          if (wording.diff) expect(wording.similarity!).toBeGreaterThanOrEqual(MIN_DIFF_SIMILARITY);
        }
      }
    }
  });
});
