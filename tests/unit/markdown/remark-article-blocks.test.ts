import { describe, expect, it, vi } from 'vitest';
import { blocksToMarkdown } from '../../../src/lib/ingest/article-markdown.ts';
import { BLOCK_LABELS } from '../../../src/lib/markdown/remark-article-blocks.ts';
import { classes, elementsOf, ingestRealArticles, renderArticleHtml } from '../../helpers/render.ts';

const render = async (markdown: string) => renderArticleHtml(markdown);

describe('remarkArticleBlocks', () => {
  it('renders each block kind as semantic HTML with a visible label on embeds', async () => {
    const html = await render(
      blocksToMarkdown([
        { type: 'headline', text: 'Title' },
        { type: 'key-points', ordered: false, items: [{ marker: '-', text: 'Point one.' }] },
        { type: 'subheading', text: 'Sub' },
        { type: 'section-label', text: 'What they said:' },
        {
          type: 'social-post',
          lines: ['Post text.'],
          attribution: { text: '— A B (@ab) May 1, 2024', author: 'A B', handle: '@ab', date: 'May 1, 2024' },
        },
        { type: 'photo-caption', text: 'FILE - A photo.' },
        { type: 'video', title: 'Clip', caption: 'About the clip.' },
        { type: 'source-note', text: 'The Source: wires.' },
        { type: 'related-links', items: ['more on this'] },
      ]),
    );
    const stripped = html.replace(/<span class="sentence" id="[^"]+">([^<]*)<\/span>/g, '$1');
    expect(stripped).toMatchInlineSnapshot(`
      "<h1 id="h-title">Title</h1>
      <div class="block key-points" data-block="key-points"><p class="block-label">Key points</p><ul><li><span class="list-marker" aria-hidden="true">-</span>Point one.</li></ul></div>
      <h2 id="h-sub">Sub</h2>
      <p class="section-label">What they said:</p>
      <div class="embed social-post" data-block="social-post"><p class="block-label">Embedded social post</p><blockquote data-author="A B" data-handle="@ab"><p>Post text.</p><footer><cite>— A B (@ab) May 1, 2024</cite></footer></blockquote></div>
      <figure class="embed photo-caption" data-block="photo-caption"><figcaption><p class="block-label">Photo caption (the image is not in the file)</p><p>FILE - A photo.</p></figcaption></figure>
      <figure class="embed video" data-block="video"><figcaption><p class="block-label">Embedded video (title and caption only)</p><p class="video-title">Clip</p><p>About the clip.</p></figcaption></figure>
      <div class="block source-note" data-block="source-note"><p class="block-label">Source note</p><p>The Source: wires.</p></div>
      <div class="block related-links" data-block="related-links"><p class="block-label">Related links (titles only; the file has no addresses)</p><ul><li>more on this</li></ul></div>"
    `);
  });

  it('gives headings readable ids that cannot clash with sentence anchors', async () => {
    const html = await render('# Same\n\n## Same\n\n## Same\n');
    expect(elementsOf(html).filter((element) => /^h\d$/.test(element.tagName)).map((element) => element.properties['id'])).toEqual([
      'h-same',
      'h-same-2',
      'h-same-3',
    ]);
  });

  it.each([
    ['raw HTML', '<div>x</div>\n', /unexpected html at line 1/],
    ['a list', '* item\n', /unexpected list at line 1/],
    ['an unknown directive', ':::mystery\ntext\n:::\n', /unexpected containerDirective "mystery" at line 1/],
    ['a post without its attribution', ':::social-post\ntext\n:::\n', /unexpected containerDirective "social-post"/],
    ['a key point holding two paragraphs', '::::key-points\n:::key-point\na\n\nb\n:::\n::::\n', /unexpected containerDirective "key-point"/],
  ])('stops the build on %s, naming the file', async (_, markdown, message) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // Astro logs the error too
    await expect(render(markdown)).rejects.toThrow(message);
    quiet.mockRestore();
  });

  it('labels every embed in the real articles and keeps post authors', async () => {
    const byId = new Map(ingestRealArticles().map((article) => [article.frontmatter.id, article]));
    const html = await render(byId.get('american-scoop')!.markdown);
    const posts = elementsOf(html).filter((element) => element.tagName === 'blockquote');
    expect(posts.map((post) => post.properties['dataAuthor'])).toEqual([
      'Donald J. Trump Posts From His Truth Social',
      'Karoline Leavitt',
      'AmericanPapaBear',
    ]);
    const labels = elementsOf(html).filter((element) => classes(element).includes('block-label'));
    expect(labels.map((element) => (element.children[0] as { value: string }).value)).toEqual([
      BLOCK_LABELS.socialPost,
      BLOCK_LABELS.socialPost,
      BLOCK_LABELS.socialPost,
      BLOCK_LABELS.relatedLinks,
    ]);
  });
});

