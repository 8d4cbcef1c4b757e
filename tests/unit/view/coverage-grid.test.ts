import { describe, expect, it } from 'vitest';
import { coverageGridSchema, coverageStripSchema, overviewSchema } from '../../../src/lib/schemas/view/overview.ts';
import { coverageGrid, coverageStrip } from '../../../src/lib/view/coverage-grid.ts';
import { overview, quotedSpeakers } from '../../../src/lib/view/overview.ts';
import { fixtureIndex } from './fixture.ts';

const index = fixtureIndex();

describe('coverageGrid', () => {
  const grid = coverageGridSchema.parse(coverageGrid(index));

  it('has a row per claim, most outlets first, and a cell per outlet', () => {
    expect(grid.rows.map((row) => row.claim.number)).toEqual([1, 2, 3, 4, 5]);
    expect(grid.rows.every((row) => row.cells.map((cell) => cell.articleId).join() === 'alpha,beta,gamma')).toBe(true);
  });

  it('links reported cells to the outlet’s first sentence of the claim; others are not reported', () => {
    const meeting = grid.rows[1]!;
    expect(meeting.cells.map((cell) => [cell.reported, cell.sentence?.href ?? null, cell.sentences])).toEqual([
      [true, '/sub/articles/alpha/#s-a00001', 2],
      [true, '/sub/articles/beta/#s-b00002', 1],
      [false, null, 0],
    ]);
  });

  it('groups rows by coverage', () => {
    expect(grid.groups.map((group) => [group.coverage, group.rows.length])).toEqual([
      ['all', 1],
      ['several', 3],
      ['single', 1],
    ]);
  });
});

describe('coverageStrip', () => {
  const grid = coverageGrid(index);
  const layout = { pitch: 10, barWidth: 7, groupGap: 14, height: 24, tickHeight: 5 };
  const strip = coverageStripSchema.parse(coverageStrip(grid, layout));

  it('places one bar per claim, with a gap and a divider between coverage groups', () => {
    expect(strip.rows[0]!.bars.map((bar) => bar.x)).toEqual([0, 24, 34, 44, 68]);
    expect(strip.dividers).toEqual([15, 59]);
    expect(strip.width).toBe(75);
  });

  it('tells reported from not reported by shape, and describes each row in words', () => {
    expect(strip.rows.map((row) => row.bars.map((bar) => (bar.reported ? '█' : '_')).join(''))).toEqual(['█████', '██_█_', '█_█__']);
    expect(strip.rows[2]!.description).toBe(
      'Outlet unknown reports 2 of 5 claims: 1 of 1 by every outlet; 1 of 3 by several outlets; 0 of 1 by one outlet only.',
    );
  });
});

describe('overview', () => {
  const view = overviewSchema.parse(overview(index));

  it('counts claims and quotes', () => {
    expect(view.counts).toEqual({ outlets: 3, claims: 5, all: 1, several: 3, single: 1, quotes: 3, sharedQuotes: 1 });
  });

  it('lists claims every outlet reports, and per outlet those only it reports', () => {
    expect(view.everyOutlet.map((claim) => claim.key)).toEqual(['c-budget-agreed-0001']);
    expect(view.singleOutlet.map((entry) => [entry.outlet.articleId, entry.claims.map((item) => item.sentence?.anchor)])).toEqual([
      ['alpha', ['s-a00004']],
      ['beta', []],
      ['gamma', []],
    ]);
  });

  it('shows only figures outlets give differently, with the range each wording allows', () => {
    expect(view.figures.map((figure) => figure.id)).toEqual(['f-lasted-1']);
    expect(view.figures[0]!.mentions.map((mention) => [mention.outlet.label, mention.text, mention.range])).toEqual([
      ['Alpha Daily', 'roughly 90 minutes', '76.5 to 103.5 minutes'],
      ['Beta News', 'over one hour', '1 hour or more'],
    ]);
  });

  it('profiles each outlet', () => {
    expect(view.profiles[0]).toMatchObject({ claims: { all: 1, several: 3, single: 1 }, quotedShare: '8%', ownVoiceShare: '60%', speakers: 1 });
  });
});

describe('quotedSpeakers', () => {
  it('counts quotes and quoted words per named speaker, leaving out unstated speakers', () => {
    expect(quotedSpeakers(index)).toEqual([{ name: 'Ann Mayor', quotes: 2, words: 7, outlets: ['Alpha Daily', 'Beta News'] }]);
  });
});
