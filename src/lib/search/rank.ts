import Fuse, { type Expression } from 'fuse.js';
import type { FuseIndexJson } from '../schemas/search.ts';
import type { Candidate } from './candidates.ts';
import { SEARCH_KEYS } from './constants.ts';
import type { QueryTerm } from './expand-query.ts';
import { RECORD_FUSE_OPTIONS } from './fuse-options.ts';

/**
 * Most candidates Fuse scores per search; the rest keep their estimated order behind them. At
 * 1,000, ranking took 10–40 ms of a search on 20,000 records (2-core machine, measured); at 200
 * it stays under 10 ms, and pages show results 40 at a time.
 */
export const RANK_LIMIT = 200;

/**
 * Orders candidates by Fuse's score over the prebuilt index (all fields, field-length norm, key
 * weights): every term must match a field (any alternative), in any order. Fuse only sees the
 * candidates, through an index holding just their entries, and drops any it does not match.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  terms: readonly QueryTerm[],
  index: FuseIndexJson,
  limit = RANK_LIMIT,
): Candidate[] {
  if (candidates.length === 0) return [];
  const head = candidates.slice(0, limit);
  const subset = Fuse.parseIndex<unknown>({ keys: index.keys, records: head.map(({ record }) => index.records[record]!) });
  // Fuse reads only its index here; the documents are what it would hand back, unused.
  const fuse = new Fuse<unknown>([], RECORD_FUSE_OPTIONS, subset);
  const ranked = fuse.search(logicalQuery(terms)).map(({ refIndex, score }) => ({ record: refIndex, score: score ?? 0 }));
  return [...ranked, ...candidates.slice(limit)];
}

/** `{ $and: [term: { $or: [alternative × field] }] }`: each term anywhere, terms in any order. */
export function logicalQuery(terms: readonly QueryTerm[]): Expression {
  return {
    $and: terms.map((term) => ({
      $or: term.alternatives.flatMap(({ phrase }) => SEARCH_KEYS.map(({ name }) => ({ [name]: phrase }))),
    })),
  };
}
