import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../../src/lib/analysis/analyze.ts';
import { candidateEdges, groupClaims, type ClaimUnit } from '../../../../src/lib/analysis/matcher/claims.ts';
import { featureVector, inverseDocumentFrequency } from '../../../../src/lib/analysis/matcher/claim-features.ts';
import type { CorpusSentence } from '../../../../src/lib/analysis/corpus.ts';
import { articlesFrom } from '../../../helpers/corpus.ts';

/**
 * An invented event with its own vocabulary, to check that the method is not fitted to the
 * development articles: three outlets on a central bank decision.
 */
const otherEvent = articlesFrom({
  'outlet-a':
    'Central Bank Lifts Rates Again\n' +
    'The central bank raised its benchmark interest rate by a quarter point on Wednesday, to 5.5 percent.\n' +
    'Governor Elena Ruiz said inflation remained far too high for comfort.\n' +
    'The decision was unanimous, the bank said in a statement.\n' +
    'Bond yields climbed after the announcement, with the two-year yield touching a 16-year high.',
  'outlet-b':
    'On Wednesday the central bank lifted interest rates by a quarter point, its eleventh increase in a row.\n' +
    '“Inflation is still far too high,” Elena Ruiz told a news conference.\n' +
    'Economists polled by a news agency expect one more increase before the end of the year.\n' +
    'Mortgage lenders said they would pass the higher rate on to borrowers within days.',
  'outlet-c':
    'Policy makers voted unanimously to raise rates, the central bank said.\n' +
    'Governor Ruiz warned that inflation remains far too high.\n' +
    'A small bakery owner in the capital said her energy bills had doubled this winter.',
});

const claimsOf = (comparison: ReturnType<typeof analyzeArticles>, sentenceText: string) => {
  const sentence = comparison.sentences.find((candidate) => candidate.text.includes(sentenceText))!;
  return new Set(sentence.claimIds);
};
const together = (comparison: ReturnType<typeof analyzeArticles>, a: string, b: string) =>
  [...claimsOf(comparison, a)].some((id) => claimsOf(comparison, b).has(id));

describe('groupClaims on an invented event (not the development articles)', () => {
  const comparison = analyzeArticles(otherEvent);

  it.each([
    ['raised its benchmark interest rate by a quarter point', 'lifted interest rates by a quarter point'],
    ['raised its benchmark interest rate by a quarter point', 'voted unanimously to raise rates'],
    ['inflation remained far too high', 'Inflation is still far too high'],
    ['inflation remained far too high', 'inflation remains far too high'],
    ['Governor Elena Ruiz said inflation', 'Governor Ruiz warned that inflation'],
  ])('lines up “%s” with “%s”', (a, b) => {
    expect(together(comparison, a, b)).toBe(true);
  });

  it.each([
    ['Bond yields climbed', 'Mortgage lenders said'],
    ['Economists polled', 'Bond yields climbed'],
    ['A small bakery owner', 'inflation remains far too high'],
  ])('keeps “%s” apart from “%s”', (a, b) => {
    expect(together(comparison, a, b)).toBe(false);
  });

  it('makes a fact reported by one outlet only a claim of its own, labelled by its sentence', () => {
    const bakery = comparison.claims.find((claim) => claim.label.startsWith('A small bakery owner'))!;
    expect(bakery).toMatchObject({ articleIds: ['outlet-c'], coverage: 'single', missingArticleIds: ['outlet-a', 'outlet-b'] });
  });

  it('labels every machine claim with words of one of its sentences, and gives it a confidence', () => {
    const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
    for (const claim of comparison.claims) {
      expect(claim.reviewed).toBe(false);
      expect(text.get(claim.labelSentenceId!)).toContain(claim.label);
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
  });
});

function unit(articleId: string, index: number, terms: string[], idf: Map<string, number>): ClaimUnit {
  const sentence = { id: `${articleId}/s${index}`, articleId, index, block: 'paragraph', text: terms.join(' ') } as CorpusSentence;
  return { sentence, text: sentence.text, whole: true, terms, vector: featureVector(terms, idf) };
}

describe('groupClaims (mechanics)', () => {
  const bags = [['w:a', 'w:b', 'w:c'], ['w:a', 'w:b', 'w:c'], ['w:a', 'w:b', 'w:d'], ['w:x', 'w:y'], ['w:x', 'w:y']];
  const idf = inverseDocumentFrequency(bags);

  it('never joins two sentences of the same article on their own', () => {
    const units = [unit('a', 0, bags[0]!, idf), unit('a', 1, bags[1]!, idf)];
    expect(groupClaims(units).every((claim) => claim.articleIds.length === 1)).toBe(true);
    expect(candidateEdges(units, { neighbours: 5, maxPostings: 100, candidateTerms: 10 })).toEqual([]);
  });

  it('joins similar sentences of different articles and lets a sentence join two claims', () => {
    const units = [
      unit('a', 0, bags[0]!, idf),
      unit('b', 0, bags[1]!, idf),
      unit('c', 0, ['w:a', 'w:b', 'w:c', 'w:x', 'w:y'], idf),
      unit('d', 0, bags[3]!, idf),
      unit('e', 0, bags[4]!, idf),
    ];
    const claims = groupClaims(units, { neighbours: 5, maxPostings: 100, candidateTerms: 10, mergeThreshold: 0.5, secondaryThreshold: 0.3, linkageSample: 12, twinThreshold: 0.9 });
    const shared = claims.filter((claim) => claim.articleIds.length > 1);
    expect(shared.map((claim) => claim.articleIds)).toEqual([['a', 'b', 'c'], ['c', 'd', 'e']]);
  });

  it('gives ids that stay the same from run to run', () => {
    const units = [unit('a', 0, bags[0]!, idf), unit('b', 0, bags[1]!, idf)];
    expect(groupClaims(units).map((claim) => claim.id)).toEqual(groupClaims(units).map((claim) => claim.id));
    expect(groupClaims(units)[0]!.id).toMatch(/^c-[a-z0-9-]+-[0-9a-f]{6}$/);
  });
});
