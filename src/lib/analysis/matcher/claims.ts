import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { compareCodeUnits } from '../../ingest/article-id.ts';
import { cosine, type ClaimUnit } from './claim-features.ts';
import type { PairScorer } from './pair-score.ts';

export type { ClaimUnit } from './claim-features.ts';

/** Settings of the claim grouping; the defaults are the published method. */
export interface ClaimOptions {
  /** Candidates kept per sentence from the term index (nearest first). */
  neighbours: number;
  /**
   * Terms found in more units than this are not used to find candidates: too common to say
   * much, and a fixed number (not a share of the corpus) so that unrelated articles change nothing.
   */
  maxPostings: number;
  /** Only a unit's most heavily weighted terms are looked up to find its candidates. */
  candidateTerms: number;
  /** Two groups merge while the average similarity of their cross-article pairs is at least this. */
  mergeThreshold: number;
  /** A sentence also joins another claim when its average similarity to that claim's members is at least this. */
  secondaryThreshold: number;
  /** Members per side used to estimate the mean similarity of two large clusters. */
  linkageSample: number;
  /** A sentence this similar to another sentence of its own article shares that sentence's claims (key points restating the body). */
  twinThreshold: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = {
  neighbours: 24,
  maxPostings: 40,
  candidateTerms: 12,
  mergeThreshold: 0.1,
  secondaryThreshold: 0.14,
  linkageSample: 12,
  twinThreshold: 0.3,
};

/** How alike two units are: cosine of their vectors, or a pair model's probability. */
export type Similarity = (a: ClaimUnit, b: ClaimUnit) => number;

const cosineOf: Similarity = (a, b) => cosine(a.vector, b.vector);

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
 *    that ignores terms in more than `maxPostings` units, looking up only each unit's
 *    `candidateTerms` heaviest terms (prefix filtering). Work grows with the number of
 *    sentences, not with the number of pairs. Term weights depend only on how many units use
 *    a term (see `inverseDocumentFrequency`), so an article sharing no term with two sentences
 *    cannot change whether they match.
 * 2. Grouping: average-linkage agglomeration over those candidate pairs. Two groups merge
 *    while the mean similarity of their cross-article pairs (pairs never compared count as
 *    zero) stays at or above `mergeThreshold`. Sentences of one article are never compared
 *    with each other, so an article cannot make a multi-outlet claim alone.
 * 3. Second claims: a sentence that also matches another group (mean similarity at least
 *    `secondaryThreshold`) joins it too: many sentences carry two facts.
 * 4. Every remaining reporting sentence that is not a title is a claim of its own ("only in X").
 *
 * With a fitted pair model (`scorer`), similarity is the model's calibrated probability that two
 * units state the same claim, and the model's thresholds replace `mergeThreshold` and
 * `secondaryThreshold`; candidates still come from the term index.
 */
export function groupClaims(units: readonly ClaimUnit[], options: ClaimOptions = DEFAULT_CLAIM_OPTIONS, scorer?: PairScorer): FoundClaim[] {
  const model = scorer && !scorer.cosineGrouping ? scorer : undefined;
  const similarity: Similarity = model ? (a, b) => model.probability(a, b) : cosineOf;
  const mergeThreshold = model ? model.mergeThreshold : options.mergeThreshold;
  const secondaryThreshold = model ? model.secondaryThreshold : options.secondaryThreshold;
  const edges = candidateEdges(units, options, false, similarity);
  const clusterOf = averageLinkage(units, edges, mergeThreshold, options.linkageSample, similarity);

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
      if (mean >= secondaryThreshold) members.get(cluster)!.add(index);
    }
  });

  // Twins: a unit nearly repeating another unit of its own article shares its claims.
  for (const [a, b, similarity] of twinEdges(units, options)) {
    if (similarity < options.twinThreshold) continue;
    for (const [cluster, set] of members) {
      if (!core.has(cluster)) continue;
      if (set.has(a) && !set.has(b)) set.add(b);
      else if (set.has(b) && !set.has(a)) set.add(a);
    }
  }

  const claims: FoundClaim[] = [];
  const covered = new Set<string>();
  for (const [cluster] of multi) {
    const set = members.get(cluster)!;
    for (const index of set) covered.add(units[index]!.sentence.id);
    claims.push(toClaim([...set], units, neighbours));
  }
  // A sentence none of whose clauses is shared is a claim of its own, labelled by the whole sentence.
  const firstUnit = new Map<string, number>();
  units.forEach((unit, index) => {
    if (!firstUnit.has(unit.sentence.id)) firstUnit.set(unit.sentence.id, index);
  });
  for (const [sentenceId, index] of firstUnit) {
    const unit = units[index]!;
    if (covered.has(sentenceId) || TITLE_BLOCKS.has(unit.sentence.block)) continue;
    claims.push(toClaim([index], units, neighbours, true));
  }
  // Two groups can end up with the same sentences (each sentence joining the other's group): keep one.
  const unique = new Map<string, FoundClaim>();
  for (const claim of claims) {
    const key = [...claim.sentenceIds].sort().join(' ');
    if (!unique.has(key)) unique.set(key, claim);
  }
  return [...unique.values()].sort((a, b) => b.articleIds.length - a.articleIds.length || compareCodeUnits(a.sentenceIds[0]!, b.sentenceIds[0]!) || compareCodeUnits(a.id, b.id));
}

