import { describe, expect, it } from 'vitest';
import { articlePath, withBase } from '../../../src/lib/site/paths.ts';

describe('withBase', () => {
  it.each([
    ['/', '', '/'],
    ['/', 'articles/x/', '/articles/x/'],
    ['/sub/path/', 'articles/x/', '/sub/path/articles/x/'],
    ['/sub/path', '/articles/x/', '/sub/path/articles/x/'],
    ['/sub/', 'data/comparison.json', '/sub/data/comparison.json'],
  ])('%s + %s = %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('articlePath', () => {
  it('points at the article page, optionally at one sentence', () => {
    expect(articlePath('evrim-agaci')).toBe('articles/evrim-agaci/');
    expect(articlePath('evrim-agaci', 's-3fa9c1')).toBe('articles/evrim-agaci/#s-3fa9c1');
  });
});

describe('robotsTxt', async () => {
  const { robotsTxt } = await import('../../../src/lib/site/robots.ts');
  it('allows everything and names the sitemap when known', () => {
    expect(robotsTxt(null)).toBe('User-agent: *\nAllow: /\n');
    expect(robotsTxt('https://example.org/sub/sitemap-index.xml')).toBe('User-agent: *\nAllow: /\nSitemap: https://example.org/sub/sitemap-index.xml\n');
  });
});
