import { describe, expect, it } from 'vitest';
import { documentFrequency, featureVector } from '../../../../src/lib/analysis/matcher/terms.ts';
import { matchSet, matchSetOf, VECTOR_VIEWS } from '../../../../src/lib/analysis/matcher/units.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';
import { handTerms } from '../../../helpers/matcher.ts';

const entries = [
  handTerms({ id: 'a/0', content: ['ferry', 'cancel', 'storm', 'merrow'], names: ['merrow'] }),
  handTerms({ id: 'b/0', content: ['storm', 'ferry', 'ferry'], figures: [{ key: 'count:300:passenger', kind: 'count:passenger' }] }),
  handTerms({ id: 'c/0', content: ['bread', 'shop'] }),
];

describe('matchSet', () => {
  const set = matchSet(entries);

  it('has the five views, in order', () => {
    expect(VECTOR_VIEWS).toEqual(['content', 'plainWords', 'common', 'names', 'core']);
  });

  it('makes one unit per sentence, in order, each with a TF-IDF vector per view over the units given', () => {
    expect(set.units.map((unit) => unit.sentence.id)).toEqual(['a/0', 'b/0', 'c/0']);
    for (const view of VECTOR_VIEWS) {
      const df = documentFrequency(entries.map((entry) => entry[view]));
      set.units.forEach((unit, index) => expect(unit.vectors[view]).toEqual(featureVector(entries[index]![view], df)));
    }
    expect(set.units[1]!.terms).toBe(entries[1]);
  });

  it('counts how many units use each content term, figures included', () => {
    expect(Object.fromEntries(set.contentFrequency)).toEqual({ ferry: 2, cancel: 1, storm: 2, merrow: 1, '#count:300:passenger': 1, bread: 1, shop: 1 });
  });

  it('gives a sentence the same vectors whatever unrelated sentences are added', () => {
    const more = matchSet([...entries, handTerms({ id: 'd/0', content: ['chess', 'final'] }), handTerms({ id: 'e/0', content: ['rook', 'endgame'] })]);
    for (let index = 0; index < entries.length; index++) expect(more.units[index]!.vectors).toEqual(set.units[index]!.vectors);
  });

  it('changes the weight of a term when another sentence uses it', () => {
    const more = matchSet([...entries, handTerms({ id: 'd/0', content: ['ferry'] })]);
    expect(more.units[0]!.vectors.content.weights.get('ferry')!).toBeLessThan(set.units[0]!.vectors.content.weights.get('ferry')!);
  });
});

describe('matchSetOf', () => {
  const articles = articlesFrom({
    'outlet-a': 'The ferry to Merrow Island was cancelled on Friday.\nAbout 300 passengers were stranded at the terminal.',
    'outlet-b': 'By Ana Moss\nSome 300 travellers spent the night at the terminal.',
  });

  it('reads articles as the analysis does: reporting sentences, with their figures', () => {
    const { set, corpus } = matchSetOf(articles);
    expect(corpus.articles.map((article) => article.id)).toEqual(['outlet-a', 'outlet-b']);
    expect(set.units.map((unit) => unit.sentence.text)).toEqual([
      'The ferry to Merrow Island was cancelled on Friday.',
      'About 300 passengers were stranded at the terminal.',
      'Some 300 travellers spent the night at the terminal.',
    ]);
    expect(set.units[1]!.terms.figures.map((figure) => figure.kind)).toEqual(['count:passenger']);
    expect(set.units[1]!.vectors.content.weights.has('#count:300:passenger')).toBe(true);
  });

  it('leaves out the sentences an editor found state no fact, and counts frequencies without them', () => {
    const { set: all } = matchSetOf(articles);
    const excluded = all.units[2]!.sentence.id;
    const { set, corpus } = matchSetOf(articles, new Set([excluded]));
    expect(set.units.map((unit) => unit.sentence.id)).toEqual([all.units[0]!.sentence.id, all.units[1]!.sentence.id]);
    expect(corpus.sentences.some((sentence) => sentence.id === excluded)).toBe(true);
    expect(all.contentFrequency.get('termin')).toBe(2);
    expect(set.contentFrequency.get('termin')).toBe(1);
  });
});
