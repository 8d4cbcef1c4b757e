import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/lib/search/candidates.ts';
import { expandQuery } from '../../../src/lib/search/expand-query.ts';
import { queryTerms } from '../../../src/lib/search/normalize.ts';
import { logicalQuery, rankCandidates } from '../../../src/lib/search/rank.ts';
import { matchVocabulary } from '../../../src/lib/search/vocabulary.ts';
import { wordScore } from '../../../src/lib/search/word-match.ts';
import { realIndex } from './real-data.ts';

const index = realIndex();
const vocabulary = index.vocabulary;
const fuseIndex = index.fuseIndex!;
const count = index.outline.count;
const termsOf = (query: string) =>
  expandQuery(queryTerms(query), {
    nameVariants: index.nameVariants,
    matchWord: (word) => matchVocabulary(word, vocabulary)!,
    similar: (term, word) => wordScore(term, word) !== null,
  });

describe('logicalQuery', () => {
  it('asks for every term, each as any alternative in any field', () => {
    const terms = [
      { source: 'swap', alternatives: [{ phrase: 'swap', words: [] }] },
      { source: 'united states', alternatives: [{ phrase: 'united states', words: [] }, { phrase: 'us', words: [] }] },
    ];
    expect(logicalQuery(terms)).toEqual({
      $and: [
        { $or: [{ text: 'swap' }, { names: 'swap' }] },
        { $or: [{ text: 'united states' }, { names: 'united states' }, { text: 'us' }, { names: 'us' }] },
      ],
    });
  });
});

describe('rankCandidates on the real articles', () => {
  it.each([
    ['words far into a long sentence', 'subject prior discussion', 'the content of conversations between the two presidents are not subject to any prior discussion'],
    ['words in another order', 'detained wrongfully', 'deemed wrongfully detained'],
    ['a misspelling', 'prisners wednesday', '175 prisoners of war each on Wednesday'],
  ])('puts the sentence with %s first', (_, query, words) => {
    const terms = termsOf(query);
    const ranked = rankCandidates(findCandidates(terms, vocabulary.postings, count), terms, fuseIndex);
    expect(index.content(ranked[0]!.record)!.text).toContain(words);
    const scores = ranked.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
  });

  it('scores only the first `limit` candidates and keeps the rest behind them in their order', () => {
    const terms = termsOf('the');
    const candidates = findCandidates(terms, vocabulary.postings, count);
    const ranked = rankCandidates(candidates, terms, fuseIndex, 10);
    expect(ranked).toHaveLength(candidates.length);
    expect(ranked.slice(10)).toEqual(candidates.slice(10));
    expect(new Set(ranked.slice(0, 10).map((hit) => hit.record))).toEqual(new Set(candidates.slice(0, 10).map((hit) => hit.record)));
  });

  it('returns nothing for no candidates', () => {
    expect(rankCandidates([], termsOf('peace'), fuseIndex)).toEqual([]);
  });
});
