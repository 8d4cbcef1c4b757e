import { describe, expect, it } from 'vitest';
import { disagreeingFigures, distinctMeasures, mentionRange } from '../../../src/lib/view/figures-view.ts';
import { fixtureIndex } from './fixture.ts';

describe('disagreeingFigures', () => {
  it('lists only figures the outlets give differently, each mention with its outlet, sentence and range', () => {
    const figures = disagreeingFigures(fixtureIndex());
    expect(figures.map((figure) => figure.id)).toEqual(['f-lasted-1']);
    expect(figures[0]!.mentions.map((mention) => [mention.outlet.name, mention.text, mention.range])).toEqual([
      ['Alpha Daily', 'roughly 90 minutes', '76.5 to 103.5 minutes'],
      ['Beta News', 'over one hour', '1 hour or more'],
    ]);
  });

  it('keeps to the figures asked for', () => {
    expect(disagreeingFigures(fixtureIndex(), ['f-budget-2'])).toEqual([]);
  });
});

describe('distinctMeasures', () => {
  const view = (id: string, measure: string, first: string) => ({
    id,
    measure,
    agreement: 'different' as const,
    agreementLabel: 'Different',
    mentions: [{ outlet: { name: 'Alpha Daily' } as never, text: first, sentence: {} as never, range: '' }],
  });

  it('leaves distinct measures as they are', () => {
    expect(distinctMeasures([view('a', 'call', 'two hours'), view('b', 'budget', '4 million')]).map((figure) => figure.measure)).toEqual(['call', 'budget']);
  });

  it('tells figures of one measure apart by their first mention, then by number', () => {
    const names = distinctMeasures([view('a', 'call', 'two hours'), view('b', 'call', '90 minutes'), view('c', 'call', '90 minutes')]).map((figure) => figure.measure);
    expect(names).toEqual(['call (“two hours”)', 'call (“90 minutes”) (1)', 'call (“90 minutes”) (2)']);
    expect(new Set(names).size).toBe(3);
  });
});

describe('mentionRange', () => {
  const exact = (value: number, against: number | null = null) => ({ value, low: value, high: value, against });
  it.each([
    ['a date without its year', exact(112), { dimension: 'date', unit: 'date' }, 'exactly January 12'],
    ['a date with its year', exact(20_250_112), { dimension: 'date', unit: 'date' }, 'exactly January 12, 2025'],
    ['a time of day', exact(402), { dimension: 'time', unit: 'minute' }, 'exactly 06:42'],
    ['a score', exact(6, 3), { dimension: 'score', unit: 'score' }, 'exactly 6–3'],
    ['a magnitude', exact(6.4), { dimension: 'magnitude', unit: 'magnitude' }, 'exactly magnitude 6.4'],
    ['a length in kilometres', exact(10_000), { dimension: 'length', unit: 'metre' }, 'exactly 10 km'],
    ['a short length', exact(3), { dimension: 'length', unit: 'metre' }, 'exactly 3 m'],
    ['an open length', { value: 40_000, low: 40_000, high: null, against: null }, { dimension: 'length', unit: 'metre' }, 'at least 40 km'],
    ['an age', exact(45), { dimension: 'age', unit: 'year' }, 'exactly 45 years old'],
    ['percentage points', exact(2.5), { dimension: 'percent', unit: 'percentage point' }, 'exactly 2.5 percentage points'],
    ['a duration', exact(2_880), { dimension: 'duration', unit: 'minute' }, 'exactly 2 days'],
    ['money', exact(4_200_000), { dimension: 'money', unit: 'USD' }, 'exactly 4,200,000 USD'],
    ['pence', exact(0.12), { dimension: 'money', unit: 'GBP' }, 'exactly 0.12 GBP'],
    ['open money', { value: 3e6, low: 3e6, high: null, against: null }, { dimension: 'money', unit: 'USD' }, 'at least 3,000,000 USD'],
  ] as const)('%s', (_name, mention, figure, expected) => {
    expect(mentionRange(mention, figure)).toBe(expected);
  });
});
