import { describe, expect, it } from 'vitest';
import { buildVocabulary, matchVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { wordScore } from '../../../src/lib/search/word-match.ts';
import { realPayload } from './real-data.ts';

const payload = realPayload();
const vocabulary = buildVocabulary(payload.index);

describe('buildVocabulary', () => {
  it('lists every word of the indexed fields once, sorted, with the records holding it', () => {
    expect(vocabulary.words).toEqual([...new Set(vocabulary.words)].sort());
    const zaporizhzhia = vocabulary.postings.get('zaporizhzhia')!;
    expect(zaporizhzhia.map((at) => payload.records[at]!.type)).toContain('sentence');
    for (const at of zaporizhzhia) expect(payload.records[at]!.text).toContain('Zaporizhzhia');
  });

  it('reads array fields (a quote’s speaker names) and keeps postings ascending and distinct', () => {
    const zelensky = vocabulary.postings.get('zelensky')!;
    expect(zelensky.some((at) => payload.records[at]!.type === 'quote')).toBe(true);
    for (const list of vocabulary.postings.values()) {
      for (let at = 1; at < list.length; at += 1) expect(list[at]!).toBeGreaterThan(list[at - 1]!);
    }
  });

  it('searches only the words that start with the query word’s letter', () => {
    expect(vocabulary.fuseFor('z').search('zelenskyy').map((result) => result.item)).toEqual(['zelenskyy', 'zelensky']);
    expect(vocabulary.fuseFor('z').getIndex().size()).toBe(vocabulary.words.filter((word) => word.startsWith('z')).length);
  });

  it('builds from a tiny index', () => {
    const tiny = buildVocabulary({ keys: [], records: [{ i: 0, $: { 0: { v: 'a b a', n: 1 } } }, { i: 1, $: { 0: { v: 'b', n: 1 }, 1: [{ v: 'c', i: 0, n: 1 }] } }] });
    expect(tiny.words).toEqual(['a', 'b', 'c']);
    expect([...tiny.postings]).toEqual([['a', [0]], ['b', [0, 1]], ['c', [1]]]);
  });
});

describe('matchVocabulary on the real articles', () => {
  it.each([
    ['a misspelling', 'prisners', false, ['prisoner', 'prisoners']],
    ['a misspelt name', 'zelenski', false, ['zelensky', 'zelenskyy']],
    ['a place missing two letters', 'zaporizhia', false, ['zaporizhzhia']],
    ['a short word, typed in full', 'war', false, ['war']],
    ['a short word still being typed', 'war', true, ['war', 'warning', 'wartime']],
    ['a single letter being typed: only the word of that letter', 'a', true, ['a']],
    ['a word nobody wrote', 'xylophone', false, []],
  ])('%s', (_, term, open, words) => {
    expect([...matchVocabulary(term, vocabulary, open).keys()].sort()).toEqual(words);
  });

  it('agrees with wordScore on every word', () => {
    for (const term of ['prisners', 'ceasfire', 'nato', 'kremlin', 'energ']) {
      const matches = matchVocabulary(term, vocabulary);
      const accepted = vocabulary.words.filter((word) => wordScore(term, word) !== null);
      expect([...matches.keys()].sort()).toEqual(accepted);
      for (const word of accepted) expect(matches.get(word)).toBeCloseTo(wordScore(term, word)!, 6);
    }
  });
});
