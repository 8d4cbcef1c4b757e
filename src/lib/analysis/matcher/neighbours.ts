import type { MatchUnit } from './units.ts';

/** How candidate pairs are found; the defaults are the published method. */
export interface NeighbourOptions {
  /** Candidates kept per sentence from the term index (nearest first). */
  neighbours: number;
  /**
   * Terms found in more sentences than this are not used to find candidates: too common to say
   * much, and a fixed number (not a share of the corpus) so that unrelated articles change nothing.
   */
  maxPostings: number;
  /** Only a sentence's most heavily weighted terms are looked up (prefix filtering). */
  candidateTerms: number;
}

export const DEFAULT_NEIGHBOUR_OPTIONS: NeighbourOptions = { neighbours: 24, maxPostings: 40, candidateTerms: 12 };

/**
 * Candidate pairs [i, j] (i < j) of units from different articles: for each unit, the
 * `neighbours` units of other articles that share the most weighted content terms with it, found
 * through an inverted index over its `candidateTerms` heaviest terms that are in at most
 * `maxPostings` units. Work grows with the number of sentences, not the number of pairs. Pairs
 * sharing nothing are never proposed, so the pair model is only asked about pairs with something
 * in common. Sorted, so the result does not depend on input order beyond the units' own order.
 */
export function candidatePairs(units: readonly MatchUnit[], options: NeighbourOptions = DEFAULT_NEIGHBOUR_OPTIONS): Array<[number, number]> {
  const postings = new Map<string, { units: number[]; weights: number[] }>();
  units.forEach((unit, index) => {
    for (const [term, weight] of unit.vectors.content.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { units: [], weights: [] }));
      list.units.push(index);
      list.weights.push(weight);
    }
  });
  const articleIndex = new Map<string, number>();
  const articleOf = Int32Array.from(units, (unit) => articleIndex.get(unit.sentence.articleId) ?? articleIndex.set(unit.sentence.articleId, articleIndex.size).get(unit.sentence.articleId)!);
  const size = units.length;
  const seen = new Set<number>();
  const scores = new Float64Array(size);
  const touched: number[] = [];
  units.forEach((unit, index) => {
    const lookups = [...unit.vectors.content.weights]
      .filter(([term]) => postings.get(term)!.units.length <= options.maxPostings)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, options.candidateTerms);
    for (const [term, weight] of lookups) {
      const list = postings.get(term)!;
      for (let k = 0; k < list.units.length; k++) {
        const other = list.units[k]!;
        if (articleOf[other] === articleOf[index]) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight * list.weights[k]!;
      }
    }
    const best = touched
      .map((other) => [other, scores[other]!] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.neighbours);
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    for (const [other] of best) seen.add(index < other ? index * size + other : other * size + index);
  });
  return [...seen].sort((a, b) => a - b).map((key) => [Math.floor(key / size), key % size]);
}
