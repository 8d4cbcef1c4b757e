import { describe, expect, it } from 'vitest';
import { coverageGridSchema, coverageStripSchema, overviewSchema } from '../../../src/lib/schemas/view/overview.ts';
import { coverageGrid, coverageStrip } from '../../../src/lib/view/coverage-grid.ts';
import { overview, quotedSpeakers } from '../../../src/lib/view/overview.ts';
import { indexComparison } from '../../../src/lib/view/comparison-index.ts';
import { fixture, fixtureIndex } from './fixture.ts';

const index = fixtureIndex();

describe('coverageGrid', () => {
  const grid = coverageGridSchema.parse(coverageGrid(index));

  it('has a row per claim, most outlets first, and a cell per outlet', () => {
    expect(grid.rows.map((row) => row.claim.number)).toEqual([1, 2, 3, 4, 5]);
    expect(grid.rows.every((row) => row.cells.map((cell) => cell.articleId).join() === 'alpha,beta,gamma')).toBe(true);
  });

  it('links reported cells to the outlet’s first sentence of the claim; a machine claim’s are found by the machine, its absences not found', () => {
    const meeting = grid.rows[1]!;
    expect(meeting.claim).toMatchObject({ reviewed: false, confidence: 0.71, mark: 'machine match, 71% confidence' });
    expect(meeting.cells.map((cell) => [cell.state, cell.symbol, cell.reported, cell.sentence?.href ?? null, cell.sentences])).toEqual([
      ['found', '□', true, '/sub/articles/alpha/#s-a00001', 2],
      ['found', '□', true, '/sub/articles/beta/#s-b00002', 1],
      ['not-found', '?', false, null, 0],
    ]);
    expect(meeting.cells.map((cell) => cell.description)).toEqual([
      'Found by the machine in Alpha Daily: read the sentence',
      'Found by the machine in Beta News: read the sentence',
      'Not found by the machine in Outlet unknown',
    ]);
  });

  it('shows a reviewed claim’s suggested members apart, and "not reported" only for articles an editor checked', () => {
    const mayor = grid.rows[3]!;
    expect(mayor.claim).toMatchObject({ key: 'c-mayor-pleased-0003', reviewed: true, confidence: null, mark: 'reviewed' });
    expect(mayor.cells.map((cell) => [cell.state, cell.symbol, cell.sentence?.anchor ?? null, cell.confidence])).toEqual([
      ['reported', '■', 's-a00002', null],
      ['reported', '■', 's-b00003', null],
      ['suggested', '◇', 's-c00001', 0.55],
    ]);
    expect(mayor.cells[2]!.description).toBe('Suggested by the machine in Outlet unknown, not reviewed (55% confidence): read the sentence');
    const reviewedElsewhere = { ...fixture, claims: fixture.claims.map((claim) => (claim.id === 'c-critics-doubt-0005' ? { ...claim, reviewed: true, confidence: null } : claim)) };
    const critics = coverageGrid(indexComparison(reviewedElsewhere, '/')).rows[4]!;
    expect(critics.cells.map((cell) => [cell.state, cell.description])).toEqual([
      ['reported', 'Reported by Alpha Daily: read the sentence'],
      ['not-reported', 'Not reported by Beta News'],
      ['not-found', 'Not found by the machine in Outlet unknown'],
    ]);
  });

  it('has a legend of the symbols it uses, in a fixed order', () => {
    expect(grid.legend.map((entry) => [entry.state, entry.symbol])).toEqual([
      ['reported', '■'],
      ['found', '□'],
      ['suggested', '◇'],
      ['not-found', '?'],
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
  const layout = { pitch: 10, barWidth: 7, groupGap: 14, height: 24, tickHeight: 5, suggestedHeight: 12 };
  const strip = coverageStripSchema.parse(coverageStrip(grid, layout));

  it('places one bar per claim, with a gap and a divider between coverage groups', () => {
    expect(strip.rows[0]!.bars.map((bar) => bar.x)).toEqual([0, 24, 34, 44, 68]);
    expect(strip.dividers).toEqual([15, 59]);
    expect(strip.width).toBe(75);
  });

  it('tells reported, suggested and not reported apart by shape, and describes each row in words', () => {
    expect(strip.rows.map((row) => row.bars.map((bar) => (bar.reported ? '█' : bar.suggested ? '▄' : '_')).join(''))).toEqual(['█████', '██_█_', '█_█▄_']);
    expect(strip.rows.map((row) => [row.reported, row.suggested])).toEqual([
      [5, 0],
      [3, 0],
      [2, 1],
    ]);
    expect(strip.rows[2]!.description).toBe(
      'Outlet unknown reports 2 of 5 claims: 1 of 1 by every outlet; 1 of 3 by several outlets; 0 of 1 by one outlet only. The machine suggests 1 more claim for it, not reviewed.',
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

  it('names outlets by their distinct names', () => {
    const twoUnknown = { ...fixture, articles: fixture.articles.map((article) => (article.id === 'beta' ? { ...article, outlet: null, outletLabel: 'Outlet unknown' } : article)) };
    expect(quotedSpeakers(indexComparison(twoUnknown, '/'))[0]!.outlets).toEqual(['Alpha Daily', 'Outlet unknown (file b.txt)']);
  });
});
