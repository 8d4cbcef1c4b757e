import { describe, expect, it } from 'vitest';
import { absenceOf, claimAbsences, claimMark, claimRef, claimSentencesIn, claimSuggestionsIn, indexComparison, outletsOf, sentenceRef, uniqueKeys } from '../../../src/lib/view/comparison-index.ts';
import { fixture, fixtureIndex } from './fixture.ts';

describe('uniqueKeys', () => {
  it.each([
    [[], []],
    [['a', 'b'], ['a', 'b']],
    [['a', 'a', 'a'], ['a', 'a-2', 'a-3']],
    [['a', 'a-2', 'a'], ['a', 'a-2', 'a-3']],
  ])('%j → %j', (ids, keys) => {
    expect(uniqueKeys(ids)).toEqual(keys);
  });
});

describe('indexComparison', () => {
  const index = fixtureIndex();

  it('orders claims by outlets reporting them, then by where the articles tell them', () => {
    expect(index.claims.map((claim) => [claim.key, claim.number])).toEqual([
      ['c-budget-agreed-0001', 1],
      ['c-meeting-long-0002', 2],
      ['c-mayor-pleased-0003-2', 3],
      ['c-mayor-pleased-0003', 4],
      ['c-critics-doubt-0005', 5],
    ]);
  });

  it('keeps claims whose id the data repeats apart, by their own member lists', () => {
    expect(index.claimKeysBySentence.get('alpha/s-a00002')).toEqual(['c-mayor-pleased-0003-2', 'c-mayor-pleased-0003']);
    expect(index.claimKeysBySentence.get('beta/s-b00003')).toEqual(['c-mayor-pleased-0003']);
    expect(index.claimKeysBySentence.get('gamma/s-c00001')).toEqual(['c-budget-agreed-0001', 'c-mayor-pleased-0003-2']);
    expect(index.claimByKey.size).toBe(fixture.claims.length);
  });

  it('lists each article’s sentences in reading order', () => {
    expect(index.sentencesByArticle.get('beta')?.map((sentence) => sentence.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('names outlets, marking the unknown one, with links under the base path', () => {
    expect(outletsOf(index)).toEqual([
      { articleId: 'alpha', label: 'Alpha Daily', name: 'Alpha Daily', known: true, title: 'Council agrees budget', href: '/sub/articles/alpha/', reviewed: true },
      { articleId: 'beta', label: 'Beta News', name: 'Beta News', known: true, title: 'Budget passes', href: '/sub/articles/beta/', reviewed: true },
      {
        articleId: 'gamma',
        label: 'Outlet unknown',
        name: 'Outlet unknown',
        known: false,
        title: 'Article from an unknown outlet (no headline in the file)',
        href: '/sub/articles/gamma/',
        reviewed: false,
      },
    ]);
  });

  it('links sentences and claims', () => {
    const sentence = index.sentenceById.get('beta/s-b00001')!;
    expect(sentenceRef(index, sentence).href).toBe('/sub/articles/beta/#s-b00001');
    expect(claimRef(index, index.claims[2]!)).toMatchObject({
      key: 'c-mayor-pleased-0003-2',
      href: '/sub/claims/c-mayor-pleased-0003-2/',
      compareHref: '/sub/compare/#c-mayor-pleased-0003-2',
      count: 2,
    });
    expect(claimSentencesIn(index, index.claims[0]!, 'alpha').map((s) => s.anchor)).toEqual(['s-a00000', 's-a00001']);
  });

  it('keeps each sentence’s suggested claims apart from the claims it belongs to', () => {
    expect(index.suggestionsBySentence.get('gamma/s-c00001')).toEqual([{ key: 'c-mayor-pleased-0003', confidence: 0.55 }]);
    expect(index.suggestionsBySentence.get('alpha/s-a00002')).toBeUndefined();
  });

  it('works at the site root', () => {
    expect(outletsOf(indexComparison(fixture, '/'))[0]?.href).toBe('/articles/alpha/');
  });
});

describe('review marks', () => {
  const index = fixtureIndex();
  const claim = (key: string) => index.claimByKey.get(key)!;

  it.each([
    [{ reviewed: true, confidence: null }, 'reviewed'],
    [{ reviewed: false, confidence: 0.715 }, 'machine match, 72% confidence'],
    [{ reviewed: false, confidence: 0.001 }, 'machine match, <1% confidence'],
    [{ reviewed: false, confidence: null }, 'machine match'],
  ])('%j is marked "%s"', (decided, mark) => {
    expect(claimMark(decided)).toBe(mark);
  });

  it('calls an absence "not reported" only for a reviewed claim and an article an editor checked', () => {
    const [alpha, , gamma] = index.articles;
    expect(absenceOf(index, { reviewed: true }, alpha!)).toMatchObject({ kind: 'not-reported', text: 'not reported' });
    expect(absenceOf(index, { reviewed: true }, gamma!)).toMatchObject({ kind: 'not-found', text: 'not found by the machine' });
    expect(absenceOf(index, { reviewed: false }, alpha!)).toMatchObject({ kind: 'not-found', text: 'not found by the machine' });
    expect(claimAbsences(index, claim('c-meeting-long-0002')).map((absence) => [absence.outlet.articleId, absence.kind])).toEqual([['gamma', 'not-found']]);
  });

  it('gives a reviewed claim’s suggested members in one article, with their confidence', () => {
    expect(claimSuggestionsIn(index, claim('c-mayor-pleased-0003'), 'gamma')).toEqual([
      {
        outlet: outletsOf(index)[2],
        sentence: sentenceRef(index, index.sentenceById.get('gamma/s-c00001')!),
        confidence: 0.55,
        mark: 'machine match, 55% confidence',
      },
    ]);
    expect(claimSuggestionsIn(index, claim('c-mayor-pleased-0003'), 'alpha')).toEqual([]);
    expect(claimSuggestionsIn(index, claim('c-mayor-pleased-0003'), 'nope')).toEqual([]);
  });
});
