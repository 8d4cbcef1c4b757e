import { describe, expect, it } from 'vitest';
import { percentile } from '../../../src/lib/bench/stats.ts';

describe('percentile', () => {
  it.each([
    [[], 95, Number.NaN],
    [[7], 95, 7],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 90, 9],
    [Array.from({ length: 100 }, (_, at) => 100 - at), 95, 95],
    [[3, 1, 2], 0, 1],
    [[3, 1, 2], 100, 3],
  ])('of %j at %d is %d', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });
});
