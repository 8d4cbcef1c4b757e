import { describe, expect, it } from 'vitest';
import { CLAIM_FEATURES } from '../../../../src/lib/analysis/matcher/candidates.ts';
import { DEFAULT_PAIR_MODEL } from '../../../../src/lib/analysis/matcher/default-model.ts';
import { PAIR_FEATURE_SIGNS, PATH_FEATURES, SENTENCE_FEATURES } from '../../../../src/lib/analysis/matcher/pair-features.ts';
import { scorePairs } from '../../../../src/lib/analysis/matcher/scoring.ts';
import { pairModelSchema } from '../../../../src/lib/schemas/pair-model.ts';
import { handSet } from '../../../helpers/matcher.ts';

describe('DEFAULT_PAIR_MODEL', () => {
  it('is valid by the schema', () => {
    expect(pairModelSchema.parse(DEFAULT_PAIR_MODEL)).toEqual(DEFAULT_PAIR_MODEL);
  });

  it('has one weight per feature of the analysis, in its order', () => {
    expect(DEFAULT_PAIR_MODEL.sentenceStage.features).toEqual([...SENTENCE_FEATURES]);
    expect(DEFAULT_PAIR_MODEL.pathStage.features).toEqual([...SENTENCE_FEATURES, ...PATH_FEATURES]);
    expect(DEFAULT_PAIR_MODEL.claimStage.features).toEqual([...CLAIM_FEATURES]);
    for (const stage of [DEFAULT_PAIR_MODEL.sentenceStage, DEFAULT_PAIR_MODEL.pathStage, DEFAULT_PAIR_MODEL.claimStage]) expect(stage.weights).toHaveLength(stage.features.length);
  });

  it('respects the sign each feature allows, and keeps the calibration increasing', () => {
    for (const stage of [DEFAULT_PAIR_MODEL.sentenceStage, DEFAULT_PAIR_MODEL.pathStage]) {
      stage.features.forEach((feature, index) => {
        expect(stage.weights[index]! * PAIR_FEATURE_SIGNS[feature as keyof typeof PAIR_FEATURE_SIGNS]).toBeGreaterThanOrEqual(0);
      });
    }
    for (const weight of DEFAULT_PAIR_MODEL.claimStage.weights) expect(weight).toBeGreaterThanOrEqual(0);
    expect(DEFAULT_PAIR_MODEL.calibration.slope).toBeGreaterThan(0);
  });

  it('was fitted on the evaluation corpus, never on one event’s editor', () => {
    expect(DEFAULT_PAIR_MODEL.trainedOn.reviewedClaims).toBe(0);
    expect(DEFAULT_PAIR_MODEL.trainedOn.events.length).toBeGreaterThanOrEqual(2);
    expect(DEFAULT_PAIR_MODEL.trainedOn.events).not.toContain('content');
  });

  it('scores pairs: its probabilities rise with overlap', () => {
    const set = handSet([
      { id: 'a/0', content: ['ferri', 'cancel', 'storm', 'merrow', 'friday'] },
      { id: 'b/0', content: ['ferri', 'cancel', 'storm', 'merrow', 'friday'] },
      { id: 'c/0', content: ['ferri', 'bread', 'shop', 'empti', 'island'] },
    ]);
    const scored = scorePairs(set, DEFAULT_PAIR_MODEL);
    const probability = (a: number, b: number) => scored.find((pair) => pair.a === a && pair.b === b)!.probability;
    expect(probability(0, 1)).toBeGreaterThan(probability(0, 2));
    expect(probability(0, 1)).toBeGreaterThan(DEFAULT_PAIR_MODEL.mergeThreshold);
    expect(probability(0, 2)).toBeLessThan(DEFAULT_PAIR_MODEL.mergeThreshold);
  });
});
