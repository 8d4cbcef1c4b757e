import type { ClaimRecord, SearchFilters, SearchRecord } from '../schemas/search.ts';
import type { Candidate } from './candidates.ts';
import { recordPasses, showsType } from './filters.ts';
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

/**
 * Arranges matches (best first) for display: claims first, best match first, each with every
 * reporting outlet's matching sentences (or, when only other outlets' sentences or the label
 * matched, the outlet's first sentence of the claim); then quotes; then matching sentences no
 * claim group shows; then speakers. Filters apply on the way: outlet and speaker to each
 * sentence, quote and speaker, kind to the sections.
 */
export function groupHits(hits: readonly Candidate[], records: readonly SearchRecord[], lookup: RecordLookup, filters: SearchFilters): GroupedResult[] {
  const showClaims = showsType(filters, 'claim');
  const claimOrder = new Set<number>();
  const sentenceHits = new Set<number>();
  const quotes: SingleResult[] = [];
  const speakers: SingleResult[] = [];
  for (const { record: position } of hits) {
    const record = records[position]!;
    if (record.type === 'claim') {
      if (showClaims) claimOrder.add(position);
      continue;
    }
    if (!recordPasses(record, filters)) continue;
    if (record.type === 'sentence') {
      sentenceHits.add(position);
      if (showClaims) for (const id of record.claimIds) claimOrder.add(lookup.claim.get(id)!);
    } else if (record.type === 'quote' && showsType(filters, 'quote')) quotes.push({ type: 'quote', record: position });
    else if (record.type === 'speaker' && showsType(filters, 'speaker')) speakers.push({ type: 'speaker', record: position });
  }

  const shown = new Set<number>();
  const claims: ClaimGroup[] = [];
  for (const position of claimOrder) {
    const group = claimGroup(position, records, lookup, filters, sentenceHits);
    if (group.outlets.length === 0) continue;
    for (const outlet of group.outlets) for (const sentence of outlet.sentences) shown.add(sentence.record);
    claims.push(group);
  }
  const sentences: SingleResult[] = showsType(filters, 'sentence')
    ? [...sentenceHits].filter((position) => !shown.has(position)).map((record) => ({ type: 'sentence', record }))
    : [];
  return [...claims, ...quotes, ...sentences, ...speakers];
}

function claimGroup(position: number, records: readonly SearchRecord[], lookup: RecordLookup, filters: SearchFilters, sentenceHits: ReadonlySet<number>): ClaimGroup {
  const claim = records[position] as ClaimRecord;
  const members = claim.sentenceIds.map((id) => lookup.sentence.get(id)!).filter((member) => recordPasses(records[member]!, filters));
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
