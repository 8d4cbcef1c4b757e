import { describe, expect, it } from 'vitest';
import {
  AGREEING_OUTLETS,
  CLAIM_FEATURES,
  claimAudit,
  claimConfidence,
  claimFeatures,
  claimScorer,
  coverage,
  DEFAULT_CANDIDATE_OPTIONS,
  distinctiveLimit,
  distinctiveTerms,
  sentenceCandidates,
  sentenceTermSets,
  textStems,
  type CandidateClaim,
  type ClaimScorer,
} from '../../../../src/lib/analysis/matcher/candidates.ts';
import { cosine, featureVector } from '../../../../src/lib/analysis/matcher/terms.ts';
import { affinityMap, expit, handSet, unitsFrom } from '../../../helpers/matcher.ts';

describe('claimConfidence', () => {
  const claim: CandidateClaim = { id: 'ferry', sentenceIds: ['a/0', 'a/1', 'b/0', 'c/0', 'd/0', 's/0'] };
  const near = affinityMap([
    ['s/1', 'a/0', 0.2],
    ['s/1', 'a/1', 0.9],
    ['s/1', 'b/0', 0.6],
    ['s/1', 'c/0', 0.3],
    // Its own article's member never vouches for it.
    ['s/1', 's/0', 1],
  ]);

  it.each([
    // Best per other article: a 0.9, b 0.6, c 0.3, d 0.
    [1, 0.9],
    [2, 0.75],
    [3, 0.6],
    [4, 0.45],
    [10, 0.45],
  ])('is the mean of the best %i other outlets’ best matches', (agreeing, expected) => {
    expect(claimConfidence(near, 's/1', claim, agreeing)).toBeCloseTo(expected, 12);
  });

  it('asks two outlets to agree by default', () => {
    expect(AGREEING_OUTLETS).toBe(2);
    expect(claimConfidence(near, 's/1', claim)).toBeCloseTo(0.75, 12);
  });

  it('is 0 for a claim with no member in another article, or a sentence with no affinities', () => {
    expect(claimConfidence(near, 's/1', { id: 'own', sentenceIds: ['s/0', 's/2'] })).toBe(0);
    expect(claimConfidence(near, 'z/0', claim)).toBe(0);
  });
});

describe('textStems', () => {
  it.each([
    ['The ferry was cancelled because of storms', ['ferri', 'cancel', 'storm']],
    ['Refunds within 7 days!', ['refund', '7', 'day']],
    ['', []],
    ['— : ; ,', []],
  ])('gives the content stems of “%s”', (text, expected) => {
    expect(textStems(text)).toEqual(expected);
  });
});

describe('coverage', () => {
  const df = new Map([['x', 1], ['y', 1], ['z', 200]]);
  const title = featureVector(['x', 'y', 'y'], df);

  it.each([
    ['all of the title', ['x', 'y', 'other'], 1],
    ['the part of the title’s weight its terms carry', ['x'], 1 / 5],
    ['none of it', ['z'], 0],
  ])('is the share of the title’s squared weight a sentence covers: %s', (_name, terms, expected) => {
    expect(coverage(featureVector(terms, df), title)).toBeCloseTo(expected, 12);
  });

  it('is 0 for an empty title', () => {
    expect(coverage(featureVector(['x'], df), featureVector([], df))).toBe(0);
  });
});

describe('claimFeatures and claimScorer', () => {
  const event = unitsFrom({
    'outlet-a': 'The ferry to Merrow Island was cancelled on Friday.\nRefunds will be paid within a week.',
    'outlet-b': 'Storms forced the cancellation of the Merrow Island ferry.\nPassengers will get refunds within seven days.',
    'outlet-c': 'The Merrow Island ferry did not sail on Friday.',
  });
  const [a0, , b0, , c0] = event.set.units.map((unit) => unit.sentence.id) as [string, string, string, string, string];
  const vector = (id: string) => event.set.units.find((unit) => unit.sentence.id === id)!.vectors.content;
  const affinities = affinityMap([
    [c0, a0, 0.8],
    [c0, b0, 0.6],
    [a0, b0, 0.9],
  ]);
  const features = claimFeatures(event.set, affinities);
  const claim: CandidateClaim = { id: 'ferry', sentenceIds: [a0, b0], title: 'Merrow Island ferry cancelled' };
  const title = featureVector(textStems(claim.title!), event.set.contentFrequency);

  it('reads member confidence, the title’s cosine and coverage, and the cosine with the other articles’ members', () => {
    expect(CLAIM_FEATURES).toEqual(['memberConfidence', 'titleCosine', 'titleCoverage', 'memberCosine']);
    const centroid = new Map<string, number>();
    for (const id of [a0, b0]) for (const [term, weight] of vector(id).weights) centroid.set(term, (centroid.get(term) ?? 0) + weight);
    const members = { weights: centroid, norm: Math.hypot(...centroid.values()) };
    const x = features(c0, claim);
    expect(x).toHaveLength(4);
    expect(x[0]).toBeCloseTo(0.7, 12);
    expect(x[1]).toBeCloseTo(cosine(vector(c0), title), 12);
    expect(x[2]).toBeCloseTo(coverage(vector(c0), title), 12);
    expect(x[3]).toBeCloseTo(cosine(vector(c0), members), 12);
    expect(x[1]).toBeGreaterThan(0.3);
  });

  it('leaves a member’s own article out of the members it is compared with', () => {
    expect(features(a0, claim)[3]).toBeCloseTo(cosine(vector(a0), vector(b0)), 12);
    expect(features(a0, claim)[0]).toBeCloseTo(0.9, 12);
  });

  it('gives the title features 0 for a claim without a title, and everything but the member confidence 0 for a sentence it does not know', () => {
    const untitled = features(c0, { ...claim, title: null });
    expect(untitled.slice(0, 3)).toEqual([features(c0, claim)[0], 0, 0]);
    expect(untitled[3]).toBeGreaterThan(0);
    expect(features('outlet-z/s-000000', claim)).toEqual([0, 0, 0, 0]);
  });

  it('scores with the member confidence alone without a stage, with the stage’s logistic otherwise', () => {
    const fixed = () => [0.5, 0.25, 0.2, 0.1];
    expect(claimScorer(fixed, null)(c0, claim)).toBe(0.5);
    expect(claimScorer(fixed, { weights: [1, 2, 3, 4], bias: -1 })(c0, claim)).toBeCloseTo(expit(-1 + 0.5 + 0.5 + 0.6 + 0.4), 12);
    expect(claimScorer(features, null)(c0, claim)).toBeCloseTo(0.7, 12);
  });
});

