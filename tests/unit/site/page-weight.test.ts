import { describe, expect, it } from 'vitest';
import { gzipSize, pageWeights } from '../../../src/lib/site/page-weight.ts';

const files: Record<string, string> = {
  '/_astro/page.js': 'import{a}from"./shared.js";const load=()=>import(`./search.js`);a();',
  '/_astro/shared.js': 'export const a=()=>1;',
  '/_astro/search.js': 'export const big="x".repeat(10);'.repeat(50),
  '/_astro/site.css': 'body{margin:0}',
};
const read = (url: string) => (files[url] === undefined ? undefined : new TextEncoder().encode(files[url]));

describe('pageWeights', () => {
  it('counts HTML, linked CSS, scripts with their static imports, and lazy imports apart', () => {
    const html = '<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script></head><body>Hi</body></html>';
    const [weight] = pageWeights([{ path: '/', html }], read);
    expect(weight).toEqual({
      path: '/',
      html: gzipSize(html),
      css: gzipSize(files['/_astro/site.css']!),
      js: gzipSize(files['/_astro/page.js']!) + gzipSize(files['/_astro/shared.js']!),
      scripts: ['/_astro/page.js', '/_astro/shared.js'],
      lazyJs: gzipSize(files['/_astro/search.js']!),
    });
  });

  it('counts a page without scripts as zero JavaScript', () => {
    const [weight] = pageWeights([{ path: '/articles/a/', html: '<p>text</p>' }], read);
    expect(weight).toMatchObject({ css: 0, js: 0, lazyJs: 0 });
  });
});

describe('gzipSize', () => {
  it('is smaller than the input for repetitive text', () => {
    expect(gzipSize('a'.repeat(1000))).toBeLessThan(100);
  });
});
