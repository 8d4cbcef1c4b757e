import type { SearchRecord } from '../schemas/search.ts';
import type { ResultType } from './constants.ts';

/** Record positions by kind and id (ids of different kinds may coincide). */
export type RecordLookup = Readonly<Record<ResultType, ReadonlyMap<string, number>>>;

export function buildLookup(records: readonly SearchRecord[]): RecordLookup {
  const lookup = { claim: new Map<string, number>(), quote: new Map<string, number>(), sentence: new Map<string, number>(), speaker: new Map<string, number>() };
  records.forEach((record, position) => lookup[record.type].set(record.id, position));
  return lookup;
}
