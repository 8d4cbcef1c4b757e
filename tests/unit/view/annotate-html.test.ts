import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import type { SentenceAnnotation } from '../../../src/lib/schemas/view/annotations.ts';
import { annotateArticleHtml, NOTES_CLASS } from '../../../src/lib/view/annotate-html.ts';

const claimNote = (text: string, href: string | null = '/claims/c-x/', mark: string | null = null) => ({ kind: 'claim' as const, text, mark, href, attribution: null });

/** Text of the HTML without the notes: what "nothing lost" compares. */
function textWithoutNotes(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const strip = (node: Root | Element) => {
    node.children = node.children.filter((child: RootContent) => !(child.type === 'element' && String(child.properties['className'] ?? '').includes(NOTES_CLASS))) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(tree);
  return toString(tree);
}

describe('annotateArticleHtml', () => {
  const html =
    '<h1 id="h-x"><span class="sentence" id="s-000001">Title here</span></h1>\n' +
    '<p><span class="sentence" id="s-000002">First &lt;b&gt;sentence&lt;/b&gt;.</span> <span class="sentence" id="s-000003">Second one.</span></p>';

  it('puts notes right after their sentence, and after the heading for a heading’s sentence', () => {
    const annotations: SentenceAnnotation[] = [
      { anchor: 's-000001', notes: [claimNote('also in 2 other outlets')] },
      { anchor: 's-000003', notes: [claimNote('only in this outlet'), { kind: 'quote', text: 'quote: A. Person', mark: null, href: null, attribution: null }] },
    ];
    expect(annotateArticleHtml(html, annotations)).toBe(
      '<h1 id="h-x"><span class="sentence" id="s-000001">Title here</span></h1><p class="sentence-notes"><a class="note note-claim" href="/claims/c-x/">also in 2 other outlets</a></p>\n' +
        '<p><span class="sentence" id="s-000002">First &#x3C;b>sentence&#x3C;/b>.</span> <span class="sentence" id="s-000003">Second one.</span> <span class="sentence-notes"><a class="note note-claim" href="/claims/c-x/">only in this outlet</a> <span class="note note-quote">quote: A. Person</span></span></p>',
    );
  });

  it('adds who decided a note, in brackets, as text', () => {
    const annotated = annotateArticleHtml(html, [{ anchor: 's-000002', notes: [claimNote('claim 3: also in 1 other outlet', '/claims/c-x/', 'machine match, 72% confidence')] }]);
    expect(annotated).toContain(
      '<a class="note note-claim" href="/claims/c-x/">claim 3: also in 1 other outlet <span class="note-mark">(machine match, 72% confidence)</span></a>',
    );
  });

  it('loses and changes no article text', () => {
    const annotated = annotateArticleHtml(html, [{ anchor: 's-000002', notes: [claimNote('x')] }]);
    expect(textWithoutNotes(annotated).replace(/\s+/g, '')).toBe(textWithoutNotes(html).replace(/\s+/g, ''));
  });

  it('keeps hostile text as text, in the article and in notes', () => {
    const hostile = '<p><span class="sentence" id="s-000009">&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;</span></p>';
    const annotated = annotateArticleHtml(hostile, [{ anchor: 's-000009', notes: [claimNote('<img src=x onerror=alert(3)>', 'javascript:alert(4)', '<b>mark</b>')] }]);
    const elements: string[] = [];
    const walk = (node: Root | RootContent) => {
      if (node.type === 'element') elements.push(node.tagName);
      if ('children' in node) for (const child of node.children) walk(child);
    };
    walk(fromHtml(annotated, { fragment: true }));
    expect(elements).toEqual(['p', 'span', 'span', 'a', 'span']);
    expect(annotated).not.toMatch(/<script|<img/);
  });

  it('leaves HTML without annotations as it was', () => {
    expect(annotateArticleHtml(html, [])).toBe(html);
  });
});
