import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../../ingest/article-id.ts';
import type { Affinities } from './scoring.ts';
import type { MatchUnit } from './units.ts';

/** A claim: sentences from one or more articles that report the same fact. */
export interface FoundClaim {
  id: string;
  label: string;
  labelSentenceId: string;
  sentenceIds: string[];
  articleIds: string[];
}

/** Blocks whose sentences are titles: they join claims but never make a claim of their own. */
const TITLE_BLOCKS = new Set(['headline', 'heading', 'video-title']);

const articleOf = (sentenceId: string) => sentenceId.slice(0, sentenceId.indexOf('/'));

/**
 * Groups sentences of different articles that report the same fact, from the pair model's
 * calibrated probabilities (`affinities`, over the candidate pairs only).
 *
 * 1. Two sentences of different articles are linked when their probability is at least
 *    `threshold`.
 * 2. Claims cover the links with cliques, greedily: the strongest link not yet covered starts a
 *    claim, which then takes every sentence linked to all its members from other articles
 *    (sentences of one article need no link to each other: an outlet may state a fact twice),
 *    most strongly linked first. A sentence can join several claims: many sentences state two
 *    facts. Every pair of sentences a claim puts together from different articles is a link, so
 *    a claim never asserts a match the model did not make.
 * 3. Every remaining sentence that is not a title is a claim of its own ("only in X").
 *
 * Links are taken in order of probability, ties by sentence id, so the result does not depend on
 * the order the articles are given in.
 */
export function groupClaims(units: readonly MatchUnit[], affinities: Affinities, threshold: number): FoundClaim[] {
  const byId = new Map(units.map((unit) => [unit.sentence.id, unit]));
  const linked = (a: string, b: string) => (affinities.get(a)?.get(b) ?? 0) >= threshold;
  const links: Array<[string, string, number]> = [];
  for (const [a, near] of affinities) {
    if (!byId.has(a)) continue;
    for (const [b, p] of near) if (p >= threshold && compareCodeUnits(a, b) < 0 && byId.has(b) && articleOf(a) !== articleOf(b)) links.push([a, b, p]);
  }
  links.sort((x, y) => y[2] - x[2] || compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));

  const covered = new Set<string>();
  const key = (a: string, b: string) => (compareCodeUnits(a, b) < 0 ? `${a} ${b}` : `${b} ${a}`);
  const claims: string[][] = [];
  for (const [a, b] of links) {
    if (covered.has(key(a, b))) continue;
    const members = [a, b];
    const candidates = [...new Set([...(affinities.get(a)?.keys() ?? []), ...(affinities.get(b)?.keys() ?? [])])].filter((id) => id !== a && id !== b && byId.has(id));
    const strength = (id: string) => members.reduce((sum, member) => sum + (affinities.get(id)?.get(member) ?? 0), 0);
    candidates.sort((x, y) => strength(y) - strength(x) || compareCodeUnits(x, y));
    for (const candidate of candidates) {
      const others = members.filter((member) => articleOf(member) !== articleOf(candidate));
      if (others.length > 0 && others.every((member) => linked(candidate, member))) members.push(candidate);
    }
    for (const x of members) for (const y of members) if (articleOf(x) !== articleOf(y)) covered.add(key(x, y));
    claims.push(members);
  }

  const found: FoundClaim[] = [];
  const inClaim = new Set(claims.flat());
  const unique = new Set<string>();
  for (const members of claims) {
    const claim = toClaim(members, byId, affinities);
    const signature = claim.sentenceIds.join(' ');
    if (unique.has(signature)) continue;
    unique.add(signature);
    found.push(claim);
  }
  for (const unit of units) {
    if (inClaim.has(unit.sentence.id) || TITLE_BLOCKS.has(unit.sentence.block)) continue;
    found.push(toClaim([unit.sentence.id], byId, affinities));
  }
  return found.sort((x, y) => y.articleIds.length - x.articleIds.length || compareCodeUnits(x.sentenceIds[0]!, y.sentenceIds[0]!) || compareCodeUnits(x.id, y.id));
}

function toClaim(members: readonly string[], byId: ReadonlyMap<string, MatchUnit>, affinities: Affinities): FoundClaim {
  const ordered = [...new Set(members)].sort((a, b) => {
    const x = byId.get(a)!.sentence;
    const y = byId.get(b)!.sentence;
    return compareCodeUnits(x.articleId, y.articleId) || x.index - y.index;
  });
  const labelUnit = byId.get(representative(ordered, byId, affinities))!;
  const label = labelUnit.sentence.text;
  const words = label.split(/\s+/).slice(0, 8).join(' ');
  // The hash covers the members too: two claims can share the sentence their labels come from.
  const hash = createHash('sha256').update(`${labelUnit.sentence.id}|${label}|${[...ordered].sort().join(' ')}`).digest('hex').slice(0, 6);
  return {
    id: `c-${slugify(words).split('-').slice(0, 6).join('-') || 'claim'}-${hash}`,
    label,
    labelSentenceId: labelUnit.sentence.id,
    sentenceIds: ordered,
    articleIds: [...new Set(ordered.map(articleOf))].sort(compareCodeUnits),
  };
}

/** The member most alike, on average, to the members of other articles; body sentences preferred to titles, mid-length to very short or long. */
function representative(ids: readonly string[], byId: ReadonlyMap<string, MatchUnit>, affinities: Affinities): string {
  let best = ids[0]!;
  let bestScore = -Infinity;
  for (const id of ids) {
    const sentence = byId.get(id)!.sentence;
    const others = ids.filter((other) => articleOf(other) !== sentence.articleId);
    const mean = others.length === 0 ? 0 : others.reduce((sum, other) => sum + (affinities.get(id)?.get(other) ?? 0), 0) / others.length;
    const words = sentence.text.split(/\s+/).length;
    const shape = TITLE_BLOCKS.has(sentence.block) ? 0.5 : sentence.block === 'paragraph' || sentence.block === 'list-item' ? 1 : 0.8;
    const length = words < 6 ? 0.7 : words > 45 ? 0.85 : 1;
    const score = mean * shape * length;
    if (score > bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
