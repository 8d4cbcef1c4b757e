import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../src/lib/analysis/corpus.ts';
import { findQuantities, groupFigures } from '../../../src/lib/analysis/figures.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

const figures = (texts: Record<string, string>) => findQuantities(prepareCorpus(articlesFrom(texts)));

describe('findQuantities', () => {
  it.each([
    ['The call lasted roughly 90 minutes.', { dimension: 'duration', unit: 'minute', value: 90, low: 76.5, high: 103.5, qualifier: 'roughly', governor: 'last', text: 'roughly 90 minutes' }],
    ['The meeting lasted over one hour.', { dimension: 'duration', value: 60, low: 60, high: null, qualifier: 'over', text: 'over one hour' }],
    ['They backed a 30-day ceasefire.', { dimension: 'duration', value: 43200, text: '30-day', head: 'ceasefire' }],
    ['They will exchange 175 prisoners of war.', { dimension: 'count', unit: 'prisoner', value: 175, text: '175 prisoners' }],
    ['Russia returned 23 badly wounded soldiers.', { dimension: 'count', unit: 'soldier', value: 23, text: '23 badly wounded soldiers' }],
    ['Aid worth $1.5 billion was frozen.', { dimension: 'money', unit: 'USD', value: 1_500_000_000 }],
    ['Prices rose 4.5% last year.', { dimension: 'percent', value: 4.5 }],
    ['It was the second call this year.', { dimension: 'ordinal', unit: 'call', value: 2 }],
    ['At least twenty-five people died.', { dimension: 'count', unit: 'people', value: 25, low: 25, high: null }],
  ])('%s', (sentence, expected) => {
    const [quantity] = figures({ a: sentence });
    expect(quantity).toMatchObject(expected);
  });

  it('ignores bare numbers and small number words without a counted noun', () => {
    expect(figures({ a: 'One of them said 12 was enough.' })).toEqual([]);
  });
});

describe('groupFigures', () => {
  it('flags different wordings of the same measure, and conflicting ranges', () => {
    const groups = groupFigures(
      figures({
        a: 'The phone call lasted roughly 90 minutes, aides said.',
        b: 'The phone call lasted over one hour.',
        c: 'The phone call lasted at least 90 minutes.',
      }),
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.quantities.map((quantity) => quantity.articleId).sort()).toEqual(['a', 'b', 'c']);
    expect(groups[0]!.agreement).toBe('different');
    const withOutlier = groupFigures(figures({ a: 'The phone call lasted roughly 90 minutes.', b: 'The phone call lasted over one hour.', d: 'The phone call lasted up to 20 minutes.' }));
    expect(withOutlier[0]!.agreement).toBe('conflicting');
    const conflicting = groupFigures(figures({ a: 'The call lasted 90 minutes.', b: 'The call lasted 60 minutes.' }));
    expect(conflicting[0]!.agreement).toBe('conflicting');
    const same = groupFigures(figures({ a: 'The truce lasts 30 days.', b: 'The truce lasts 30 days, both said.' }));
    expect(same[0]!.agreement).toBe('same');
  });

  it('keeps figures apart when they measure different things or differ by far', () => {
    const groups = groupFigures(figures({ a: 'Russia handed over 23 wounded soldiers.', b: 'Casualties average 2,500 soldiers each week.' }));
    expect(groups).toEqual([]);
  });

  it('needs two articles', () => {
    expect(groupFigures(figures({ a: 'The call lasted 90 minutes. Another call lasted 80 minutes.' }))).toEqual([]);
  });
});
