import { describe, expect, it } from 'vitest';
import { baselineClaims, BASELINE_THRESHOLDS } from '../../../../src/lib/analysis/matcher/baseline.ts';
import { claimFeatures, claimScorer } from '../../../../src/lib/analysis/matcher/candidates.ts';
import { corpusEvaluation, evaluateMatcher, pooledLeaveOneArticleOut, pooledScore, roundLeaveOneOut, type MatcherEvaluation } from '../../../../src/lib/analysis/matcher/evaluate-matcher.ts';
import { fitPairModel, groupingScore, groupPairs, heldOutClaims, pairScore, suggestionScore, type LabelledSet } from '../../../../src/lib/analysis/matcher/pair-training.ts';
import { affinitiesOf, scorePairs } from '../../../../src/lib/analysis/matcher/scoring.ts';
import { corpusEvaluationSchema } from '../../../../src/lib/schemas/evaluation.ts';
import type { PairScoreSummary } from '../../../../src/lib/schemas/pair-model.ts';
import { matcherEventSets } from '../../../helpers/matcher.ts';

const sets = await matcherEventSets();
const bridge = sets.find((set) => set.name === 'bridge-repairs')!;
// A fit needs three sets (each one and each pair held out in turn), and there are three tiny
// events: fitted on all of them. These tests check how the evaluation counts, not how well
// the model carries over (npm run eval measures that on the corpus's held-out events).
const model = fitPairModel(sets);
const articleOf = (id: string) => id.slice(0, id.indexOf('/'));

/** The sentences of a set whose labelled claim another article states: what the candidates are scored on. */
function placeable(labelled: LabelledSet): number {
  const units = labelled.set.units.filter((unit) => !labelled.articles || labelled.articles.has(unit.sentence.articleId));
  return units.filter((unit) => {
    const ids = heldOutClaims(labelled, unit.sentence.articleId).map((claim) => Number(claim.id.slice('claim-'.length)));
    return ids.some((index) => labelled.claims[index]!.includes(unit.sentence.id));
  }).length;
}

