import type { QueryTerm } from './expand-query.ts';

/** A record that may match the query, with a first estimate of how well (lower is better). */
export interface Candidate {
  /** Position of the record in the payload's `records`. */
  record: number;
  score: number;
}

/**
 * Records that contain every term of the query (any alternative of it; every word of a
 * phrase), from the words' postings. Each is scored by the mean over terms of its best
 * alternative, an alternative by the mean of its words' best scores in the record. Sorted by
 * score, then record position, so the order is the same on every run.
 */
export function findCandidates(terms: readonly QueryTerm[], postings: ReadonlyMap<string, readonly number[]>): Candidate[] {
  if (terms.length === 0) return [];
  const perTerm = terms.map((term) => termScores(term, postings)).sort((a, b) => a.size - b.size);
  const candidates: Candidate[] = [];
  for (const [record, first] of perTerm[0]!) {
    let total = first;
    let everywhere = true;
    for (let at = 1; at < perTerm.length && everywhere; at += 1) {
      const score = perTerm[at]!.get(record);
      if (score === undefined) everywhere = false;
      else total += score;
    }
    if (everywhere) candidates.push({ record, score: total / perTerm.length });
  }
  return candidates.sort((a, b) => a.score - b.score || a.record - b.record);
}

function termScores(term: QueryTerm, postings: ReadonlyMap<string, readonly number[]>): Map<number, number> {
  const best = new Map<number, number>();
  for (const { words } of term.alternatives) {
    let phrase: Map<number, number> | null = null;
    for (const matches of words) {
      const scores = wordScores(matches, postings);
      if (phrase === null) phrase = scores;
      else {
        for (const [record, score] of phrase) {
          const other = scores.get(record);
          if (other === undefined) phrase.delete(record);
          else phrase.set(record, score + other);
        }
      }
    }
    for (const [record, sum] of phrase ?? []) {
      const score = sum / words.length;
      if (score < (best.get(record) ?? Infinity)) best.set(record, score);
    }
  }
  return best;
}

/** For every record containing one of the matched words: the best score among them. */
function wordScores(matches: ReadonlyMap<string, number>, postings: ReadonlyMap<string, readonly number[]>): Map<number, number> {
  const scores = new Map<number, number>();
  for (const [word, score] of matches) {
    for (const record of postings.get(word) ?? []) {
      if (score < (scores.get(record) ?? Infinity)) scores.set(record, score);
    }
  }
  return scores;
}
