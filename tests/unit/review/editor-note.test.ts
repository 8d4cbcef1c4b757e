import { describe, expect, it } from 'vitest';
import { allowedNoteLink, noteProblems, renderEditorNote } from '../../../src/lib/review/editor-note.ts';

describe('allowedNoteLink', () => {
  it.each([
    ['https://example.org/a', true],
    ['http://example.org', true],
    ['/claims/some-claim/', true],
    ['/articles/x/#s-abc123', true],
    ['//evil.example/x', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['data:text/html,<b>x</b>', false],
    ['mailto:a@b.c', false],
    ['relative/path', false],
    ['#s-abc123', false],
    ['https://', false],
  ])('%s → %s', (url, allowed) => {
    expect(allowedNoteLink(url)).toBe(allowed);
  });
});

describe('noteProblems', () => {
  it('accepts plain Markdown with web and site links', () => {
    expect(noteProblems('A *note* with [a source](https://example.org) and [a claim](/claims/x/).\n\n- a list')).toEqual([]);
  });

  it('names each problem once, with its line in the file', () => {
    const note = 'Fine.\n\n<script>alert(1)</script>\n\n![x](https://example.org/x.png)\n\n[bad](javascript:alert(1)) and [ref][r]\n\n[r]: ftp://x/';
    expect(noteProblems(note, 6)).toMatchInlineSnapshot(`
      [
        "note (line 8): raw HTML is not allowed in a note; write plain Markdown",
        "note (line 10): images are not allowed in a note (the site loads nothing from other hosts)",
        "note (line 12): link to "javascript:alert(1)" is not allowed; use an http(s) address or a page of this site starting with "/"",
        "note (line 14): link to "ftp://x/" is not allowed; use an http(s) address or a page of this site starting with "/"",
      ]
    `);
  });
});

describe('renderEditorNote', () => {
  it('renders Markdown, sends site links through the base path and starts headings at level 3', () => {
    expect(renderEditorNote('# Why\n\nSee [the claim](/claims/x/) and [a source](https://example.org/).', '/sub/')).toBe(
      '<h3>Why</h3>\n<p>See <a href="/sub/claims/x/">the claim</a> and <a href="https://example.org/">a source</a>.</p>',
    );
  });

  it('never lets HTML, images or other links through, even unchecked', () => {
    const html = renderEditorNote('<img src=x onerror=alert(1)> <b>bold</b>\n\n![i](https://example.org/i.png)\n\n[x](javascript:alert(1))');
    expect(html).not.toMatch(/<img|<b>|onerror|javascript:/);
    expect(html).toContain('<a href="">x</a>');
  });

  it('escapes text that looks like markup', () => {
    expect(renderEditorNote('5 < 6 & "quotes"')).toBe('<p>5 &#x3C; 6 &#x26; "quotes"</p>');
  });
});
