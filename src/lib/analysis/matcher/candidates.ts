import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { Affinities } from './scoring.ts';
import type { MatchUnit } from './units.ts';

/** A claim as the candidates see it: its id and member sentences. */
export interface CandidateClaim {
  id: string;
  sentenceIds: readonly string[];
}

/** A claim proposed for a sentence, with the machine's confidence (0–1). */
export interface ClaimCandidate {
  claimId: string;
  confidence: number;
}

/** How many outlets' wordings a sentence must match, on average, to be confident it states a claim several report. */
export const AGREEING_OUTLETS = 2;

/**
 * Confidence that a sentence states a claim: for each other article reporting the claim, the
 * best affinity with that article's members; then the mean of the best `agreeing` of these. A
 * sentence stating the shared fact matches several outlets' wordings; one that matches a single
 * member for another fact that member also states does not. Members of the sentence's own
 * article are not compared (an article cannot vouch for itself).
 */
export function claimConfidence(near: Affinities, sentenceId: string, claim: CandidateClaim, agreeing = AGREEING_OUTLETS): number {
  const own = articleOf(sentenceId);
  const best = new Map<string, number>();
  for (const member of claim.sentenceIds) {
    const article = articleOf(member);
    if (article === own) continue;
    best.set(article, Math.max(best.get(article) ?? 0, near.get(sentenceId)?.get(member) ?? 0));
  }
  if (best.size === 0) return 0;
  const top = [...best.values()].sort((a, b) => b - a).slice(0, agreeing);
  return top.reduce((sum, value) => sum + value, 0) / top.length;
}

/** Settings of the candidate lists. */
export interface CandidateOptions {
  /** Claims listed per sentence. */
  perSentence: number;
  /** Claims below this confidence are not listed. */
  floor: number;
  /**
   * A term is distinctive of a claim when at most this share of the other claims' members use it
   * (and never fewer than `minOtherClaims`): a suggestion must share one such term (a name, a
   * figure, a word) with the claim, never only words that run through the whole event.
   */
  maxOtherClaimShare: number;
  /** The number of other claims a distinctive term may appear in, at least, however few claims there are. */
  minOtherClaims: number;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { perSentence: 3, floor: 0.05, maxOtherClaimShare: 0.15, minOtherClaims: 2 };

/** The terms of each sentence that can distinguish a claim: content stems, figures and names. */
export function sentenceTermSets(units: readonly MatchUnit[]): Map<string, Set<string>> {
  return new Map(units.map((unit) => [unit.sentence.id, new Set(unit.terms.content)]));
}

/** How many other claims may use a term that is still distinctive of a claim, among `claims` claims. */
export function distinctiveLimit(claims: number, options: Pick<CandidateOptions, 'maxOtherClaimShare' | 'minOtherClaims'>): number {
  return Math.max(options.minOtherClaims, Math.ceil(options.maxOtherClaimShare * claims));
}

/**
 * Each claim's distinctive terms: terms its members use that the members of at most
 * `maxOtherClaims` other claims use. Neighbouring-word pairs are not terms here; figures are.
 */
export function distinctiveTerms(claims: readonly CandidateClaim[], termsOf: ReadonlyMap<string, ReadonlySet<string>>, maxOtherClaims: number): Map<string, Set<string>> {
  const claimTerms = claims.map((claim) => {
    const set = new Set<string>();
    for (const id of claim.sentenceIds) for (const term of termsOf.get(id) ?? []) set.add(term);
    return set;
  });
  const claimCount = new Map<string, number>();
  for (const set of claimTerms) for (const term of set) claimCount.set(term, (claimCount.get(term) ?? 0) + 1);
  return new Map(claims.map((claim, index) => [claim.id, new Set([...claimTerms[index]!].filter((term) => claimCount.get(term)! - 1 <= maxOtherClaims))]));
}

/**
 * For each sentence given, the claims it most likely states, best first: at most
 * `perSentence`, each at or above `floor`, each sharing at least one of the claim's distinctive
 * terms with the sentence, and never a claim the sentence already belongs to.
 */
export function sentenceCandidates(
  sentenceIds: readonly string[],
  claims: readonly CandidateClaim[],
  near: Affinities,
  termsOf: ReadonlyMap<string, ReadonlySet<string>>,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Map<string, ClaimCandidate[]> {
  const distinctive = distinctiveTerms(claims, termsOf, distinctiveLimit(claims.length, options));
  const reachable = claimsNear(claims, near);
  const out = new Map<string, ClaimCandidate[]>();
  for (const sentenceId of sentenceIds) {
    const terms = termsOf.get(sentenceId) ?? new Set<string>();
    const list: ClaimCandidate[] = [];
    for (const claim of reachable(sentenceId)) {
      if (claim.sentenceIds.includes(sentenceId)) continue;
      const confidence = claimConfidence(near, sentenceId, claim);
      if (confidence < options.floor) continue;
      if (![...distinctive.get(claim.id)!].some((term) => terms.has(term))) continue;
      list.push({ claimId: claim.id, confidence: round(confidence) });
    }
    list.sort((a, b) => b.confidence - a.confidence || compareCodeUnits(a.claimId, b.claimId));
    out.set(sentenceId, list.slice(0, options.perSentence));
  }
  return out;
}

/** A sentence proposed for a claim in the editor's audit. */
export interface AuditCandidate {
  sentenceId: string;
  confidence: number;
}

/**
 * The editor's audit of one claim: for every article, its sentences the machine ranks most likely
 * to state the claim (members excluded, `skip` too), best first, `perArticle` at most, each
 * sharing a distinctive term with the claim. Sentences already in other claims are included: a
 * sentence can state two facts.
 */
export function claimAudit(
  claim: CandidateClaim,
  claims: readonly CandidateClaim[],
  articleSentences: ReadonlyMap<string, readonly string[]>,
  near: Affinities,
  termsOf: ReadonlyMap<string, ReadonlySet<string>>,
  options: CandidateOptions & { perArticle: number; skip?: ReadonlySet<string> },
): Map<string, AuditCandidate[]> {
  const distinctive = distinctiveTerms(claims, termsOf, distinctiveLimit(claims.length, options)).get(claim.id) ?? new Set<string>();
  const members = new Set(claim.sentenceIds);
  const out = new Map<string, AuditCandidate[]>();
  for (const [articleId, ids] of articleSentences) {
    const ranked = ids
      .filter((id) => !members.has(id) && !options.skip?.has(id))
      .filter((id) => [...distinctive].some((term) => termsOf.get(id)?.has(term)))
      .map((id) => ({ sentenceId: id, confidence: round(claimConfidence(near, id, claim)) }))
      .filter((candidate) => candidate.confidence >= options.floor)
      .sort((a, b) => b.confidence - a.confidence || compareCodeUnits(a.sentenceId, b.sentenceId));
    out.set(articleId, ranked.slice(0, options.perArticle));
  }
  return out;
}

/** For a sentence, the claims that any of its near sentences belongs to (the only ones it can score above zero for). */
function claimsNear(claims: readonly CandidateClaim[], near: Affinities): (sentenceId: string) => CandidateClaim[] {
  const claimsOf = new Map<string, CandidateClaim[]>();
  for (const claim of claims) for (const id of claim.sentenceIds) claimsOf.set(id, [...(claimsOf.get(id) ?? []), claim]);
  return (sentenceId) => {
    const found = new Set<CandidateClaim>();
    for (const other of near.get(sentenceId)?.keys() ?? []) for (const claim of claimsOf.get(other) ?? []) found.add(claim);
    return [...found];
  };
}

function articleOf(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.indexOf('/'));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
