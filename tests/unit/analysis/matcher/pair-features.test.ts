import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../../src/lib/analysis/analyze.ts';
import type { ClaimUnit } from '../../../../src/lib/analysis/matcher/claims.ts';
import { PAIR_FEATURES, pairFeatures, unitProfile } from '../../../../src/lib/analysis/matcher/pair-features.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

/** Invented sentences, one pair per feature that should fire. */
const { comparison, units } = runAnalysis(
  articlesFrom({
    'outlet-a':
      'Aid Restarted\n' +
      'The council restarted aid to the river towns on Monday, Mayor Tom Brandt said.\n' +
      'The port will stay closed for 30 days.\n' +
      'Governor Ana Ruiz did not sign the budget.\n' +
      'The Senate approved the budget.',
    'outlet-b':
      'The council stopped aid to the river towns on Monday, Mayor Tom Brandt said.\n' +
      'The port will stay closed for 60 days.\n' +
      'Governor Ana Ruiz signed the budget.\n' +
      'The Assembly approved the budget.',
  }),
);
const attribution = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.attribution]));
const unitOf = (start: string): ClaimUnit => units.find((unit) => unit.sentence.text.startsWith(start))!;
const features = (a: string, b: string) => {
  const x = unitOf(a);
  const y = unitOf(b);
  const values = pairFeatures(x, y, unitProfile(x, attribution.get(x.sentence.id)), unitProfile(y, attribution.get(y.sentence.id)));
  return Object.fromEntries(PAIR_FEATURES.map((name, index) => [name, values[index]!]));
};

describe('pairFeatures', () => {
  it('gives every feature, each between 0 and 1', () => {
    const values = features('The council restarted', 'The council stopped');
    expect(Object.keys(values)).toEqual([...PAIR_FEATURES]);
    for (const value of Object.values(values)) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of Object.values(values)) expect(value).toBeLessThanOrEqual(1);
  });

  it.each([
    { name: 'verbs of opposite sense', a: 'The council restarted', b: 'The council stopped', feature: 'oppositeVerbs', value: 1 },
    { name: 'the same named source', a: 'The council restarted', b: 'The council stopped', feature: 'sameSource', value: 1 },
    { name: 'figures that conflict', a: 'The port will stay closed for 30', b: 'The port will stay closed for 60', feature: 'figureConflict', value: 1 },
    { name: 'no shared figure when they conflict', a: 'The port will stay closed for 30', b: 'The port will stay closed for 60', feature: 'sharedFigure', value: 0 },
    { name: 'a negation on one side only', a: 'Governor Ana Ruiz did not', b: 'Governor Ana Ruiz signed', feature: 'negationMismatch', value: 1 },
    { name: 'the same actor', a: 'Governor Ana Ruiz did not', b: 'Governor Ana Ruiz signed', feature: 'sameActor', value: 1 },
    { name: 'different actors', a: 'The Senate approved', b: 'The Assembly approved', feature: 'actorConflict', value: 1 },
    { name: 'a title', a: 'Aid Restarted', b: 'The council stopped', feature: 'title', value: 1 },
  ])('$name', ({ a, b, feature, value }) => {
    expect(features(a, b)[feature]).toBe(value);
  });

  it('is symmetric', () => {
    const x = unitOf('The council restarted');
    const y = unitOf('The Assembly approved');
    const px = unitProfile(x, attribution.get(x.sentence.id));
    const py = unitProfile(y, attribution.get(y.sentence.id));
    expect(pairFeatures(x, y, px, py)).toEqual(pairFeatures(y, x, py, px));
  });
});
