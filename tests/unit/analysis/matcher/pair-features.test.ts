import { describe, expect, it } from 'vitest';
import { PAIR_FEATURE_SIGNS, PATH_FEATURES, pathFeatures, SENTENCE_FEATURES, sentenceFeatures, type ProbabilityGraph } from '../../../../src/lib/analysis/matcher/pair-features.ts';
import { cosine, idf } from '../../../../src/lib/analysis/matcher/terms.ts';
import type { MatchUnit } from '../../../../src/lib/analysis/matcher/units.ts';
import { handSentence, handSet, unitsFrom } from '../../../helpers/matcher.ts';

/** An invented event: a bridge's repair bill, given alike, differently and not at all. */
const event = unitsFrom({
  'outlet-a': 'The repairs will cost $3.5 million, the city said.\nEngineers found cracks in the steel supports.\nBuses will be diverted.',
  'outlet-b':
    'Work on the bridge is budgeted at $3.5 million.\nThe repair bill is expected to be $4 million.\nCracks were found in the steel supports by engineers.\nAbout 300 buses will run on Sunday.',
  'outlet-c': 'Engineers found cracks in the steel supports.\nThe bridge was safe, Ivo Brandt said.',
  'outlet-d': 'Ivo Brandt, the mayor, insisted the bridge was safe.\nThe city will spend 3.5 million dollars on the work.',
});
const frequency = (term: string) => event.set.contentFrequency.get(term) ?? 1;
const featuresOf = (a: string, b: string) => {
  const values = sentenceFeatures(event.unitOf(a), event.unitOf(b), frequency);
  return Object.fromEntries(SENTENCE_FEATURES.map((feature, index) => [feature, values[index]!]));
};

describe('the pair features', () => {
  it('are the published lists, each with a sign', () => {
    expect(SENTENCE_FEATURES).toEqual(['cosine', 'plainCosine', 'commonCosine', 'nameCosine', 'coreCosine', 'sharedFigure', 'figureConflict', 'rarestShared', 'sharedTerms', 'sharedPhrases']);
    expect(PATH_FEATURES).toEqual(['pathStrength', 'pathSupport', 'pathCount']);
    expect(Object.keys(PAIR_FEATURE_SIGNS).sort()).toEqual([...SENTENCE_FEATURES, ...PATH_FEATURES].sort());
  });

  it.each([
    ['figureConflict', -1],
    ['sharedFigure', 1],
    ['cosine', 1],
    ['rarestShared', 1],
    ['pathStrength', 1],
    ['pathSupport', 1],
    ['pathCount', 1],
  ] as const)('lets %s weigh only one way (%i)', (feature, sign) => {
    expect(PAIR_FEATURE_SIGNS[feature]).toBe(sign);
  });
});

