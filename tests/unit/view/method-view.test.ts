import { describe, expect, it } from 'vitest';
import { methodViewSchema } from '../../../src/lib/schemas/view/method.ts';
import { corpusEvaluationSchema } from '../../../src/lib/schemas/evaluation.ts';
import { corpusView, leaveOneOutView, methodView } from '../../../src/lib/view/method-view.ts';
import { fixture } from './fixture.ts';

const evaluation = {
  event: null,
  method: { mergeThreshold: 0.3, candidateNeighbours: 24, futureSetting: 'x' },
  results: [
    { set: 'dev.json', layer: 'machine' as const, description: 'A set.', claims: 10, quotes: 4, claimF1: 0.7765, claimPrecision: 1, claimRecall: 0.634, quoteRecall: 1, speakerAccuracy: 0.75 },
    { set: 'dev.json', layer: 'published' as const, description: 'A set.', claims: 10, quotes: 4, claimF1: 0.95, claimPrecision: 0.95, claimRecall: 0.95, quoteRecall: 1, speakerAccuracy: 1 },
  ],
  leaveOneArticleOut: null,
};

describe('methodView', () => {
  const view = methodViewSchema.parse(methodView(fixture, evaluation));

  it('explains every setting it knows, ordered by area, and still lists unknown ones', () => {
    expect(view.settings.map((setting) => [setting.key, setting.value, setting.area, setting.meaning !== ''])).toEqual([
      ['mergeThreshold', '0.3', 'claims', true],
      ['candidateNeighbours', '24', 'claims', true],
      ['futureSetting', 'x', 'other', false],
    ]);
  });

  it('formats evaluation scores and says whether they describe the published settings', () => {
    expect(view.evaluation[0]).toMatchObject({ claimF1: '78%', claimPrecision: '100%', claimRecall: '63%', speakerAccuracy: '75%' });
    expect(view.evaluationMatchesSettings).toBe(true);
    expect(view.evaluation.map((row) => row.layer)).toEqual(['machine alone', 'published claims']);
    expect(view.evaluationSets).toEqual([{ set: 'dev.json', description: 'A set.' }]);
    expect(methodView(fixture, { ...evaluation, method: { mergeThreshold: 0.5 } }).evaluationMatchesSettings).toBe(false);
  });

  it('gives the share reviewed and both layers’ scores, for the method page', () => {
    expect(view.review.claims).toEqual({ part: 2, whole: 5, percent: '40%' });
    expect(view.review.scores).toEqual([{ set: 'dev.json', description: 'A set.', machine: { f1: '78%', precision: '100%', recall: '63%' }, published: { f1: '95%', precision: '95%', recall: '95%' } }]);
  });

  it('counts what was found', () => {
    expect(view.counts).toEqual({ articles: 3, sentences: 12, reportingSentences: 11, claims: 5, sharedClaims: 4, quotes: 3, quoteGroups: 1, entities: 1, figures: 2 });
  });
});

describe('SETTING_MEANINGS', () => {
  it('explains every setting the analysis publishes', async () => {
    const { DEFAULT_ANALYSIS_OPTIONS, analyzeArticles } = await import('../../../src/lib/analysis/analyze.ts');
    const { SETTING_MEANINGS } = await import('../../../src/lib/view/method-view.ts');
    const method = analyzeArticles([], null, DEFAULT_ANALYSIS_OPTIONS).method;
    const unexplained = Object.keys(method).filter((key) => !SETTING_MEANINGS[key]?.meaning);
    expect(unexplained).toEqual([]);
  });
});

const score = (f1: number, truePositives = 1) => ({ precision: f1, recall: f1, f1, truePositives, goldPairs: 2, predictedPairs: 2 });
const baseline = (f1: number) => [0.2, 0.25, 0.3].map((threshold, index) => ({ threshold, score: score(f1 - index * 0.1) }));
const loo = { suggestions: score(0.8), baseline: baseline(0.5), sentences: 40, top1: 30, top3: 38 };

describe('corpusView', () => {
  const event = (name: string, heldOut: boolean, f1: number) => ({
    event: name,
    title: `The ${name}`,
    heldOut,
    articles: 4,
    machine: score(f1),
    baseline: baseline(0.55),
    leaveOneArticleOut: loo,
    calibrationError: 0.02,
    reliability: [],
  });
  const corpus = corpusEvaluationSchema.parse({
    about: 'x',
    split: { tune: ['vote'], heldOut: ['quake', 'strike'] },
    events: [event('quake', true, 0.7), event('vote', false, 0.9), event('strike', true, 0.6)],
    pooled: {
      machine: score(0.65),
      baseline: baseline(0.55),
      leaveOneArticleOut: loo,
      reliability: [
        { low: 0, high: 0.1, count: 2000, meanPredicted: 0.05, observed: 0.04 },
        { low: 0.1, high: 0.2, count: 0, meanPredicted: null, observed: null },
      ],
      calibrationError: 0.018,
    },
    ablation: [
      { without: 'nothing', f1: 0.65, delta: 0, top3: 0.95 },
      { without: 'the path features', f1: 0.6, delta: -0.05, top3: 0.95 },
    ],
  });
  const view = corpusView(corpus);

  it('shows the held-out events only, with the baseline at each threshold and the machine’s margin, and names the tune events as in-sample', () => {
    expect(view.heldOut.map((row) => row.name)).toEqual(['The quake', 'The strike']);
    expect(view.heldOut[0]).toMatchObject({ machine: { f1: '70%' }, top1: '75%', top3: '95%', sentences: 40 });
    expect(view.heldOut[0]!.baseline).toEqual([
      { threshold: '0.20', f1: '55%', margin: '+15 points' },
      { threshold: '0.25', f1: '45%', margin: '+25 points' },
      { threshold: '0.30', f1: '35%', margin: '+35 points' },
    ]);
    expect(view.heldOut[1]!.baseline[0]!.margin).toBe('+5 points');
    expect(view.pooled).toMatchObject({ name: 'All held-out events', articles: 8, machine: { f1: '65%' } });
    expect(view.tuneEvents).toEqual(['The vote']);
  });

  it('leaves out empty reliability bins and formats the ablation', () => {
    expect(view.reliability).toEqual([{ range: '0%–10%', pairs: 2000, meanConfidence: '5%', observed: '4%' }]);
    expect(view.calibrationError).toBe('2%');
    expect(view.ablation).toEqual([
      { without: 'nothing', f1: '65%', delta: '±0 points', top3: '95%' },
      { without: 'the path features', f1: '60%', delta: '−5 points', top3: '95%' },
    ]);
    expect(methodView(fixture, evaluation, corpus).corpus?.pooled.machine.f1).toBe('65%');
    expect(methodView(fixture, evaluation).corpus).toBeNull();
  });
});

describe('leaveOneOutView', () => {
  it('formats this event’s held-out articles beside the baseline', () => {
    expect(leaveOneOutView({ ...loo, articles: 5 })).toEqual({
      articles: 5,
      suggestions: { f1: '80%', precision: '80%', recall: '80%' },
      baseline: [
        { threshold: '0.20', f1: '50%', margin: '+30 points' },
        { threshold: '0.25', f1: '40%', margin: '+40 points' },
        { threshold: '0.30', f1: '30%', margin: '+50 points' },
      ],
      top1: '75%',
      top3: '95%',
      sentences: 40,
    });
    expect(methodView(fixture, { ...evaluation, leaveOneArticleOut: { ...loo, articles: 5 } }).leaveOneOut?.top3).toBe('95%');
  });
});
