import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { blocksFromArticleHtml, isCorrectionNote, isDuration, isMediaLabel } from '../../../../src/lib/ingest/page/page-blocks.ts';
import { readPageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';
import type { ArticleBlock } from '../../../../src/lib/schemas/article-block.ts';

/** Rules added for publishing systems the first fixtures lacked (issue 16, second round), each on a small snippet. */
const body = 'The council voted on Tuesday to close the old pier for repairs after engineers found corrosion.';
const more = 'Traders on the seafront said the closure would cost them the summer, and asked for compensation.';
const blocks = (html: string) => blocksFromArticleHtml(html, { headline: null });
const types = (html: string) => blocks(html).map((block) => (block.type === 'boilerplate' ? `boilerplate:${block.role}` : block.type));
const page = (head: string, bodyHtml: string) => `<!doctype html><html><head>${head}</head><body>${bodyHtml}</body></html>`;
const read = (html: string) => readPageMetadata(parsePageDocument(html), html);

describe('page furniture by markup', () => {
  it('a <nav> (a breadcrumb, a live page’s key events) is never reporting: its list becomes links, its lines page furniture', () => {
    expect(blocks(`<nav><a href="/w">World</a> / <a href="/e">Europe</a></nav><nav><h2>Key events</h2><ul><li><a href="#a">10:42 Crack has not grown</a></li></ul></nav><p>${body}</p>`)).toEqual([
      { type: 'boilerplate', role: 'page', text: 'World / Europe' },
      { type: 'boilerplate', role: 'page', text: 'Key events' },
      { type: 'related-links', items: ['10:42 Crack has not grown'] },
      { type: 'paragraph', text: body },
    ]);
  });

  it('a box the markup names a byline gives the byline (screen-reader labels aside) and the reporter’s role as author furniture', () => {
    expect(blocks(`<div data-component="byline-block"><p><span class="VisuallyHidden">Author, </span>Ama Thorsby</p><p><span>Role, </span>Health correspondent</p></div><p>${body}</p>`)).toEqual([
      { type: 'byline', text: 'Author, Ama Thorsby', authors: ['Ama Thorsby'] },
      { type: 'boilerplate', role: 'author', text: 'Role, Health correspondent' },
      { type: 'paragraph', text: body },
    ]);
    expect(types(`<div class="author-row"><p>Local Democracy Reporter</p></div><p>${body}</p>`)).toEqual(['boilerplate:author', 'paragraph']);
    expect(types(`<div data-qa="author-bio"><p>Jane Roe covers water and energy for the paper. She joined in 2019.</p></div><p>${body}</p>`)).toEqual(['boilerplate:author', 'paragraph']);
  });

  it('leaves a box named "authority" or one too long to be a byline alone', () => {
    expect(types(`<div class="port-authority-statement"><p>${body}</p></div>`)).toEqual(['paragraph']);
    const long = Array.from({ length: 5 }, (_, at) => `<p>Paragraph ${at + 1}. ${body} ${more} ${body}</p>`).join('');
    expect(types(`<div class="author-notes">${long}</div>`)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a sign-up box’s title and small print are newsletter furniture with its sign-up line', () => {
    expect(types(`<p>${body}</p><div><p>Get the Gazette daily</p><p>Sign up to our free newsletter for the top stories every morning.</p><p>You can unsubscribe at any time.</p></div>`)).toEqual([
      'paragraph',
      'boilerplate:newsletter',
      'boilerplate:newsletter',
      'boilerplate:newsletter',
    ]);
  });

  it('in a box with an image, the line over a photo credit is the caption (a gallery slide)', () => {
    expect(types('<div><p><img src="a.jpg" alt=""></p><p>1 of 3</p><p>The first beam is lifted into place</p><p>Picture: Owain Haddad</p></div>')).toEqual(['boilerplate:page', 'boilerplate:image', 'photo-credit']);
  });

  it('a figure holding a player and no image: its caption and labels describe the clip, not reporting', () => {
    expect(blocks('<figure class="video"><p><span>Duration: 1 minute, 42 seconds</span><span>1:42</span></p><figcaption>Parents marched through the town in March</figcaption></figure>')).toEqual([
      { type: 'boilerplate', role: 'page', text: 'Duration: 1 minute, 42 seconds 1:42' },
      { type: 'boilerplate', role: 'image', text: 'Parents marched through the town in March' },
    ]);
    expect(types('<figure><iframe src="https://video.example/1"></iframe><figcaption>Parents marched through the town</figcaption></figure>')).toEqual(['boilerplate:image']);
    expect(types('<figure class="video-wrap"><img src="a.jpg" alt=""><figcaption>Parents marched through the town</figcaption></figure>')).toEqual(['boilerplate:image']);
  });

  it('a line of a <time> and a label or two is a timestamp, its parts kept apart', () => {
    expect(blocks('<div><span>Pinned</span><time datetime="2025-05-06T10:42Z">10:42 GMT</time><span>Updated 11:05 GMT</span></div>')).toEqual([
      { type: 'timestamp', text: 'Pinned 10:42 GMT Updated 11:05 GMT', opensEntry: false, time: null },
    ]);
    expect(types(`<p>The meeting on <time datetime="2025-05-06">Tuesday</time> voted to close the old pier for repairs after engineers found corrosion.</p>`)).toEqual(['paragraph']);
    expect(blocks('<p>On <time>May 6</time>, it closed.</p>')).toEqual([{ type: 'paragraph', text: 'On May 6, it closed.' }]);
  });

  it('with a name the markup marks as the author’s, a line of a <time> and labels is a byline', () => {
    expect(blocks('<p class="entry-meta">Posted on <time datetime="2025-05-06">May 6, 2025</time> by <span class="author">Idris Pennock</span></p>')).toEqual([
      { type: 'byline', text: 'Posted on May 6, 2025 by Idris Pennock', authors: ['Idris Pennock'] },
    ]);
    expect(types('<p>On <time>May 6, 2025</time> the council voted by <a rel="author" href="/a">31 votes</a> to 9 to close the bridge for a year.</p>')).toEqual(['paragraph']);
  });
});

describe('page furniture by shape', () => {
  it.each([
    'Correction: This entry has been corrected to show that 1,400 people, not 14,000, were moved.',
    'Correction, April 30: An earlier version of this story gave the wrong vote count.',
    "Editor's note: This story has been updated.",
    'An earlier version of this article misstated the number of customers.',
    'This article was amended on 4 August 2025 to correct the name of the town.',
  ])('a correction note: %s', (line) => {
    expect(isCorrectionNote(line)).toBe(true);
    expect(types(`<p>${body}</p><p>${line}</p><p>${more}</p>`)).toEqual(['paragraph', 'boilerplate:page', 'paragraph']);
  });

  it.each(['The correction came too late for the growers.', 'Corrections officers walked out on Monday.', 'This article of the treaty was amended in 1998.'])('not a correction note: %s', (line) => {
    expect(isCorrectionNote(line)).toBe(false);
  });

  it.each(['6 min', '1:42', '1:02:30', 'Duration: 1 minute, 42 seconds', 'Duration: 1 minute, 42 seconds 1:42', '2 hrs 5 mins'])('a duration: %s', (line) => {
    expect(isDuration(line)).toBe(true);
  });

  it.each(['6 miners were rescued', '1:42 left on the clock when he scored', '2025'])('not a duration: %s', (line) => {
    expect(isDuration(line)).toBe(false);
  });

  it.each([
    ['In pictures: building the Kestrel bypass', true],
    ['Watch: the moment the bridge opened', true],
    ['Gallery: ten years of the harbour festival', true],
    ['Watch: the council will vote on the plan next week after months of delay, officials said.', false],
    ['Pictures of the damage were shared widely', false],
  ] as const)('a gallery or video label: %s → %s', (line, expected) => {
    expect(isMediaLabel(line)).toBe(expected);
  });

  it('the line under a pull quote naming its speaker belongs to the pull quote', () => {
    expect(types(`<p>${body}</p><blockquote class="pullquote"><p>Nobody takes this lightly</p></blockquote><p>Cllr Rhodri Pascoe</p><p>${more}</p>`)).toEqual(['paragraph', 'pull-quote', 'pull-quote', 'paragraph']);
    expect(types(`<blockquote class="pullquote"><p>Nobody takes this lightly</p></blockquote><p>It was closed.</p>`)).toEqual(['pull-quote', 'paragraph']);
  });

  it('a short label in the header row, against a read time or date, is not reporting; the same words in the body are', () => {
    expect(types(`<p>Published in</p><p>7 min read</p><p>${body}</p><p>Published in</p>`)).toEqual(['boilerplate:page', 'boilerplate:page', 'paragraph', 'paragraph']);
    expect(types(`<p>Published in</p><p>${body}</p>`)).toEqual(['paragraph', 'paragraph']);
  });

  it('a caption closing with a "Photo by … on …" credit is split', () => {
    expect(blocks('<figure><img src="a.jpg" alt=""><figcaption>A dark lamp on Ferris Road at 1 a.m. Photo by Petra Kelm on Unsplash</figcaption></figure>')).toEqual([
      { type: 'boilerplate', role: 'image', text: 'A dark lamp on Ferris Road at 1 a.m.' },
      { type: 'photo-credit', text: 'Photo by Petra Kelm on Unsplash' },
    ]);
  });
});

describe('readPageMetadata: microdata and <time>', () => {
  const article = (inner: string) =>
    `<div itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="mainEntityOfPage" content="https://trade.example/news/a-1"><div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Trade Journal"></div>${inner}</div>`;
  const teaser = '<div itemscope itemtype="http://schema.org/NewsArticle"><a itemprop="url" href="https://trade.example/other"><span itemprop="headline">Another story</span></a><time itemprop="datePublished" datetime="2024-11-02">2 November</time><meta itemprop="author" content="Other Writer"></div>';

  it('reads the article item’s own properties: headline, publisher, Person authors, date and URL', () => {
    const html = page(
      '<title>Short title | Trade Journal</title>',
      `${teaser}${article('<h1 itemprop="headline">Sand eel ban extended</h1><span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ingrid Day</span></span> and <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Callum Rees</span></span><time itemprop="datePublished" datetime="2025-02-11T08:30:00+00:00">11 February</time><div itemprop="articleBody"><p>Text.</p></div>')}`,
    );
    expect(read(html)).toEqual({
      headline: { value: 'Sand eel ban extended', source: 'microdata' },
      outlet: { value: 'Trade Journal', source: 'microdata' },
      authors: { value: ['Ingrid Day', 'Callum Rees'], source: 'microdata' },
      publishedDate: { value: '2025-02-11', source: 'microdata' },
      url: { value: 'https://trade.example/news/a-1', source: 'microdata' },
    });
  });

  it('does not read properties of items nested in the article, nor organisations as authors', () => {
    const html = page('', article('<h1 itemprop="headline">Headline</h1><div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Trade Journal Staff</span></div><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Reader Name</span><time itemprop="datePublished" datetime="2025-03-01">1 March</time></div>'));
    const metadata = read(html);
    expect(metadata.authors).toBeUndefined();
    expect(metadata.publishedDate).toBeUndefined();
  });

  it('comes after JSON-LD and OpenGraph', () => {
    const html = page('<meta property="og:site_name" content="From OpenGraph">', article('<h1 itemprop="headline">Headline</h1>'));
    expect(read(html)).toMatchObject({ outlet: { value: 'From OpenGraph', source: 'OpenGraph tags' }, headline: { value: 'Headline', source: 'microdata' } });
  });

  it('takes a <time datetime> the page marks as the publication’s, else the one in the header holding the <h1>, never a comment’s', () => {
    expect(read(page('', '<article><h1>T</h1><time class="entry-date published" datetime="2025-04-29T21:15:33+00:00">April 29</time></article>')).publishedDate).toEqual({ value: '2025-04-29', source: 'time element' });
    expect(read(page('', '<header><h1>T</h1><time datetime="2025-06-03">3 June</time></header><p>Text.</p>')).publishedDate).toEqual({ value: '2025-06-03', source: 'time element' });
    expect(read(page('', '<h1>T</h1><p>Text.</p><div class="comments"><time datetime="2025-06-04">4 June</time></div>')).publishedDate).toBeUndefined();
  });
});

describe('blocks are plain data', () => {
  it('every block the new rules make matches the block schema', async () => {
    const { articleBlockSchema } = await import('../../../../src/lib/schemas/article-block.ts');
    const made: ArticleBlock[] = blocks(
      `<nav><ul><li><a href="#">A</a></li></ul></nav><div class="byline"><p>By Jane Roe</p></div><div><span>Pinned</span><time>10:42</time></div><p>${body}</p><p>Correction: it was Tuesday.</p><figure class="video"><figcaption>Clip</figcaption></figure>`,
    );
    for (const block of made) expect(articleBlockSchema.safeParse(block).success).toBe(true);
  });
});
