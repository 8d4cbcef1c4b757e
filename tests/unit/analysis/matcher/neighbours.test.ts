import { describe, expect, it } from 'vitest';
import { candidatePairs, DEFAULT_NEIGHBOUR_OPTIONS, type NeighbourOptions } from '../../../../src/lib/analysis/matcher/neighbours.ts';
import { handSet, matcherEventSets } from '../../../helpers/matcher.ts';

const wide: NeighbourOptions = { neighbours: 24, maxPostings: 40, candidateTerms: 12 };

describe('candidatePairs', () => {
  it('publishes its defaults', () => {
    expect(DEFAULT_NEIGHBOUR_OPTIONS).toEqual({ neighbours: 24, maxPostings: 40, candidateTerms: 12 });
  });

  it('pairs sentences of different articles that share a term, never two of one article, never a pair sharing nothing', () => {
    const set = handSet([
      { id: 'a/0', content: ['ferry', 'storm'] },
      { id: 'a/1', content: ['ferry', 'storm'] },
      { id: 'b/0', content: ['ferry'] },
      { id: 'c/0', content: ['bread'] },
    ]);
    expect(candidatePairs(set.units, wide)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  // Four articles, one sentence each. Shared weights (idf of x in 4 units, of p and q in 2):
  // A–B and B–C share x and a rarer term (the strongest pairs); every other pair shares x only.
  const set = handSet([
    { id: 'a/0', content: ['x', 'p'] },
    { id: 'b/0', content: ['x', 'p', 'q'] },
    { id: 'c/0', content: ['x', 'q'] },
    { id: 'd/0', content: ['x'] },
  ]);

  it.each<[string, Partial<NeighbourOptions>, Array<[number, number]>]>([
    ['every pair sharing a term', {}, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]],
    // A keeps B; B keeps A (a tie with C goes to the lower index); C keeps B; D keeps A (three-way tie).
    ['one neighbour per sentence, the strongest', { neighbours: 1 }, [[0, 1], [0, 3], [1, 2]]],
    ['no neighbours', { neighbours: 0 }, []],
    // x is in four sentences: too common to look up, so only p and q find partners.
    ['terms in more than three sentences left out', { maxPostings: 3 }, [[0, 1], [1, 2]]],
    // Each sentence looks up its heaviest term only: A p, B p (ties by name), C q, D x.
    ['only the heaviest term looked up', { candidateTerms: 1 }, [[0, 1], [0, 3], [1, 2], [1, 3], [2, 3]]],
    ['no term looked up', { candidateTerms: 0 }, []],
  ])('gives %s', (_name, options, expected) => {
    expect(candidatePairs(set.units, { ...wide, ...options })).toEqual(expected);
  });

  it('has no pair at all in one article', () => {
    const one = handSet([
      { id: 'a/0', content: ['x', 'y'] },
      { id: 'a/1', content: ['x', 'y'] },
    ]);
    expect(candidatePairs(one.units)).toEqual([]);
  });

  it('on invented events: pairs are cross-article, i < j, sorted, unique, share a content term, and the same on every run', async () => {
    for (const { set: event } of await matcherEventSets()) {
      const pairs = candidatePairs(event.units);
      expect(pairs.length).toBeGreaterThan(0);
      const keys = pairs.map(([i, j]) => `${i} ${j}`);
      expect(new Set(keys).size).toBe(pairs.length);
      expect(pairs).toEqual([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
      for (const [i, j] of pairs) {
        const a = event.units[i]!;
        const b = event.units[j]!;
        expect(i).toBeLessThan(j);
        expect(a.sentence.articleId).not.toBe(b.sentence.articleId);
        expect([...a.vectors.content.weights.keys()].some((term) => b.vectors.content.weights.has(term))).toBe(true);
      }
      expect(candidatePairs(event.units)).toEqual(pairs);
      // Each sentence proposes at most `neighbours` partners, so a cap of 1 leaves at most one pair per sentence.
      expect(candidatePairs(event.units, { ...DEFAULT_NEIGHBOUR_OPTIONS, neighbours: 1 }).length).toBeLessThanOrEqual(event.units.length);
    }
  });
});