/** Pairs of units from the same article (not the same sentence) with their similarity: candidates for twins. */
function twinEdges(
  units: readonly ClaimUnit[],
  options: Pick<ClaimOptions, 'neighbours' | 'maxPostings' | 'candidateTerms'>,
): Array<[number, number, number]> {
  const byArticle = new Map<string, number[]>();
  units.forEach((unit, index) => byArticle.set(unit.sentence.articleId, [...(byArticle.get(unit.sentence.articleId) ?? []), index]));
  const out: Array<[number, number, number]> = [];
  for (const indexes of byArticle.values()) {
    const local = indexes.map((index) => units[index]!);
    for (const [a, b, similarity] of candidateEdges(local, options, true)) out.push([indexes[a]!, indexes[b]!, similarity]);
  }
  return out;
}

/** Candidate pairs [i, j, similarity] with i < j, from the inverted index, across articles only. */
export function candidateEdges(
  units: readonly ClaimUnit[],
  options: Pick<ClaimOptions, 'neighbours' | 'maxPostings' | 'candidateTerms'>,
  sameArticle = false,
  similarity: Similarity = cosineOf,
): Array<[number, number, number]> {
  // Postings carry each unit's weight for the term, so scoring needs no per-unit lookups.
  const postings = new Map<string, { units: number[]; weights: number[] }>();
  units.forEach((unit, index) => {
    for (const [term, weight] of unit.vector.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = { units: [], weights: [] }));
      list.units.push(index);
      list.weights.push(weight);
    }
  });
  const articleIndex = new Map<string, number>();
  const sentenceIndex = new Map<string, number>();
  const articleOf = Int32Array.from(units, (unit) => articleIndex.get(unit.sentence.articleId) ?? articleIndex.set(unit.sentence.articleId, articleIndex.size).get(unit.sentence.articleId)!);
  const sentenceOf = Int32Array.from(units, (unit) => sentenceIndex.get(unit.sentence.id) ?? sentenceIndex.set(unit.sentence.id, sentenceIndex.size).get(unit.sentence.id)!);
  // A fixed cap, not a share of the corpus: an unrelated article must not change which terms propose candidates.
  const maxPostings = options.maxPostings;
  const size = units.length;
  const seen = new Map<number, number>();
  // Scores are accumulated in a typed array indexed by unit, cleared through the list of units touched.
  const scores = new Float64Array(size);
  const touched: number[] = [];
  units.forEach((unit, index) => {
    const lookups = [...unit.vector.weights]
      .filter(([term]) => postings.get(term)!.units.length <= maxPostings)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.candidateTerms);
    for (const [term, weight] of lookups) {
      const list = postings.get(term)!;
      for (let k = 0; k < list.units.length; k++) {
        const other = list.units[k]!;
        if (other === index || sentenceOf[other] === sentenceOf[index]) continue;
        if ((articleOf[other] === articleOf[index]) !== sameArticle) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = scores[other]! + weight * list.weights[k]!;
      }
    }
    const best = touched
      .map((other) => [other, scores[other]!] as const)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.neighbours);
    for (const other of touched) scores[other] = 0;
    touched.length = 0;
    for (const [other] of best) {
      const [a, b] = index < other ? [index, other] : [other, index];
      const key = a * size + b;
      if (!seen.has(key) && enoughInCommon(units[a]!, units[b]!)) seen.set(key, similarity(units[a]!, units[b]!));
    }
  });
  return [...seen.entries()].map(([key, similarity]) => [Math.floor(key / size), key % size, similarity] as [number, number, number]);
}

