import { describe, expect, it } from 'vitest';
import { buildVocabulary, byInitial, collectPostings, indexValues, matchVocabulary, Vocabulary } from '../../../src/lib/search/vocabulary.ts';
import { wordScore } from '../../../src/lib/search/word-match.ts';
import { realIndex } from './real-data.ts';

const index = realIndex();
const vocabulary = index.vocabulary;
const allWords = [...vocabulary.postings.keys()].sort();
const textOf = (position: number) => index.content(position)!.text;

describe('the vocabulary of a one-file index', () => {
  it('lists every word of the indexed fields once, by initial and sorted, with the records holding it', () => {
    expect(vocabulary.loadedWords()).toEqual(allWords);
    const zaporizhzhia = vocabulary.postings.get('zaporizhzhia')!;
    expect(zaporizhzhia.map((at) => index.outline.kinds[at])).toContain('sentence');
    for (const at of zaporizhzhia) expect(textOf(at)).toContain('Zaporizhzhia');
  });

  it('reads array fields (a quote’s speaker names) and keeps postings ascending and distinct', () => {
    const zelensky = vocabulary.postings.get('zelensky')!;
    expect(zelensky.some((at) => index.outline.kinds[at] === 'quote')).toBe(true);
    for (const list of vocabulary.postings.values()) {
      for (let at = 1; at < list.length; at += 1) expect(list[at]!).toBeGreaterThan(list[at - 1]!);
    }
  });

  it('searches only the words that start with the query word’s letter', () => {
    expect(vocabulary.fuseFor('z').search('zelenskyy').map((result) => result.item)).toEqual(['zelenskyy', 'zelensky']);
    expect(vocabulary.fuseFor('z').getIndex().size()).toBe(allWords.filter((word) => word.startsWith('z')).length);
  });
});

describe('collectPostings, indexValues and byInitial', () => {
  it('build from a tiny index', () => {
    const postings = collectPostings(indexValues({ keys: [], records: [{ i: 0, $: { 0: { v: 'a b a', n: 1 } } }, { i: 1, $: { 0: { v: 'b', n: 1 }, 1: [{ v: 'c', i: 0, n: 1 }] } }] }));
    expect([...postings]).toEqual([['a', [0]], ['b', [0, 1]], ['c', [1]]]);
    expect([...byInitial(['ab', 'ac', 'b', 'ca'])]).toEqual([['a', ['ab', 'ac']], ['b', ['b']], ['c', ['ca']]]);
    expect(buildVocabulary(postings).wordsOf('b')).toEqual(['b']);
  });
});

describe('a vocabulary filled part by part (split index)', () => {
  const partial = new Vocabulary(['p', 'w']);
  partial.addLexicon('p', ['peace', 'prisoners'], [3, 4]);

  it('knows which lexicons are loaded, which are missing and which do not exist', () => {
    expect(partial.wordsOf('p')).toEqual(['peace', 'prisoners']);
    expect(partial.wordsOf('w')).toBeUndefined();
    expect(partial.wordsOf('x')).toEqual([]);
    expect(matchVocabulary('war', partial)).toBeNull();
    expect(matchVocabulary('xylophone', partial)).toEqual(new Map());
    expect([...matchVocabulary('prisners', partial)!.keys()]).toEqual(['prisoners']);
  });

  it('says which postings file lists a word', () => {
    expect([partial.fileOf('peace'), partial.fileOf('prisoners'), partial.fileOf('pact'), partial.fileOf('war')]).toEqual([3, 4, null, null]);
    partial.addPostings('peace', [1, 5]);
    expect(partial.postings.get('peace')).toEqual([1, 5]);
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
    expect([...matchVocabulary(term, vocabulary, open)!.keys()].sort()).toEqual(words);
  });

  it('agrees with wordScore on every word', () => {
    for (const term of ['prisners', 'ceasfire', 'nato', 'kremlin', 'energ']) {
      const matches = matchVocabulary(term, vocabulary)!;
      const accepted = allWords.filter((word) => wordScore(term, word) !== null);
      expect([...matches.keys()].sort()).toEqual(accepted);
      for (const word of accepted) expect(matches.get(word)).toBeCloseTo(wordScore(term, word)!, 6);
    }
  });
});
