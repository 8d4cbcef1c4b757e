import { describe, expect, it } from 'vitest';
import { figureRange, machineMark, percent, plural, truncate } from '../../../src/lib/view/format.ts';

describe('plural', () => {
  it.each([
    [0, 'outlet', '0 outlets'],
    [1, 'outlet', '1 outlet'],
    [2, 'outlet', '2 outlets'],
    [1200, 'word', '1,200 words'],
  ])('%i %s → %s', (count, word, expected) => expect(plural(count, word)).toBe(expected));
});

describe('machineMark', () => {
  it.each([
    [0.72, 'machine match, 72% confidence'],
    [1, 'machine match, 100% confidence'],
    [null, 'machine match'],
  ])('%s → %s', (confidence, expected) => expect(machineMark(confidence)).toBe(expected));
});

describe('percent', () => {
  it.each([
    [0, '0%'],
    [0.004, '<1%'],
    [0.075, '8%'],
    [1, '100%'],
  ])('%f → %s', (share, expected) => expect(percent(share)).toBe(expected));
});

describe('figureRange', () => {
  const duration = { dimension: 'duration', unit: 'minute' } as const;
  it.each([
    [{ value: 90, low: 76.5, high: 103.5 }, '76.5 to 103.5 minutes'],
    [{ value: 60, low: 60, high: null }, '1 hour or more'],
    [{ value: 90, low: 90, high: null }, '90 minutes or more'],
    [{ value: 43200, low: 43200, high: 43200 }, 'exactly 30 days'],
    [{ value: 120, low: 0, high: 120 }, 'up to 2 hours'],
  ])('%j → %s', (mention, expected) => expect(figureRange(mention, duration)).toBe(expected));

  it('counts and percentages', () => {
    expect(figureRange({ value: 175, low: 175, high: 175 }, { dimension: 'count', unit: 'prisoner' })).toBe('exactly 175 prisoners');
    expect(figureRange({ value: 5, low: 0, high: 5 }, { dimension: 'percent', unit: 'percent' })).toBe('up to 5 percent');
  });
});

describe('truncate', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four five', 12, 'one two…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['one two, three', 9, 'one two…'],
  ])('%s (%i) → %s', (text, max, expected) => expect(truncate(text, max)).toBe(expected));
});
