import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../ingest/article-id.ts';
import type { CorpusSentence } from './corpus.ts';
import { cosine, type FeatureVector } from './claim-features.ts';

/** Settings of the claim grouping; the defaults are the published method. */
export interface ClaimOptions {
  /** Candidates kept per sentence from the term index (nearest first). */
  neighbours: number;
  /** Terms found in more than this share of sentences are not used to find candidates. */
  maxTermShare: number;
  /** Two groups merge while the average similarity of their cross-article pairs is at least this. */
  mergeThreshold: number;
  /** A sentence also joins another claim when its average similarity to that claim's members is at least this. */
  secondaryThreshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  neighbours: 24,
  maxTermShare: 0.2,
  mergeThreshold: 0.2,
  secondaryThreshold: 0.3,
};

/** A unit of clustering: a reporting sentence and its features. */
export interface ClaimUnit {
  sentence: CorpusSentence;
  vector: FeatureVector;
}

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

/**
 * Groups sentences from different articles that report the same fact.
 *
 * 1. Candidates: each sentence is compared only with the `neighbours` sentences of other
 *    articles that share the most weighted terms with it, found through an inverted index
 *    that ignores terms in more than `maxTermShare` of sentences. Work grows with the number
 *    of sentences times `neighbours`, not with the number of pairs.
 * 2. Grouping: average-linkage agglomeration over those candidate pairs. Two groups merge
 *    while the mean similarity of their cross-article pairs (pairs never compared count as
 *    zero) stays at or above `mergeThreshold`. Sentences of one article are never compared
 *    with each other, so an article cannot make a multi-outlet claim alone.
 * 3. Second claims: a sentence that also matches another group (mean similarity at least
 *    `secondaryThreshold`) joins it too: many sentences carry two facts.
 * 4. Every remaining reporting sentence that is not a title is a claim of its own ("only in X").
 */
export function groupClaims(units: readonly ClaimUnit[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): FoundClaim[] {
  const edges = candidateEdges(units, options);
  const clusterOf = averageLinkage(units, edges, options.mergeThreshold);

  const members = new Map<number, Set<number>>();
  units.forEach((_, index) => {
    const cluster = clusterOf[index]!;
    members.set(cluster, (members.get(cluster) ?? new Set()).add(index));
  });
  const articlesOf = (set: Set<number>) => new Set([...set].map((index) => units[index]!.sentence.articleId));
  const multi = [...members.entries()].filter(([, set]) => articlesOf(set).size >= 2);

  // Second claims, judged against each group's members as they were before any joined.
  const neighbours = new Map<number, Map<number, number>>();
  for (const [a, b, similarity] of edges) {
    (neighbours.get(a) ?? neighbours.set(a, new Map()).get(a)!).set(b, similarity);
    (neighbours.get(b) ?? neighbours.set(b, new Map()).get(b)!).set(a, similarity);
  }
  const core = new Map(multi.map(([cluster, set]) => [cluster, [...set]]));
  units.forEach((unit, index) => {
    const near = neighbours.get(index);
    if (!near) return;
    const candidates = new Set([...near.keys()].map((other) => clusterOf[other]!));
    for (const cluster of candidates) {
      if (cluster === clusterOf[index] || !core.has(cluster)) continue;
      const others = core.get(cluster)!.filter((member) => units[member]!.sentence.articleId !== unit.sentence.articleId);
      if (others.length === 0) continue;
      const mean = others.reduce((sum, member) => sum + (near.get(member) ?? 0), 0) / others.length;
      if (mean >= options.secondaryThreshold) members.get(cluster)!.add(index);
    }
  });

  const claims: FoundClaim[] = [];
  const covered = new Set<number>();
  for (const [cluster] of multi) {
    const set = members.get(cluster)!;
    for (const index of set) covered.add(index);
    claims.push(toClaim([...set], units, neighbours));
  }
  units.forEach((unit, index) => {
    if (covered.has(index) || TITLE_BLOCKS.has(unit.sentence.block)) return;
    claims.push(toClaim([index], units, neighbours));
  });
  return claims.sort((a, b) => b.articleIds.length - a.articleIds.length || compareCodeUnits(a.sentenceIds[0]!, b.sentenceIds[0]!));
}

/** Candidate pairs [i, j, similarity] with i < j, from the inverted index, across articles only. */
export function candidateEdges(units: readonly ClaimUnit[], options: Pick<ClaimOptions, 'neighbours' | 'maxTermShare'>): Array<[number, number, number]> {
  const postings = new Map<string, number[]>();
  units.forEach((unit, index) => {
    for (const term of unit.vector.weights.keys()) (postings.get(term) ?? postings.set(term, []).get(term)!).push(index);
  });
  const maxPostings = Math.max(8, Math.ceil(options.maxTermShare * units.length));
  const seen = new Map<string, number>();
  units.forEach((unit, index) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of unit.vector.weights) {
      const list = postings.get(term)!;
      if (list.length > maxPostings) continue;
      for (const other of list) {
        if (other === index || units[other]!.sentence.articleId === unit.sentence.articleId) continue;
        const otherWeight = units[other]!.vector.weights.get(term)!;
        scores.set(other, (scores.get(other) ?? 0) + weight * otherWeight);
      }
    }
    const best = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.neighbours);
    for (const [other] of best) {
      const [a, b] = index < other ? [index, other] : [other, index];
      const key = `${a}:${b}`;
      if (!seen.has(key)) seen.set(key, cosine(units[a]!.vector, units[b]!.vector));
    }
  });
  return [...seen.entries()].map(([key, similarity]) => {
    const [a, b] = key.split(':').map(Number);
    return [a!, b!, similarity] as [number, number, number];
  });
}

