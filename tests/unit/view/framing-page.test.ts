import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAMING_SETTINGS } from '../../../src/lib/framing/framing.ts';
import { comparisonSchema, type Comparison } from '../../../src/lib/schemas/comparison.ts';
import { framingPageSchema } from '../../../src/lib/schemas/view/framing.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { FRAMING_SETTING_MEANINGS, framingPage, framingSettingRows } from '../../../src/lib/view/framing-page.ts';
import { ownEventComparison } from '../../helpers/own-event.ts';
import { fixture, fixtureIndex } from './fixture.ts';

describe('framingPage', () => {
  const view = framingPageSchema.parse(framingPage(fixtureIndex()));

  it('shows each outlet’s headline (or none) and lead, with links under the base path', () => {
    expect(view.openings.map((opening) => [opening.outlet.label, opening.headline?.text ?? null, opening.lead.length])).toEqual([
      ['Alpha Daily', 'Council agrees budget', 4],
      ['Beta News', 'Budget passes', 3],
      ['Outlet unknown', null, 2],
    ]);
    expect(view.openings[0]!.headline!.href).toBe('/sub/articles/alpha/#s-a00000');
    expect(view.openings[0]!.anchor).toBe('lead-alpha');
  });

  it('names the claims each opening states, the headline’s first, with how many other outlets open with them', () => {
    const alpha = view.openings[0]!;
    expect(alpha.claims[0]).toMatchObject({ where: 'headline', otherOpenings: 2, claim: { key: 'c-budget-agreed-0001', reviewed: true } });
    expect(alpha.claims.find((entry) => entry.claim.key === 'c-critics-doubt-0005')).toMatchObject({ where: 'lead', otherOpenings: 0, claim: { reviewed: false } });
  });

  it('gives every outlet a cell in each emphasis row, with four steps for a headline and none when not reported', () => {
    const rows = [...view.emphasis, ...view.emphasisAlike];
    const budget = rows.find((row) => row.claim.key === 'c-budget-agreed-0001')!;
    expect(budget.cells.map((cell) => [cell.placement, cell.steps, cell.label])).toEqual([
      ['headline', 4, 'Headline'],
      ['headline', 4, 'Headline'],
      ['lead', 3, 'Lead'],
    ]);
    const meeting = rows.find((row) => row.claim.key === 'c-meeting-long-0002')!;
    expect(meeting.cells[2]).toEqual({ articleId: 'gamma', placement: 'not-reported', label: 'Not reported', steps: 0, sentence: null });
    expect(view.emphasis.every((row) => row.spread > 0)).toBe(true);
    expect(view.emphasisAlike.every((row) => row.spread === 0 && row.spreadLabel === 'placed alike')).toBe(true);
  });

  it('lists sources per outlet as shares that add up', () => {
    const alpha = view.sources[0]!;
    expect(alpha.total).toBe(5);
    expect(alpha.cells.find((cell) => cell.kind === 'own-voice')).toEqual({ kind: 'own-voice', count: 3, percent: '60%', barWidth: 60 });
    expect(view.kinds.map((kind) => kind.label)).toEqual(['Own voice', 'Named people', 'Named institutions', 'Unnamed sources', 'Other outlets', 'Embedded posts']);
  });
});

describe('framingPage terms and wordings', () => {
  /** The fixture with a hand-made framing: two terms, one used in two sentences, and one differing wording. */
  const comparison: Comparison = comparisonSchema.parse({
    ...fixture,
    framing: {
      ...fixture.framing,
      outlets: fixture.framing.outlets.map((outlet) =>
        outlet.articleId !== 'alpha'
          ? outlet
          : {
              ...outlet,
              words: [
                {
                  term: 'budget',
                  label: 'budget',
                  count: 2,
                  otherCount: 1,
                  logOdds: 1.2,
                  z: 2.5,
                  occurrences: [{ sentenceId: 'alpha/s-a00001', start: 21, end: 27 }],
                },
                {
                  term: 'meeting',
                  label: 'meeting',
                  count: 2,
                  otherCount: 0,
                  logOdds: 0.5,
                  z: 1.955,
                  occurrences: [
                    { sentenceId: 'alpha/s-a00001', start: 64, end: 71 },
                    { sentenceId: 'alpha/s-a00003', start: 4, end: 11 },
                  ],
                },
              ],
            },
      ),
      substitutions: [
        {
          sides: [
            { term: 'long', label: 'long' },
            { term: 'over', label: 'over' },
          ],
          claims: 1,
          occurrences: [{ sentenceIds: ['alpha/s-a00001', 'beta/s-b00002'], claimIds: ['c-meeting-long-0002'] }],
        },
      ],
    },
  });
  const view = framingPage(indexComparison(comparison, '/'));

  it('charts z on one scale with the reference line, and marks the uses in each sentence', () => {
    expect(view.zMax).toBe(3);
    expect(view.referenceX).toBe(65.33);
    const [budget, meeting] = view.terms[0]!.words;
    expect(budget).toMatchObject({ zLabel: '2.50', strong: true, barWidth: 83.33 });
    expect(budget!.uses[0]!.parts).toEqual([
      { text: 'The council agreed a ', marked: false },
      { text: 'budget', marked: true },
      { text: ' of 5 million on Monday after a long meeting.', marked: false },
    ]);
    // Shown as "1.96", so marked as reaching 1.96; one entry per sentence that uses it.
    expect(meeting).toMatchObject({ zLabel: '1.96', strong: true });
    expect(meeting!.uses.map((use) => use.parts.filter((part) => part.marked).map((part) => part.text))).toEqual([['meeting'], ['meeting']]);
  });

  it('names the outlets on each side of a differing wording, with links to both sentences', () => {
    expect(view.substitutions[0]!.sides).toEqual([
      { label: 'long', outlets: ['Alpha Daily'] },
      { label: 'over', outlets: ['Beta News'] },
    ]);
    expect(view.substitutions[0]!.places[0]!.sentences.map((side) => side.sentence.href)).toEqual(['/articles/alpha/#s-a00001', '/articles/beta/#s-b00002']);
  });
});

describe('framingSettingRows', () => {
  it('explains every setting', () => {
    expect(Object.keys(FRAMING_SETTING_MEANINGS).sort()).toEqual(Object.keys(DEFAULT_FRAMING_SETTINGS).sort());
    expect(framingSettingRows(DEFAULT_FRAMING_SETTINGS).find((row) => row.key === 'priorScale')).toMatchObject({ value: '0.1' });
  });
});

describe('framingPage of a whole event (tests/fixtures/own-event)', () => {
  it('matches its schema', () => {
    const comparison = comparisonSchema.parse(ownEventComparison());
    const view = framingPageSchema.parse(framingPage(indexComparison(comparison, '/')));
    expect(view.openings).toHaveLength(comparison.articles.length);
    expect(view.emphasis.length + view.emphasisAlike.length).toBe(comparison.framing.emphasis.length);
  });
});
