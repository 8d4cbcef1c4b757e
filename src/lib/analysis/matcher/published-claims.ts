import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { ClaimFile } from '../../review/claim-files.ts';
import { DEFAULT_CANDIDATE_OPTIONS, distinctiveLimit, distinctiveTerms, sentenceTermSets, type ClaimScorer } from './candidates.ts';
import { groupClaims, type FoundClaim } from './claims.ts';
import type { Affinities } from './scoring.ts';
import type { MatchUnit } from './units.ts';

/** A machine suggestion that a sentence no editor placed states a reviewed claim. */
export interface Suggestion {
  sentenceId: string;
  articleId: string;
  /** The machine's confidence, 0–1. */
  confidence: number;
}

/** A claim as published: the editor's, or the machine's, never a mix without saying which part is which. */
export interface PublishedClaim extends FoundClaim {
  /** An editor decided this claim's members and wrote its label. */
  reviewed: boolean;
  /** The label's sentence, or null when the label is the editor's title. */
  labelSentenceId: string;
  /** Reviewed claims: sentences the machine proposes as further members, kept apart from the editor's. */
  suggestions: Suggestion[];
  /** Machine claims: the machine's confidence in the grouping (0–1); null for reviewed claims. */
  confidence: number | null;
  /** The editor's note (Markdown), or null. */
  note: string | null;
}

export interface PublishOptions {
  /** Sentences of different articles are one machine claim's when their confidence is at least this. */
  mergeThreshold: number;
  /** A sentence no editor placed is suggested for a reviewed claim when the machine's confidence is at least this. */
  suggestionThreshold: number;
}

/**
 * Publishes the claims: the editor's reviewed claims as they are, then the machine for every
 * reporting sentence none of them holds.
 *
 * 1. Reviewed claims keep exactly their files' members and the editor's title; the machine never
 *    adds to or takes from them.
 * 2. An unplaced sentence is compared with each reviewed claim (`score`: the pair model's claim
 *    stage, from its best pairs with the claim's members in other outlets and the editor's
 *    title). Where that reaches `suggestionThreshold`, and the sentence shares a term that
 *    distinguishes the claim from the others (`distinctiveTerms`), it becomes a suggested member
 *    of the claim (it may be suggested for several: a sentence can state two facts).
 * 3. Every other unplaced sentence goes through the machine grouping (`groupClaims`), with the
 *    other unplaced sentences only, and each machine claim gets a confidence: the mean over its
 *    members from different articles of their best pair's probability, or for a claim of one
 *    outlet, the probability that nothing else states it (one minus its best match elsewhere).
 *
 * `reviewed` holds only reviewed claim files whose sentences were checked against the corpus.
 */
export function publishClaims(units: readonly MatchUnit[], score: ClaimScorer, affinities: Affinities, reviewed: readonly ClaimFile[], options: PublishOptions): PublishedClaim[] {
  const unitOf = new Map(units.map((unit) => [unit.sentence.id, unit]));

  const placed = new Set(reviewed.flatMap((claim) => claim.sentences.map((sentence) => sentence.id)));
  const editorial: PublishedClaim[] = reviewed.map((claim) => {
    const sentenceIds = orderSentences(
      claim.sentences.map((sentence) => sentence.id),
      unitOf,
    );
    return {
      id: claim.slug,
      label: claim.title,
      labelSentenceId: sentenceIds[0]!,
      sentenceIds,
      articleIds: [...new Set(sentenceIds.map(articleOf))].sort(compareCodeUnits),
      reviewed: true,
      suggestions: [],
      confidence: null,
      note: claim.note,
    };
  });

  const unplaced = [...unitOf.keys()].filter((id) => !placed.has(id));
  const toMachine = new Set<string>();
  const termsOf = sentenceTermSets(units);
  const distinctive = distinctiveTerms(editorial, termsOf, distinctiveLimit(editorial.length, DEFAULT_CANDIDATE_OPTIONS));
  for (const sentenceId of unplaced) {
    let suggested = false;
    const terms = termsOf.get(sentenceId)!;
    for (const claim of editorial) {
      const confidence = score(sentenceId, { id: claim.id, sentenceIds: claim.sentenceIds, title: claim.label });
      if (confidence >= options.suggestionThreshold && [...distinctive.get(claim.id)!].some((term) => terms.has(term))) {
        claim.suggestions.push({ sentenceId, articleId: articleOf(sentenceId), confidence: round(confidence) });
        suggested = true;
      }
    }
    if (!suggested) toMachine.add(sentenceId);
  }
  for (const claim of editorial) claim.suggestions.sort((a, b) => b.confidence - a.confidence || compareCodeUnits(a.sentenceId, b.sentenceId));

  const machineUnits = units.filter((unit) => toMachine.has(unit.sentence.id));
  const machine: PublishedClaim[] = groupClaims(machineUnits, affinities, options.mergeThreshold).map((claim) => ({
    ...claim,
    reviewed: false,
    suggestions: [],
    confidence: round(machineConfidence(claim, affinities)),
    note: null,
  }));

  const taken = new Set(editorial.map((claim) => claim.id));
  for (const claim of machine) {
    let id = claim.id;
    for (let suffix = 2; taken.has(id); suffix++) id = `${claim.id}-${suffix}`;
    claim.id = id;
    taken.add(id);
  }
  return [...editorial, ...machine].sort(
    (a, b) => b.articleIds.length - a.articleIds.length || compareCodeUnits(a.sentenceIds[0]!, b.sentenceIds[0]!) || compareCodeUnits(a.id, b.id),
  );
}

/** Reading order: by article, then position in the article; ids not in the corpus last. */
function orderSentences(ids: readonly string[], unitOf: ReadonlyMap<string, MatchUnit>): string[] {
  const key = (id: string) => unitOf.get(id)?.sentence;
  return [...new Set(ids)].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (!x || !y) return x ? -1 : y ? 1 : compareCodeUnits(a, b);
    return compareCodeUnits(x.articleId, y.articleId) || x.index - y.index;
  });
}

/** Members compared per claim when estimating a large claim's confidence (spread evenly). */
const CONFIDENCE_SAMPLE = 16;

/**
 * A machine claim's confidence: the mean probability of its cross-article member pairs (a sample
 * of members for a large claim); for a claim of one outlet, the probability that nothing else
 * states it (one minus its best match elsewhere).
 */
function machineConfidence(claim: FoundClaim, affinities: Affinities): number {
  const score = (a: string, b: string) => affinities.get(a)?.get(b) ?? 0;
  if (claim.articleIds.length > 1) {
    const members = sample(claim.sentenceIds, CONFIDENCE_SAMPLE);
    let total = 0;
    let count = 0;
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        if (articleOf(members[i]!) === articleOf(members[j]!)) continue;
        total += score(members[i]!, members[j]!);
        count++;
      }
    }
    return count === 0 ? 0 : total / count;
  }
  let best = 0;
  for (const id of claim.sentenceIds) for (const p of affinities.get(id)?.values() ?? []) best = Math.max(best, p);
  return 1 - best;
}

function articleOf(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.indexOf('/'));
}

function sample<T>(list: readonly T[], size: number): T[] {
  if (list.length <= size) return [...list];
  const step = list.length / size;
  return Array.from({ length: size }, (_, k) => list[Math.floor(k * step)]!);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