describe('remarkArticleBlocks: furniture, lists, turns, card posts and live entries', () => {
  const strip = (html: string) => html.replace(/<span class="sentence" id="[^"]+">([^<]*)<\/span>/g, '$1');

  it('shows furniture muted and labelled, lists as lists, turns with their speaker, card posts with their account', async () => {
    const html = await render(
      blocksToMarkdown([
        { type: 'headline', text: 'Title' },
        { type: 'byline', text: 'By A B', authors: ['A B'] },
        { type: 'timestamp', text: 'Updated 5:14 PM', opensEntry: false, time: '17:14' },
        { type: 'dateline', text: 'TOWN (EW) -', place: 'TOWN', agency: 'EW' },
        { type: 'paragraph', text: 'Body.' },
        { type: 'ad', text: 'Advertisement' },
        { type: 'list', ordered: true, items: [{ marker: '1.', text: 'One.' }] },
        { type: 'list', ordered: false, items: [{ marker: '-', text: 'Two.' }] },
        { type: 'turn', speaker: 'Q:', text: 'Why?' },
        {
          type: 'social-post',
          header: ['A B', '@ab'],
          lines: ['Post text.'],
          attribution: { text: '5:14 PM · Mar 18, 2025', author: 'A B', handle: '@ab', date: 'Mar 18, 2025', time: '5:14 PM' },
        },
        { type: 'photo-credit', text: 'Photo: A B/EW' },
        { type: 'pull-quote', text: '"Body."' },
        { type: 'reporting-credit', text: 'Reporting by A B' },
        { type: 'boilerplate', role: 'share', text: 'Share' },
      ]),
    );
    expect(strip(html)).toMatchInlineSnapshot(`
      "<h1 id="h-title">Title</h1>
      <p class="furniture byline" data-block="byline"><span class="block-label">Byline</span> <span class="furniture-text">By A B</span></p>
      <p class="furniture timestamp" data-block="timestamp" data-time="17:14"><span class="block-label">Date and time</span> <time datetime="17:14">Updated 5:14 PM</time></p>
      <p class="furniture dateline" data-block="dateline"><span class="block-label">Dateline</span> <span class="furniture-text">TOWN (EW) -</span></p>
      <p>Body.</p>
      <p class="furniture ad" data-block="ad"><span class="block-label">Advertisement slug</span> <span class="furniture-text">Advertisement</span></p>
      <ol class="body-list" data-block="list"><li><span class="list-marker" aria-hidden="true">1.</span>One.</li></ol>
      <ul class="body-list" data-block="list"><li><span class="list-marker" aria-hidden="true">-</span>Two.</li></ul>
      <p class="turn" data-block="turn"><span class="turn-speaker">Q: </span>Why?</p>
      <div class="embed social-post" data-block="social-post"><p class="block-label">Embedded social post</p><blockquote data-author="A B" data-handle="@ab"><header class="post-account"><p>A B</p><p>@ab</p></header><p>Post text.</p><footer><cite>5:14 PM · Mar 18, 2025</cite></footer></blockquote></div>
      <p class="furniture photo-credit" data-block="photo-credit"><span class="block-label">Photo credit</span> <span class="furniture-text">Photo: A B/EW</span></p>
      <p class="furniture pull-quote" data-block="pull-quote"><span class="block-label">Pull quote (repeats a line of the article)</span> <span class="furniture-text">"Body."</span></p>
      <p class="furniture reporting-credit" data-block="reporting-credit"><span class="block-label">Credits</span> <span class="furniture-text">Reporting by A B</span></p>
      <p class="furniture boilerplate" data-block="boilerplate" data-role="share"><span class="block-label">Share buttons</span> <span class="furniture-text">Share</span></p>"
    `);
  });

  it('wraps each live-blog entry in a section with its time, leaving closing furniture outside', async () => {
    const html = await render(
      blocksToMarkdown([
        { type: 'headline', text: 'Live' },
        { type: 'timestamp', text: '18:40 GMT', opensEntry: true, time: '18:40' },
        { type: 'paragraph', text: 'Second entry.' },
        { type: 'timestamp', text: '18:05 GMT', opensEntry: true, time: '18:05' },
        { type: 'paragraph', text: 'First entry.' },
        { type: 'boilerplate', role: 'copyright', text: '© 2025 EW' },
      ]),
    );
    const sections = elementsOf(html).filter((element) => element.tagName === 'section');
    expect(sections.map((section) => section.properties['dataTime'])).toEqual(['18:40', '18:05']);
    expect(strip(html)).toContain('<section class="live-entry" data-time="18:05"><p class="furniture timestamp" data-block="timestamp" data-time="18:05"><span class="block-label">Live update</span> <time datetime="18:05">18:05 GMT</time></p><p>First entry.</p></section>');
    expect(strip(html)).toMatch(/<\/section>\s*<p class="furniture boilerplate"/);
  });
});
