import { describe, expect, it } from 'vitest';
import { baselineClaims, baselineTerms, BASELINE_THRESHOLDS, baselineVectors } from '../../../../src/lib/analysis/matcher/baseline.ts';

describe('baselineTerms', () => {
  it.each([
    ['Workers walked out of the docks', ['worker', 'walk', 'dock']],
    ['Boxes were quickly running', ['box', 'quick', 'runn']],
    // Stop words, verbs of saying included, go.
    ['She said they told us it was over', []],
    // A word that is all suffix stays whole.
    ['Ed sings', ['ed', 'sing']],
    ['The board paid $4.2m, or 12,000 dollars each', ['board', 'paid', '4.2m', '12,000', 'dollar']],
    ['Zürich’s cafés', ['zürich', 'café']],
    ['', []],
  ])('reads “%s” as %j', (text, expected) => {
    expect(baselineTerms(text)).toEqual(expected);
  });
});

const sentences = [
  { id: 'a/0', articleId: 'a', text: 'The ferry was cancelled in the storm.' },
  { id: 'a/1', articleId: 'a', text: 'Ferry storm.' },
  { id: 'b/0', articleId: 'b', text: 'Storm: ferry cancelled.' },
  { id: 'c/0', articleId: 'c', text: 'The bread shop was empty.' },
];

describe('baselineVectors', () => {
  const vectors = baselineVectors(sentences);

  it('gives every sentence a TF-IDF vector of unit length, idf ln(N / df)', () => {
    for (const vector of vectors.values()) expect(Math.hypot(...vector.values())).toBeCloseTo(1, 12);
    const b = vectors.get('b/0')!;
    // ferry and storm are in three of four sentences, "cancell" in two.
    expect(b.get('cancell')! / b.get('ferry')!).toBeCloseTo(Math.log(2) / Math.log(4 / 3), 12);
    expect(b.get('ferry')).toBeCloseTo(b.get('storm')!, 12);
  });

  it('gives 0 weights to a sentence whose words every sentence uses', () => {
    const same = baselineVectors([
      { id: 'a/0', articleId: 'a', text: 'Ferry storm' },
      { id: 'b/0', articleId: 'b', text: 'Storm ferry' },
    ]);
    expect([...same.get('a/0')!.values()]).toEqual([0, 0]);
  });
});

describe('baselineClaims', () => {
  it('is reported at fixed thresholds', () => {
    expect(BASELINE_THRESHOLDS).toEqual([0.2, 0.25, 0.3]);
  });

  it('makes a star claim of each sentence and its neighbours in other articles at the threshold, dropping sentences with none', () => {
    expect(baselineClaims(sentences, 0.2)).toEqual([
      { id: 'baseline-1', sentenceIds: ['a/0', 'b/0'] },
      { id: 'baseline-2', sentenceIds: ['a/1', 'b/0'] },
      { id: 'baseline-3', sentenceIds: ['b/0', 'a/0', 'a/1'] },
    ]);
  });

  it('joins fewer sentences at a higher threshold, and none of one article', () => {
    expect(baselineClaims(sentences, 0.6)).toEqual([
      { id: 'baseline-1', sentenceIds: ['a/0', 'b/0'] },
      { id: 'baseline-2', sentenceIds: ['b/0', 'a/0'] },
    ]);
    expect(baselineClaims(sentences.filter((sentence) => sentence.articleId === 'a'), 0)).toEqual([]);
  });
});
