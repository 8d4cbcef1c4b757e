import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../src/lib/analysis/analyze.ts';
import { unreviewedSentences, type KnownSentence } from '../../../src/lib/review/check-claims.ts';
import { checkNoFactSentences } from '../../../src/lib/review/check-editorial.ts';
import type { ClaimFile } from '../../../src/lib/review/claim-files.ts';
import { articlesFrom } from '../../helpers/corpus.ts';

const sentences: KnownSentence[] = [
  { id: 'alpha/s-a00001', articleId: 'alpha', text: 'Will the council agree?', reporting: true },
  { id: 'alpha/s-a00002', articleId: 'alpha', text: 'The council agreed a budget of $5m on Monday.', reporting: true },
  { id: 'alpha/s-a00003', articleId: 'alpha', text: 'By Ann Writer', reporting: false },
];
const claim = (path: string, ...ids: string[]): ClaimFile => ({
  slug: 'x',
  path,
  title: 'T',
  status: 'reviewed',
  sentences: ids.map((id) => ({ id, text: sentences.find((sentence) => sentence.id === id)!.text })),
  confidence: null,
  note: null,
});
const base = { claims: [claim('content/claims/budget.md', 'alpha/s-a00002')], reviewPath: 'content/review.yaml' };

describe('checkNoFactSentences', () => {
  it('accepts a current sentence no claim holds', () => {
    expect(checkNoFactSentences({ ...base, statesNoFact: [{ id: 'alpha/s-a00001', text: 'Will the council agree?', why: 'a question' }] }, sentences)).toEqual([]);
  });

  it.each([
    {
      name: 'changed words',
      entry: { id: 'alpha/s-a00001', text: 'Will the board agree?' },
      line: 'statesNoFact: sentence alpha/s-a00001 now reads "Will the council agree?"; check that it still states the claim, then copy its new text into the file (or remove the sentence)',
    },
    {
      name: 'a sentence a reviewed claim holds',
      entry: { id: 'alpha/s-a00002', text: 'The council agreed a budget of $5m on Monday.' },
      line: 'statesNoFact: sentence alpha/s-a00002 is also a member of content/claims/budget.md; a sentence either states a claim or states no fact: remove it from one of the two',
    },
    {
      name: 'page furniture',
      entry: { id: 'alpha/s-a00003', text: 'By Ann Writer' },
      line: 'statesNoFact: sentence alpha/s-a00003 is not reporting text (a label, signature, link title or page furniture); remove it from the list',
    },
  ])('reports $name as one line naming the review record', ({ entry, line }) => {
    expect(checkNoFactSentences({ ...base, statesNoFact: [entry] }, sentences)).toEqual([{ path: 'content/review.yaml', message: line }]);
  });

  it('reports a sentence listed twice', () => {
    const entry = { id: 'alpha/s-a00001', text: 'Will the council agree?' };
    expect(checkNoFactSentences({ ...base, statesNoFact: [entry, entry] }, sentences).map((problem) => problem.message)).toEqual([
      'statesNoFact: sentence alpha/s-a00001 is listed twice; keep one entry',
    ]);
  });
});

describe('unreviewedSentences', () => {
  it('leaves out the sentences an editor found state no fact', () => {
    const open = (noFact: Array<{ id: string }>) => unreviewedSentences([], sentences, new Set(['alpha']), noFact).map((sentence) => sentence.id);
    expect(open([])).toEqual(['alpha/s-a00001', 'alpha/s-a00002']);
    expect(open([{ id: 'alpha/s-a00001' }])).toEqual(['alpha/s-a00002']);
  });
});

describe('a sentence that states no fact, in the analysis', () => {
  const articles = articlesFrom({
    north: 'Will the council approve the bridge budget? The council approved a bridge budget of $5m on Monday.',
    south: 'Will the council approve the bridge budget? On Monday the council approved the $5m bridge budget.',
  });
  const question = (comparison: ReturnType<typeof analyzeArticles>, article: string) =>
    comparison.sentences.find((sentence) => sentence.articleId === article && sentence.text.startsWith('Will'))!;

  it('is in no claim, is marked, and is counted apart', () => {
    const machine = analyzeArticles(articles);
    expect(question(machine, 'north').claimIds.length).toBeGreaterThan(0);
    const noFact = [question(machine, 'north'), question(machine, 'south')].map(({ id, text }) => ({ id, text }));
    const edited = analyzeArticles(articles, null, undefined, {
      claims: [],
      reviewedArticleIds: new Set(),
      speakerCorrections: [],
      speakerCorrectionsPath: 'content/speakers.yaml',
      statesNoFact: noFact,
      reviewPath: 'content/review.yaml',
    });
    for (const article of ['north', 'south']) {
      expect(question(edited, article)).toMatchObject({ statesNoFact: true, claimIds: [], suggestedClaimIds: [] });
    }
    expect(edited.review.noFactSentences).toBe(2);
    expect(edited.claims.flatMap((claim) => claim.sentenceIds)).not.toContain(noFact[0]!.id);
  });
});