/**
 * Whether two units share enough to be worth comparing: two terms, or one name, figure or
 * two-word phrase. One shared ordinary word ("year") is too little evidence of one fact.
 */
export function enoughInCommon(a: ClaimUnit, b: ClaimUnit): boolean {
  const own = new Set(b.terms);
  let words = 0;
  for (const term of new Set(a.terms)) {
    if (!own.has(term)) continue;
    if (!term.startsWith('w:')) return true;
    if (++words >= 2) return true;
  }
  return false;
}

/**
 * Average-linkage agglomeration. Clusters linked by at least one candidate pair merge, most
 * similar first, while the mean cosine over their cross-article member pairs is at least
 * `threshold`. The mean is computed from the vectors, not from the candidate pairs, so pairs
 * never proposed as candidates still count at their true similarity; for large clusters it is
 * estimated from at most `sample` members of each side (spread evenly), which bounds the work
 * per merge. Scores are refreshed lazily: a heap entry made stale by a merge is mapped to the
 * clusters its units now belong to and re-scored only when it reaches the top. Two clusters
 * from the same single article never merge.
 */
function averageLinkage(
  units: readonly ClaimUnit[],
  edges: ReadonlyArray<[number, number, number]>,
  threshold: number,
  sample: number,
  similarity: Similarity,
): number[] {
  const clusterOf = units.map((_, index) => index);
  const members = units.map((_, index) => [index]);
  const articles = units.map((unit) => new Set([unit.sentence.articleId]));
  const cache = new Map<number, number>();
  const pair = (a: number, b: number) => {
    const key = a < b ? a * units.length + b : b * units.length + a;
    let value = cache.get(key);
    if (value === undefined) {
      value = similarity(units[a]!, units[b]!);
      cache.set(key, value);
    }
    return value;
  };
  const spread = (list: number[]) => {
    if (list.length <= sample) return list;
    const step = list.length / sample;
    return Array.from({ length: sample }, (_, k) => list[Math.floor(k * step)]!);
  };
  const mean = (a: number, b: number) => {
    let total = 0;
    let count = 0;
    for (const x of spread(members[a]!)) {
      for (const y of spread(members[b]!)) {
        if (units[x]!.sentence.articleId === units[y]!.sentence.articleId) continue;
        total += pair(x, y);
        count++;
      }
    }
    return count === 0 ? 0 : total / count;
  };
  const mergeable = (a: number, b: number) => !(articles[a]!.size === 1 && articles[b]!.size === 1 && [...articles[a]!][0] === [...articles[b]!][0]);
  const heap = new MaxHeap();
  const version = units.map(() => 0);
  for (const [a, b] of edges) {
    if (!mergeable(a, b)) continue;
    const score = mean(a, b);
    if (score >= threshold) heap.push(score, Math.min(a, b), Math.max(a, b), 0, 0);
  }
  for (let entry = heap.pop(); entry; entry = heap.pop()) {
    const [, x, y, versionX, versionY] = entry;
    const a = Math.min(clusterOf[x]!, clusterOf[y]!);
    const b = Math.max(clusterOf[x]!, clusterOf[y]!);
    if (a === b) continue;
    if (a !== x || b !== y || version[a] !== versionX || version[b] !== versionY) {
      if (!mergeable(a, b)) continue;
      const score = mean(a, b);
      if (score >= threshold) heap.push(score, a, b, version[a]!, version[b]!);
      continue;
    }
    for (const article of articles[b]!) articles[a]!.add(article);
    for (const member of members[b]!) clusterOf[member] = a;
    members[a]!.push(...members[b]!);
    members[b] = [];
    version[a]!++;
    version[b]!++;
  }
  return clusterOf;
}

