import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { quotedRanges } from '../../../src/lib/framing/quoted.ts';
import { alignedWords, findReplacements, findSubstitutions, type AlignedWord } from '../../../src/lib/framing/substitutions.ts';

const options = { maxWords: 2, minContext: 3 };
const words = (text: string) => alignedWords(tokenize(text), quotedRanges(text, false));
const replacements = (a: string, b: string) =>
  findReplacements(words(a), words(b), options).map(({ first, second }) => [first.map((w) => w.form).join(' '), second.map((w) => w.form).join(' ')]);

describe('findReplacements', () => {
  it('pairs the words of equal stretches that match in part of speech', () => {
    expect(replacements('The leaders agreed to an immediate pause on strikes against power plants.', 'The leaders agreed to an initial ceasefire on strikes against power plants.')).toEqual([
      ['immediate', 'initial'],
      ['pause', 'ceasefire'],
    ]);
  });

  it('keeps unequal stretches whole when their last words match, trimming stop words at their ends', () => {
    expect(replacements('Officials agreed to halt attacks on energy sites.', 'Officials agreed to a ceasefire on energy sites.')).toEqual([['halt attacks', 'ceasefire']]);
  });

  it('finds one word for another', () => {
    expect(replacements('The mayor warned of the spread of flooding in the valley.', 'The mayor warned of the extent of flooding in the valley.')).toEqual([['spread', 'extent']]);
  });

  it('ignores inflection, quoted words, numbers, and stretches too long or poorly anchored', () => {
    expect(replacements('The first steps toward a deal were taken.', 'The first step toward a deal were taken.')).toEqual([]);
    expect(replacements('The minister called the talks “productive” and long.', 'The minister called the talks “useful” and long.')).toEqual([]);
    expect(replacements('The council approved 12 new posts yesterday.', 'The council approved 14 new posts yesterday.')).toEqual([]);
    expect(replacements('Rain fell.', 'Snow fell.')).toEqual([]);
    expect(replacements('The board voted after a very long and heated debate on Monday.', 'The board voted after an unusually short calm meeting on Monday.')).toEqual([]);
  });

  it('drops stretches whose words differ in part of speech, likelier a misalignment than a choice of words', () => {
    expect(replacements('The town said on Monday that it would rebuild the bridge soon.', 'The town said on Monday that quickly it would rebuild the bridge.')).toEqual([]);
  });
});

describe('findSubstitutions', () => {
  const texts: Record<string, string> = {
    'a/1': 'The leaders agreed to an immediate pause on strikes against power plants.',
    'b/1': 'The leaders agreed to an initial ceasefire on strikes against power plants.',
    'c/1': 'The leaders agreed to an initial pause on strikes against power plants.',
    'a/2': 'The leaders agreed to an immediate pause on strikes against power plants.',
  };
  const cache = new Map<string, AlignedWord[]>();
  const wordsOf = (id: string) => cache.get(id) ?? cache.set(id, words(texts[id]!)).get(id)!;
  const articleOf = (id: string) => id.split('/')[0];

  it('counts each pair of wordings across claims, each pair of sentences once, in a fixed orientation', () => {
    const found = findSubstitutions(
      [
        { id: 'claim-x', sentenceIds: ['a/1', 'b/1', 'c/1'] },
        { id: 'claim-y', sentenceIds: ['a/1', 'b/1'] },
      ],
      articleOf,
      wordsOf,
      options,
    );
    // Equal counts: ordered by the first side's term.
    expect(found.map((entry) => [entry.sides[0].label, entry.sides[1].label, entry.occurrences.length, entry.claims])).toEqual([
      ['ceasefire', 'pause', 2, 2],
      ['immediate', 'initial', 2, 2],
    ]);
    expect(found[1]!.occurrences).toEqual([
      { sentenceIds: ['a/1', 'b/1'], claimIds: ['claim-x', 'claim-y'] },
      { sentenceIds: ['a/1', 'c/1'], claimIds: ['claim-x'] },
    ]);
    // Sides are ordered by their terms, and each occurrence's sentences follow the sides.
    expect(found[0]!.occurrences.map((place) => place.sentenceIds)).toEqual([
      ['b/1', 'a/1'],
      ['b/1', 'c/1'],
    ]);
  });

  it('never aligns two sentences of one article', () => {
    expect(findSubstitutions([{ id: 'claim', sentenceIds: ['a/1', 'a/2'] }], articleOf, wordsOf, options)).toEqual([]);
  });
});
