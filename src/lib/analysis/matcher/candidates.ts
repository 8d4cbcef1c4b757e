import { compareCodeUnits } from '../../ingest/article-id.ts';
import { tokenize } from '../tokens.ts';
import { logit, sigmoid } from '../../stats/logistic.ts';
import { cosine, featureVector, type FeatureVector } from './terms.ts';
import type { Affinities, MatchSet, MatchUnit } from './units.ts';

/** A claim as the candidates see it: its id, member sentences and title (an editor's, or the machine's label). */
export interface CandidateClaim {
  id: string;
  sentenceIds: readonly string[];
  /** The claim's one-line statement, when it has one. */
  title?: string | null;
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
  const members = membersOf(claim);
  const best = new Map<string, number>();
  // Articles reporting the claim count even where the sentence matches none of their members (at zero).
  for (const article of members.articles) if (article !== own) best.set(article, 0);
  if (best.size === 0) return 0;
  // Only the sentence's scored pairs can be above zero: walk those, not every member.
  for (const [other, p] of near.get(sentenceId) ?? []) {
    if (!members.ids.has(other)) continue;
    const article = articleOf(other);
    if (article !== own && p > best.get(article)!) best.set(article, p);
  }
  const top = [...best.values()].sort((a, b) => b - a).slice(0, agreeing);
  return top.reduce((sum, value) => sum + value, 0) / top.length;
}

/** A claim's members as a set and the articles they come from, computed once per member list. */
const memberCache = new WeakMap<readonly string[], { ids: Set<string>; articles: Set<string> }>();
function membersOf(claim: CandidateClaim): { ids: Set<string>; articles: Set<string> } {
  let found = memberCache.get(claim.sentenceIds);
  if (!found) memberCache.set(claim.sentenceIds, (found = { ids: new Set(claim.sentenceIds), articles: new Set(claim.sentenceIds.map(articleOf)) }));
  return found;
}

/**
 * What the claim stage of the pair model reads of a sentence and a claim: how well the sentence
 * matches the claim's members in other articles (`claimConfidence`), and how much of the claim's
 * title it shares (cosine of content stems). An editor's title states the proposition plainly,
 * where members state it among other things.
 */
export const CLAIM_FEATURES = ['memberConfidence', 'titleCosine', 'titleCoverage', 'memberCosine'] as const;

/** The confidence that a sentence states a claim, 0–1. */
export type ClaimScorer = (sentenceId: string, claim: CandidateClaim) => number;

/** The features of `CLAIM_FEATURES` for a sentence and a claim. */
export type ClaimFeatures = (sentenceId: string, claim: CandidateClaim) => number[];

/** Content stems of any text (a title), as the matcher's `content` terms are made. */
export function textStems(text: string): string[] {
  return tokenize(text)
    .filter((token) => !token.stop && (token.type === 'word' || token.type === 'number') && /[\p{L}\p{N}]/u.test(token.text))
    .map((token) => token.stem);
}

/** The claim features of a set, with titles' vectors computed once per claim id. */
export function claimFeatures(set: MatchSet, affinities: Affinities): ClaimFeatures {
  const sentenceVectors = new Map(set.units.map((unit) => [unit.sentence.id, unit.vectors.content]));
  const titles = new Map<string, FeatureVector>();
  const titleOf = (claim: CandidateClaim) => {
    let vector = titles.get(claim.id);
    if (!vector) titles.set(claim.id, (vector = featureVector(textStems(claim.title ?? ''), set.contentFrequency)));
    return vector;
  };
  // A claim's members summed, and summed per article, so the sum without one article (the
  // sentence's own) is the total less that article's part: cosine without rebuilding vectors.
  const sums = new Map<string, { total: Map<string, number>; squares: number; byArticle: Map<string, { weights: Map<string, number>; squares: number; dot: number }> }>();
  const sumsOf = (claim: CandidateClaim) => {
    let found = sums.get(claim.id);
    if (!found) {
      const total = new Map<string, number>();
      const byArticle = new Map<string, { weights: Map<string, number>; squares: number; dot: number }>();
      for (const member of claim.sentenceIds) {
        const part = byArticle.get(articleOf(member)) ?? byArticle.set(articleOf(member), { weights: new Map(), squares: 0, dot: 0 }).get(articleOf(member))!;
        for (const [term, weight] of sentenceVectors.get(member)?.weights ?? []) {
          total.set(term, (total.get(term) ?? 0) + weight);
          part.weights.set(term, (part.weights.get(term) ?? 0) + weight);
        }
      }
      let squares = 0;
      for (const weight of total.values()) squares += weight * weight;
      for (const part of byArticle.values()) {
        for (const [term, weight] of part.weights) {
          part.squares += weight * weight;
          part.dot += weight * total.get(term)!;
        }
      }
      sums.set(claim.id, (found = { total, squares, byArticle }));
    }
    return found;
  };
  /** Cosine of a sentence with the sum of a claim's members from other articles than `article`. */
  const memberCosine = (own: FeatureVector, claim: CandidateClaim, article: string) => {
    const { total, squares, byArticle } = sumsOf(claim);
    const part = byArticle.get(article);
    const norm = Math.sqrt(Math.max(0, squares - 2 * (part?.dot ?? 0) + (part?.squares ?? 0)));
    if (norm === 0 || own.norm === 0) return 0;
    let dot = 0;
    for (const [term, weight] of own.weights) dot += weight * ((total.get(term) ?? 0) - (part?.weights.get(term) ?? 0));
    return Math.max(0, dot / (own.norm * norm));
  };
  return (sentenceId, claim) => {
    const own = sentenceVectors.get(sentenceId);
    const members = own ? memberCosine(own, claim, articleOf(sentenceId)) : 0;
    if (!own || !claim.title) return [claimConfidence(affinities, sentenceId, claim), 0, 0, members];
    const title = titleOf(claim);
    return [claimConfidence(affinities, sentenceId, claim), cosine(own, title), coverage(own, title), members];
  };
}

