import { describe, expect, it } from 'vitest';
import { isTitleCase, prepareCorpus } from '../../../src/lib/analysis/corpus.ts';
import { tokenize } from '../../../src/lib/analysis/tokens.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

describe('prepareCorpus', () => {
  it('orders articles by file, gives global sentence ids and marks reporting blocks', () => {
    const corpus = prepareCorpus(articlesFrom({ b: 'B Headline Here\nBody b.', a: 'Body a.\nWhat they said:\nMore.' }));
    expect(corpus.articles.map((article) => article.id)).toEqual(['a', 'b']);
    const a = corpus.byArticle.get('a')!;
    expect(a.map((sentence) => [sentence.id.split('/')[0], sentence.index, sentence.block, sentence.reporting])).toEqual([
      ['a', 0, 'paragraph', true],
      ['a', 1, 'section-label', false],
      ['a', 2, 'paragraph', true],
    ]);
    expect(corpus.byId.get(a[0]!.id)).toBe(a[0]);
    expect(corpus.byArticle.get('b')![0]).toMatchObject({ block: 'headline', titleCase: true });
  });
});

describe('isTitleCase', () => {
  it.each([
    ['Trump And Putin Agree To Energy Ceasefire In First Steps', true],
    ['White House: Trump, Putin agree to ceasefire on energy', false],
    ['No NATO', false],
  ])('%s: %s', (text, expected) => expect(isTitleCase(tokenize(text))).toBe(expected));
});
