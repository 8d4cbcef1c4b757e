import { describe, expect, it } from 'vitest';
import { claimEmphasis, FIRST_THIRD, placeClaim, placementSpread, type PlacedArticle } from '../../../src/lib/framing/emphasis.ts';

/** An article with headline h, lead a and b, then c at a quarter of the way, d at a third, e at nine tenths. */
const article: PlacedArticle = {
  opening: { headlineSentenceIds: ['h'], leadSentenceIds: ['a', 'b'], leadWords: 40 },
  positions: new Map([
    ['h', 0],
    ['a', 0],
    ['b', 0.1],
    ['c', 0.25],
    ['d', 1 / 3],
    ['e', 0.9],
  ]),
};

describe('placeClaim', () => {
  it.each([
    [['h'], 'headline', 'h'],
    [['e', 'h'], 'headline', 'h'],
    [['b'], 'lead', 'b'],
    [['e', 'a'], 'lead', 'a'],
    [['c'], 'first-third', 'c'],
    [['e', 'c'], 'first-third', 'c'],
    [['d'], 'later', 'd'],
    [['e'], 'later', 'e'],
  ] as const)('places members %j: %s (by %s)', (members, placement, sentenceId) => {
    expect(placeClaim(members, article)).toMatchObject({ placement, sentenceId });
  });

  it('puts the first third’s end exactly at one third, exclusive', () => {
    expect(FIRST_THIRD).toBeCloseTo(0.3333333, 6);
    expect(placeClaim(['d'], article).position).toBe(0.333);
  });
});

describe('placementSpread', () => {
  it('is the mean step difference over every two placements, leaving out articles that do not report it', () => {
    // Steps 0 (headline), 1 (lead), 3 (later): |0−1| + |0−3| + |1−3| = 6 over 3 pairs.
    expect(placementSpread([{ placement: 'headline' }, { placement: 'lead' }, { placement: 'later' }, { placement: 'not-reported' }])).toBe(2);
    expect(placementSpread([{ placement: 'lead' }, { placement: 'lead' }])).toBe(0);
    expect(placementSpread([{ placement: 'lead' }])).toBe(0);
  });
});

describe('claimEmphasis', () => {
  const other: PlacedArticle = {
    opening: { headlineSentenceIds: [], leadSentenceIds: ['x1'], leadWords: 30 },
    positions: new Map([
      ['x1', 0],
      ['x2', 0.2],
      ['x3', 0.8],
    ]),
  };
  const articles = [
    { id: 'one', ...article },
    { id: 'two', ...other },
  ];
  const articleOf = (id: string) => (id.startsWith('x') ? 'two' : 'one');

  it('places each claim two or more articles report, most differently placed first', () => {
    const rows = claimEmphasis(
      [
        { id: 'same', sentenceIds: ['a', 'x1'] },
        { id: 'apart', sentenceIds: ['h', 'x3'] },
        { id: 'alone', sentenceIds: ['c'] },
        { id: 'near', sentenceIds: ['e', 'x2'] },
      ],
      articles,
      articleOf,
    );
    expect(rows.map((row) => [row.claimId, row.spread])).toEqual([
      ['apart', 3],
      ['near', 1],
      ['same', 0],
    ]);
    expect(rows[0]!.placements).toEqual([
      { articleId: 'one', placement: 'headline', sentenceId: 'h', position: 0 },
      { articleId: 'two', placement: 'later', sentenceId: 'x3', position: 0.8 },
    ]);
  });

  it('breaks ties by the more prominent placement, then by id', () => {
    const rows = claimEmphasis(
      [
        { id: 'b-later', sentenceIds: ['e', 'x3'] },
        { id: 'a-later', sentenceIds: ['d', 'x3'] },
        { id: 'lead', sentenceIds: ['b', 'x1'] },
      ],
      articles,
      articleOf,
    );
    expect(rows.map((row) => row.claimId)).toEqual(['lead', 'a-later', 'b-later']);
  });
});
