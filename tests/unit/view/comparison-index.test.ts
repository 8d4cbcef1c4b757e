import { describe, expect, it } from 'vitest';
import { claimRef, claimSentencesIn, indexComparison, outletsOf, sentenceRef, uniqueKeys } from '../../../src/lib/view/comparison-index.ts';
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
      { articleId: 'alpha', label: 'Alpha Daily', known: true, title: 'Council agrees budget', href: '/sub/articles/alpha/' },
      { articleId: 'beta', label: 'Beta News', known: true, title: 'Budget passes', href: '/sub/articles/beta/' },
      { articleId: 'gamma', label: 'Outlet unknown', known: false, title: 'Article from an unknown outlet (no headline in the file)', href: '/sub/articles/gamma/' },
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

  it('works at the site root', () => {
    expect(outletsOf(indexComparison(fixture, '/'))[0]?.href).toBe('/articles/alpha/');
  });
});
