import type { Candidate } from './candidates.ts';
import type { ResultType } from './constants.ts';
import { recordPasses, showsType, type ResolvedFilters } from './filters.ts';
import type { RecordOutline } from './pack.ts';

/** A claim with, for each outlet that reports it, the sentences to show. */
export interface ClaimGroup {
  type: 'claim';
  record: number;
  /** Each reporting article (its position in the index's `articles`) with its sentences. */
  outlets: Array<{ article: number; sentences: Array<{ record: number; matched: boolean }> }>;
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
 * `limit` are built. Reads only the outline, so a split index groups before fetching any text.
 */
export function groupHits(hits: readonly Candidate[], outline: RecordOutline, filters: ResolvedFilters, limit = Infinity): GroupedHits {
  const showClaims = showsType(filters, 'claim');
  const claims = new Set<number>();
  const sentenceHits = new Set<number>();
  const alone: number[] = [];
  const quotes: number[] = [];
  const speakers: number[] = [];
  for (const { record } of hits) {
    const kind = outline.kinds[record]!;
    if (kind === 'claim') {
      if (showClaims && !claims.has(record) && claimShown(record, outline, filters)) claims.add(record);
      continue;
    }
    if (!recordPasses(outline, record, filters)) continue;
    if (kind === 'sentence') {
      sentenceHits.add(record);
      // A sentence of a shown claim is shown inside the claim's group.
      const own = showClaims ? outline.refs.claim[record]! : [];
      for (const claim of own) claims.add(claim);
      if (own.length === 0 && showsType(filters, 'sentence')) alone.push(record);
    } else if (kind === 'quote' && showsType(filters, 'quote')) quotes.push(record);
    else if (kind === 'speaker' && showsType(filters, 'speaker')) speakers.push(record);
  }

  const ordered: Array<{ type: ResultType; record: number }> = [
    ...[...claims].map((record) => ({ type: 'claim' as const, record })),
    ...quotes.map((record) => ({ type: 'quote' as const, record })),
    ...alone.map((record) => ({ type: 'sentence' as const, record })),
    ...speakers.map((record) => ({ type: 'speaker' as const, record })),
  ];
  return {
    groups: ordered.slice(0, limit).map(({ type, record }) => (type === 'claim' ? claimGroup(record, outline, filters, sentenceHits) : { type, record })),
    counts: { claim: claims.size, quote: quotes.length, sentence: alone.length, speaker: speakers.length },
  };
}

/** The records a result shows: the claim and its outlets' sentences, or the record itself. */
export function shownRecords(group: GroupedResult): number[] {
  return group.type === 'claim' ? [group.record, ...group.outlets.flatMap((outlet) => outlet.sentences.map((sentence) => sentence.record))] : [group.record];
}

/** Whether a claim found by its label has a sentence the filters keep. */
function claimShown(claim: number, outline: RecordOutline, filters: ResolvedFilters): boolean {
  if (filters.articles === null && filters.speaker === null) return true;
  return outline.refs.sentence[claim]!.some((member) => recordPasses(outline, member, filters));
}

function claimGroup(claim: number, outline: RecordOutline, filters: ResolvedFilters, sentenceHits: ReadonlySet<number>): ClaimGroup {
  const members = outline.refs.sentence[claim]!.filter((member) => recordPasses(outline, member, filters));
  const outlets: ClaimGroup['outlets'] = [];
  for (const article of outline.refs.article[claim]!) {
    const own = members.filter((member) => outline.article[member] === article);
    if (own.length === 0) continue;
    const matched = own.filter((member) => sentenceHits.has(member));
    outlets.push({
      article,
      sentences: matched.length > 0 ? matched.map((record) => ({ record, matched: true })) : [{ record: own[0]!, matched: false }],
    });
  }
  return { type: 'claim', record: claim, outlets };
}