describe('evaluateMatcher', () => {
  const run = evaluateMatcher(bridge, model);
  const affinities = affinitiesOf(bridge.set, scorePairs(bridge.set, model));
  const grouping = groupingScore(bridge, affinities, model.mergeThreshold);

  it('scores the machine’s grouping at the model’s merge threshold against the labelled claims', () => {
    expect(run.name).toBe('bridge-repairs');
    expect(run.articles).toBe(3);
    expect(run.machine).toEqual(pairScore(grouping.predicted, grouping.gold));
    expect(run.machine.goldPairs).toBe(groupPairs(bridge.claims).size);
    expect(run.machine.f1).toBeGreaterThan(0.5);
  });

  it('scores the baseline at each fixed threshold, the same way', () => {
    const sentences = bridge.set.units.map((unit) => ({ id: unit.sentence.id, articleId: unit.sentence.articleId, text: unit.sentence.text }));
    expect(run.baseline.map((entry) => entry.threshold)).toEqual([...BASELINE_THRESHOLDS]);
    run.baseline.forEach(({ threshold, score }) => {
      expect(score).toEqual(pairScore(groupPairs(baselineClaims(sentences, threshold).map((claim) => claim.sentenceIds)), grouping.gold));
    });
  });

  it('holds each article out in turn: suggestions, the baseline on the same pairs, and top-1 and top-3 candidates', () => {
    const loo = run.leaveOneArticleOut;
    const suggested = suggestionScore(bridge, claimScorer(claimFeatures(bridge.set, affinities), model.claimStage), model.suggestionThreshold);
    expect(loo.suggestions).toEqual(pairScore(suggested.predicted, suggested.gold));
    expect(loo.baseline.map((entry) => entry.threshold)).toEqual([...BASELINE_THRESHOLDS]);
    for (const { score } of loo.baseline) expect(score.goldPairs).toBe(suggested.gold.size);
    expect(loo.sentences).toBe(placeable(bridge));
    expect(loo.sentences).toBe(9);
    expect(loo.top1).toBeLessThanOrEqual(loo.top3);
    expect(loo.top3).toBeLessThanOrEqual(loo.sentences);
    expect(loo.top3).toBeGreaterThan(0);
  });

  it('gives every candidate pair’s confidence with whether one labelled claim holds both, and their reliability table', () => {
    const gold = groupPairs(bridge.claims);
    const expected = [...affinities].flatMap(([a, near]) => [...near].filter(([b]) => a < b).map(([b, p]) => [p, gold.has(`${a}\n${b}`) ? 1 : 0]));
    expect(run.confidences).toEqual(expected);
    expect(run.confidences.some(([, y]) => y === 1)).toBe(true);
    expect(run.reliability).toHaveLength(10);
    expect(run.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(run.confidences.length);
  });

  it('scores only the named articles of a reviewed set', () => {
    const articles = new Set(['metro-daily', 'city-wire']);
    const scoped = evaluateMatcher({ ...bridge, articles }, model);
    expect(scoped.articles).toBe(2);
    expect(scoped.machine.goldPairs).toBe(groupPairs(bridge.claims, (a, b) => articles.has(articleOf(a)) && articles.has(articleOf(b))).size);
    expect(scoped.confidences.length).toBeLessThan(run.confidences.length);
    expect(scoped.leaveOneArticleOut.sentences).toBe(placeable({ ...bridge, articles }));
    expect(scoped.leaveOneArticleOut.sentences).toBeLessThan(run.leaveOneArticleOut.sentences);
  });
});

const score = (truePositives: number, goldPairs: number, predictedPairs: number): PairScoreSummary => ({ ...pairScore(new Set(), new Set()), truePositives, goldPairs, predictedPairs });

describe('pooledScore', () => {
  it.each([
    ['two runs', [score(3, 4, 6), score(1, 4, 2)], { precision: 0.5, recall: 0.5, f1: 0.5, truePositives: 4, goldPairs: 8, predictedPairs: 8 }],
    ['one run with nothing predicted', [score(0, 5, 0)], { precision: 0, recall: 0, f1: 0, truePositives: 0, goldPairs: 5, predictedPairs: 0 }],
    ['no runs', [], { precision: 0, recall: 0, f1: 0, truePositives: 0, goldPairs: 0, predictedPairs: 0 }],
  ])('pools the counts of %s, not the rates', (_name, runs, expected) => {
    expect(pooledScore(runs)).toEqual(expected);
  });
});

const looRun = (tp: number, sentences: number, top1: number, top3: number): MatcherEvaluation['leaveOneArticleOut'] => ({
  suggestions: score(tp, 10, 10),
  baseline: BASELINE_THRESHOLDS.map((threshold, index) => ({ threshold, score: score(index, 10, 5) })),
  sentences,
  top1,
  top3,
});

describe('pooledLeaveOneArticleOut', () => {
  it('adds up the counts of every run, per baseline threshold too', () => {
    const pooled = pooledLeaveOneArticleOut([looRun(5, 8, 4, 6), looRun(7, 2, 1, 2)]);
    expect(pooled).toMatchObject({ sentences: 10, top1: 5, top3: 8 });
    expect(pooled.suggestions).toMatchObject({ truePositives: 12, goldPairs: 20, predictedPairs: 20, precision: 0.6, recall: 0.6 });
    expect(pooled.baseline.map(({ threshold, score: pooledScoreOf }) => [threshold, pooledScoreOf.truePositives])).toEqual(BASELINE_THRESHOLDS.map((threshold, index) => [threshold, 2 * index]));
  });
});

describe('roundLeaveOneOut', () => {
  it('rounds the rates to three places and keeps the counts', () => {
    const rounded = roundLeaveOneOut({ ...looRun(1, 3, 1, 2), suggestions: pairScore(new Set(['x']), new Set(['x', 'y', 'z'])) });
    expect(rounded.suggestions).toMatchObject({ precision: 1, recall: 0.333, f1: 0.5, truePositives: 1 });
    expect(rounded).toMatchObject({ sentences: 3, top1: 1, top3: 2 });
  });
});

describe('corpusEvaluation', () => {
  const runs = sets.map((set) => ({ ...evaluateMatcher(set, model), title: `The ${set.name} event`, heldOut: set === bridge }));
  const split = { tune: ['ferry-storm', 'library-fire'], heldOut: ['bridge-repairs'] };
  const ablation = [{ without: 'nothing', f1: 0.9, delta: 0, top3: 1 }];
  const evaluation = corpusEvaluation(runs, split, ablation);

  it('is valid by its schema, with every event and its split', () => {
    expect(corpusEvaluationSchema.parse(evaluation)).toEqual(evaluation);
    expect(evaluation.split).toEqual(split);
    expect(evaluation.ablation).toEqual(ablation);
    expect(evaluation.events.map((event) => [event.event, event.title, event.heldOut, event.articles])).toEqual([
      ['bridge-repairs', 'The bridge-repairs event', true, 3],
      ['ferry-storm', 'The ferry-storm event', false, 3],
      ['library-fire', 'The library-fire event', false, 3],
    ]);
  });

  it('pools the held-out events only, rounded', () => {
    const heldOut = runs[0]!;
    expect(evaluation.pooled.machine).toMatchObject({ truePositives: heldOut.machine.truePositives, goldPairs: heldOut.machine.goldPairs, f1: Math.round(heldOut.machine.f1 * 1000) / 1000 });
    expect(evaluation.pooled.leaveOneArticleOut.sentences).toBe(heldOut.leaveOneArticleOut.sentences);
    expect(evaluation.pooled.reliability.reduce((sum, bin) => sum + bin.count, 0)).toBe(heldOut.confidences.length);
    for (const event of evaluation.events) for (const value of [event.machine.f1, event.calibrationError]) expect(Math.round(value * 1000) / 1000).toBe(value);
  });

  it('keeps no ablation unless given one', () => {
    expect(corpusEvaluation(runs, split).ablation).toEqual([]);
  });
});
