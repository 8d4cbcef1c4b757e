import { describe, expect, it } from 'vitest';
import {
  IDF_REFERENCE_SIZE,
  claimUnits,
  cosine,
  demonymRoot,
  featureVector,
  inverseDocumentFrequency,
} from '../../../src/lib/analysis/claim-features.ts';
import { prepareCorpus } from '../../../src/lib/analysis/corpus.ts';
import { findQuantities } from '../../../src/lib/analysis/figures.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

const unitsOf = (texts: Record<string, string>, clauses = true) => {
  const corpus = prepareCorpus(articlesFrom(texts));
  return claimUnits(corpus, findQuantities(corpus), clauses);
};

describe('claimUnits', () => {
  it('uses word families, entities, figures with their heads, and neighbouring pairs', () => {
    const [unit] = unitsOf({ a: 'Negotiators backed a 30-day ceasefire and improved relations with Ivan Petrov.' });
    expect(unit!.terms).toEqual(
      expect.arrayContaining([
        'w:negoti',
        'w:back',
        'w:ceasefir',
        'b:duration:43200:minute',
        'f:duration:43200:minute:ceasefir',
        'p:w:ceasefir|w:improv',
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
    for (const shared of ['w:relat', 'w:improv', 'w:mobil']) {
      expect(a!.has(shared), shared).toBe(true);
      expect(b!.has(shared), shared).toBe(true);
    }
    const entity = [...a!].find((term) => term.startsWith('e:'))!;
    expect(b!.has(entity)).toBe(true);
  });

  it('leaves out roles, verbs of saying and tiny counts', () => {
    const [unit] = unitsOf({ a: 'The two leaders said the president told reporters that 175 prisoners were freed.' });
    expect(unit!.terms.some((term) => /w:(presid|leader|said|say|told|tell)$/.test(term))).toBe(false);
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
