import { describe, expect, it } from 'vitest';
import { weightedLogOdds } from '../../../src/lib/framing/log-odds.ts';

/**
 * A table small enough to compute by hand.
 *
 *   term   A   B   all
 *   x      3   1    4
 *   y      1   2    3
 *   z      0   3    3
 *   words  4   6   10
 *
 * With priorScale 0.5: α₀ = 0.5 × 10 = 5, and α_w = α₀ × (w's count / 10):
 * α_x = 5 × 4/10 = 2, α_y = 5 × 3/10 = 1.5, α_z = 1.5.
 */
const table = new Map([
  ['A', new Map([['x', 3], ['y', 1]])],
  ['B', new Map([['x', 1], ['y', 2], ['z', 3]])],
]);

describe('weightedLogOdds', () => {
  const scores = weightedLogOdds(table, 0.5);

  it('scores x for A against B by hand', () => {
    // δ = ln[(3 + 2) / (4 + 5 − 3 − 2)] − ln[(1 + 2) / (6 + 5 − 1 − 2)] = ln(5/4) − ln(3/8) = ln(10/3) = 1.2039728
    // σ² = 1/(3 + 2) + 1/(1 + 2) = 1/5 + 1/3 = 8/15 = 0.5333333
    // z = 1.2039728 / √0.5333333 = 1.2039728 / 0.7302967 = 1.6486077
    const x = scores.get('A')!.get('x')!;
    expect(x.count).toBe(3);
    expect(x.otherCount).toBe(1);
    expect(x.prior).toBeCloseTo(2, 10);
    expect(x.logOdds).toBeCloseTo(1.2039728, 6);
    expect(x.variance).toBeCloseTo(0.5333333, 6);
    expect(x.z).toBeCloseTo(1.6486077, 6);
  });

  it('scores y for A, which A uses less than B, below zero', () => {
    // δ = ln[(1 + 1.5) / (4 + 5 − 1 − 1.5)] − ln[(2 + 1.5) / (6 + 5 − 2 − 1.5)] = ln(2.5/6.5) − ln(3.5/7.5)
    //   = −0.9555114 − (−0.7621401) = −0.1933714
    // σ² = 1/2.5 + 1/3.5 = 0.4 + 0.2857143 = 0.6857143;  z = −0.1933714 / 0.8280787 = −0.2335181
    const y = scores.get('A')!.get('y')!;
    expect(y.logOdds).toBeCloseTo(-0.1933714, 6);
    expect(y.variance).toBeCloseTo(0.6857143, 6);
    expect(y.z).toBeCloseTo(-0.2335181, 6);
  });

  it('scores z for B, which A never uses', () => {
    // δ = ln[(3 + 1.5) / (6 + 5 − 3 − 1.5)] − ln[(0 + 1.5) / (4 + 5 − 0 − 1.5)] = ln(4.5/6.5) − ln(1.5/7.5)
    //   = −0.3677248 − (−1.6094379) = 1.2417131
    // σ² = 1/4.5 + 1/1.5 = 0.8888889;  z = 1.2417131 / 0.9428090 = 1.3170357
    const z = scores.get('B')!.get('z')!;
    expect(z.logOdds).toBeCloseTo(1.2417131, 6);
    expect(z.variance).toBeCloseTo(0.8888889, 6);
    expect(z.z).toBeCloseTo(1.3170357, 6);
  });

  it('is antisymmetric between two groups and scores only the terms a group uses', () => {
    expect(scores.get('B')!.get('x')!.logOdds).toBeCloseTo(-scores.get('A')!.get('x')!.logOdds, 10);
    expect(scores.get('B')!.get('x')!.z).toBeCloseTo(-scores.get('A')!.get('x')!.z, 10);
    expect(scores.get('A')!.has('z')).toBe(false);
  });

  it('pools every other group as "the others"', () => {
    const three = new Map([
      ['A', new Map([['x', 3], ['y', 1]])],
      ['B1', new Map([['x', 1], ['z', 1]])],
      ['B2', new Map([['y', 2], ['z', 2]])],
    ]);
    const pooled = weightedLogOdds(three, 0.5).get('A')!;
    expect(pooled.get('x')!.z).toBeCloseTo(scores.get('A')!.get('x')!.z, 10);
    expect(pooled.get('y')!.z).toBeCloseTo(scores.get('A')!.get('y')!.z, 10);
  });

  it('shrinks harder with a stronger prior', () => {
    const weak = weightedLogOdds(table, 0.05).get('A')!.get('x')!;
    const strong = weightedLogOdds(table, 5).get('A')!.get('x')!;
    expect(Math.abs(strong.logOdds)).toBeLessThan(Math.abs(weak.logOdds));
  });

  it('scores nothing without other groups to compare with', () => {
    expect(weightedLogOdds(new Map([['A', new Map([['x', 2], ['y', 1]])]]), 0.5).get('A')!.size).toBe(0);
    expect(weightedLogOdds(new Map(), 0.5).size).toBe(0);
  });
});
