import { describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { findQuantities, groupFigures } from '../../../../src/lib/analysis/figures/figures.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

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

  describe.each([
    { form: 'a tens word', sentence: 'The call lasted ninety minutes.', expected: { dimension: 'duration', unit: 'minute', value: 90, text: 'ninety minutes' } },
    { form: 'a unit and a half', sentence: 'The call lasted an hour and a half.', expected: { dimension: 'duration', value: 90, text: 'an hour and a half', governor: 'last' } },
    { form: 'a day and a half', sentence: 'Envoys spent a day and a half in talks.', expected: { dimension: 'duration', value: 2160, text: 'a day and a half' } },
    { form: 'half an hour', sentence: 'She took questions for half an hour.', expected: { dimension: 'duration', value: 30, text: 'half an hour' } },
    { form: 'a quarter of an hour', sentence: 'She spoke for a quarter of an hour.', expected: { dimension: 'duration', value: 15, text: 'a quarter of an hour' } },
    { form: 'whole and a half', sentence: 'The war has lasted two and a half years.', expected: { dimension: 'duration', value: 1_314_900, text: 'two and a half years' } },
    { form: 'a hedged fraction', sentence: 'The call lasted about one and a half hours.', expected: { value: 90, low: 76.5, high: 103.5, qualifier: 'about', text: 'about one and a half hours' } },
    { form: 'a hyphenated compound before the counted noun', sentence: 'They returned twenty-three wounded soldiers.', expected: { dimension: 'count', unit: 'soldier', value: 23, text: 'twenty-three wounded soldiers' } },
    { form: 'a compound without hyphen', sentence: 'They returned twenty three wounded soldiers.', expected: { dimension: 'count', unit: 'soldier', value: 23, text: 'twenty three wounded soldiers' } },
    { form: 'a number word and a hyphenated unit', sentence: 'They backed a thirty-day pause.', expected: { dimension: 'duration', value: 43200, text: 'thirty-day', head: 'pause' } },
    { form: 'a dozen', sentence: 'A dozen drones hit the port.', expected: { dimension: 'count', unit: 'drone', value: 12, text: 'A dozen drones' } },
    { form: 'hundreds in words', sentence: 'They freed one hundred and seventy-five prisoners.', expected: { dimension: 'count', unit: 'prisoner', value: 175 } },
    { form: '"each" after the counted noun', sentence: 'The sides will free 175 prisoners each.', expected: { dimension: 'count', unit: 'prisoner', value: 175, qualifier: 'each', text: '175 prisoners each' } },
    { form: '"apiece" after the counted noun', sentence: 'The sides will free 175 prisoners apiece.', expected: { unit: 'prisoner', value: 175, qualifier: 'apiece', text: '175 prisoners apiece' } },
    { form: '"each" with the counted noun before', sentence: 'The two sides will swap prisoners, 175 each.', expected: { dimension: 'count', unit: 'prisoner', value: 175, low: 175, high: 175, qualifier: 'each', text: '175 each' } },
  ])('figures in words: $form', ({ sentence, expected }) => {
    it(sentence, () => {
      const found = figures({ a: sentence }).filter((quantity) => quantity.value !== 2);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject(expected);
    });
  });

  it('reads no figure from "each" without anything counted before it', () => {
    expect(figures({ a: 'They got 175 each.' })).toEqual([]);
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

  describe.each([
    { name: 'words, fractions and digits for one duration', texts: { a: 'The phone call lasted an hour and a half.', b: 'Their phone call lasted ninety minutes.', c: 'The phone call lasted 90 minutes.' }, agreement: 'same' },
    { name: 'distributive counts in two wordings', texts: { a: 'The sides will swap prisoners, 175 each.', b: 'The sides will swap 175 prisoners apiece.' }, agreement: 'same' },
    { name: 'a word duration against a different digit duration', texts: { a: 'She took questions for half an hour.', b: 'She took questions for 45 minutes.' }, agreement: 'conflicting' },
    { name: 'a hedged fraction against an exact digit figure', texts: { a: 'The call lasted about one and a half hours.', b: 'The call lasted 95 minutes.' }, agreement: 'different' },
  ])('compares $name like digit figures', ({ texts, agreement }) => {
    it(`groups them as "${agreement}"`, () => {
      const groups = groupFigures(figures(texts));
      expect(groups).toHaveLength(1);
      expect(groups[0]!.quantities).toHaveLength(Object.keys(texts).length);
      expect(groups[0]!.agreement).toBe(agreement);
    });
  });

  it('keeps figures apart when they measure different things or differ by far', () => {
    const groups = groupFigures(figures({ a: 'Russia handed over 23 wounded soldiers.', b: 'Casualties average 2,500 soldiers each week.' }));
    expect(groups).toEqual([]);
  });

  it('needs two articles', () => {
    expect(groupFigures(figures({ a: 'The call lasted 90 minutes. Another call lasted 80 minutes.' }))).toEqual([]);
  });
});
