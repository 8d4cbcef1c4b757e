import { describe, expect, it } from 'vitest';
import { looksLikeMarkdown, markdownLines } from '../../../../src/lib/ingest/text/markdown-source.ts';

/** An invented CMS export. */
const EXPORT = [
  '---',
  'slug: pier-reopens',
  '---',
  '',
  '## Pier reopens after &quot;storm&quot; repairs',
  '',
  '*By Ada Quill* &middot; 2 June 2025',
  '',
  '![The rebuilt pier at dawn](https://img.example/pier.jpg "Photo: Bo Lind")',
  '',
  'The **Saltmarsh pier** reopened on Sunday after repairs costing &pound;1.2&nbsp;million, the [council](https://example.org) said.',
  '',
  '| Part | Cost |',
  '| --- | --- |',
  '| Deck | £0.8m |',
  '',
  '> &#8220;It is better than before,&#8221; said the harbour master.',
  '',
  '- Open daily',
  '* Closed in gales',
  '',
  '---',
  '',
  'A footnote follows.[^1]',
  '',
  '[^1]: Costs from the council.',
].join('\n');

describe('looksLikeMarkdown', () => {
  it('finds a CMS export', () => {
    expect(looksLikeMarkdown(EXPORT)).toBe(true);
  });

  it('finds an export that opens with a setext heading', () => {
    expect(looksLikeMarkdown('Pier reopens\n============\n\nThe **pier** reopened.\n\nMore at [the council](https://example.org).')).toBe(true);
  });

  it('leaves plain articles alone: a lone "#", a link written out, lines with no blank lines between', () => {
    expect(looksLikeMarkdown('Pier reopens\n\nThe pier reopened on Sunday, the council said.\n\nFans used #pier to share photos.\n\nMore at [the council](https://example.org).')).toBe(false);
    expect(looksLikeMarkdown('# not a heading | a | b |\n> not a quote\n[link](https://x.example) and ![pixel](https://x.example/p.png)\n**bold** words\nmore text here')).toBe(false);
  });
});

describe('markdownLines', () => {
  const { text, lineKinds } = markdownLines(EXPORT);
  const lines = text.split('\n').filter((line) => line !== '');

  it('takes the first heading as the headline, its marks and references decoded', () => {
    expect(lines).toContain('Pier reopens after "storm" repairs');
    expect(lineKinds.get('Pier reopens after "storm" repairs')).toBe('headline');
  });

  it('strips emphasis and link addresses, keeps link text, decodes references', () => {
    expect(lines).toContain('By Ada Quill · 2 June 2025');
    expect(lines).toContain('The Saltmarsh pier reopened on Sunday after repairs costing £1.2\u00a0million, the council said.');
    expect(text).not.toMatch(/\*\*|\]\(|&[a-z]+;|https:/);
  });

  it('gives an image’s alt text as its description, and a title that is a credit as a photo credit', () => {
    expect(lineKinds.get('The rebuilt pier at dawn')).toBe('image');
    expect(lineKinds.get('Photo: Bo Lind')).toBe('photo-credit');
  });

  it('keeps table rows as rows (the delimiter row is markup) and block quotes as body text', () => {
    expect(lines).toContain('Part | Cost');
    expect(lines).toContain('Deck | £0.8m');
    expect(lines.some((line) => line.includes('---'))).toBe(false);
    expect(lineKinds.get('“It is better than before,” said the harbour master.')).toBe('body');
  });

  it('keeps list markers as written, front matter and footnotes as furniture', () => {
    expect(lines).toContain('- Open daily');
    expect(lines).toContain('* Closed in gales');
    expect(lineKinds.get('slug: pier-reopens')).toBe('page');
    expect(lineKinds.get('Costs from the council.')).toBe('footnote');
    expect(lines).toContain('A footnote follows.');
  });
});

describe('markdownLines: a title kept in the front matter alone', () => {
  const source = ['---', 'title: "Pier reopens after storm repairs"', 'author: Ada Quill', 'date: 2025-06-02', '---', '', 'The Saltmarsh pier reopened on Sunday, the council said.', '', '## What changed', '', 'The deck is new.'].join('\n');

  it('takes the front matter’s title as the headline when the body opens with text, its key as furniture, its author as a byline', () => {
    const { text, lineKinds } = markdownLines(source);
    expect(lineKinds.get('Pier reopens after storm repairs')).toBe('headline');
    expect(lineKinds.get('title:')).toBe('page');
    expect(lineKinds.get('author: Ada Quill')).toBe('byline');
    expect(lineKinds.get('date: 2025-06-02')).toBe('page');
    expect(lineKinds.get('What changed')).toBeUndefined();
    expect(text.split('\n').filter(Boolean)[1]).toBe('Pier reopens after storm repairs');
  });

  it('leaves the headline to a heading that opens the body', () => {
    const { lineKinds } = markdownLines(source.replace('The Saltmarsh pier reopened on Sunday, the council said.', '# Saltmarsh pier open again'));
    expect(lineKinds.get('Saltmarsh pier open again')).toBe('headline');
    expect(lineKinds.get('title: "Pier reopens after storm repairs"')).toBe('page');
  });
});