/** The share of a title's weight (squared TF-IDF) that a sentence's terms cover: a long sentence stating the title among other things covers it all. */
export function coverage(sentence: FeatureVector, title: FeatureVector): number {
  let covered = 0;
  let total = 0;
  for (const [term, weight] of title.weights) {
    total += weight * weight;
    if (sentence.weights.has(term)) covered += weight * weight;
  }
  return total === 0 ? 0 : covered / total;
}

/** The claim stage as a scorer: its calibrated probability, or the member confidence alone without a stage. */
export function claimScorer(features: ClaimFeatures, stage: { weights: number[]; bias: number } | null): ClaimScorer {
  if (!stage) return (sentenceId, claim) => features(sentenceId, claim)[0]!;
  return (sentenceId, claim) => sigmoid(logit(stage, features(sentenceId, claim)));
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

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = { perSentence: 3, floor: 0.01, maxOtherClaimShare: 0.15, minOtherClaims: 2 };

/** The terms of each sentence that can distinguish a claim: content stems, figures and names. */
export function sentenceTermSets(units: readonly MatchUnit[]): Map<string, Set<string>> {
  return new Map(units.map((unit) => [unit.sentence.id, new Set(unit.terms.content)]));
}

/** How many other claims may use a term that is still distinctive of a claim, among `claims` claims. */
export function distinctiveLimit(claims: number, options: Pick<CandidateOptions, 'maxOtherClaimShare' | 'minOtherClaims'>): number {
  return Math.min(MAX_OTHER_CLAIMS, Math.max(options.minOtherClaims, Math.ceil(options.maxOtherClaimShare * claims)));
}

/** However many claims there are, a term in more than this many others is not distinctive (and the lookups stay short). */
const MAX_OTHER_CLAIMS = 25;

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
  score: ClaimScorer,
  termsOf: ReadonlyMap<string, ReadonlySet<string>>,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Map<string, ClaimCandidate[]> {
  const distinctive = distinctiveTerms(claims, termsOf, distinctiveLimit(claims.length, options));
  const claimsWith = new Map<string, CandidateClaim[]>();
  for (const claim of claims) for (const term of distinctive.get(claim.id)!) (claimsWith.get(term) ?? claimsWith.set(term, []).get(term)!).push(claim);
  const out = new Map<string, ClaimCandidate[]>();
  for (const sentenceId of sentenceIds) {
    const reachable = new Set<CandidateClaim>();
    for (const term of termsOf.get(sentenceId) ?? []) for (const claim of claimsWith.get(term) ?? []) reachable.add(claim);
    const list: ClaimCandidate[] = [];
    for (const claim of reachable) {
      if (claim.sentenceIds.includes(sentenceId)) continue;
      const confidence = score(sentenceId, claim);
      if (confidence >= options.floor) list.push({ claimId: claim.id, confidence: round(confidence) });
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
  score: ClaimScorer,
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
      .map((id) => ({ sentenceId: id, confidence: round(score(id, claim)) }))
      .filter((candidate) => candidate.confidence >= options.floor)
      .sort((a, b) => b.confidence - a.confidence || compareCodeUnits(a.sentenceId, b.sentenceId));
    out.set(articleId, ranked.slice(0, options.perArticle));
  }
  return out;
}

function articleOf(sentenceId: string): string {
  return sentenceId.slice(0, sentenceId.indexOf('/'));
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
