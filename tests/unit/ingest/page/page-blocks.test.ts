import { describe, expect, it } from 'vitest';
import { blocksFromArticleHtml } from '../../../../src/lib/ingest/page/page-blocks.ts';
import { looksLikeHtmlSource, parseHtmlSource } from '../../../../src/lib/ingest/page/html-source.ts';
import type { ArticleBlock } from '../../../../src/lib/schemas/article-block.ts';

const body = 'The council voted on Tuesday to close the old pier for repairs after engineers found corrosion.';

describe('blocksFromArticleHtml', () => {
  it.each<[string, string, ArticleBlock[]]>([
    ['paragraphs, whitespace collapsed, entities decoded', `<p>Cost:  &pound;2.4&nbsp;million &#8212; the council&#8217;s &quot;reserve&quot;.</p>`, [{ type: 'paragraph', text: 'Cost: £2.4 million — the council’s "reserve".' }]],
    ['a line break inside a paragraph', '<p>First line<br>second line</p>', [{ type: 'paragraph', text: 'First line\nsecond line' }]],
    ['headings', `<h2>What comes next</h2><p>${body}</p>`, [{ type: 'subheading', text: 'What comes next' }, { type: 'paragraph', text: body }]],
    [
      'lists, numbered from their start',
      `<p>${body}</p><ul><li>One</li><li>Two</li></ul><p>Between.</p><ol start="3"><li>Three</li></ol>`,
      [
        { type: 'paragraph', text: body },
        { type: 'list', ordered: false, items: [{ marker: '•', text: 'One' }, { marker: '•', text: 'Two' }] },
        { type: 'paragraph', text: 'Between.' },
        { type: 'list', ordered: true, items: [{ marker: '3.', text: 'Three' }] },
      ],
    ],
    [
      'an embedded post signed as Twitter/X embeds are',
      '<blockquote class="twitter-tweet"><p>The pier is closed today.</p>&mdash; Port Council (@PortCouncil) <a href="https://x.example/1">April 2, 2025</a></blockquote>',
      [{ type: 'social-post', lines: ['The pier is closed today.'], attribution: { text: '— Port Council (@PortCouncil) April 2, 2025', author: 'Port Council', handle: '@PortCouncil', date: 'April 2, 2025' } }],
    ],
    ['a block quote without a signature is the article’s text', `<blockquote><p>${body}</p></blockquote>`, [{ type: 'paragraph', text: body }]],
    ['a pull quote marked by the page', '<blockquote class="pullquote"><p>Nobody takes this lightly</p></blockquote>', [{ type: 'pull-quote', text: 'Nobody takes this lightly' }]],
    [
      'a figure: its caption, the credit apart',
      '<figure><img src="a.jpg" alt="ignored"><figcaption>The pier at low tide. <span class="credit">Photo: Ana Bell/Example Gazette</span></figcaption></figure>',
      [
        { type: 'boilerplate', role: 'image', text: 'The pier at low tide.' },
        { type: 'photo-credit', text: 'Photo: Ana Bell/Example Gazette' },
      ],
    ],
    [
      'a figure: what follows the marked credit stays after it, in the markup’s order',
      '<figure><img src="a.jpg"><figcaption><span>The pier at low tide.</span> <span class="caption-credit">Ana Bell/Example Wire</span> <a href="/licensing">Buy this photo</a></figcaption></figure>',
      [
        { type: 'boilerplate', role: 'image', text: 'The pier at low tide.' },
        { type: 'photo-credit', text: 'Ana Bell/Example Wire' },
        // A link after the credit is a button of its own (round 5: it was read as more caption).
        { type: 'boilerplate', role: 'page', text: 'Buy this photo' },
      ],
    ],
    [
      'a caption in a box under an image, its credit glued on',
      '<div><img src="a.jpg"></div><div>The reading room at the library. (Valley Post/Niamh Corr)</div>',
      [
        { type: 'boilerplate', role: 'image', text: 'The reading room at the library.' },
        { type: 'photo-credit', text: '(Valley Post/Niamh Corr)' },
      ],
    ],
    ['a map credit', '<figure><figcaption>The new route. Map: Example Transit</figcaption></figure>', [{ type: 'boilerplate', role: 'image', text: 'The new route.' }, { type: 'photo-credit', text: 'Map: Example Transit' }]],
    [
      'a table, one paragraph per row',
      '<table><tr><th>Plot</th><th>2025</th></tr><tr><td>Half</td><td>£38</td></tr></table>',
      [
        { type: 'paragraph', text: 'Plot | 2025' },
        { type: 'paragraph', text: 'Half | £38' },
      ],
    ],
    [
      'furniture by the shapes a text file’s lines have',
      `<p>By Jane Roe</p><p>Advertisement</p><p>${body}</p><p>Additional reporting by Tom Ashby.</p>`,
      [
        { type: 'byline', text: 'By Jane Roe', authors: ['Jane Roe'] },
        { type: 'ad', text: 'Advertisement' },
        { type: 'paragraph', text: body },
        { type: 'reporting-credit', text: 'Additional reporting by Tom Ashby.' },
      ],
    ],
    [
      'a line that is only a link: a button, or another story’s title',
      `<p>${body}</p><p><a href="/m">Become a member</a></p><p><a href="/s">Harbour fees to rise by six per cent from January</a></p>`,
      [
        { type: 'paragraph', text: body },
        { type: 'boilerplate', role: 'page', text: 'Become a member' },
        { type: 'related-links', items: ['Harbour fees to rise by six per cent from January'] },
      ],
    ],
    [
      'a call-to-action box',
      `<p>${body}</p><div class="cta"><p>This paper is funded by its members. Join from £5 a month.</p><a href="/join">Join us</a></div>`,
      [
        { type: 'paragraph', text: body },
        { type: 'boilerplate', role: 'page', text: 'This paper is funded by its members. Join from £5 a month.' },
        { type: 'boilerplate', role: 'page', text: 'Join us' },
      ],
    ],
    [
      'a heading over nothing but furniture is that furniture’s label',
      `<p>${body}</p><h3>Get the briefing</h3><p>Sign up for our newsletter</p>`,
      [
        { type: 'paragraph', text: body },
        { type: 'boilerplate', role: 'newsletter', text: 'Get the briefing' },
        { type: 'boilerplate', role: 'newsletter', text: 'Sign up for our newsletter' },
      ],
    ],
    ['a closing paragraph wholly in italics is a note', `<p>${body}</p><p><em>This story was updated to correct a name.</em></p>`, [{ type: 'paragraph', text: body }, { type: 'boilerplate', role: 'page', text: 'This story was updated to correct a name.' }]],
    ['scripts, styles, media and form controls give no text', `<script>alert(1)</script><style>p{}</style><iframe src="x"></iframe><img alt="alt text"><button>Click</button><p>${body}</p>`, [{ type: 'paragraph', text: body }]],
  ])('%s', (_, html, expected) => {
    expect(blocksFromArticleHtml(html, { headline: null })).toEqual(expected);
  });

  it('makes the heading that carries the headline the headline, and short lines before it labels', () => {
    expect(blocksFromArticleHtml(`<p>Local news</p><h2>Pier to close</h2><p>${body}</p>`, { headline: 'Pier to close' })).toEqual([
      { type: 'section-label', text: 'Local news' },
      { type: 'headline', text: 'Pier to close' },
      { type: 'paragraph', text: body },
    ]);
  });

  it('opens with the headline when the markup lacks it, and sets back a byline the extractor took out', () => {
    expect(blocksFromArticleHtml(`<p>${body}</p>`, { headline: 'Pier to close', byline: 'By Mara Quill' })).toEqual([
      { type: 'headline', text: 'Pier to close' },
      { type: 'byline', text: 'By Mara Quill', authors: ['Mara Quill'] },
      { type: 'paragraph', text: body },
    ]);
  });

  it('does not repeat a byline the markup still holds', () => {
    expect(blocksFromArticleHtml(`<p>By Mara Quill</p><p>${body}</p>`, { headline: null, byline: 'By Mara Quill' }).filter((block) => block.type === 'byline')).toHaveLength(1);
  });

  it('takes the first heading before any prose as the headline of pasted source', () => {
    expect(blocksFromArticleHtml(`<h1>Pier to close</h1><p>${body}</p>`)[0]).toEqual({ type: 'headline', text: 'Pier to close' });
    expect(blocksFromArticleHtml(`<p>${body}</p><h2>Later heading</h2>`)[0]).toEqual({ type: 'paragraph', text: body });
  });

  it('is deterministic', () => {
    const html = `<h1>Pier</h1><p>${body}</p><ul><li>a</li></ul>`;
    expect(blocksFromArticleHtml(html)).toEqual(blocksFromArticleHtml(html));
  });
});

