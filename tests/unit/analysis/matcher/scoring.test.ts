import { describe, expect, it } from 'vitest';
import { analyzeArticles, DEFAULT_ANALYSIS_OPTIONS } from '../../../../src/lib/analysis/analyze.ts';
import { candidatePairs, DEFAULT_NEIGHBOUR_OPTIONS } from '../../../../src/lib/analysis/matcher/neighbours.ts';
import { pathFeatures, sentenceFeatures } from '../../../../src/lib/analysis/matcher/pair-features.ts';
import { affinitiesOf, firstStageGraph, scorePairs } from '../../../../src/lib/analysis/matcher/scoring.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';
import { expit, handModel, unitsFrom } from '../../../helpers/matcher.ts';

/** An invented event: three outlets on a ferry cancelled by storms. */
const { set } = unitsFrom({
  'outlet-a': 'The ferry to Merrow Island was cancelled on Friday because of storms.\nAbout 300 passengers were stranded at the terminal.\nRefunds will be paid within a week.',
  'outlet-b': 'Storms forced the cancellation of Friday’s ferry to Merrow Island.\nSome 300 travellers spent the night at the terminal.',
  'outlet-c': 'The Merrow Island ferry did not sail on Friday.\nThe operator promised refunds within a week.',
});
const articles = articlesFrom({ 'outlet-a': 'The ferry was cancelled on Friday.', 'outlet-b': 'Friday’s ferry was cancelled.' });
const frequency = (term: string) => set.contentFrequency.get(term) ?? 1;
const idOf = (index: number) => set.units[index]!.sentence.id;

describe('scorePairs', () => {
  it('scores exactly the candidate pairs, in their order', () => {
    const scored = scorePairs(set, handModel({}));
    expect(scored.map(({ a, b }) => [a, b])).toEqual(candidatePairs(set.units, DEFAULT_NEIGHBOUR_OPTIONS));
    expect(scored.length).toBeGreaterThan(3);
  });

  it('gives known probabilities for known weights: first stage, second stage, calibration', () => {
    // First stage: σ(4·cosine − 2). Second stage: 3·cosine − 1 + 2·pathStrength. Calibration: σ(0.5 + 2·z).
    const model = handModel({ sentence: { cosine: 4 }, sentenceBias: -2, path: { cosine: 3, pathStrength: 2 }, pathBias: -1, calibration: { slope: 2, intercept: 0.5 } });
    const scored = scorePairs(set, model);
    const graph = new Map<string, Map<string, number>>();
    for (const pair of scored) {
      const features = sentenceFeatures(set.units[pair.a]!, set.units[pair.b]!, frequency);
      expect(pair.sentence).toEqual(features);
      expect(pair.first).toBeCloseTo(expit(4 * features[0]! - 2), 12);
      for (const [x, y] of [[idOf(pair.a), idOf(pair.b)], [idOf(pair.b), idOf(pair.a)]] as const) (graph.get(x) ?? graph.set(x, new Map()).get(x)!).set(y, pair.first);
    }
    for (const pair of scored) {
      const path = pathFeatures(graph, set.units[pair.a]!, set.units[pair.b]!);
      expect(pair.path).toEqual(path);
      expect(pair.logOdds).toBeCloseTo(3 * pair.sentence[0]! - 1 + 2 * path[0]!, 12);
      expect(pair.probability).toBeCloseTo(expit(0.5 + 2 * pair.logOdds), 12);
    }
    // The path feature was read: some pair has a third sentence matching both.
    expect(scored.some((pair) => pair.path[0]! > 0)).toBe(true);
  });

  it('gives every pair the calibration’s intercept when the slope is 0', () => {
    const scored = scorePairs(set, handModel({ sentence: { cosine: 5 }, path: { cosine: 5 }, calibration: { slope: 0, intercept: Math.log(3) } }));
    for (const pair of scored) expect(pair.probability).toBeCloseTo(0.75, 12);
  });

  it('passes its neighbour options on', () => {
    expect(scorePairs(set, handModel({}), { ...DEFAULT_NEIGHBOUR_OPTIONS, neighbours: 0 })).toEqual([]);
  });

  const model = handModel({});
  it.each([
    ['a sentence stage with other features', { sentenceStage: { features: ['cosine', 'titleCosine'], weights: [1, 1], bias: 0 } }, 'sentence'],
    ['a path stage in another order', { pathStage: { ...model.pathStage, features: [...model.pathStage.features].reverse() } }, 'path'],
    ['a sentence stage short of a weight', { sentenceStage: { ...model.sentenceStage, weights: model.sentenceStage.weights.slice(1) } }, 'sentence'],
    // An older content/pair-model.json, fitted before the claim stage read four features.
    ['a claim stage fitted for other claim features', { claimStage: { features: ['memberConfidence', 'titleCosine'], weights: [3, 1], bias: -1 } }, 'claim'],
  ])('refuses a model fitted for other features (%s), naming the stage and saying how to refit it', (_name, override, stage) => {
    const stale = { ...model, ...override };
    const message = new RegExp(`^pair model: its ${stage} stage has features \\(.*\\) and \\d+ weights, not the analysis's \\d+ \\([a-zA-Z, ]+\\); refit it with npm run model:fit$`);
    expect(() => scorePairs(set, stale)).toThrow(message);
    expect(() => analyzeArticles(articles, null, { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: stale })).toThrow(message);
  });
});

describe('firstStageGraph', () => {
  it('maps each sentence to its pairs’ first-stage probabilities, both ways', () => {
    const graph = firstStageGraph(set, [
      { a: 0, b: 3, first: 0.9 },
      { a: 0, b: 5, first: 0.2 },
    ]);
    expect(graph.get(idOf(0))).toEqual(new Map([[idOf(3), 0.9], [idOf(5), 0.2]]));
    expect(graph.get(idOf(3))).toEqual(new Map([[idOf(0), 0.9]]));
    expect(graph.get(idOf(5))).toEqual(new Map([[idOf(0), 0.2]]));
    expect(graph.has(idOf(1))).toBe(false);
  });
});

describe('affinitiesOf', () => {
  const scored = scorePairs(set, handModel({ sentence: { cosine: 4 }, sentenceBias: -2, path: { cosine: 6, sharedTerms: 2 }, pathBias: -3 }));
  const affinities = affinitiesOf(set, scored);

  it('is symmetric and holds every scored pair’s probability, keyed by sentence id', () => {
    let entries = 0;
    for (const [a, near] of affinities) {
      for (const [b, p] of near) {
        expect(affinities.get(b)?.get(a)).toBe(p);
        entries++;
      }
    }
    expect(entries).toBe(2 * scored.length);
    for (const pair of scored) expect(affinities.get(idOf(pair.a))?.get(idOf(pair.b))).toBe(pair.probability);
  });

  it('holds no pair of one article', () => {
    for (const [a, near] of affinities) for (const b of near.keys()) expect(a.split('/')[0]).not.toBe(b.split('/')[0]);
  });

  it('gives the paraphrased cancellations more than the unrelated pairs', () => {
    const ferry = affinities.get(idOf(0))!;
    const cancellation = set.units.findIndex((unit) => unit.sentence.text.startsWith('Storms forced'));
    const refunds = set.units.findIndex((unit) => unit.sentence.text.startsWith('The operator promised'));
    expect(ferry.get(idOf(cancellation))).toBeGreaterThan(ferry.get(idOf(refunds)) ?? 0);
  });
});
