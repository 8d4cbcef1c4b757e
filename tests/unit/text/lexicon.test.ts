import { describe, expect, it } from 'vitest';
import { isHonorific, isRoleNoun, isTitleWord } from '../../../src/lib/text/lexicon.ts';

describe('isHonorific', () => {
  it.each([
    ['Mr', true],
    ['Mr.', true],
    ['mrs.', true],
    ['Ms', true],
    ['Dr', true],
    ['Sen.', true],
    ['President', false],
    ['Even', false],
  ])('%s: %s', (word, expected) => expect(isHonorific(word)).toBe(expected));
});

describe('isTitleWord', () => {
  it.each([
    ['President', true],
    ['spokesman', true],
    ['Dr', true],
    ['Mrs.', true],
    ['harbor', false],
  ])('%s: %s', (word, expected) => expect(isTitleWord(word)).toBe(expected));
});

describe('isRoleNoun', () => {
  it.each([
    ['Councilwoman', true],
    ['councilman', true],
    ['Engineer', true],
    ['Nurse', true],
    ['organiser', true],
    ['Executive', true],
    ['firefighter', true],
    ['Superintendent', true],
    ['bridge', false],
    ['Harbor', false],
    ['Cooper', false],
  ])('%s: %s', (word, expected) => expect(isRoleNoun(word)).toBe(expected));

  it('makes role nouns title words', () => {
    expect(isTitleWord('Councilwoman')).toBe(true);
    expect(isTitleWord('Engineer')).toBe(true);
  });
});
