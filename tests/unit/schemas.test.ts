import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBlockSchema } from '../../src/lib/schemas/article-block.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';
import { projectRoot } from '../helpers/render.ts';

describe('provenanceSchema', () => {
  it('reads the project provenance file, keeping unknowns as null', () => {
    const provenance = provenanceSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'provenance.json'), 'utf8')));
    expect(provenance.articles).toHaveLength(5);
    expect(provenance.articles.find((entry) => entry.sourceFile.startsWith('004'))).toMatchObject({ outlet: null, outletDomain: null });
    expect(provenance.event?.date).toBe('2025-03-18');
  });

  it('rejects a malformed URL and fills absent optional fields with null', () => {
    expect(provenanceSchema.safeParse({ articles: [{ sourceFile: 'a.txt', outlet: null, url: 'not a url' }] }).success).toBe(false);
    expect(provenanceSchema.parse({ articles: [{ sourceFile: 'a.txt', outlet: 'X' }] }).articles[0]).toEqual({
      sourceFile: 'a.txt',
      outlet: 'X',
      outletDomain: null,
      url: null,
      basis: null,
      publishedDate: null,
      note: null,
      authors: null,
    });
  });
});

describe('articleBlockSchema', () => {
  it('rejects a post whose handle lacks its @', () => {
    const post = { type: 'social-post', lines: ['x'], attribution: { text: 't', author: 'a', handle: 'nope', date: 'd' } };
    expect(articleBlockSchema.safeParse(post).success).toBe(false);
  });
});
