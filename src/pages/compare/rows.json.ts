import { comparisonIndex } from '../../data/comparison-index.ts';
import { compareAnchorPagesSchema } from '../../lib/schemas/view/compare.ts';
import { compareAnchorPages } from '../../lib/view/compare-pages.ts';
import { comparePageCount } from '../../lib/view/compare-table.ts';

/** Which side-by-side page holds each row and group heading: a link to the wrong page finds the right one by it. */
export function GET() {
  const anchorPages = compareAnchorPagesSchema.parse(compareAnchorPages(comparisonIndex.claims, comparePageCount(comparisonIndex), comparisonIndex.base));
  return new Response(JSON.stringify(anchorPages), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
