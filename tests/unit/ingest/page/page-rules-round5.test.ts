import { describe, expect, it } from 'vitest';
import { elementFields, elementText } from '../../../../src/lib/ingest/page/element-text.ts';
import { extractArticle, parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { blocksFromArticleHtml } from '../../../../src/lib/ingest/page/page-blocks.ts';
import { readPageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';
import { parsePage } from '../../../../src/lib/ingest/page/parse-page.ts';
import type { ArticleBlock } from '../../../../src/lib/schemas/article-block.ts';

/**
 * Rules of the fifth round of saved pages (issue 16), each checked on invented markup that differs
 * in wording, order and outlet style from the development pages it was found on, and on ordinary
 * news text it must leave alone.
 */
const body = 'Lock keepers on the Ambrel canal walked out on Monday over a new shift pattern, closing four locks to boats.';
const more = 'The canal trust said the pattern had been agreed with the union in January and would not be withdrawn.';
const third = 'Boat owners moored above the locks said they could not reach the river for the spring regatta this weekend.';
const fourth = 'The union has called a ballot on further action, to close on 20 March, and talks are due on Thursday.';
const prose = [body, more, third].map((text) => `<p>${text}</p>`).join('');
const blocks = (html: string) => blocksFromArticleHtml(html, { headline: null });
const kinds = (made: readonly ArticleBlock[]) => made.map((block) => (block.type === 'boilerplate' ? `boilerplate:${block.role}` : block.type));
const dom = (html: string) => parsePageDocument(`<!doctype html><html><body>${html}</body></html>`).body.firstElementChild!;
/** An article page of the invented canal story, with `inner` after its third paragraph, read as a saved page is. */
const article = (inner: string, header = '') =>
  `<!doctype html><html><head><title>Canal lock keepers walk out</title></head><body><main><article><h1>Canal lock keepers walk out</h1>${header}${prose}${inner}<p>${fourth}</p></article></main></body></html>`;
const extracted = (inner: string, header = '') => blocksFromArticleHtml(extractArticle(article(inner, header))!.contentHtml, { headline: 'Canal lock keepers walk out' });
const typeOf = (made: readonly ArticleBlock[], text: string) => made.find((block) => 'text' in block && block.text === text);

describe('text of separate elements never runs together', () => {
  it('a DOM element’s text keeps fields apart, while a text node touching an element joins it as written', () => {
    expect(elementText(dom('<p><span class="who">Ines Barrow</span><span class="where">Radio Ambrel</span></p>'))).toBe('Ines Barrow Radio Ambrel');
    expect(elementText(dom('<p><span>Locks shut on Monday</span><span>(Picture: Teo Marsh)</span></p>'))).toBe('Locks shut on Monday (Picture: Teo Marsh)');
    expect(elementText(dom('<p><span class="drop">L</span>ock keepers met <a href="/t">Tuesday</a>’s deadline<span>.</span> Area<sup>2</sup></p>'))).toBe('Lock keepers met Tuesday’s deadline. Area2');
    expect(elementText(dom('<div><p>One line</p><p>Another line</p></div>'))).toBe('One line Another line');
  });

  it('a box of side-by-side elements has fields; running text is one field', () => {
    expect(elementFields(dom('<div class="credit"><img src="a.jpg" alt=""><div><span>Words by <a href="/p/ib">Ines Barrow</a></span><span>Radio Ambrel News</span></div></div>'))).toEqual(['Words by Ines Barrow', 'Radio Ambrel News']);
    expect(elementFields(dom('<p>By <a href="/p/ib">Ines Barrow</a> and <a href="/p/kt">Kofi Tandoh</a></p>'))).toEqual(['By Ines Barrow and Kofi Tandoh']);
  });

  it('the byline Readability reads from a box of a name and a station is read field by field: the name is the byline, the station beside it', () => {
    const box = '<div class="story-author"><img src="/staff/ib.jpg" alt=""><div class="meta"><span class="author-name">By <a href="/staff/ines-barrow">Ines Barrow</a></span><span class="author-org">Radio Ambrel 4</span></div></div>';
    const html = (paragraphs: string) => `<!doctype html><html><head><title>Canal lock keepers walk out</title></head><body><main><article><h1>Canal lock keepers walk out</h1>${box}${paragraphs}<p>${fourth}</p></article></main></body></html>`;
    // A long article: Readability takes the box out as its byline, and the page reads it again.
    const read = parsePage(html(prose + prose));
    expect(read.ok && read.blocks.slice(0, 3)).toEqual([
      { type: 'headline', text: 'Canal lock keepers walk out' },
      { type: 'byline', text: 'By Ines Barrow', authors: ['Ines Barrow'] },
      { type: 'boilerplate', role: 'author', text: 'Radio Ambrel 4' },
    ]);
    // A date in the box is a timestamp beside the byline.
    const dated = parsePage(html(prose + prose).replace('Radio Ambrel 4</span>', 'Radio Ambrel 4</span><span class="when">4 March 2026</span>'));
    expect(dated.ok && dated.blocks.slice(1, 4).map((block) => block.type)).toEqual(['byline', 'boilerplate', 'timestamp']);
    // A short one: Readability leaves the box in the article; its row of fields names the same author.
    const short = parsePage(html(prose));
    expect(short.ok && short.blocks[1]).toEqual({ type: 'byline', text: 'By Ines Barrow Radio Ambrel 4', authors: ['Ines Barrow'] });
  });

  it('microdata read from the DOM keeps an item’s name parts apart', () => {
    const html = `<!doctype html><html><body><article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Canal lock keepers walk out</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name"><span class="given">Kofi</span><span class="family">Tandoh</span></span></span><div itemprop="articleBody">${prose}</div></article></body></html>`;
    expect(readPageMetadata(parsePageDocument(html), html).authors?.value).toEqual(['Kofi Tandoh']);
  });

  it('a gallery caption laid out in blocks (counter, caption, credit) is three lines, never one run', () => {
    expect(blocks('<figure><img src="a.jpg" alt=""><figcaption><div class="n">2 of 5</div><div class="t">Boats wait above the top lock</div><div class="c">(Picture: Teo Marsh)</div></figcaption></figure>')).toEqual([
      { type: 'boilerplate', role: 'page', text: '2 of 5' },
      { type: 'boilerplate', role: 'image', text: 'Boats wait above the top lock' },
      { type: 'photo-credit', text: '(Picture: Teo Marsh)' },
    ]);
  });
});

describe('boxes the markup sets beside the article, through the extractor', () => {
  it('an ARIA note (an editor’s "live coverage" box) and a ticker are page furniture, though Readability turns their boxes into bare paragraphs', () => {
    const made = extracted(`<div class="story-status" role="note"><em>Live coverage has ended.</em> Our later reports follow the talks on Thursday.</div>`, '<div class="flash-ticker"><span>JUST IN</span><span>Union and trust agree to meet on Thursday morning</span></div>');
    expect(typeOf(made, 'JUST IN Union and trust agree to meet on Thursday morning')?.type).toBe('boilerplate');
    expect(typeOf(made, 'Live coverage has ended. Our later reports follow the talks on Thursday.')?.type).toBe('boilerplate');
    expect(made.filter((block) => block.type === 'paragraph').map((block) => 'text' in block && block.text)).toEqual([body, more, third, fourth]);
  });

  it('a box of links to other stories leaves no reporting behind when the extractor drops its links; a "read more" wrapper of prose stays the article', () => {
    const made = extracted('<div class="related-coverage"><p class="lbl">See also</p><p><a href="/a">Ambrel canal trust names new chief executive after long search</a></p></div>');
    expect(made.filter((block) => block.type === 'paragraph').map((block) => 'text' in block && block.text)).toEqual([body, more, third, fourth]);
    expect(made.some((block) => 'text' in block && block.text === 'See also' && block.type === 'paragraph')).toBe(false);
    expect(kinds(blocks(`<p>${body}</p><p><strong>Related coverage:</strong></p><p>${more}</p>`))).toEqual(['paragraph', 'boilerplate:page', 'paragraph']);
    const kept = extracted(`<div class="read-more-body"><p>Lock keepers have walked out twice before, in 2009 and 2016, each time for less than a day.</p></div>`);
    expect(typeOf(kept, 'Lock keepers have walked out twice before, in 2009 and 2016, each time for less than a day.')?.type).toBe('paragraph');
  });
});

describe('rows of fields and date fields', () => {
  it('a header row of a byline, a desk and dates on two lines is a byline and a timestamp, whatever the separators', () => {
    expect(blocks(`<p class="meta"><span>By <a href="/p/kt">Kofi Tandoh</a></span> <span>•</span> <span>Waterways desk</span><br><span>Posted <time datetime="2026-03-04">4 March 2026</time></span><span>/</span><span>Edited <time datetime="2026-03-05">5 March 2026</time></span></p><p>${body}</p>`)).toEqual([
      { type: 'byline', text: 'By Kofi Tandoh • Waterways desk', authors: ['Kofi Tandoh'] },
      { type: 'timestamp', text: 'Posted 4 March 2026 / Edited 5 March 2026', opensEntry: false, time: null },
      { type: 'paragraph', text: body },
    ]);
  });

  it('a field the markup names the author’s is the row’s byline; a box named "authority" is not', () => {
    expect(blocks('<div class="post-meta"><span class="post-author">Kofi Tandoh</span><span class="post-date">4 March 2026</span></div>')).toEqual([{ type: 'byline', text: 'Kofi Tandoh 4 March 2026', authors: ['Kofi Tandoh'] }]);
    expect(kinds(blocks('<p><span class="authority-name">Canal Authority</span> <span>said on Monday</span></p>'))).toEqual(['paragraph']);
  });

  it('a label beside a reading time, and dates set in spans on separate source lines, are one furniture line each', () => {
    expect(kinds(blocks(`<div class="kicker-row"><span>Issue 412, spring</span><span> — </span><span>9 min read</span></div><p>${body}</p>`))).toEqual(['boilerplate:page', 'paragraph']);
    expect(kinds(blocks(`<p>\n  <span class="rt">Updated 6.40pm</span>\n  <span class="dot">·</span>\n  <span class="pt">First published 9.05am, 4 March 2026</span>\n</p><p>${body}</p>`))).toEqual(['timestamp', 'paragraph']);
  });

  it('a field the markup names a date is a timestamp whatever the date’s format; a short line in a box named "update" without a date is not', () => {
    expect(kinds(blocks(`<p><span class="story-date">Objavljeno: 04.03.2026. u 09:40</span> <span class="story-edit">Izmijenjeno: 04.03.2026. u 11:15</span></p><p>${body}</p>`))).toEqual(['timestamp', 'paragraph']);
    expect(kinds(blocks(`<p class="pub-date">4.3.2026 — 09.40</p><p class="live-update">Boats are queueing at the top lock now.</p><p class="update-note">Talks resume at the trust’s offices.</p>`))).toEqual(['timestamp', 'paragraph', 'paragraph']);
  });

  it('a live entry’s title set after its time in one line stays reporting (labels beside a date are three words at most)', () => {
    expect(kinds(blocks('<p><time datetime="2026-03-04T14:05Z">14:05</time> <strong>Trust and union return to talks</strong></p>'))).toEqual(['paragraph']);
    expect(kinds(blocks('<p><span class="entry-time">14:05</span> <span class="entry-title">Keepers reopen the top lock at 15:00</span></p>'))).toEqual(['paragraph']);
  });

  it('news prose made of spans, a row of topic links and a sentence with a date stay what they were', () => {
    expect(kinds(blocks(`<p><span>${body}</span> <span>${more}</span></p><p><a href="/t/canals">Canals</a> | <a href="/t/unions">Unions</a></p><p class="date-line">On 4 March 2026 the trust wrote to every boat owner on the canal about the closures.</p>`))).toEqual(['paragraph', 'boilerplate:page', 'paragraph']);
  });
});

describe('image captions', () => {
  it('a page’s image caption is the image’s description, kept apart from the reporting with its credit', () => {
    expect(blocks(`<p>${body}</p><figure><img src="a.jpg" alt=""><figcaption>Keepers picket the top lock at Ambrel on Monday. <span class="credit">Teo Marsh</span></figcaption></figure><p>${more}</p>`)).toEqual([
      { type: 'paragraph', text: body },
      { type: 'boilerplate', role: 'image', text: 'Keepers picket the top lock at Ambrel on Monday.' },
      { type: 'photo-credit', text: 'Teo Marsh' },
      { type: 'paragraph', text: more },
    ]);
  });

  it('a button after a caption’s credit is a button of its own', () => {
    expect(blocks('<figure><img src="a.jpg" alt=""><figcaption><span class="cap">Boats wait above the lock.</span> <span class="pic-credit">Teo Marsh/Ambrel Post</span> <a href="/buy">Buy this picture</a></figcaption></figure>')).toEqual([
      { type: 'boilerplate', role: 'image', text: 'Boats wait above the lock.' },
      { type: 'photo-credit', text: 'Teo Marsh/Ambrel Post' },
      { type: 'boilerplate', role: 'page', text: 'Buy this picture' },
    ]);
  });
});
