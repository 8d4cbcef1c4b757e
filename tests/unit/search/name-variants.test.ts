import { describe, expect, it } from 'vitest';
import { buildNameVariants, findNameVariants } from '../../../src/lib/search/name-variants.ts';
import { wordScore } from '../../../src/lib/search/word-match.ts';
import { realComparison } from './real-data.ts';

const similar = (term: string, word: string) => wordScore(term, word) !== null;

describe('buildNameVariants', () => {
  it('groups the normalised spellings of every name written more than one way', () => {
    const groups = buildNameVariants(realComparison().entities);
    expect(groups).toContainEqual(['volodymyr zelenskyy', 'zelenskyy', 'volodymyr zelensky']);
    expect(groups).toContainEqual(['us', 'united states']);
    for (const group of groups) expect(new Set(group).size).toBe(group.length);
  });

  it.each([
    ['one spelling', [{ name: 'Kyiv', variants: ['Kyiv'] }], []],
    ['spellings that differ only in case or accents', [{ name: 'Zaporižžja', variants: ['ZAPORIZZJA'] }], []],
    ['two spellings', [{ name: 'Kyiv', variants: ['Kiev'] }], [['kyiv', 'kiev']]],
  ])('%s', (_, entities, groups) => {
    expect(buildNameVariants(entities)).toEqual(groups);
  });
});

describe('findNameVariants', () => {
  const groups = [
    ['volodymyr zelenskyy', 'zelenskyy', 'volodymyr zelensky'],
    ['us', 'united states'],
    ['vladimir putin', 'putin'],
  ];

  it.each([
    ['a misspelt surname', ['zelenski'], [{ start: 0, end: 1, forms: groups[0] }]],
    ['another spelling', ['zelensky', 'said'], [{ start: 0, end: 1, forms: groups[0] }]],
    ['the longest spelling at a position wins', ['volodymyr', 'zelenskyy'], [{ start: 0, end: 2, forms: groups[0] }]],
    ['a phrase among other words', ['the', 'united', 'states', 'said'], [{ start: 1, end: 3, forms: groups[1] }]],
    ['two names', ['putin', 'zelenskyy'], [{ start: 0, end: 1, forms: groups[2] }, { start: 1, end: 2, forms: groups[0] }]],
    ['a first name alone is not a spelling', ['volodymyr'], []],
    ['half of a two-word spelling is not one', ['united'], []],
    ['unrelated words', ['energy', 'ceasefire'], []],
  ])('%s', (_, terms, matches) => {
    expect(findNameVariants(terms, groups, similar)).toEqual(matches);
  });
});
