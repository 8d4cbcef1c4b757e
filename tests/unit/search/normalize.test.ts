import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, normalizeWithOffsets, queryTerms } from '../../../src/lib/search/normalize.ts';

describe('normalizeText', () => {
  it.each([
    ['case', 'ZELENSKYY Said', 'zelenskyy said'],
    ['diacritics', 'Zaporížžja, Evrim Ağacı', 'zaporizzja evrim agaci'],
    ['letters decomposition leaves alone', 'Łódź Øresund Straße', 'lodz oresund strasse'],
    ['curly apostrophe inside a word', 'Putin’s', 'putins'],
    ['straight apostrophe inside a word', "Putin's", 'putins'],
    ['curly and straight double quotes', '“lengthy” and "productive"', 'lengthy and productive'],
    ['quotes around a word are separators', '‘peace’', 'peace'],
    ['initialisms', 'the U.S. and U.K.', 'the us and uk'],
    ['a sentence-ending period', 'Mr. Trump spoke. Then', 'mr trump spoke then'],
    ['numbers with separators', '1,000 and 2.5 and 175', '1000 and 25 and 175'],
    ['hyphens and dashes split words', 'de-escalation — 30-day', 'de escalation 30 day'],
    ['runs of punctuation and space collapse', '  <img src=x onerror=alert(1)>  ', 'img src x onerror alert 1'],
    ['nothing but punctuation', '“…”', ''],
    ['fullwidth and ligatures', 'ｆｉｘ ﬁx', 'fix fix'],
  ])('%s', (_, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeWithOffsets', () => {
  it.each([
    ['a plain word', 'Hello', 'hello', [[0, 5]]],
    ['a word after punctuation', '“Zelenskyy,” he', 'zelenskyy he', [[1, 10], [13, 15]]],
    ['an initialism keeps its last period', 'the U.S. said', 'the us said', [[0, 3], [4, 8], [9, 13]]],
    ['an apostrophe stays inside the word', 'Putin’s call', 'putins call', [[0, 7], [8, 12]]],
    ['a letter outside the basic plane', '𝐀b c', 'ab c', [[0, 3], [4, 5]]],
  ])('%s', (_, input, text, spans) => {
    const normal = normalizeWithOffsets(input);
    expect(normal.text).toBe(text);
    const words: Array<[number, number]> = [];
    let from = 0;
    for (const word of normal.text.split(' ')) {
      words.push([normal.starts[from]!, normal.ends[from + word.length - 1]!]);
      from += word.length + 1;
    }
    expect(words).toEqual(spans);
  });

  it('gives every output character a source span', () => {
    const source = 'Ukraine’s “energy” ceasefire — U.S. officials, 1,000 km';
    const { text, starts, ends } = normalizeWithOffsets(source);
    expect(starts).toHaveLength(text.length);
    expect(ends).toHaveLength(text.length);
    for (let at = 0; at < text.length; at += 1) {
      if (text[at] === ' ') continue;
      expect(normalizeText(source.slice(starts[at], ends[at]))).toBe(text[at]);
    }
  });
});

describe('normalizeText and normalizeWithOffsets', () => {
  it('agree on any text, and give every output code unit a source span', () => {
    const units = fc.constantFrom(...'aZ09 .,\'’‘`´ʼ-U.S.1,000 Ł ß é ﬁ 𝐀 𠀀 \u0301“”'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: units, maxLength: 40 })), (source) => {
        const { text, starts, ends } = normalizeWithOffsets(source);
        expect(normalizeText(source)).toBe(text);
        expect(starts).toHaveLength(text.length);
        expect(ends).toHaveLength(text.length);
      }),
      { numRuns: 2_000 },
    );
  });

  it('keeps a letter outside the basic plane whole, with one span per code unit', () => {
    expect(normalizeWithOffsets('𠀀 a')).toEqual({ text: '𠀀 a', starts: [0, 0, 3, 3], ends: [2, 2, 3, 4] });
  });
});

describe('queryTerms', () => {
  it.each([
    ['several words in order', 'Prisoners exchange Wednesday', ['prisoners', 'exchange', 'wednesday']],
    ['repeated words once', 'peace, peace and PEACE', ['peace', 'and']],
    ['empty and punctuation-only queries', ' “ ” ', []],
    ['a hostile query, as plain words', '<img src=x onerror=alert(1)>', ['img', 'src', 'x', 'onerror', 'alert', '1']],
  ])('%s', (_, query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });

  it('keeps at most `max` words', () => {
    expect(queryTerms('a b c d e f g h i j', 3)).toEqual(['a', 'b', 'c']);
    expect(queryTerms('a b c d e f g h i j')).toHaveLength(8);
  });
});
