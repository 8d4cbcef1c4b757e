import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../../../src/lib/ingest/ingest-articles.ts';
import { projectRoot, renderArticleHtml } from '../../../helpers/render.ts';

/** Elements page text must never turn into on the article page. */
const MARKUP = new Set(['script', 'img', 'a', 'iframe', 'svg', 'style', 'object', 'embed', 'form', 'input', 'button', 'b', 'i']);

describe('a hostile saved page (tests/fixtures/hostile/hostile-page.html)', () => {
  const bytes = new Uint8Array(readFileSync(join(projectRoot, 'tests', 'fixtures', 'hostile', 'hostile-page.html')));
  const result = ingestArticles([{ name: '001_hostile.html', bytes }], { articles: [] });
  const article = result.ok ? result.articles[0]! : undefined;

  it('is read, its metadata kept as literal text and its URL only when it is http(s)', () => {
    expect(result.ok).toBe(true);
    expect(article!.frontmatter).toMatchObject({
      outlet: "<svg onload=alert('publisher')>Hostile Outlet",
      authors: ["<script>alert('author')</script> Eve Mallory"],
      url: 'https://hostile.example/a?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
      headline: "<b onmouseover=alert('headline')>Bold</b> claims & ${danger} {{ title }}",
    });
  });

  it('renders as text: no element of its markup, no script, handler or javascript: link on the page', async () => {
    const html = await renderArticleHtml(article!.markdown);
    const elements: string[] = [];
    visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
      elements.push(node.tagName);
      for (const [name, value] of Object.entries(node.properties)) {
        expect(name.startsWith('on'), `${node.tagName} ${name}`).toBe(false);
        expect(String(value)).not.toMatch(/^\s*javascript:/i);
      }
    });
    expect(elements.filter((tag) => MARKUP.has(tag))).toEqual([]);
    expect(html).toContain('&#x3C;script>alert("escaped")&#x3C;/script>');
    expect(html).not.toContain('inline script ran');
    expect(html).not.toContain('Hostile Footer');
  });
});
