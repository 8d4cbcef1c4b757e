import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/lib/search/candidates.ts';
import type { QueryTerm } from '../../../src/lib/search/expand-query.ts';

const postings = new Map<string, number[]>([
  ['prisoners', [0, 2]],
  ['prisoner', [1]],
  ['swap', [1, 2, 3]],
  ['volodymyr', [4, 5]],
  ['zelensky', [5]],
  ['zelenskyy', [4, 6]],
]);
const term = (source: string, ...alternatives: Array<[string, Array<Record<string, number>>]>): QueryTerm => ({
  source,
  alternatives: alternatives.map(([phrase, words]) => ({ phrase, words: words.map((word) => new Map(Object.entries(word))) })),
});

describe('findCandidates', () => {
  it.each([
    ['no terms', [], []],
    [
      'one term: every record holding a matched word, best first',
      [term('prisners', ['prisners', [{ prisoners: 0.1, prisoner: 0.2 }]])],
      [{ record: 0, score: 0.1 }, { record: 2, score: 0.1 }, { record: 1, score: 0.2 }],
    ],
    [
      'two terms: only records holding both, scored by the mean',
      [term('prisners', ['prisners', [{ prisoners: 0.1, prisoner: 0.2 }]]), term('swap', ['swap', [{ swap: 0 }]])],
      [{ record: 2, score: 0.05 }, { record: 1, score: 0.1 }],
    ],
    [
      'a phrase needs all its words; the best alternative counts',
      [term('zelenski', ['zelenski', [{ zelensky: 0.1, zelenskyy: 0.2 }]], ['volodymyr zelensky', [{ volodymyr: 0 }, { zelensky: 0 }]])],
      [{ record: 5, score: 0 }, { record: 4, score: 0.2 }, { record: 6, score: 0.2 }],
    ],
    ['a term with no alternatives matches nothing', [term('swap', ['swap', [{ swap: 0 }]]), term('xylophone')], []],
  ])('%s', (_, terms, expected) => {
    expect(findCandidates(terms, postings, 7)).toEqual(expected);
  });

  it('breaks ties by length, texts of fewer words first, then by position', () => {
    const terms = [term('swap', ['swap', [{ swap: 0 }]])];
    expect(findCandidates(terms, postings, 7, [9, 12, 12, 4]).map((hit) => hit.record)).toEqual([3, 1, 2]);
  });
});
