import type { Claim } from '../schemas/comparison.ts';
import type { CoverageGrid, CoverageGroup, CoverageRow, CoverageStrip } from '../schemas/view/overview.ts';
import { claimRef, claimSentencesIn, outletsOf, sentenceRef, type ComparisonIndex } from './comparison-index.ts';
import { plural } from './format.ts';

/** Headings of the coverage groups, in display order. */
export const COVERAGE_LABELS: Record<Claim['coverage'], string> = {
  all: 'Reported by every outlet',
  several: 'Reported by several outlets',
  single: 'Reported by one outlet only',
};

const COVERAGE_ORDER: ReadonlyArray<Claim['coverage']> = ['all', 'several', 'single'];

/** Claims × outlets: for every claim, whether each outlet reports it and where. */
export function coverageGrid(index: ComparisonIndex): CoverageGrid {
  const outlets = outletsOf(index);
  const rows: CoverageRow[] = index.claims.map((claim) => ({
    claim: claimRef(index, claim),
    cells: outlets.map((outlet) => {
      const sentences = claimSentencesIn(index, claim, outlet.articleId);
      const first = sentences[0];
      return {
        articleId: outlet.articleId,
        reported: sentences.length > 0,
        sentence: first ? sentenceRef(index, first) : null,
        sentences: sentences.length,
      };
    }),
  }));
  const groups: CoverageGroup[] = COVERAGE_ORDER.map((coverage) => ({
    coverage,
    label: COVERAGE_LABELS[coverage],
    rows: rows.filter((row) => row.claim.coverage === coverage),
  })).filter((group) => group.rows.length > 0);
  return { outlets, rows, groups };
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
}

export const DEFAULT_STRIP_LAYOUT: StripLayout = { pitch: 10, barWidth: 7, groupGap: 14, height: 24, tickHeight: 5 };

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
    dividers,
    groups: grid.groups.map((group) => ({ coverage: group.coverage, label: group.label, count: group.rows.length })),
    rows: grid.outlets.map((outlet, column) => {
      const bars = ordered.map((row, at) => ({ x: positions[at]!, reported: row.cells[column]?.reported ?? false }));
      const reported = bars.filter((bar) => bar.reported).length;
      const parts = grid.groups.map((group) => {
        const has = group.rows.filter((row) => row.cells[column]?.reported).length;
        return `${has} of ${group.rows.length} ${group.label.toLowerCase().replace(/^reported /, '')}`;
      });
      return {
        outlet,
        reported,
        description: `${outlet.label} reports ${reported} of ${plural(total, 'claim')}: ${parts.join('; ')}.`,
        bars,
      };
    }),
  };
}
