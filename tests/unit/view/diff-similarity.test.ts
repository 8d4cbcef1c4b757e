import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src/lib/analysis/word-diff.ts';
import { diffContainment, diffSimilarity } from '../../../src/lib/view/diff-similarity.ts';

describe('diffSimilarity and diffContainment', () => {
  it.each([
    ['the same words', 'the same words', 1, 1],
    ['alpha beta', 'gamma delta', 0, 0],
    ['one two three four', 'one two', 0.667, 1],
    ['we are pleased', 'we are very pleased', 0.857, 1],
    ['', '', 0, 0],
  ])('%j vs %j', (a, b, similarity, containment) => {
    const diff = wordDiff(a, b);
    expect(diffSimilarity(diff)).toBe(similarity);
    expect(diffContainment(diff)).toBe(containment);
  });
});
