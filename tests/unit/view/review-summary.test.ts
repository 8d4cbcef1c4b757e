import { describe, expect, it } from 'vitest';
import { reviewSummarySchema } from '../../../src/lib/schemas/view/review.ts';
import { reviewSummary, share } from '../../../src/lib/view/review-summary.ts';
import { fixture } from './fixture.ts';

const result = (set: string, layer: 'machine' | 'published' | 'file', f1: number) => ({
  set,
  layer,
  description: `About ${set}.`,
  claims: 10,
  quotes: 2,
  claimF1: f1,
  claimPrecision: f1,
  claimRecall: f1,
  quoteRecall: 1,
  speakerAccuracy: 1,
});

describe('share', () => {
  it.each([
    [69, 70, '99%'],
    [0, 0, '0%'],
    [1, 400, '<1%'],
  ])('%i of %i is %s', (part, whole, percent) => {
    expect(share(part, whole)).toEqual({ part, whole, percent });
  });
});

describe('reviewSummary', () => {
  const evaluation = { event: null, method: {}, results: [result('dev.json', 'machine', 0.738), result('dev.json', 'published', 0.984), result('extra.json', 'published', 0.85)], leaveOneArticleOut: null, pairModel: null };
  const summary = reviewSummarySchema.parse(reviewSummary(fixture, evaluation));

  it('gives the share of claims, sentences and articles an editor reviewed, from the data’s own record', () => {
    expect(summary).toMatchObject({
      applied: true,
      claims: { part: 2, whole: 5, percent: '40%' },
      sentences: { part: 7, whole: 11, percent: '64%' },
      articles: { part: 2, whole: 3, percent: '67%' },
      correctedSpeakers: 1,
      noFactSentences: 0,
    });
  });

  it('counts sentences that state no fact apart, not as covered', () => {
    const withNoFact = { ...fixture, review: { ...fixture.review, noFactSentences: 3 } };
    expect(reviewSummary(withNoFact, evaluation)).toMatchObject({ sentences: { part: 7, whole: 8, percent: '88%' }, noFactSentences: 3 });
  });

  it('sets the machine alone beside the published claims for each labelled set', () => {
    expect(summary.scores).toEqual([
      { set: 'dev.json', description: 'About dev.json.', machine: { f1: '74%', precision: '74%', recall: '74%' }, published: { f1: '98%', precision: '98%', recall: '98%' } },
      { set: 'extra.json', description: 'About extra.json.', machine: null, published: { f1: '85%', precision: '85%', recall: '85%' } },
    ]);
  });
});
