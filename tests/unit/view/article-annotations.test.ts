import { describe, expect, it } from 'vitest';
import { sentenceAnnotationSchema } from '../../../src/lib/schemas/view/annotations.ts';
import { articleAnnotations } from '../../../src/lib/view/article-annotations.ts';
import { fixtureIndex } from './fixture.ts';

const index = fixtureIndex();
const notesOf = (articleId: string) =>
  Object.fromEntries(
    articleAnnotations(index, articleId).map((annotation) => [
      sentenceAnnotationSchema.parse(annotation).anchor,
      annotation.notes.map((note) => `${note.kind}: ${note.text}${note.mark ? ` (${note.mark})` : ''}${note.href ? ` → ${note.href}` : ''}`),
    ]),
  );

describe('articleAnnotations', () => {
  it('says for each claim how many other outlets report it, and whether an editor reviewed it or the machine matched it', () => {
    const alpha = notesOf('alpha');
    expect(alpha['s-a00001']).toEqual([
      'claim: claim 1: also in 2 other outlets (reviewed) → /sub/claims/c-budget-agreed-0001/',
      'claim: claim 2: also in 1 other outlet (machine match, 71% confidence) → /sub/claims/c-meeting-long-0002/',
    ]);
  });

  it('says a machine claim of one outlet was not found elsewhere, never that no other outlet reports it', () => {
    expect(notesOf('alpha')['s-a00004']).toEqual([
      'only-here: claim 5: not found by the machine in other outlets (machine match, 90% confidence) → /sub/claims/c-critics-doubt-0005/',
      'source: source: unnamed',
    ]);
  });

  it('lists the other claims the machine thinks a sentence may state, as possible claims with their confidence, not repeating a suggestion', async () => {
    const { fixture } = await import('./fixture.ts');
    const { indexComparison } = await import('../../../src/lib/view/comparison-index.ts');
    const sentences = fixture.sentences.map((sentence) =>
      sentence.anchor === 's-a00004'
        ? { ...sentence, candidates: [{ claimId: 'c-budget-agreed-0001', confidence: 0.42 }, { claimId: 'c-no-such-claim', confidence: 0.3 }] }
        : sentence.anchor === 's-c00001'
          ? { ...sentence, candidates: [{ claimId: 'c-mayor-pleased-0003', confidence: 0.61 }] }
          : sentence,
    );
    const local = indexComparison({ ...fixture, sentences }, '/sub/');
    const notes = (article: string, anchor: string) =>
      articleAnnotations(local, article)
        .find((annotation) => annotation.anchor === anchor)!
        .notes.filter((note) => note.kind === 'candidate')
        .map((note) => `${note.text} (${note.mark}) → ${note.href}`);
    expect(notes('alpha', 's-a00004')).toEqual(['possible claim 1 (machine match, 42% confidence) → /sub/claims/c-budget-agreed-0001/']);
    // Already suggested for that reviewed claim: the suggestion note says it once.
    expect(notes('gamma', 's-c00001')).toEqual([]);
  });

  it('says where an editor found that a sentence states no fact', async () => {
    const { fixture } = await import('./fixture.ts');
    const { indexComparison } = await import('../../../src/lib/view/comparison-index.ts');
    const sentences = fixture.sentences.map((sentence) => (sentence.anchor === 's-a00004' ? { ...sentence, statesNoFact: true, claimIds: [] } : sentence));
    const notes = articleAnnotations(indexComparison({ ...fixture, sentences }, '/'), 'alpha').find((annotation) => annotation.anchor === 's-a00004')!.notes;
    expect(notes.map((note) => `${note.kind}: ${note.text} (${note.mark})`)).toContain("no-fact: states no checkable fact (an editor's finding)");
    expect(notesOf('alpha')['s-a00001']!.some((note) => note.startsWith('no-fact'))).toBe(false);
  });

  it('says "only in this outlet" for a reviewed claim only when an editor checked every other article', async () => {
    const { fixture } = await import('./fixture.ts');
    const { indexComparison } = await import('../../../src/lib/view/comparison-index.ts');
    const reviewedSingle = { ...fixture, claims: fixture.claims.map((claim) => (claim.id === 'c-critics-doubt-0005' ? { ...claim, reviewed: true, confidence: null } : claim)) };
    const notes = (articles: typeof fixture.articles) =>
      articleAnnotations(indexComparison({ ...reviewedSingle, articles }, '/'), 'alpha').find((annotation) => annotation.anchor === 's-a00004')!.notes[0]!.text;
    expect(notes(fixture.articles)).toBe('claim 5: not found by the machine in other outlets');
    expect(notes(fixture.articles.map((article) => ({ ...article, reviewed: true })))).toBe('claim 5: only in this outlet');
  });

  it('adds the reviewed claims the machine suggests for a sentence, apart, with their confidence', () => {
    expect(notesOf('gamma')['s-c00001']).toEqual([
      'claim: claim 1: also in 2 other outlets (reviewed) → /sub/claims/c-budget-agreed-0001/',
      'claim: claim 3: also in 1 other outlet (machine match, 40% confidence) → /sub/claims/c-mayor-pleased-0003-2/',
      'suggested: suggested for claim 4, not reviewed (machine match, 55% confidence) → /sub/claims/c-mayor-pleased-0003/',
      'quote: quoted words, speaker not stated',
    ]);
  });

  it('marks the end of each quote with its speaker, says when an editor set it, and does not repeat it as the source', () => {
    expect(notesOf('alpha')['s-a00002']).toEqual([
      'claim: claim 3: also in 1 other outlet (machine match, 40% confidence) → /sub/claims/c-mayor-pleased-0003-2/',
      'claim: claim 4: also in 1 other outlet (reviewed) → /sub/claims/c-mayor-pleased-0003/',
      'quote: quote: Ann Mayor',
    ]);
    expect(notesOf('beta')['s-b00003']).toContain('quote: quote: Ann Mayor (speaker set by an editor)');
  });

  it('leaves sentences without claims, quotes or sources unannotated', () => {
    expect(notesOf('beta')['s-b00004']).toBeUndefined();
  });
});
