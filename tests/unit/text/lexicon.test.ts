import { describe, expect, it } from 'vitest';
import { isHonorific, isTitleWord } from '../../../src/lib/text/lexicon.ts';

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
