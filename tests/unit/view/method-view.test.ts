import { describe, expect, it } from 'vitest';
import { methodViewSchema } from '../../../src/lib/schemas/view/method.ts';
import { methodView, pairModelView } from '../../../src/lib/view/method-view.ts';
import { fixture } from './fixture.ts';

const evaluation = {
  method: { claimMergeThreshold: 0.12, clauses: true, futureSetting: 'x' },
  results: [
    { set: 'dev.json', layer: 'machine' as const, description: 'A set.', claims: 10, quotes: 4, claimF1: 0.7765, claimPrecision: 1, claimRecall: 0.634, quoteRecall: 1, speakerAccuracy: 0.75 },
    { set: 'dev.json', layer: 'published' as const, description: 'A set.', claims: 10, quotes: 4, claimF1: 0.95, claimPrecision: 0.95, claimRecall: 0.95, quoteRecall: 1, speakerAccuracy: 1 },
  ],
  pairModel: null,
};

describe('methodView', () => {
  const view = methodViewSchema.parse(methodView(fixture, evaluation));

  it('explains every setting it knows, ordered by area, and still lists unknown ones', () => {
    expect(view.settings.map((setting) => [setting.key, setting.value, setting.area, setting.meaning !== ''])).toEqual([
      ['claimMergeThreshold', '0.12', 'claims', true],
      ['clauses', 'true', 'claims', true],
      ['futureSetting', 'x', 'other', false],
    ]);
  });

  it('formats evaluation scores and says whether they describe the published settings', () => {
    expect(view.evaluation[0]).toMatchObject({ claimF1: '78%', claimPrecision: '100%', claimRecall: '63%', speakerAccuracy: '75%' });
    expect(view.evaluationMatchesSettings).toBe(true);
    expect(view.evaluation.map((row) => row.layer)).toEqual(['machine alone', 'published claims']);
    expect(view.evaluationSets).toEqual([{ set: 'dev.json', description: 'A set.' }]);
    expect(methodView(fixture, { ...evaluation, method: { clauses: false } }).evaluationMatchesSettings).toBe(false);
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

describe('pairModelView', () => {
  const score = (f1: number) => ({ precision: f1, recall: f1, f1, truePositives: 1, goldPairs: 2, predictedPairs: 2 });
  const model = {
    grouping: 'cosine' as const,
    groupingScores: { model: score(0.36), cosine: score(0.463) },
    mergeThreshold: 0.15,
    trainedOn: { articles: ['a.txt', 'b.txt'], reviewedClaims: 69, positives: 160, negatives: 1500 },
    crossValidation: {
      folds: [{ heldOut: 'a.txt', score: score(0.4) }],
      pooled: score(0.36),
      f1Interval: { low: 0.25, high: 0.48, resamples: 1000 },
      reliability: [
        { low: 0, high: 0.1, count: 2000, meanPredicted: 0.05, observed: 0.04 },
        { low: 0.1, high: 0.2, count: 0, meanPredicted: null, observed: null },
        { low: 0.8, high: 0.9, count: 14, meanPredicted: 0.848, observed: 0.857 },
      ],
      calibrationError: 0.018,
    },
  };

  it('formats the held-out figures and leaves out empty bins', () => {
    expect(pairModelView(model)).toEqual({
      reviewedClaims: 69,
      positives: 160,
      negatives: 1500,
      grouping: 'the cosine rule',
      modelF1: '36%',
      cosineF1: '46%',
      pooledF1: '36%',
      interval: '25%–48%',
      folds: [{ heldOut: 'a.txt', f1: '40%', precision: '40%', recall: '40%' }],
      calibrationError: '2%',
      reliability: [
        { range: '0%–10%', pairs: 2000, meanConfidence: '5%', observed: '4%' },
        { range: '80%–90%', pairs: 14, meanConfidence: '85%', observed: '86%' },
      ],
    });
    expect(pairModelView(null)).toBeNull();
    expect(methodView(fixture, { ...evaluation, pairModel: model }).pairModel?.grouping).toBe('the cosine rule');
  });
});
