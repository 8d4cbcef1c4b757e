import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../../src/lib/ingest/article-markdown.ts';
import { decodeRawArticle } from '../../../src/lib/ingest/decode-raw.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import { articleTextOf, ingestRealArticles, rawDir, renderArticleHtml, withoutSpace } from '../../helpers/render.ts';

describe('nothing lost: the five real articles', () => {
  const articles = ingestRealArticles();

  it.each(articles.map((article) => [article.frontmatter.sourceFile, article] as const))(
    '%s: every non-space character appears in the rendered article, in order, and nothing else',
    async (sourceFile, article) => {
      const raw = readFileSync(join(rawDir, sourceFile), 'utf8');
      const html = await renderArticleHtml(article.markdown);
      expect(withoutSpace(articleTextOf(html))).toBe(withoutSpace(raw));
    },
  );
});

/** Lines a hostile or unusual file could contain, mixed with random text. */
const adversarialLines = [
  '---',
  '***',
  '===',
  '- bullet',
  '* star',
  '1. numbered',
  '# hash',
  '> quote',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1))',
  '![image](https://example.com/x.png)',
  ':::social-post',
  '::key-point[x]{marker="-"}',
  ':name[text]{a=1}',
  '{{ template }} {% raw %} ${x}',
  '| a | b |',
  '    indented code',
  '```',
  '&amp; &#x3C; &nbsp;',
  '\\',
  'text\\',
  '— Jane Doe (@jane) March 18, 2025',
  'FILE - caption',
  'The Source: notes',
  'What they said:',
  '“Quoted.” he said.',
  'U.S. Dr. 3.5 p.m.',
  // Page furniture and structures, with markup inside them.
  'By Jane <b>Doe</b> and [John](x) Roe',
  'PORTVILLE (EW) — *The* story <i>opens</i> here.',
  '18:05 GMT',
  'Advertisement',
  'Read more: <script>x</script> [a](javascript:b)',
  'Photo: Jane Doe/Example Wire',
  'A *caption*. (EW Photo/Jane Doe)',
  'Reporting by Jane Doe; Editing by :name[x]',
  'Share this article',
  '© 2025 <Example> Media',
  '1. a numbered <item>',
  '2) another ::x[y]',
  'Jane **Doe**',
  '@jane_doe',
  '5:14 PM · Mar 18, 2025',
  'HOST: <a href=x>question</a>?',
  'DOE: `answer` here.',
];

const line = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...adversarialLines) },
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'aZ09 .,:;!?*_#<>[](){}|\\`~-—–“”"\'&=+/@…'.split('')), maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** Elements article text must never turn into. */
const MARKUP = new Set(['script', 'img', 'a', 'em', 'strong', 'code', 'pre', 'hr', 'table', 'iframe', 'style']);

describe('nothing lost: random and adversarial text (property)', () => {
  it('ingest → Markdown → Astro renderer keeps every non-space character, as text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 12 }), async (lines) => {
        const decoded = decodeRawArticle('fuzz.txt', new TextEncoder().encode(lines.join('\n')));
        fc.pre(decoded.ok);
        if (!decoded.ok) return;
        const html = await renderArticleHtml(blocksToMarkdown(parseArticleText(decoded.text)));
        expect(withoutSpace(articleTextOf(html))).toBe(withoutSpace(decoded.text));
        // Parsed, not matched as text: "<img …" inside an attribute value (a post's author) is text too.
        const elements: string[] = [];
        visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => void elements.push(node.tagName));
        expect(elements.filter((tag) => MARKUP.has(tag))).toEqual([]);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 1000) },
    );
  });
});