describe('distinctiveLimit', () => {
  it.each([
    [4, 0.15, 2, 2],
    [40, 0.15, 2, 6],
    [1000, 0.15, 2, 25],
    [10, 0.5, 1, 5],
    [0, 0.15, 3, 3],
  ])('among %i claims (share %d, at least %i) allows %i other claims', (claims, maxOtherClaimShare, minOtherClaims, expected) => {
    expect(distinctiveLimit(claims, { maxOtherClaimShare, minOtherClaims })).toBe(expected);
  });
});

/** Four claims on a ferry: every one uses "ferri", each its own words too. */
const termsOf = new Map<string, Set<string>>([
  ['a/0', new Set(['ferri', 'storm', 'merrow'])],
  ['b/0', new Set(['ferri', 'storm'])],
  ['a/1', new Set(['ferri', 'refund', 'week'])],
  ['b/1', new Set(['ferri', 'refund'])],
  ['a/2', new Set(['ferri', 'shop', 'bread'])],
  ['a/3', new Set(['ferri', 'wind', 'week'])],
  // Sentences to place.
  ['c/0', new Set(['ferri'])],
  ['c/1', new Set(['ferri', 'merrow'])],
  ['c/2', new Set(['storm', 'refund', 'shop', 'wind'])],
  ['c/3', new Set(['week'])],
]);
const claims: CandidateClaim[] = [
  { id: 'cancelled', sentenceIds: ['a/0', 'b/0'] },
  { id: 'refunds', sentenceIds: ['a/1', 'b/1'] },
  { id: 'shop', sentenceIds: ['a/2'] },
  { id: 'wind', sentenceIds: ['a/3'] },
];

describe('distinctiveTerms', () => {
  it('keeps the terms at most `maxOtherClaims` other claims use', () => {
    const distinctive = distinctiveTerms(claims, termsOf, 1);
    expect(Object.fromEntries([...distinctive].map(([id, terms]) => [id, [...terms].sort()]))).toEqual({
      cancelled: ['merrow', 'storm'],
      // "week" is in two claims: one other, still distinctive at 1.
      refunds: ['refund', 'week'],
      shop: ['bread', 'shop'],
      wind: ['week', 'wind'],
    });
    expect(distinctiveTerms(claims, termsOf, 0).get('refunds')).toEqual(new Set(['refund']));
    // A term every claim uses is distinctive only when every other claim may use it.
    expect(distinctiveTerms(claims, termsOf, 3).get('shop')!.has('ferri')).toBe(true);
    expect(distinctiveTerms(claims, termsOf, 2).get('shop')!.has('ferri')).toBe(false);
  });
});

describe('sentenceTermSets', () => {
  it('gives each sentence its content terms, figures included, as a set', () => {
    const set = handSet([{ id: 'a/0', content: ['ferri', 'ferri', 'merrow'], figures: [{ key: 'count:300:passenger', kind: 'count:passenger' }] }]);
    expect(sentenceTermSets(set.units)).toEqual(new Map([['a/0', new Set(['ferri', 'merrow', '#count:300:passenger'])]]));
  });
});

