import { describe, expect, it } from 'vitest';
import { featureVector } from '../../../../src/lib/analysis/matcher/claim-features.ts';
import type { ClaimUnit } from '../../../../src/lib/analysis/matcher/claims.ts';
import type { CorpusSentence } from '../../../../src/lib/analysis/corpus.ts';
import { cosineScorer } from '../../../../src/lib/analysis/matcher/pair-score.ts';

const unit = (terms: string[]): ClaimUnit => ({ sentence: {} as CorpusSentence, text: '', whole: true, terms, vector: featureVector(terms, new Map()) });

describe('cosineScorer', () => {
  const scorer = cosineScorer(0.12);
  it('is one half at the midpoint and rises with similarity', () => {
    const a = unit(['w:a', 'w:b', 'w:c', 'w:d', 'w:e', 'w:f', 'w:g', 'w:h']);
    const identical = scorer.probability(a, unit(['w:a', 'w:b', 'w:c', 'w:d', 'w:e', 'w:f', 'w:g', 'w:h']));
    const some = scorer.probability(a, unit(['w:a', 'w:x', 'w:y', 'w:z']));
    const none = scorer.probability(a, unit(['w:q']));
    expect(identical).toBeGreaterThan(0.99);
    expect(none).toBeCloseTo(1 / (1 + Math.exp(20 * 0.12)), 6);
    expect(some).toBeGreaterThan(none);
    expect(some).toBeLessThan(identical);
    expect(cosineScorer(0.5).probability(a, a)).toBeCloseTo(1 / (1 + Math.exp(-20 * 0.5)), 6);
  });
});
