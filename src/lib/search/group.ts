import type { ClaimRecord, SearchFilters, SearchRecord } from '../schemas/search.ts';
import type { Candidate } from './candidates.ts';
import type { ResultType } from './constants.ts';
import { narrowsRecords, recordPasses, showsType } from './filters.ts';
import type { RecordLookup } from './lookup.ts';

/** A claim with, for each outlet that reports it, the sentences to show. */
export interface ClaimGroup {
  type: 'claim';
  record: number;
  outlets: Array<{ articleId: string; sentences: Array<{ record: number; matched: boolean }> }>;
}

/** A result that stands alone. */
export interface SingleResult {
  type: 'quote' | 'sentence' | 'speaker';
  record: number;
}

export type GroupedResult = ClaimGroup | SingleResult;

export interface GroupedHits {
  /** The first `limit` results, in display order. */
  groups: GroupedResult[];
  /** All results by kind. */
  counts: Record<ResultType, number>;
}

/**
 * Arranges matches (best first) for display: claims first, best match first, each with every
 * reporting outlet's matching sentences (or, when only other outlets' sentences or the label
 * matched, the outlet's first sentence of the claim); then quotes; then matching sentences that
 * belong to no claim shown; then speakers. Filters apply on the way: outlet and speaker to each
 * sentence, quote and speaker, kind to the sections. Every result is counted, but only the first
 * `limit` are built.
 */
export function groupHits(
  hits: readonly Candidate[],
  records: readonly SearchRecord[],
  lookup: RecordLookup,
  filters: SearchFilters,
  limit = Infinity,
): GroupedHits {
  const showClaims = showsType(filters, 'claim');
  const claims = new Set<number>();
  const sentenceHits = new Set<number>();
  const alone: number[] = [];
  const quotes: number[] = [];
  const speakers: number[] = [];
  for (const { record: position } of hits) {
    const record = records[position]!;
    if (record.type === 'claim') {
      if (showClaims && !claims.has(position) && claimShown(record, records, lookup, filters)) claims.add(position);
      continue;
    }
    if (!recordPasses(record, filters)) continue;
    if (record.type === 'sentence') {
      sentenceHits.add(position);
      // A sentence of a shown claim is shown inside the claim's group.
      const own = showClaims ? record.claimIds.flatMap((id) => lookup.claim.get(id) ?? []) : [];
      for (const claim of own) claims.add(claim);
      if (own.length === 0 && showsType(filters, 'sentence')) alone.push(position);
    } else if (record.type === 'quote' && showsType(filters, 'quote')) quotes.push(position);
    else if (record.type === 'speaker' && showsType(filters, 'speaker')) speakers.push(position);
  }

  const ordered: Array<{ type: ResultType; record: number }> = [
    ...[...claims].map((record) => ({ type: 'claim' as const, record })),
    ...quotes.map((record) => ({ type: 'quote' as const, record })),
    ...alone.map((record) => ({ type: 'sentence' as const, record })),
    ...speakers.map((record) => ({ type: 'speaker' as const, record })),
  ];
  return {
    groups: ordered.slice(0, limit).map(({ type, record }) => (type === 'claim' ? claimGroup(record, records, lookup, filters, sentenceHits) : { type, record })),
    counts: { claim: claims.size, quote: quotes.length, sentence: alone.length, speaker: speakers.length },
  };
}

/** Whether a claim found by its label has a sentence the filters keep. */
function claimShown(claim: ClaimRecord, records: readonly SearchRecord[], lookup: RecordLookup, filters: SearchFilters): boolean {
  if (!narrowsRecords(filters)) return true;
  return claim.sentenceIds.some((id) => {
    const member = lookup.sentence.get(id);
    return member !== undefined && recordPasses(records[member]!, filters);
  });
}

function claimGroup(position: number, records: readonly SearchRecord[], lookup: RecordLookup, filters: SearchFilters, sentenceHits: ReadonlySet<number>): ClaimGroup {
  const claim = records[position] as ClaimRecord;
  const members = claim.sentenceIds.flatMap((id) => lookup.sentence.get(id) ?? []).filter((member) => recordPasses(records[member]!, filters));
  const outlets: ClaimGroup['outlets'] = [];
  for (const articleId of claim.articleIds) {
    const own = members.filter((member) => (records[member] as { articleId: string }).articleId === articleId);
    if (own.length === 0) continue;
    const matched = own.filter((member) => sentenceHits.has(member));
    outlets.push({
      articleId,
      sentences: matched.length > 0 ? matched.map((record) => ({ record, matched: true })) : [{ record: own[0]!, matched: false }],
    });
  }
  return { type: 'claim', record: position, outlets };
}