/**
 * Sparse average-linkage clustering. Returns, for every unit, the id of its cluster. Only
 * cross-article pairs count towards a link, and the mean is over all cross-article pairs of
 * the two clusters, so pairs that were never candidates pull the mean down.
 */
function averageLinkage(units: readonly ClaimUnit[], edges: ReadonlyArray<[number, number, number]>, threshold: number): number[] {
  const clusterOf = units.map((_, index) => index);
  const articleCounts = units.map((unit) => new Map([[unit.sentence.articleId, 1]]));
  const sizes = units.map(() => 1);
  // links[c] = Map<otherCluster, sum of cross-article similarities>
  const links = units.map(() => new Map<number, number>());
  for (const [a, b, similarity] of edges) {
    if (similarity <= 0) continue;
    links[a]!.set(b, (links[a]!.get(b) ?? 0) + similarity);
    links[b]!.set(a, (links[b]!.get(a) ?? 0) + similarity);
  }
  const crossPairs = (a: number, b: number) => {
    let pairs = sizes[a]! * sizes[b]!;
    for (const [article, count] of articleCounts[a]!) pairs -= count * (articleCounts[b]!.get(article) ?? 0);
    return pairs;
  };
  const alive = new Set(units.map((_, index) => index));
  for (;;) {
    let best: [number, number, number] | undefined;
    for (const a of alive) {
      for (const [b, sum] of links[a]!) {
        if (b <= a) continue;
        const pairs = crossPairs(a, b);
        if (pairs <= 0) continue;
        const mean = sum / pairs;
        if (mean >= threshold && (!best || mean > best[2] || (mean === best[2] && (a < best[0] || (a === best[0] && b < best[1]))))) best = [a, b, mean];
      }
    }
    if (!best) break;
    const [keep, gone] = best;
    alive.delete(gone);
    sizes[keep] = sizes[keep]! + sizes[gone]!;
    for (const [article, count] of articleCounts[gone]!) articleCounts[keep]!.set(article, (articleCounts[keep]!.get(article) ?? 0) + count);
    for (const [other, sum] of links[gone]!) {
      if (other === keep) continue;
      links[keep]!.set(other, (links[keep]!.get(other) ?? 0) + sum);
      links[other]!.delete(gone);
      links[other]!.set(keep, (links[other]!.get(keep) ?? 0) + sum);
    }
    links[keep]!.delete(gone);
    links[gone]!.clear();
    clusterOf.forEach((cluster, index) => {
      if (cluster === gone) clusterOf[index] = keep;
    });
  }
  return clusterOf;
}

function toClaim(indexes: number[], units: readonly ClaimUnit[], neighbours: Map<number, Map<number, number>>): FoundClaim {
  const ordered = [...indexes].sort((a, b) => compareCodeUnits(units[a]!.sentence.articleId, units[b]!.sentence.articleId) || units[a]!.sentence.index - units[b]!.sentence.index);
  const labelIndex = representative(ordered, units, neighbours);
  const label = units[labelIndex]!.sentence;
  const words = label.text.split(/\s+/).slice(0, 8).join(' ');
  const hash = createHash('sha256').update(label.id).digest('hex').slice(0, 4);
  return {
    id: `c-${slugify(words).split('-').slice(0, 6).join('-') || 'claim'}-${hash}`,
    label: label.text,
    labelSentenceId: label.id,
    sentenceIds: ordered.map((index) => units[index]!.sentence.id),
    articleIds: [...new Set(ordered.map((index) => units[index]!.sentence.articleId))].sort(compareCodeUnits),
  };
}

/** The member most similar, on average, to the members from other articles; paragraphs preferred to titles. */
function representative(indexes: number[], units: readonly ClaimUnit[], neighbours: Map<number, Map<number, number>>): number {
  let best = indexes[0]!;
  let bestScore = -Infinity;
  for (const index of indexes) {
    const unit = units[index]!;
    const others = indexes.filter((other) => units[other]!.sentence.articleId !== unit.sentence.articleId);
    const mean = others.length === 0 ? 0 : others.reduce((sum, other) => sum + (neighbours.get(index)?.get(other) ?? 0), 0) / others.length;
    const words = unit.sentence.text.split(/\s+/).length;
    const shape = TITLE_BLOCKS.has(unit.sentence.block) ? 0.5 : unit.sentence.block === 'paragraph' || unit.sentence.block === 'list-item' ? 1 : 0.8;
    const length = words < 6 ? 0.7 : words > 45 ? 0.85 : 1;
    const score = mean * shape * length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
