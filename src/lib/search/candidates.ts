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
 * score, then by `lengths` (fewer words first, as Fuse's field-length norm ranks them), then
 * record position, so the order is the same on every run.
 */
export function findCandidates(
  terms: readonly QueryTerm[],
  postings: ReadonlyMap<string, readonly number[]>,
  recordCount: number,
  lengths: ArrayLike<number> = [],
): Candidate[] {
  if (terms.length === 0) return [];
  // Typed arrays over all records: on 20,000 records, Maps here took most of a search's time.
  const perTerm = terms.map((term) => termScores(term, postings, recordCount)).sort((a, b) => a.records.length - b.records.length);
  const candidates: Candidate[] = [];
  for (const record of perTerm[0]!.records) {
    let total = 0;
    let everywhere = true;
    for (const { scores } of perTerm) {
      const score = scores[record]!;
      if (score === Infinity) {
        everywhere = false;
        break;
      }
      total += score;
    }
    if (everywhere) candidates.push({ record, score: total / perTerm.length });
  }
  const length = (record: number) => lengths[record] ?? 0;
  return candidates.sort((a, b) => a.score - b.score || length(a.record) - length(b.record) || a.record - b.record);
}

interface TermScores {
  /** Best score of the term in each record; Infinity where it does not occur. */
  scores: Float64Array;
  /** Records where it occurs, each once. */
  records: number[];
}

function termScores(term: QueryTerm, postings: ReadonlyMap<string, readonly number[]>, recordCount: number): TermScores {
  const best: TermScores = { scores: new Float64Array(recordCount).fill(Infinity), records: [] };
  for (const { words } of term.alternatives) {
    const phrase = words.length === 1 ? wordScores(words[0]!, postings, recordCount) : phraseScores(words, postings, recordCount);
    for (const record of phrase.records) {
      const score = phrase.scores[record]!;
      if (best.scores[record] === Infinity) best.records.push(record);
      if (score < best.scores[record]!) best.scores[record] = score;
    }
  }
  return best;
}

/** Records holding every word of a phrase, scored by the mean of the words' best scores. */
function phraseScores(words: ReadonlyArray<ReadonlyMap<string, number>>, postings: ReadonlyMap<string, readonly number[]>, recordCount: number): TermScores {
  const each = words.map((matches) => wordScores(matches, postings, recordCount));
  const scores = new Float64Array(recordCount).fill(Infinity);
  const records: number[] = [];
  for (const record of each[0]!.records) {
    let total = 0;
    for (const word of each) total += word.scores[record]!;
    if (total === Infinity) continue;
    scores[record] = total / words.length;
    records.push(record);
  }
  return { scores, records };
}

/** For every record containing one of the matched words: the best score among them. */
function wordScores(matches: ReadonlyMap<string, number>, postings: ReadonlyMap<string, readonly number[]>, recordCount: number): TermScores {
  const scores = new Float64Array(recordCount).fill(Infinity);
  const records: number[] = [];
  for (const [word, score] of matches) {
    for (const record of postings.get(word) ?? []) {
      if (scores[record] === Infinity) records.push(record);
      if (score < scores[record]!) scores[record] = score;
    }
  }
  return { scores, records };
}
