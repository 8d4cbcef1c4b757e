import { describe, expect, it } from 'vitest';
import { datesAndTimesIn } from '../../../../src/lib/analysis/figures/dates.ts';
import { amountKey, quantitiesIn } from '../../../../src/lib/analysis/figures/figures.ts';
import { measureKey, measureOf, normaliseThing } from '../../../../src/lib/analysis/figures/measure.ts';
import { readShare } from '../../../../src/lib/analysis/figures/number-words.ts';
import { calendarSpanDays, dollarOfPlace } from '../../../../src/lib/analysis/figures/units.ts';
import { tokenize } from '../../../../src/lib/analysis/tokens.ts';

describe('calendarSpanDays', () => {
  it.each([
    [1, [28, 31]],
    [3, [89, 92]],
    [12, [365, 366]],
    [48, [1_461, 1_461]],
    [1.5, [28 + 14, 31 + 15.5]],
  ])('%d months span %j days', (months, expected) => {
    expect(calendarSpanDays(months)).toEqual(expected);
  });
});

describe('dollarOfPlace', () => {
  it.each([
    ['Port Town, New Zealand', 'NZD'],
    ['Lakeside, Canada', 'CAD'],
    ['Springfield, Ohio', 'USD'],
    [null, 'USD'],
  ])('%s → %s', (place, code) => expect(dollarOfPlace(place)).toBe(code));

  it('makes a bare "$" that dollar, and leaves "US$" alone', () => {
    const text = 'The grant is $2m, or US$1.2m.';
    const found = quantitiesIn({ articleId: 'a', id: 'a/s', text, tokens: tokenize(text) }, { dollar: 'NZD' });
    expect(found.map((quantity) => [quantity.text, quantity.unit])).toEqual([
      ['$2m', 'NZD'],
      ['US$1.2m', 'USD'],
    ]);
  });
});

describe('datesAndTimesIn', () => {
  const read = (text: string) => datesAndTimesIn(text, tokenize(text)).map(({ dimension, value, high, year }) => ({ dimension, value, high, year }));
  it.each([
    ['The vote is on Jan. 12.', [{ dimension: 'date', value: 112, high: 112, year: false }]],
    ['Hearings run Jan. 12-14.', [{ dimension: 'date', value: 112, high: 114, year: false }]],
    ['It opened on 3 March 2025.', [{ dimension: 'date', value: 20_250_303, high: 20_250_303, year: true }]],
    ['It struck at 04:42 GMT (05:42 local time).', [{ dimension: 'time', value: 282, high: 282, year: false }, { dimension: 'time', value: 342, high: 342, year: false }]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a date in digits alone', 'The form is dated 12/01/2025.'],
    ['a relative day', 'The council met today and again last Tuesday.'],
    ['a duration', 'She took questions for half an hour.'],
    ['"may" as a verb', 'The council may vote again.'],
  ])('reads nothing from %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('readShare', () => {
  const share = (text: string, start: string) => {
    const tokens = tokenize(text);
    return readShare(tokens, tokens.findIndex((token) => token.text === start))?.value;
  };
  it.each([
    ['Half of the staff left.', 'Half', 50],
    ['A third of voters stayed home.', 'A', 100 / 3],
    ['Two-thirds of members agreed.', 'Two', 200 / 3],
    ['One in five patients waited.', 'One', 20],
    ['Three out of four residents agreed.', 'Three', 75],
  ])('%s', (text, start, value) => expect(share(text, start)).toBeCloseTo(value, 3));

  it.each([
    ['a quarter of an hour, a duration', 'It took a quarter of an hour.', 'a'],
    ['an ordinal', 'It was the third round.', 'third'],
    ['a year', 'It happened 3 in 2024.', '3'],
  ])('reads no share from %s', (_name, text, start) => expect(share(text, start)).toBeUndefined());
});

describe('measureOf', () => {
  const measure = (text: string, figure: string) => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((token) => token.text === figure);
    return measureKey(measureOf(tokens, { first, last: first + 1 }, [], null, 'percent'), 'percent');
  };
  it.each([
    ['The union demanded a 9 % pay rise.', '9', 'rise (demand)'],
    ['Managers offered 3.5 % on Monday.', '3.5', 'manager (offer)'],
    ['The planned 4 % rise was dropped.', '4', 'rise (planned)'],
    ['Profit rose 6 % in the first quarter.', '6', 'profit (q1)'],
    ['The bank raised its fixed-rate deals by 2 %.', '2', 'bank (fixed-rate, change)'],
  ])('%s → %s', (text, figure, expected) => expect(measure(text, figure)).toBe(expected));

  it.each([
    ['earthquake', 'quake'],
    ['walkout', 'strike'],
    ['fatality', 'people'],
    ['person', 'people'],
    ['budget', 'budget'],
  ])('normalises the thing %s to %s', (lemma, thing) => expect(normaliseThing(lemma)).toBe(thing));
});

describe('amountKey', () => {
  const key = (text: string) => quantitiesIn({ articleId: 'a', id: 'a/s', text, tokens: tokenize(text) }).map(amountKey);
  it('is equal for equal amounts written differently and keeps both sides of a score', () => {
    expect(key('It cost $4.2m, or 4.2 million dollars.')).toEqual(['money:4200000:USD', 'money:4200000:USD']);
    expect(key('The council voted 6-3; the board voted 6-2.')).toEqual(['score:6-3:score', 'score:6-2:score']);
    expect(key('It opens Jan. 12, 2025, not January 12.')).toEqual(['date:112:date', 'date:112:date']);
  });
});
