import { describe, expect, it } from 'vitest';
import { computeFraming, DEFAULT_FRAMING_SETTINGS } from '../../../src/lib/framing/framing.ts';
import { continuingSentences, isInside, quotedRanges } from '../../../src/lib/framing/quoted.ts';
import { comparisonSchema } from '../../../src/lib/schemas/comparison.ts';
import { framingSchema } from '../../../src/lib/schemas/framing.ts';
import { ownEventComparison } from '../../helpers/own-event.ts';
import { fixture } from '../view/fixture.ts';

describe('computeFraming on an invented comparison', () => {
  const framing = framingSchema.parse(computeFraming(fixture));

  it('publishes its settings', () => {
    expect(framing.settings).toEqual(DEFAULT_FRAMING_SETTINGS);
  });

  it('gives each outlet, in article order, its headline and lead with the claims they state (short articles: all lead)', () => {
    expect(framing.outlets.map((outlet) => [outlet.articleId, outlet.headlineClaimIds, outlet.leadSentenceIds, outlet.leadClaimIds])).toEqual([
      [
        'alpha',
        ['c-budget-agreed-0001'],
        ['alpha/s-a00001', 'alpha/s-a00002', 'alpha/s-a00003', 'alpha/s-a00004'],
        ['c-budget-agreed-0001', 'c-meeting-long-0002', 'c-mayor-pleased-0003', 'c-critics-doubt-0005'],
      ],
      ['beta', ['c-budget-agreed-0001'], ['beta/s-b00001', 'beta/s-b00002', 'beta/s-b00003'], ['c-budget-agreed-0001', 'c-meeting-long-0002', 'c-mayor-pleased-0003']],
      ['gamma', [], ['gamma/s-c00000', 'gamma/s-c00001'], ['c-budget-agreed-0001']],
    ]);
  });

  it('counts whom each outlet’s reporting sentences rely on', () => {
    expect(framing.outlets[0]!.sources).toEqual({ 'own-voice': 3, 'named-person': 1, 'named-institution': 0, 'unnamed-source': 1, 'other-outlet': 0, 'embedded-post': 0 });
    expect(framing.outlets[1]!.sources['own-voice']).toBe(3);
  });

  it('places every claim two or more outlets report', () => {
    const budget = framing.emphasis.find((row) => row.claimId === 'c-budget-agreed-0001')!;
    expect(budget.placements.map((placement) => [placement.articleId, placement.placement])).toEqual([
      ['alpha', 'headline'],
      ['beta', 'headline'],
      ['gamma', 'lead'],
    ]);
    expect(framing.emphasis.map((row) => row.claimId)).not.toContain('c-critics-doubt-0005');
    const spreads = framing.emphasis.map((row) => row.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
  });

  it('lists the terms that set an outlet apart, with every use, never words inside quotation marks', () => {
    const loose = computeFraming(fixture, { ...DEFAULT_FRAMING_SETTINGS, minTermCount: 1, minZ: -Infinity });
    const alpha = loose.outlets[0]!;
    expect(alpha.words.map((term) => term.term)).toContain('meeting');
    expect(alpha.words.map((term) => term.term)).not.toContain('pleased');
    const zs = alpha.words.map((term) => term.z);
    expect(zs).toEqual([...zs].sort((a, b) => b - a));
    for (const term of alpha.words) expect(term.occurrences.length).toBe(term.count);
    // Too few words to reach the published thresholds.
    expect(framing.outlets.flatMap((outlet) => outlet.words)).toEqual([]);
  });
});

describe('framing of a whole event (tests/fixtures/own-event)', () => {
  const comparison = comparisonSchema.parse(ownEventComparison());
  const sentenceById = new Map(comparison?.sentences.map((sentence) => [sentence.id, sentence]));
  const { framing } = comparison ?? {};

  it('is what computeFraming gives for the rest of the file', () => {
    expect(computeFraming(comparison)).toEqual(framing);
  });

  it('finds each lead in the body: reporting sentences at or after the first reporting paragraph', () => {
    for (const outlet of framing.outlets) {
      const sentences = comparison.sentences.filter((sentence) => sentence.articleId === outlet.articleId);
      const body = sentences.find((sentence) => sentence.reporting && sentence.block === 'paragraph')!;
      expect(outlet.leadSentenceIds[0]).toBe(body.id);
      for (const id of outlet.leadSentenceIds) expect(sentenceById.get(id)).toMatchObject({ reporting: true, block: 'paragraph' });
      expect(outlet.leadWords).toBeGreaterThan(0);
    }
  });

  it('counts sources as the profiles do', () => {
    for (const outlet of framing.outlets) {
      expect(outlet.sources).toEqual(comparison.profiles.find((profile) => profile.articleId === outlet.articleId)!.attribution);
    }
  });

  it('points every term at the outlet’s own words, outside quotation marks', () => {
    const continuing = continuingSentences(comparison.quotes);
    for (const outlet of framing.outlets) {
      for (const term of [...outlet.words, ...outlet.phrases]) {
        expect(term.z).toBeGreaterThanOrEqual(framing.settings.minZ);
        expect(term.count).toBeGreaterThanOrEqual(framing.settings.minTermCount);
        for (const occurrence of term.occurrences) {
          const sentence = sentenceById.get(occurrence.sentenceId)!;
          expect(sentence.articleId).toBe(outlet.articleId);
          expect(sentence.block).not.toBe('social-post');
          expect(sentence.text.slice(occurrence.start, occurrence.end)).toMatch(/^\p{L}/u);
          expect(isInside(quotedRanges(sentence.text, continuing.has(sentence.id)), occurrence.start)).toBe(false);
        }
      }
    }
  });

  it('aligns only sentences of different articles in one reviewed claim', () => {
    const claims = new Map(comparison.claims.map((claim) => [claim.id, claim]));
    for (const substitution of framing.substitutions) {
      expect(substitution.sides[0].term < substitution.sides[1].term).toBe(true);
      for (const { sentenceIds, claimIds } of substitution.occurrences) {
        expect(sentenceById.get(sentenceIds[0])!.articleId).not.toBe(sentenceById.get(sentenceIds[1])!.articleId);
        for (const id of claimIds) {
          expect(claims.get(id)).toMatchObject({ reviewed: true });
          expect(claims.get(id)!.sentenceIds).toEqual(expect.arrayContaining(sentenceIds));
        }
      }
    }
  });
});
