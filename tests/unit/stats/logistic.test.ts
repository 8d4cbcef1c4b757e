import { describe, expect, it } from 'vitest';
import { calibrationError, fitLogistic, fitPlatt, logit, reliabilityTable, sigmoid } from '../../../src/lib/stats/logistic.ts';

describe('sigmoid', () => {
  it.each([
    [0, 0.5],
    [Math.log(3), 0.75],
    [-Math.log(3), 0.25],
    [800, 1],
    [-800, 0],
  ])('σ(%s) = %s', (z, p) => {
    expect(sigmoid(z)).toBeCloseTo(p, 12);
  });
});

describe('fitLogistic', () => {
  it('recovers the log-odds of a single binary feature (hand-computed: 1 in 4 without it, 3 in 4 with it)', () => {
    // Without the feature: 1 positive of 4 → log-odds ln(1/3). With it: 3 of 4 → ln 3, so the weight is ln 9.
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0];
    const model = fitLogistic(x, y, { l2: 0 });
    expect(model.bias).toBeCloseTo(Math.log(1 / 3), 6);
    expect(model.weights[0]).toBeCloseTo(Math.log(9), 6);
    expect(sigmoid(logit(model, [1]))).toBeCloseTo(0.75, 6);
  });

  it('shrinks weights towards zero as the penalty grows, and is deterministic', () => {
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0];
    const weights = [0, 1, 10].map((l2) => fitLogistic(x, y, { l2 }).weights[0]!);
    expect(weights[0]).toBeGreaterThan(weights[1]!);
    expect(weights[1]).toBeGreaterThan(weights[2]!);
    expect(fitLogistic(x, y, { l2: 1 })).toEqual(fitLogistic(x, y, { l2: 1 }));
  });

  it('stays finite on separable data thanks to the penalty', () => {
    const model = fitLogistic([[0], [0], [1], [1]], [0, 0, 1, 1], { l2: 1 });
    expect(Number.isFinite(model.weights[0])).toBe(true);
    expect(model.weights[0]).toBeGreaterThan(0);
  });

  it('honours example weights like repeated rows', () => {
    const repeated = fitLogistic([[0], [0], [0], [1], [1]], [1, 0, 0, 1, 0], { l2: 0.1 });
    const weighted = fitLogistic([[0], [0], [1], [1]], [1, 0, 1, 0], { l2: 0.1, sampleWeights: [1, 2, 1, 1] });
    expect(weighted.bias).toBeCloseTo(repeated.bias, 6);
    expect(weighted.weights[0]).toBeCloseTo(repeated.weights[0]!, 6);
  });

  it('holds a weight at zero rather than let it take the forbidden sign', () => {
    // The feature goes with the negative class, so a free fit gives it a negative weight.
    const x = [[1], [1], [1], [0], [0], [0]];
    const y = [0, 0, 1, 1, 1, 0];
    expect(fitLogistic(x, y, { l2: 0.1 }).weights[0]).toBeLessThan(0);
    expect(fitLogistic(x, y, { l2: 0.1, signs: [1] }).weights[0]).toBe(0);
    expect(fitLogistic(x, y, { l2: 0.1, signs: [-1] }).weights[0]).toBeLessThan(0);
  });

  it('refuses to fit nothing', () => {
    expect(() => fitLogistic([], [])).toThrow('fitLogistic: no examples');
  });
});

describe('fitPlatt', () => {
  it('maps over-confident log-odds back onto observed frequencies', () => {
    // Scores of ±4 (98%) that are right 3 times in 4 need a slope below 1.
    const z = [4, 4, 4, 4, -4, -4, -4, -4];
    const y = [1, 1, 1, 0, 0, 0, 0, 1];
    const { slope, intercept } = fitPlatt(z, y);
    expect(slope).toBeLessThan(1);
    expect(sigmoid(intercept + slope * 4)).toBeCloseTo(0.75, 3);
  });
});

describe('reliabilityTable and calibrationError', () => {
  it('bins predictions and compares them with what happened', () => {
    const table = reliabilityTable([0.05, 0.15, 0.85, 0.95, 1], [0, 0, 1, 1, 0], 2);
    expect(table).toEqual([
      { low: 0, high: 0.5, count: 2, meanPredicted: 0.1, observed: 0 },
      { low: 0.5, high: 1, count: 3, meanPredicted: (0.85 + 0.95 + 1) / 3, observed: 2 / 3 },
    ]);
    expect(calibrationError(table)).toBeCloseTo((2 / 5) * 0.1 + (3 / 5) * Math.abs(2.8 / 3 - 2 / 3), 10);
    expect(reliabilityTable([], [], 3).every((bin) => bin.count === 0 && bin.observed === null)).toBe(true);
    expect(calibrationError(reliabilityTable([], []))).toBe(0);
  });
});