describe('sentenceCandidates', () => {
  const score: ClaimScorer = (sentenceId, claim) => ({ cancelled: 0.9, refunds: 0.4, shop: 0.61234, wind: 0.008 })[claim.id]! - (sentenceId === 'c/2' && claim.id === 'shop' ? 0.2 : 0);

  it('never proposes a claim for words that run through the whole event', () => {
    expect(sentenceCandidates(['c/0'], claims, score, termsOf).get('c/0')).toEqual([]);
  });

  it('proposes the claims a sentence shares a distinctive term with, best first, rounded, above the floor', () => {
    expect(sentenceCandidates(['c/1', 'c/2'], claims, score, termsOf)).toEqual(
      new Map([
        ['c/1', [{ claimId: 'cancelled', confidence: 0.9 }]],
        // "wind" scores under the floor (0.01).
        [
          'c/2',
          [
            { claimId: 'cancelled', confidence: 0.9 },
            { claimId: 'shop', confidence: 0.412 },
            { claimId: 'refunds', confidence: 0.4 },
          ],
        ],
      ]),
    );
  });

  it('lists at most `perSentence`, and none under `floor`', () => {
    const options = { ...DEFAULT_CANDIDATE_OPTIONS, perSentence: 1 };
    expect(sentenceCandidates(['c/2'], claims, score, termsOf, options).get('c/2')).toEqual([{ claimId: 'cancelled', confidence: 0.9 }]);
    expect(sentenceCandidates(['c/2'], claims, score, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, floor: 0.5 }).get('c/2')!.map((c) => c.claimId)).toEqual(['cancelled']);
    expect(sentenceCandidates(['c/2'], claims, score, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, floor: 0 }).get('c/2')!.map((c) => c.claimId)).toEqual(['cancelled', 'shop', 'refunds']);
    expect(sentenceCandidates(['c/2'], claims, score, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, floor: 0, perSentence: 4 }).get('c/2')!.map((c) => c.claimId)).toEqual(['cancelled', 'shop', 'refunds', 'wind']);
  });

  it('never proposes the claim a sentence is already in', () => {
    // a/0 shares its distinctive terms only with its own claim.
    expect(sentenceCandidates(['a/0'], claims, score, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, floor: 0 }).get('a/0')).toEqual([]);
    // a/1 ("week") reaches its own claim and the wind claim: only the wind claim is listed.
    expect(sentenceCandidates(['a/1'], claims, score, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, floor: 0 }).get('a/1')).toEqual([{ claimId: 'wind', confidence: 0.008 }]);
  });

  it('breaks ties by claim id, and gives an empty list to a sentence it knows nothing of', () => {
    const flat: ClaimScorer = () => 0.5;
    const list = sentenceCandidates(['c/2', 'unknown/0'], claims, flat, termsOf, { ...DEFAULT_CANDIDATE_OPTIONS, perSentence: 4 });
    expect(list.get('c/2')!.map((c) => c.claimId)).toEqual(['cancelled', 'refunds', 'shop', 'wind']);
    expect(list.get('unknown/0')).toEqual([]);
  });

  it('publishes its defaults', () => {
    expect(DEFAULT_CANDIDATE_OPTIONS).toEqual({ perSentence: 3, floor: 0.01, maxOtherClaimShare: 0.15, minOtherClaims: 2 });
  });
});

describe('claimAudit', () => {
  const articleSentences = new Map([
    ['a', ['a/0', 'a/1', 'a/2', 'a/3']],
    ['c', ['c/0', 'c/1', 'c/2', 'c/3']],
  ]);
  const score: ClaimScorer = (sentenceId) => ({ 'c/1': 0.8, 'c/2': 0.3, 'a/1': 0.6, 'a/3': 0.008 })[sentenceId] ?? 0.5;
  const options = { ...DEFAULT_CANDIDATE_OPTIONS, perArticle: 3 };

  it('ranks each article’s sentences sharing a distinctive term with the claim, members left out, best first', () => {
    // "cancelled" is distinguished by "storm" and "merrow": c/1 and c/2 have them; c/0 has only "ferri".
    expect(claimAudit(claims[0]!, claims, articleSentences, score, termsOf, options)).toEqual(
      new Map([
        ['a', []],
        [
          'c',
          [
            { sentenceId: 'c/1', confidence: 0.8 },
            { sentenceId: 'c/2', confidence: 0.3 },
          ],
        ],
      ]),
    );
  });

  it('includes sentences already in other claims, and leaves out `skip`, what is under the floor and past `perArticle`', () => {
    const refunds = claims[1]!;
    // a/3 ("week") is in the wind claim but may state this one too; it scores under the floor.
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, options).get('a')).toEqual([]);
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, { ...options, floor: 0 }).get('a')).toEqual([{ sentenceId: 'a/3', confidence: 0.008 }]);
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, options).get('c')).toEqual([
      { sentenceId: 'c/3', confidence: 0.5 },
      { sentenceId: 'c/2', confidence: 0.3 },
    ]);
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, { ...options, perArticle: 1 }).get('c')).toEqual([{ sentenceId: 'c/3', confidence: 0.5 }]);
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, { ...options, skip: new Set(['c/3']) }).get('c')).toEqual([{ sentenceId: 'c/2', confidence: 0.3 }]);
    expect(claimAudit(refunds, claims, articleSentences, score, termsOf, { ...options, floor: 0.4 }).get('c')).toEqual([{ sentenceId: 'c/3', confidence: 0.5 }]);
  });
});
