import { describe, expect, it } from 'vitest';
import { methodViewSchema } from '../../../src/lib/schemas/view/method.ts';
import { methodView } from '../../../src/lib/view/method-view.ts';
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