describe('looksLikeHtmlSource', () => {
  it.each([
    ['a CMS export', '<h1>Title</h1>\n<p>One.</p>\n<p>Two.</p>', true],
    ['markup after a text line, most lines tags', 'Exported 5 May\n<p>One.</p>\n<p>Two.</p>\n<p>Three.</p>', true],
    ['prose quoting a tag', 'The page said <p>hello</p> in its source.\nAnother line of prose.', false],
    ['a hostile text file', '<script>alert(1)</script>\n<img src=x onerror=alert(1)>\nBy Jane <b>Doe</b>', false],
    ['plain text', 'Headline\nBody text.', false],
  ])('%s: %s', (_, text, expected) => {
    expect(looksLikeHtmlSource(text)).toBe(expected);
  });
});

describe('parseHtmlSource', () => {
  it('reads a whole pasted page through the extractor, a fragment as it is', () => {
    const fragment = parseHtmlSource(`<h1>Pier to close</h1><p>${body}</p>`);
    expect(fragment.ok && fragment.blocks.map((block) => block.type)).toEqual(['headline', 'paragraph']);
    const paragraphs = [1, 2, 3, 4, 5].map((n) => `<p>${n}. ${body}</p>`).join('');
    const page = parseHtmlSource(`<!doctype html><html><head><title>Pier to close</title></head><body><nav><a href="/">Home</a></nav><article><h1>Pier to close</h1>${paragraphs}</article></body></html>`);
    expect(page.ok && page.blocks.map((block) => block.type)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
});
