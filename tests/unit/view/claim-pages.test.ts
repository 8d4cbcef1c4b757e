import { describe, expect, it } from 'vitest';
import { claimListSchema, claimPageSchema } from '../../../src/lib/schemas/view/claims.ts';
import { claimList, claimPage } from '../../../src/lib/view/claim-pages.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { fixture, fixtureIndex } from './fixture.ts';

const index = fixtureIndex();

describe('claimPage', () => {
  const page = claimPageSchema.parse(claimPage(index, 'c-budget-agreed-0001'));

  it('takes the most common wording from the articles: the sentence most like the others', () => {
    expect(page.reference.sentence.id).toBe('beta/s-b00001');
    expect(page.reference.outlet.label).toBe('Beta News');
  });

  it('names the outlet a machine label is taken from; an editor’s title comes from no outlet', () => {
    expect(page.labelOutlet).toBeNull();
    expect(page.claim).toMatchObject({ label: 'Council: a budget of 5 million was agreed on Monday', reviewed: true, mark: 'reviewed' });
    expect(claimPage(index, 'c-meeting-long-0002').labelOutlet?.label).toBe('Alpha Daily');
    expect(claimPage(index, 'c-meeting-long-0002').claim.mark).toBe('machine match, 71% confidence');
  });

  it('renders the editor’s note safely, with site links under the base path', () => {
    expect(page.noteHtml).toBe('<p>All three outlets give the same <strong>amount</strong>; see <a href="/sub/claims/">the figures</a>.</p>');
    expect(claimPage(index, 'c-meeting-long-0002').noteHtml).toBeNull();
  });

  it('names a reviewed claim’s file as the way to correct it; a machine claim has none', () => {
    expect(page.file).toBe('content/claims/c-budget-agreed-0001.md');
    expect(claimPage(index, 'c-budget-agreed-0001', new Map([['c-budget-agreed-0001', 'content/claims/budget.md']])).file).toBe('content/claims/budget.md');
    expect(claimPage(index, 'c-meeting-long-0002').file).toBeNull();
  });

  it('lists the machine’s suggested members apart from the editor’s, with their confidence', () => {
    const mayor = claimPage(index, 'c-mayor-pleased-0003');
    expect(mayor.outlets.map((entry) => entry.outlet.articleId)).toEqual(['alpha', 'beta']);
    expect(mayor.suggestions.map((suggestion) => [suggestion.outlet.articleId, suggestion.sentence.anchor, suggestion.confidence, suggestion.mark])).toEqual([
      ['gamma', 's-c00001', 0.55, 'machine match, 55% confidence'],
    ]);
    // An outlet with suggestions is listed with them, not as "not found".
    expect([mayor.notReported, mayor.notFound, mayor.suggestedOutlets.map((outlet) => outlet.articleId)]).toEqual([[], [], ['gamma']]);
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

  it('names who left it out (a finding only where an editor checked), and the figures outlets give differently', () => {
    const meeting = claimPage(index, 'c-meeting-long-0002');
    expect([meeting.notReported, meeting.notFound.map((outlet) => outlet.label)]).toEqual([[], ['Outlet unknown']]);
    expect(meeting.figures.map((figure) => figure.id)).toEqual(['f-lasted-1']);
    expect([page.notReported, page.notFound]).toEqual([[], []]);
    const reviewedElsewhere = { ...fixture, claims: fixture.claims.map((claim) => (claim.id === 'c-critics-doubt-0005' ? { ...claim, reviewed: true, confidence: null } : claim)) };
    const critics = claimPage(indexComparison(reviewedElsewhere, '/'), 'c-critics-doubt-0005');
    expect([critics.notReported.map((outlet) => outlet.articleId), critics.notFound.map((outlet) => outlet.articleId)]).toEqual([['beta'], ['gamma']]);
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
  it('groups claims by coverage with who reports them, who an editor found does not, what the machine did not find or suggests', () => {
    const list = claimListSchema.parse(claimList(index));
    const row = (item: (typeof list.groups)[number]['claims'][number]) => [item.claim.number, item.claim.mark, item.outlets.join('+'), item.notReported.join('+'), item.notFound.join('+'), item.suggested.join('+')];
    expect(list.groups.map((group) => [group.coverage, group.claims.map(row)])).toEqual([
      ['all', [[1, 'reviewed', 'Alpha Daily+Beta News+Outlet unknown', '', '', '']]],
      [
        'several',
        [
          [2, 'machine match, 71% confidence', 'Alpha Daily+Beta News', '', 'Outlet unknown', ''],
          [3, 'machine match, 40% confidence', 'Alpha Daily+Outlet unknown', '', 'Beta News', ''],
          [4, 'reviewed', 'Alpha Daily+Beta News', '', '', 'Outlet unknown (55% confidence)'],
        ],
      ],
      ['single', [[5, 'machine match, 90% confidence', 'Alpha Daily', '', 'Beta News+Outlet unknown', '']]],
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
