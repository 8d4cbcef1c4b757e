import { describe, expect, it } from 'vitest';
import { PREFIX_SCORE, wordScore } from '../../../src/lib/search/word-match.ts';

describe('wordScore', () => {
  it.each([
    ['the same word', 'ceasefire', 'ceasefire', false, 0],
    ['a short word while typing it', 'zap', 'zaporizhzhia', true, PREFIX_SCORE],
  ])('%s scores exactly', (_, term, word, open, score) => {
    expect(wordScore(term, word, open)).toBe(score);
  });

  it.each([
    ['a missing letter', 'prisners', 'prisoners'],
    ['a wrong letter', 'zelenski', 'zelenskyy'],
    ['two missing letters in a long word', 'zaporizhia', 'zaporizhzhia'],
    ['a missing letter in the middle', 'wednsday', 'wednesday'],
    ['the start of a long word', 'infrastruct', 'infrastructure'],
    ['a singular for a plural', 'prisoner', 'prisoners'],
  ])('matches %s', (_, term, word) => {
    const score = wordScore(term, word);
    expect(score).not.toBeNull();
    expect(score!).toBeGreaterThan(0);
    expect(score!).toBeLessThanOrEqual(0.3);
  });

  it.each([
    ['a short word that is only the start of another, once typed', 'war', 'warning', false],
    ['a short word with a typo', 'wat', 'war', true],
    ['a single letter, even while typing it', 'w', 'war', true],
    ['a word inside another', 'ward', 'toward', false],
    ['a word missing its first letter', 'hand', 'and', false],
    ['a different first letter', 'call', 'all', false],
    ['unrelated words', 'energy', 'sanctions', false],
  ])('rejects %s', (_, term, word, open) => {
    expect(wordScore(term, word, open)).toBeNull();
  });

  it('ranks closer spellings better', () => {
    expect(wordScore('prisoners', 'prisoners')!).toBeLessThan(wordScore('prisners', 'prisoners')!);
    expect(wordScore('zelensky', 'zelenskyy')!).toBeLessThan(wordScore('zelenski', 'zelenskyy')!);
  });
});
