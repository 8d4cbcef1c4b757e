import { describe, expect, it } from 'vitest';
import {
  IDF_REFERENCE_SIZE,
  claimUnits,
  cosine,
  featureVector,
  inverseDocumentFrequency,
} from '../../../../src/lib/analysis/matcher/claim-features.ts';
import { prepareCorpus } from '../../../../src/lib/analysis/corpus.ts';
import { demonymRoot } from '../../../../src/lib/analysis/names.ts';
import { findQuantities } from '../../../../src/lib/analysis/figures/figures.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

const unitsOf = (texts: Record<string, string>, clauses = true) => {
  const corpus = prepareCorpus(articlesFrom(texts));
  return claimUnits(corpus, findQuantities(corpus), clauses);
};

describe('claimUnits', () => {
  it('uses word families, entities, figures with their heads, and neighbouring pairs', () => {
    const [unit] = unitsOf({ a: 'Negotiators backed a 30-day ceasefire and improved relations with Ivan Petrov.' });
    expect(unit!.terms).toEqual(
      expect.arrayContaining([
        'w:negotiator/N',
        'w:back/V',
        'w:ceasefire/N',
        'b:duration:43200:minute',
        'f:duration:43200:minute:ceasefire/N',
        'p:w:ceasefire/N|w:improve/V',
      ]),
    );
    expect(unit!.terms.some((term) => term.startsWith('e:'))).toBe(true);
  });

  it('joins derivations into one family and demonyms with their country', () => {
    const units = unitsOf({
      a: 'The relationship between Russia and its neighbour improved after the mobilization.',
      b: 'Russian relations improved once they mobilized.',
    });
    const [a, b] = units.map((unit) => new Set(unit.terms));
    for (const shared of ['w:relation/N', 'w:improve/V', 'w:mobilize/V']) {
      expect(a!.has(shared), shared).toBe(true);
      expect(b!.has(shared), shared).toBe(true);
    }
    const entity = [...a!].find((term) => term.startsWith('e:'))!;
    expect(b!.has(entity)).toBe(true);
  });

  describe.each([
    { name: 'a verb and a noun of one spelling (issued / issues)', a: 'The ministry issued a new order on Friday.', b: 'Several issues remain open for the ministry.', word: 'issue' },
    { name: 'an agent noun and its base (prisoner / prison)', a: 'The prisoners were moved on Friday.', b: 'The prison was closed on Friday.', word: 'prison' },
    { name: 'a noun and a longer unrelated noun (organ / organization)', a: 'The organ was donated on Friday.', b: 'The organization was founded on Friday.', word: 'organ' },
  ])('keeps apart $name', ({ a, b, word }) => {
    it('gives the two words different terms', () => {
      const [ua, ub] = unitsOf({ a, b });
      const wordsOf = (terms: string[]) => terms.filter((term) => term.startsWith(`w:${word}`));
      expect(wordsOf(ua!.terms)).toHaveLength(1);
      expect(wordsOf(ub!.terms)).toHaveLength(1);
      expect(wordsOf(ua!.terms)[0]).not.toBe(wordsOf(ub!.terms)[0]);
    });
  });

  describe.each([
    { name: 'tenses of one verb (has ended / will end)', a: 'The blockade has ended.', b: 'The blockade will end soon.', term: 'w:end/V' },
    { name: 'singular and plural (talk / talks)', a: 'The talk was long.', b: 'The talks were long.', term: 'w:talk/N' },
    { name: 'a verb and its event noun (agreed / agreement)', a: 'Both sides agreed.', b: 'Both sides signed the agreement.', term: 'w:agree/V' },
    { name: 'an adjective and its adverb (temporary / temporarily)', a: 'A temporary halt was declared.', b: 'Shipping halted temporarily yesterday.', term: 'w:temporary/A' },
  ])('groups $name', ({ a, b, term }) => {
    it('gives both the same term', () => {
      const [ua, ub] = unitsOf({ a, b });
      expect(ua!.terms).toContain(term);
      expect(ub!.terms).toContain(term);
    });
  });

  it('leaves out roles, verbs of saying and tiny counts', () => {
    const [unit] = unitsOf({ a: 'The two leaders said the president told reporters that 175 prisoners were freed.' });
    expect(unit!.terms.some((term) => /w:(president|leader|said|say|told|tell)\//.test(term))).toBe(false);
    expect(unit!.terms.some((term) => term.startsWith('b:count:2:'))).toBe(false);
    expect(unit!.terms).toContain('b:count:175:prisoner');
  });

  it('splits sentences into clause units with the rest as context', () => {
    const units = unitsOf({ a: 'The talks ended on Friday, which surprised diplomats across the region.' });
    expect(units.map((unit) => [unit.text, unit.whole])).toEqual([
      ['The talks ended on Friday,', false],
      ['which surprised diplomats across the region.', false],
    ]);
    expect(units[0]!.context).toEqual(units[1]!.terms);
    expect(unitsOf({ a: 'The talks ended on Friday, which surprised diplomats across the region.' }, false)).toHaveLength(1);
  });
});

describe('demonymRoot', () => {
  it.each([
    ['russian', 'russ'],
    ['russia', 'russ'],
    ['ukrainians', 'ukrain'],
    ['ukrainian', 'ukrain'],
    ['ukraine', 'ukrain'],
    ['american', 'americ'],
    ['iranian', 'iran'],
    ['iran', 'iran'],
    ['chinese', 'chin'],
    ['china', 'chin'],
  ])('%s → %s', (word, root) => expect(demonymRoot(word)).toBe(root));
});

describe('inverseDocumentFrequency, featureVector and cosine', () => {
  const idf = inverseDocumentFrequency([['w:a', 'w:b'], ['w:a'], ['w:c']]);

  it('weights rare terms more, against a fixed reference size rather than the number of bags', () => {
    expect(idf.get('w:a')).toBeCloseTo(Math.log(1 + IDF_REFERENCE_SIZE / 2));
    expect(idf.get('w:c')).toBeCloseTo(Math.log(1 + IDF_REFERENCE_SIZE));
    expect(inverseDocumentFrequency([['w:a'], ['w:a'], ['w:b'], ['w:z'], ['w:y']]).get('w:a')).toBe(idf.get('w:a'));
    expect(inverseDocumentFrequency([['w:a']], 10).get('w:a')).toBeCloseTo(Math.log(11));
  });

  it('scales terms by kind and adds context at a lower weight', () => {
    const vector = featureVector(['w:a', 'e:x'], new Map([['w:a', 1], ['e:x', 1]]), { word: 1, entity: 2, figure: 1, bareFigure: 1, pair: 1, context: 0.5 }, ['w:c']);
    expect(vector.weights.get('e:x')).toBe(2);
    expect(vector.weights.get('w:c')).toBe(0.5);
    expect(vector.norm).toBeCloseTo(Math.sqrt(1 + 4 + 0.25));
  });

  it('is 1 for identical vectors, 0 for disjoint or empty ones', () => {
    const a = featureVector(['w:a', 'w:b'], idf);
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, featureVector(['w:c'], idf))).toBe(0);
    expect(cosine(a, featureVector([], idf))).toBe(0);
  });
});