/** A binary max-heap of [score, a, b, versionA, versionB]; ties broken by (a, b) for determinism. */
class MaxHeap {
  private readonly items: Array<[number, number, number, number, number]> = [];

  push(score: number, a: number, b: number, versionA: number, versionB: number) {
    this.items.push([score, a, b, versionA, versionB]);
    let index = this.items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!this.before(index, parent)) break;
      [this.items[index], this.items[parent]] = [this.items[parent]!, this.items[index]!];
      index = parent;
    }
  }

  pop(): [number, number, number, number, number] | undefined {
    const top = this.items[0];
    const last = this.items.pop();
    if (top === undefined || last === undefined || this.items.length === 0) return top;
    this.items[0] = last;
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let best = index;
      if (left < this.items.length && this.before(left, best)) best = left;
      if (right < this.items.length && this.before(right, best)) best = right;
      if (best === index) break;
      [this.items[index], this.items[best]] = [this.items[best]!, this.items[index]!];
      index = best;
    }
    return top;
  }

  private before(i: number, j: number) {
    const [x, y] = [this.items[i]!, this.items[j]!];
    return x[0] !== y[0] ? x[0] > y[0] : x[1] !== y[1] ? x[1] < y[1] : x[2] < y[2];
  }
}

function toClaim(indexes: number[], units: readonly ClaimUnit[], neighbours: Map<number, Map<number, number>>, wholeSentence = false): FoundClaim {
  const ordered = [...indexes].sort((a, b) => compareCodeUnits(units[a]!.sentence.articleId, units[b]!.sentence.articleId) || units[a]!.sentence.index - units[b]!.sentence.index);
  const labelUnit = units[representative(ordered, units, neighbours)]!;
  const label = wholeSentence || labelUnit.whole ? labelUnit.sentence.text : clauseLabel(labelUnit.text);
  const words = label.split(/\s+/).slice(0, 8).join(' ');
  const sentenceIds = [...new Set(ordered.map((index) => units[index]!.sentence.id))];
  // The hash covers the members too: two claims can share the sentence their labels come from.
  const hash = createHash('sha256').update(`${labelUnit.sentence.id}|${label}|${[...sentenceIds].sort().join(' ')}`).digest('hex').slice(0, 6);
  return {
    id: `c-${slugify(words).split('-').slice(0, 6).join('-') || 'claim'}-${hash}`,
    label,
    labelSentenceId: labelUnit.sentence.id,
    sentenceIds,
    articleIds: [...new Set(ordered.map((index) => units[index]!.sentence.articleId))].sort(compareCodeUnits),
  };
}

/** A clause as a label: without the linking word and punctuation it starts or ends with. */
function clauseLabel(text: string): string {
  return text.replace(/^(?:[,;]\s*)?(?:and that|as well as|which|who|while|whereas|although|though|but|and|including|yet|with)\s+/i, '').replace(/[,;:\s]+$/, '');
}

/** The member most similar, on average, to the members from other articles; paragraphs preferred to titles. */
function representative(indexes: number[], units: readonly ClaimUnit[], neighbours: Map<number, Map<number, number>>): number {
  let best = indexes[0]!;
  let bestScore = -Infinity;
  for (const index of indexes) {
    const unit = units[index]!;
    const others = indexes.filter((other) => units[other]!.sentence.articleId !== unit.sentence.articleId);
    const mean = others.length === 0 ? 0 : others.reduce((sum, other) => sum + (neighbours.get(index)?.get(other) ?? 0), 0) / others.length;
    const words = unit.text.split(/\s+/).length;
    const shape = (TITLE_BLOCKS.has(unit.sentence.block) ? 0.5 : unit.sentence.block === 'paragraph' || unit.sentence.block === 'list-item' ? 1 : 0.8) * (unit.whole ? 1 : 0.9);
    const length = words < 6 ? 0.7 : words > 45 ? 0.85 : 1;
    const score = mean * shape * length;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}
