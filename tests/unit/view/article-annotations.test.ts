import { describe, expect, it } from 'vitest';
import { sentenceAnnotationSchema } from '../../../src/lib/schemas/view/annotations.ts';
import { articleAnnotations } from '../../../src/lib/view/article-annotations.ts';
import { fixtureIndex } from './fixture.ts';

const index = fixtureIndex();
const notesOf = (articleId: string) =>
  Object.fromEntries(articleAnnotations(index, articleId).map((annotation) => [sentenceAnnotationSchema.parse(annotation).anchor, annotation.notes.map((note) => `${note.kind}: ${note.text}${note.href ? ` → ${note.href}` : ''}`)]));

describe('articleAnnotations', () => {
  it('says for each claim how many other outlets report it, or that only this one does, linked to the claim', () => {
    const alpha = notesOf('alpha');
    expect(alpha['s-a00001']).toEqual([
      'claim: claim 1: also in 2 other outlets → /sub/claims/c-budget-agreed-0001/',
      'claim: claim 2: also in 1 other outlet → /sub/claims/c-meeting-long-0002/',
    ]);
    expect(alpha['s-a00004']).toEqual(['only-here: claim 5: only in this outlet → /sub/claims/c-critics-doubt-0005/', 'source: source: unnamed']);
  });

  it('marks the end of each quote with its speaker, and does not repeat it as the source', () => {
    expect(notesOf('alpha')['s-a00002']).toEqual([
      'claim: claim 3: also in 1 other outlet → /sub/claims/c-mayor-pleased-0003-2/',
      'claim: claim 4: also in 1 other outlet → /sub/claims/c-mayor-pleased-0003/',
      'quote: quote: Ann Mayor',
    ]);
    expect(notesOf('gamma')['s-c00001']).toContain('quote: quoted words, speaker not stated');
  });

  it('leaves sentences without claims, quotes or sources unannotated', () => {
    expect(notesOf('beta')['s-b00004']).toBeUndefined();
  });
});
