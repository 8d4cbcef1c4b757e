import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleBlockSchema } from '../../src/lib/schemas/article-block.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';
import { shippedFixture } from '../helpers/render.ts';

describe('provenanceSchema', () => {
  it('reads a provenance file, keeping unknowns as null', () => {
    const provenance = provenanceSchema.parse(JSON.parse(readFileSync(join(shippedFixture, 'provenance.json'), 'utf8')));
    expect(provenance.articles).toHaveLength(5);
    expect(provenance.articles.find((entry) => entry.sourceFile.startsWith('004'))).toMatchObject({ outlet: null, outletDomain: null });
  });

  it('refuses a leftover "event" block: the event is content/event.yaml now', () => {
    const parsed = provenanceSchema.safeParse({ event: { date: '2001-02-03', summary: 'An old event.' }, articles: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['event']);
    expect(parsed.error!.issues[0]!.message).toContain('content/event.yaml');
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
