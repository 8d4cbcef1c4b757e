import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../../../src/lib/ingest/article-markdown.ts';
import { articleBlockSchema } from '../../../../src/lib/schemas/article-block.ts';
import { renderArticleHtml } from '../../../helpers/render.ts';
import { asciiQuotes, decodeReferences, detectTextKind, readText } from '../../../../src/lib/ingest/text/read-text.ts';

const WRAPPED = [
  'Dock workers at Saltmarsh voted on Friday to end a strike',
  'that had halted the loading of grain ships for nine days,',
  'after the port authority raised its pay offer to 6 per',
  'cent, the union said.',
  'The union’s secretary, Rhea Doyle, said members had',
  'accepted the offer “with their eyes open” and would return',
  'to work on Monday.',
].join('\n');

describe('detectTextKind', () => {
  it('tells HTML source, Markdown source, hard-wrapped text and plain text apart', () => {
    expect(detectTextKind('<article><h1>Strike ends</h1><p>Workers voted.</p><p>They return Monday.</p></article>')).toBe('html');
    expect(detectTextKind('# Strike ends\n\nWorkers **voted** to return.\n\n[More](https://example.org)')).toBe('markdown');
    expect(detectTextKind(WRAPPED)).toBe('wrapped');
    expect(detectTextKind('Strike ends\nWorkers voted on Friday to end the strike.\nThey return on Monday.')).toBe('plain');
  });
});

describe('decodeReferences', () => {
  it('decodes character references once a text holds two or more', () => {
    expect(decodeReferences('He said &quot;yes&quot; at 5&nbsp;pm &#8211; twice')).toBe('He said "yes" at 5\u00a0pm – twice');
  });

  it('leaves a lone reference alone: it may be what the article printed', () => {
    expect(decodeReferences('Write &amp; to get an ampersand.')).toBe('Write &amp; to get an ampersand.');
  });
});

describe('readText', () => {
  it('reads hard-wrapped text as paragraphs', () => {
    const read = readText(`Strike ends at Saltmarsh docks\n${WRAPPED}`);
    expect(read.ok && read.kind).toBe('wrapped');
    const paragraphs = read.ok ? read.blocks.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : '')) : [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe('The union’s secretary, Rhea Doyle, said members had accepted the offer “with their eyes open” and would return to work on Monday.');
  });

  it('lets the editor’s line kinds overrule the reading', () => {
    const text = 'PORT NEWS\nStrike ends at Saltmarsh docks\nWorkers voted on Friday to end the strike.\nThey return on Monday.';
    const plain = readText(text);
    expect(plain.ok && plain.blocks[0]).toEqual({ type: 'boilerplate', role: 'masthead', text: 'PORT NEWS' });
    const corrected = readText(text, new Map([['PORT NEWS', 'headline']]));
    expect(corrected.ok && corrected.blocks.filter((block) => block.type === 'headline')).toEqual([{ type: 'headline', text: 'PORT NEWS' }]);
  });
});

describe('readText on random and hostile text (property)', () => {
  const MARKUP = new Set(['script', 'img', 'a', 'em', 'strong', 'code', 'pre', 'hr', 'table', 'iframe', 'style', 'svg']);
  const pieces = ['# Heading', '## Sub', '**bold**', '*em*', '[link](javascript:alert(1))', '![alt](https://x.example/p.png "Photo: A B")', '| a | b |', '| --- | --- |', '> quote', '- item', '1. item', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&quot;x&quot; &#8217;', 'con-', 'tinued text', '¹', '---', '```', 'THE PAGE HEADER 3'];
  const line = fc.oneof(
    { weight: 3, arbitrary: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ')) },
    { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...'aZ09 .,:-#*_[]()!<>|`'.split('')), maxLength: 50 }) },
    { weight: 1, arbitrary: fc.constant('') },
  );

  it('reads every kind without throwing, into valid blocks that render as text only', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(line, { minLength: 1, maxLength: 14 }), async (markdown, lines) => {
        const text = (markdown ? ['# A title', '', ...lines.flatMap((part) => [part, ''])] : lines).join('\n');
        fc.pre(text.trim() !== '');
        const read = readText(text);
        if (!read.ok) return;
        for (const block of read.blocks) expect(articleBlockSchema.safeParse(block).success).toBe(true);
        const html = await renderArticleHtml(blocksToMarkdown(read.blocks));
        const elements: string[] = [];
        visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => void elements.push(node.tagName));
        expect(elements.filter((tag) => MARKUP.has(tag))).toEqual([]);
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 150) },
    );
  });
});

describe('asciiQuotes', () => {
  it.each([
    ["``We will rebuild the pier,'' said the mayor.", '“We will rebuild the pier,” said the mayor.'],
    ["``It's about time,'' she said.", '“It\'s about time,” she said.'],
    ["``We will rebuild the pier\nby spring,'' said the mayor.", '“We will rebuild the pier\nby spring,” said the mayor.'],
    ['<<Nous partons demain>>, a-t-elle dit.', '«Nous partons demain», a-t-elle dit.'],
  ])('sets typewriter marks as the marks they stand for: %s', (text, expected) => expect(asciiQuotes(text)).toBe(expected));

  it.each(["The ``pier'' and ``bridge", "A stray `` mark.\n\nThen '' later.", 'x << 2 and y >> 3 are shifts', 'a << b\n\n>> c'])('leaves what is no pair within a paragraph: %s', (text) => {
    const out = asciiQuotes(text);
    expect(out.replace(/[“”«»]/g, '').length).toBeGreaterThanOrEqual(out.length - 2);
    if (!text.includes("``pier''")) expect(out).toBe(text);
  });

  it('reads the quotations of a plain text in typewriter marks', () => {
    const read = readText("Pier to reopen\n\n``We will rebuild the pier by spring,'' said Mayor Tom Brook on Tuesday at the hall.");
    if (!read.ok) throw new Error(read.problem);
    expect(read.blocks.some((block) => block.type === 'paragraph' && block.text.startsWith('“We will rebuild the pier by spring,”'))).toBe(true);
  });
});
