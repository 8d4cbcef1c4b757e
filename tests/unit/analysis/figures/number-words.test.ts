import { describe, expect, it } from 'vitest';
import { fractionAfter, isNumberWord, readNumber } from '../../../../src/lib/analysis/figures/number-words.ts';
import { tokenize } from '../../../../src/lib/analysis/tokens.ts';

/** Reads the number starting at the first token whose text is `start`. */
const read = (text: string, start: string) => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token) => token.text === start);
  const number = readNumber(tokens, at);
  return number && { value: number.value, words: text.slice(tokens[number.first]!.start, tokens[number.last]!.end) };
};

describe('readNumber', () => {
  describe.each([
    { form: 'digits', text: 'They freed 175 prisoners.', start: '175', value: 175, words: '175' },
    { form: 'digits with separators and a multiplier', text: 'Aid of 1,500 million was frozen.', start: '1,500', value: 1_500_000_000, words: '1,500 million' },
    { form: 'a tens word', text: 'The call lasted ninety minutes.', start: 'ninety', value: 90, words: 'ninety' },
    { form: 'a capitalised tens word', text: 'Thirty days of calm followed.', start: 'Thirty', value: 30, words: 'Thirty' },
    { form: 'a hyphenated compound', text: 'They returned twenty-three soldiers.', start: 'twenty', value: 23, words: 'twenty-three' },
    { form: 'a compound without hyphen', text: 'They returned twenty three soldiers.', start: 'twenty', value: 23, words: 'twenty three' },
    { form: 'hundreds with "and"', text: 'They freed one hundred and seventy-five prisoners.', start: 'one', value: 175, words: 'one hundred and seventy-five' },
    { form: 'thousands', text: 'Some two thousand five hundred soldiers died.', start: 'two', value: 2500, words: 'two thousand five hundred' },
    { form: 'a teen', text: 'Fifteen ships sailed.', start: 'Fifteen', value: 15, words: 'Fifteen' },
    { form: 'a dozen', text: 'A dozen drones struck.', start: 'A', value: 12, words: 'A dozen' },
    { form: 'two dozen', text: 'Two dozen drones struck.', start: 'Two', value: 24, words: 'Two dozen' },
    { form: 'a hundred', text: 'About a hundred people came.', start: 'a', value: 100, words: 'a hundred' },
    { form: 'half a million', text: 'Half a million people fled.', start: 'Half', value: 500_000, words: 'Half a million' },
    { form: 'half an', text: 'They spoke for half an hour.', start: 'half', value: 0.5, words: 'half an' },
    { form: 'a half', text: 'They spoke for a half hour.', start: 'a', value: 0.5, words: 'a half' },
    { form: 'a quarter of an', text: 'They spoke for a quarter of an hour.', start: 'a', value: 0.25, words: 'a quarter of an' },
    { form: 'three quarters of an', text: 'They spoke for three quarters of an hour.', start: 'three', value: 0.75, words: 'three quarters of an' },
    { form: 'whole and a half', text: 'The war has gone on for two and a half years.', start: 'two', value: 2.5, words: 'two and a half' },
    { form: 'hyphenated whole and a half', text: 'It took one-and-a-half hours.', start: 'one', value: 1.5, words: 'one-and-a-half' },
    { form: '"an" before a unit and a fraction', text: 'The call lasted an hour and a half.', start: 'an', value: 1, words: 'an' },
    { form: 'an ordinal word before a noun', text: 'It was the second call.', start: 'second', value: 2, words: 'second' },
  ])('$form', ({ text, start, value, words }) => {
    it(`reads "${words}" as ${value}`, () => expect(read(text, start)).toEqual({ value, words }));
  });

  describe.each([
    { form: '"half" without "a" or "an" after it', text: 'Half the city voted.', start: 'Half' },
    { form: '"a" with no fraction or multiplier after its noun', text: 'The call lasted an hour.', start: 'an' },
    { form: 'an ordinary word', text: 'The talks ended.', start: 'talks' },
    { form: 'units that do not follow tens ("two three")', text: 'two three', start: 'two', value: 2 },
  ])('$form', ({ text, start, value }) => {
    it(value === undefined ? 'is not a number' : `stops at ${value}`, () => expect(read(text, start)?.value).toBe(value));
  });
});

describe('fractionAfter', () => {
  it.each([
    ['an hour and a half', 'hour', 0.5],
    ['a day and a quarter', 'day', 0.25],
    ['two days and then more', 'days', undefined],
  ])('%s', (text, after, value) => {
    const tokens = tokenize(text);
    expect(fractionAfter(tokens, tokens.findIndex((token) => token.text === after))?.value).toBe(value);
  });
});

describe('isNumberWord', () => {
  it.each([
    ['Ninety', true],
    ['dozen', true],
    ['million', true],
    ['half', false],
    ['first', false],
  ])('%s: %s', (word, expected) => expect(isNumberWord(word)).toBe(expected));
});