describe('sentenceFeatures', () => {
  it.each([
    ['the same amount, worded alike', 'The repairs will cost', 'Work on the bridge', { sharedFigure: 1, figureConflict: 0 }],
    ['the same amount, worded otherwise (one figure key)', 'The repairs will cost', 'The city will spend', { sharedFigure: 1, figureConflict: 0 }],
    ['two amounts of one kind that differ', 'The repairs will cost', 'The repair bill', { sharedFigure: 0, figureConflict: 1 }],
    ['figures of different kinds (money, a count of buses)', 'The repairs will cost', 'About 300 buses', { sharedFigure: 0, figureConflict: 0 }],
    ['no figures', 'Engineers found', 'Cracks were found', { sharedFigure: 0, figureConflict: 0 }],
  ])('reads %s', (_name, a, b, expected) => {
    // outlet-c repeats outlet-a's sentence on the cracks: take outlet-a's.
    const x = event.set.units.find((unit) => unit.sentence.articleId === 'outlet-a' && unit.sentence.text.startsWith(a))!;
    const values = sentenceFeatures(x, event.unitOf(b), frequency);
    expect({ sharedFigure: values[5], figureConflict: values[6] }).toEqual(expected);
  });

  it('gives two sentences worded alike every cosine 1 and all their phrasing shared', () => {
    const a = event.set.units.find((unit) => unit.sentence.articleId === 'outlet-a' && unit.sentence.text.startsWith('Engineers'))!;
    const c = event.set.units.find((unit) => unit.sentence.articleId === 'outlet-c' && unit.sentence.text.startsWith('Engineers'))!;
    const values = sentenceFeatures(a, c, frequency);
    expect(values.slice(0, 5).map((value) => Math.round(value * 1e9) / 1e9)).toEqual([1, 1, 1, 1, 1]);
    expect(values[9]).toBe(1);
    // Five shared content terms: ln(1 + 5) / ln(11).
    expect(a.terms.content).toHaveLength(5);
    expect(values[8]).toBeCloseTo(Math.log(6) / Math.log(11), 12);
    // The rarest shared term ("steel", "support"… each in three sentences): idf(3) / idf(1).
    expect(values[7]).toBeCloseTo(idf(3) / idf(1), 12);
  });

  it('tells names and roles from what is said: the same person saying the same, in other words', () => {
    const features = featuresOf('The bridge was safe', 'Ivo Brandt, the mayor');
    expect(features.nameCosine).toBeCloseTo(1, 9);
    expect(features.commonCosine).toBeGreaterThan(0);
    expect(features.commonCosine).toBeLessThan(0.9);
    // Without the role ("mayor") and the verbs of saying ("said", "insisted"), they say the same.
    expect(features.coreCosine).toBeCloseTo(1, 9);
  });

  it('gives every feature between 0 and 1, the same whichever sentence comes first', () => {
    const { units } = event.set;
    for (const a of units) {
      for (const b of units) {
        if (a.sentence.articleId === b.sentence.articleId) continue;
        const ab = sentenceFeatures(a, b, frequency);
        const ba = sentenceFeatures(b, a, frequency);
        expect(ab).toHaveLength(SENTENCE_FEATURES.length);
        for (const value of ab) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1 + 1e-12);
        }
        ab.forEach((value, index) => expect(ba[index]).toBeCloseTo(value, 12));
      }
    }
  });

  // Hand-made sentences, to pin the counting features exactly.
  const hand = handSet([
    { id: 'a/0', content: ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9', 'extra'] },
    { id: 'b/0', content: ['t0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8', 't9'] },
    { id: 'c/0', content: ['t0', 'x', 'y'] },
    { id: 'd/0', content: ['q', 'r'] },
    { id: 'e/0', content: ['x', 'y', 'z'] },
  ]);
  const [a, b, c, d, e] = hand.units as [MatchUnit, MatchUnit, MatchUnit, MatchUnit, MatchUnit];

  it.each<[string, MatchUnit, MatchUnit, number]>([
    ['none', a, d, 0],
    ['one', a, c, Math.log(2) / Math.log(11)],
    ['two', c, e, Math.log(3) / Math.log(11)],
    ['ten or more', a, b, 1],
  ])('counts %s shared terms on a log scale (sharedTerms)', (_name, x, y, expected) => {
    expect(sentenceFeatures(x, y, () => 1)[8]).toBeCloseTo(expected, 12);
  });

  it.each<[string, (term: string) => number, number]>([
    ['used by these two only', () => 1, 1],
    ['in two sentences', () => 2, idf(2) / idf(1)],
    ['in fifty sentences', () => 50, idf(50) / idf(1)],
    ['rare for one shared term, common for the other: the rarer counts', (term) => (term === 'x' ? 50 : 2), idf(2) / idf(1)],
  ])('scores the rarest shared term %s (rarestShared)', (_name, df, expected) => {
    expect(sentenceFeatures(c, e, df)[7]).toBeCloseTo(expected, 12);
  });

  it('gives rarestShared 0 when they share nothing', () => {
    expect(sentenceFeatures(a, d, () => 1)[7]).toBe(0);
  });

  it('gives the share of the shorter sentence’s phrases that the other has (sharedPhrases)', () => {
    // c: "t0 x", "x y"; e: "x y", "y z": one of two.
    expect(sentenceFeatures(c, e, () => 1)[9]).toBe(0.5);
    expect(sentenceFeatures(a, b, () => 1)[9]).toBe(1);
    expect(sentenceFeatures(a, d, () => 1)[9]).toBe(0);
    expect(sentenceFeatures(c, e, () => 1)[0]).toBeCloseTo(cosine(c.vectors.content, e.vectors.content), 12);
  });
});

describe('pathFeatures', () => {
  const unit = (id: string) => ({ sentence: handSentence(id) }) as MatchUnit;
  const graphOf = (links: Array<[string, string, number]>): ProbabilityGraph => {
    const graph = new Map<string, Map<string, number>>();
    for (const [x, y, p] of links) {
      (graph.get(x) ?? graph.set(x, new Map()).get(x)!).set(y, p);
      (graph.get(y) ?? graph.set(y, new Map()).get(y)!).set(x, p);
    }
    return graph;
  };
  const graph = graphOf([
    ['a/0', 'b/0', 0.7],
    // c/0 matches both well; d/0 matches a weakly.
    ['a/0', 'c/0', 0.9],
    ['b/0', 'c/0', 0.6],
    ['a/0', 'd/0', 0.3],
    ['b/0', 'd/0', 0.8],
    // Sentences of a's and b's own articles cannot vouch for the pair.
    ['a/0', 'a/1', 0.95],
    ['b/0', 'a/1', 0.95],
    ['a/0', 'b/1', 0.95],
    ['b/0', 'b/1', 0.95],
    // e/0 matches only one of them.
    ['a/0', 'e/0', 0.99],
  ]);

  it('reads the third sentences of other articles that match both: strongest, summed support, count at 0.5', () => {
    const [strength, support, count] = pathFeatures(graph, unit('a/0'), unit('b/0'));
    expect(strength).toBeCloseTo(0.6, 12);
    expect(support).toBeCloseTo((0.9 * 0.6 + 0.3 * 0.8) / 2, 12);
    expect(count).toBeCloseTo(1 / 3, 12);
  });

  it('is symmetric', () => {
    expect(pathFeatures(graph, unit('b/0'), unit('a/0'))).toEqual(pathFeatures(graph, unit('a/0'), unit('b/0')));
  });

  it('is 0 for a sentence with no neighbours, and for two with no third sentence in common', () => {
    expect(pathFeatures(graph, unit('a/0'), unit('z/0'))).toEqual([0, 0, 0]);
    expect(pathFeatures(graph, unit('c/0'), unit('e/0'))).toEqual([0.9, 0.9 * 0.99 / 2, 1 / 3]);
    expect(pathFeatures(new Map(), unit('a/0'), unit('b/0'))).toEqual([0, 0, 0]);
  });

  it('caps support and count at 1', () => {
    const many = graphOf(['c', 'd', 'e', 'f'].flatMap((article) => [['a/0', `${article}/0`, 1] as [string, string, number], ['b/0', `${article}/0`, 1] as [string, string, number]]));
    expect(pathFeatures(many, unit('a/0'), unit('b/0'))).toEqual([1, 1, 1]);
  });
});
