import { describe, expect, it } from 'vitest';
import { highlight, highlightRanges, matchedWords } from '../../../src/lib/search/highlight.ts';

const marked = (text: string, words: string[]) => highlightRanges(text, new Set(words)).map(([start, end]) => text.slice(start, end));

describe('highlightRanges', () => {
  it.each([
    ['every occurrence, not only the best', 'Peace first, then peace talks, then PEACE.', ['peace'], ['Peace', 'peace', 'PEACE']],
    ['every matched term', 'Russia will also hand over to Ukraine 23 badly wounded soldiers', ['hand', 'wounded', 'soldiers'], ['hand', 'wounded', 'soldiers']],
    ['whole words only', 'Ukrainian officials in Ukraine', ['ukraine'], ['Ukraine']],
    ['the original spelling, diacritics and all', 'Evrim Ağacı reported', ['agaci'], ['Ağacı']],
    ['an initialism with its periods', 'relations between the U.S. and Russia', ['us'], ['U.S.']],
    ['a possessive with its curly apostrophe', 'Putin’s response', ['putins'], ['Putin’s']],
    ['nothing matched', 'No match here', ['peace'], []],
    ['no words to match', 'Peace', [], []],
  ])('%s', (_, text, words, expected) => {
    expect(marked(text, words)).toEqual(expected);
  });

  it('gives offsets in the original text, in order', () => {
    expect(highlightRanges('“Zelenskyy,” said Zelensky', new Set(['zelenskyy', 'zelensky']))).toEqual([[1, 10], [18, 26]]);
  });
});

describe('highlight', () => {
  it('pairs the text with its ranges', () => {
    expect(highlight('a war b', new Set(['war']))).toEqual({ text: 'a war b', ranges: [[2, 5]] });
  });
});

describe('matchedWords', () => {
  it('collects the matched words of every alternative of every term', () => {
    const terms = [
      { source: 'zelenski', alternatives: [{ phrase: 'zelenski', words: [new Map([['zelensky', 0.1], ['zelenskyy', 0.2]])] }, { phrase: 'volodymyr zelenskyy', words: [new Map([['volodymyr', 0]]), new Map([['zelenskyy', 0]])] }] },
      { source: 'swap', alternatives: [{ phrase: 'swap', words: [new Map([['swap', 0]])] }] },
    ];
    expect([...matchedWords(terms)].sort()).toEqual(['swap', 'volodymyr', 'zelensky', 'zelenskyy']);
  });
});
