import { describe, expect, it } from 'vitest';
import { expandQuery, type ExpandOptions } from '../../../src/lib/search/expand-query.ts';
import { wordScore } from '../../../src/lib/search/word-match.ts';

/** A small vocabulary: matchWord returns the words wordScore accepts. */
const words = ['zelenskyy', 'zelensky', 'volodymyr', 'us', 'united', 'states', 'prisoners', 'prisoner', 'swap'];
const options: ExpandOptions = {
  nameVariants: [
    ['volodymyr zelenskyy', 'zelenskyy', 'volodymyr zelensky'],
    ['us', 'united states'],
  ],
  matchWord: (term) => new Map(words.flatMap((word) => (wordScore(term, word) === null ? [] : [[word, wordScore(term, word)!] as const]))),
  similar: (term, word) => wordScore(term, word) !== null,
};
const shape = (terms: ReturnType<typeof expandQuery>) =>
  terms.map((term) => ({ source: term.source, alternatives: term.alternatives.map((alternative) => [alternative.phrase, alternative.words.map((map) => [...map.keys()].sort())]) }));

describe('expandQuery', () => {
  it.each([
    [
      'a misspelling matches the words it resembles',
      ['prisners', 'swap'],
      [
        { source: 'prisners', alternatives: [['prisners', [['prisoner', 'prisoners']]]] },
        { source: 'swap', alternatives: [['swap', [['swap']]]] },
      ],
    ],
    [
      'a misspelt name also matches the name’s other spellings',
      ['zelenski'],
      [
        {
          source: 'zelenski',
          alternatives: [
            ['zelenski', [['zelensky', 'zelenskyy']]],
            ['volodymyr zelenskyy', [['volodymyr'], ['zelensky', 'zelenskyy']]],
            ['zelenskyy', [['zelensky', 'zelenskyy']]],
            ['volodymyr zelensky', [['volodymyr'], ['zelensky', 'zelenskyy']]],
          ],
        },
      ],
    ],
    [
      'a two-word name becomes one term with its short form',
      ['united', 'states'],
      [{ source: 'united states', alternatives: [['united states', [['united'], ['states']]], ['us', [['us']]]] }],
    ],
    ['a word that matches nothing leaves a term nothing can satisfy', ['xylophone'], [{ source: 'xylophone', alternatives: [] }]],
    ['no words', [], []],
  ])('%s', (_, terms, expected) => {
    expect(shape(expandQuery(terms, options))).toEqual(expected);
  });

  it('asks for each word’s matches once', () => {
    const asked: string[] = [];
    expandQuery(['zelenski', 'zelenski'], { ...options, matchWord: (word) => (asked.push(word), options.matchWord(word)) });
    expect(asked).toEqual(['zelenski', 'volodymyr', 'zelenskyy', 'volodymyr', 'zelensky'].filter((word, at, all) => all.indexOf(word) === at));
  });
});
