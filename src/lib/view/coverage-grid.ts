import type { Claim } from '../schemas/comparison.ts';
import type { Outlet } from '../schemas/view/common.ts';
import type { CellState, CoverageCell, CoverageGrid, CoverageGroup, CoverageRow, CoverageStrip, GridLegend } from '../schemas/view/overview.ts';
import { claimRef, claimSentencesIn, claimSuggestionsIn, outletsOf, sentenceRef, type ComparisonIndex, type KeyedClaim } from './comparison-index.ts';
import { percent, plural } from './format.ts';

/** Headings of the coverage groups, in display order. */
export const COVERAGE_LABELS: Record<Claim['coverage'], string> = {
  all: 'Reported by every outlet',
  several: 'Reported by several outlets',
  single: 'Reported by one outlet only',
};

const COVERAGE_ORDER: ReadonlyArray<Claim['coverage']> = ['all', 'several', 'single'];

/** The grid's symbols and their meaning, in legend order. Shapes differ, so no state relies on colour. */
export const CELL_LEGEND: Readonly<Record<CellState, { symbol: string; text: string }>> = {
  reported: { symbol: '■', text: 'reported (reviewed by an editor), with a link to the sentence' },
  found: { symbol: '□', text: 'found by the machine, not reviewed' },
  suggested: { symbol: '◇', text: 'a sentence the machine suggests, not reviewed' },
  'not-reported': { symbol: '–', text: 'not reported (an editor checked the article)' },
  'not-found': { symbol: '?', text: 'not found by the machine (no editor has checked)' },
};

const CELL_ORDER = Object.keys(CELL_LEGEND) as CellState[];

/** Claims × outlets: for every claim, whether each outlet reports it and where, and who decided so. */
export function coverageGrid(index: ComparisonIndex): CoverageGrid {
  const outlets = outletsOf(index);
  const rows: CoverageRow[] = index.claims.map((claim) => ({
    claim: claimRef(index, claim),
    cells: outlets.map((outlet) => coverageCell(index, claim, outlet)),
  }));
  const groups: CoverageGroup[] = COVERAGE_ORDER.map((coverage) => ({
    coverage,
    label: COVERAGE_LABELS[coverage],
    rows: rows.filter((row) => row.claim.coverage === coverage),
  })).filter((group) => group.rows.length > 0);
  const used = new Set(rows.flatMap((row) => row.cells.map((cell) => cell.state)));
  const legend: GridLegend[] = CELL_ORDER.filter((state) => used.has(state)).map((state) => ({ state, ...CELL_LEGEND[state] }));
  return { outlets, rows, groups, legend };
}

/** One outlet's cell for one claim. */
export function coverageCell(index: ComparisonIndex, claim: KeyedClaim, outlet: Outlet): CoverageCell {
  const sentences = claimSentencesIn(index, claim, outlet.articleId);
  const suggestions = sentences.length === 0 ? claimSuggestionsIn(index, claim, outlet.articleId) : [];
  const first = sentences[0];
  const suggestion = suggestions[0];
  const state: CellState = first
    ? claim.reviewed
      ? 'reported'
      : 'found'
    : suggestion
      ? 'suggested'
      : claim.reviewed && outlet.reviewed
        ? 'not-reported'
        : 'not-found';
  const description = {
    reported: `Reported by ${outlet.name}: read the sentence`,
    found: `Found by the machine in ${outlet.name}: read the sentence`,
    suggested: `Suggested by the machine in ${outlet.name}, not reviewed (${percent(suggestion?.confidence ?? 0)} confidence): read the sentence`,
    'not-reported': `Not reported by ${outlet.name}`,
    'not-found': `Not found by the machine in ${outlet.name}`,
  }[state];
  return {
    articleId: outlet.articleId,
    state,
    reported: first !== undefined,
    sentence: first ? sentenceRef(index, first) : (suggestion?.sentence ?? null),
    sentences: sentences.length,
    confidence: suggestion && !first ? suggestion.confidence : null,
    symbol: CELL_LEGEND[state].symbol,
    description,
  };
}

/** Layout of the coverage strip, in viewBox units. */
export interface StripLayout {
  /** Horizontal space per claim. */
  pitch: number;
  /** Bar width (the rest of the pitch is the gap between bars). */
  barWidth: number;
  /** Extra space between coverage groups. */
  groupGap: number;
  /** Row height. */
  height: number;
  /** Height of a "not reported" tick. */
  tickHeight: number;
  /** Height of a "suggested by the machine" bar: between the two, and drawn as an outline. */
  suggestedHeight: number;
}

export const DEFAULT_STRIP_LAYOUT: StripLayout = { pitch: 10, barWidth: 7, groupGap: 14, height: 24, tickHeight: 5, suggestedHeight: 12 };

/**
 * The whole grid as one bar row per outlet, claims left to right in grid order: a full bar
 * where the outlet reports the claim, a low tick where it does not. Shape, not colour, tells
 * the two apart; groups of equal coverage are set apart by a gap and a divider.
 */
export function coverageStrip(grid: CoverageGrid, layout: StripLayout = DEFAULT_STRIP_LAYOUT): CoverageStrip {
  const positions: number[] = [];
  const dividers: number[] = [];
  let x = 0;
  grid.groups.forEach((group, groupIndex) => {
    if (groupIndex > 0) {
      // A line one unit wide, centred in the space between the last bar of a group and the first of the next.
      dividers.push(x - (layout.pitch - layout.barWidth) + (layout.groupGap + layout.pitch - layout.barWidth) / 2 - 0.5);
      x += layout.groupGap;
    }
    for (let row = 0; row < group.rows.length; row++) {
      positions.push(x);
      x += layout.pitch;
    }
  });
  const ordered = grid.groups.flatMap((group) => group.rows);
  const total = ordered.length;
  return {
    width: Math.max(layout.pitch, x - (layout.pitch - layout.barWidth)),
    height: layout.height,
    barWidth: layout.barWidth,
    tickHeight: layout.tickHeight,
    suggestedHeight: layout.suggestedHeight,
    dividers,
    groups: grid.groups.map((group) => ({ coverage: group.coverage, label: group.label, count: group.rows.length })),
    rows: grid.outlets.map((outlet, column) => {
      const bars = ordered.map((row, at) => ({
        x: positions[at]!,
        reported: row.cells[column]?.reported ?? false,
        suggested: row.cells[column]?.state === 'suggested',
      }));
      const reported = bars.filter((bar) => bar.reported).length;
      const suggested = bars.filter((bar) => bar.suggested).length;
      const parts = grid.groups.map((group) => {
        const has = group.rows.filter((row) => row.cells[column]?.reported).length;
        return `${has} of ${group.rows.length} ${group.label.toLowerCase().replace(/^reported /, '')}`;
      });
      const more = suggested > 0 ? ` The machine suggests ${plural(suggested, 'more claim')} for it, not reviewed.` : '';
      return {
        outlet,
        reported,
        suggested,
        description: `${outlet.name} reports ${reported} of ${plural(total, 'claim')}: ${parts.join('; ')}.${more}`,
        bars,
      };
    }),
  };
}
