import { describe, expect, it } from 'vitest';
import { pairViewSchema } from '../../../src/lib/schemas/view/pair.ts';
import { pairView } from '../../../src/lib/view/pair-view.ts';
import { fixtureIndex } from './fixture.ts';

const index = fixtureIndex();

describe('pairView', () => {
  const view = pairViewSchema.parse(pairView(index, 'alpha', 'beta'));
  const [alpha, beta] = view.columns;

  it('shows both articles in full, in reading order, with their own anchors', () => {
    expect(alpha.sentences.map((sentence) => sentence.localId)).toEqual(['a-s-a00000', 'a-s-a00001', 'a-s-a00002', 'a-s-a00003', 'a-s-a00004']);
    expect(beta.sentences.map((sentence) => [sentence.number, sentence.blockLabel])).toEqual([
      [1, 'Headline'],
      [2, null],
      [3, null],
      [4, null],
      [5, 'Section label'],
    ]);
  });

  it('marks sentences the two share and links them both ways', () => {
    const link = (side: typeof alpha) => side.sentences.map((sentence) => [sentence.localId, sentence.counterparts.map((other) => other.localId)]);
    expect(link(alpha)).toEqual([
      ['a-s-a00000', ['b-s-b00000', 'b-s-b00001']],
      ['a-s-a00001', ['b-s-b00000', 'b-s-b00001', 'b-s-b00002']],
      ['a-s-a00002', ['b-s-b00003']],
      ['a-s-a00003', ['b-s-b00002']],
      ['a-s-a00004', []],
    ]);
    for (const sentence of alpha.sentences) {
      for (const counterpart of sentence.counterparts) {
        const other = beta.sentences.find((candidate) => candidate.localId === counterpart.localId)!;
        expect(other.counterparts.map((back) => back.localId)).toContain(sentence.localId);
      }
    }
    expect([alpha.shared, beta.shared]).toEqual([4, 4]);
  });

  it('says who decided a sentence is shared: an editor, or the machine with its least confidence', () => {
    expect(alpha.sentences.map((sentence) => sentence.sharedMark)).toEqual([
      'reviewed',
      'machine match, 71% confidence',
      'reviewed',
      'machine match, 71% confidence',
      null,
    ]);
  });

  it('links sentences the machine only suggests as counterparts apart, with its confidence', () => {
    const withGamma = pairViewSchema.parse(pairView(index, 'beta', 'gamma'));
    const [betaColumn, gammaColumn] = withGamma.columns;
    const mayor = betaColumn.sentences.find((sentence) => sentence.anchor === 's-b00003')!;
    expect([mayor.sharedClaimKeys, mayor.suggestedCounterparts]).toEqual([[], [{ localId: 'b-s-c00001', number: 2, confidence: 0.55, percent: '55%' }]]);
    const back = gammaColumn.sentences.find((sentence) => sentence.anchor === 's-c00001')!;
    expect(back.suggestedCounterparts.map((other) => other.localId)).toEqual(['a-s-b00003']);
    // Sentences already counterparts through a claim are not repeated as suggestions.
    expect(back.counterparts.map((other) => other.localId)).toEqual(['a-s-b00000', 'a-s-b00001']);
    expect([betaColumn.suggested, gammaColumn.suggested]).toEqual([1, 0]);
    expect(alpha.suggested).toBe(0);
  });

  it('only shares claims both report (not a claim the first shares with a third outlet)', () => {
    expect(alpha.sentences[2]!.sharedClaimKeys).toEqual(['c-mayor-pleased-0003']);
    expect(view.sharedClaims.map((claim) => claim.key)).toEqual(['c-budget-agreed-0001', 'c-meeting-long-0002', 'c-mayor-pleased-0003']);
  });

  it('diffs shared sentences worded alike', () => {
    expect(view.nearIdentical.map((pair) => [pair.first.localId, pair.second.localId, pair.similarity])).toEqual([
      ['a-s-a00001', 'b-s-b00001', 0.833],
      ['a-s-a00002', 'b-s-b00003', 0.769],
      ['a-s-a00003', 'b-s-b00002', 0.5],
    ]);
    const diff = view.nearIdentical[0]!.diff;
    expect(diff.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(alpha.sentences[1]!.text);
    expect(diff.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(beta.sentences[1]!.text);
  });

  it('pairs the quotations both give and diffs them', () => {
    expect(view.quoteVariants).toHaveLength(1);
    expect(view.quoteVariants[0]).toMatchObject({
      speaker: 'Ann Mayor',
      speakerByEditor: true,
      first: { text: 'We are pleased', sentence: { localId: 'a-s-a00002' } },
      second: { text: 'We are very pleased', sentence: { localId: 'b-s-b00003' } },
    });
  });

  it('raises the near-identical bar on request', () => {
    expect(pairView(index, 'alpha', 'beta', { nearIdentical: 0.9, quotePairMinimum: 0.25, quoteContainment: 0.8 }).nearIdentical).toEqual([]);
  });

  it('refuses unknown articles', () => {
    expect(() => pairView(index, 'alpha', 'nope')).toThrow(/unknown article nope/);
  });
});
