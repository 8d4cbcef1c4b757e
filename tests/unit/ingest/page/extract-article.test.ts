import { describe, expect, it } from 'vitest';
import { extractArticle, parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { chooseHeadline, parsePage } from '../../../../src/lib/ingest/page/parse-page.ts';
import { readPageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';

const paragraph = 'The harbour council voted on Tuesday to close the old pier for repairs, ending months of debate over its safety after engineers found corrosion.';
const page = (article: string, head = '<title>Pier to close - Example Gazette</title>') =>
  `<!doctype html><html><head>${head}</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav><main><article>${article}</article></main><aside class="sidebar"><h2>Most read</h2><ol><li><a href="/x">Another story entirely</a></li></ol></aside><footer><p>© 2025 Example Gazette</p></footer></body></html>`;

describe('extractArticle (Readability on linkedom)', () => {
  it('keeps the article and leaves the page chrome out', () => {
    const extracted = extractArticle(page(`<h1>Pier to close</h1>${`<p>${paragraph}</p>`.repeat(4)}`))!;
    expect(extracted.contentHtml).toContain(paragraph);
    for (const chrome of ['Most read', 'Another story entirely', '© 2025', '>Home<']) expect(extracted.contentHtml).not.toContain(chrome);
    expect(extracted.title).toMatch(/^Pier to close/);
  });

  it('keeps class names, so embedded posts and pull quotes can be told by their markup', () => {
    const extracted = extractArticle(page(`${`<p>${paragraph}</p>`.repeat(3)}<blockquote class="twitter-tweet"><p>Closed.</p>&mdash; Port (@Port) <a href="#">April 2, 2025</a></blockquote>`))!;
    expect(extracted.contentHtml).toContain('class="twitter-tweet"');
  });

  it('takes the page’s byline element out and says so', () => {
    const extracted = extractArticle(page(`<p class="byline">By Mara Quill</p>${`<p>${paragraph}</p>`.repeat(4)}`))!;
    expect(extracted.byline).toBe('By Mara Quill');
    expect(extracted.contentHtml).not.toContain('Mara Quill');
  });

  it('runs no script and keeps none', () => {
    const extracted = extractArticle(page(`<script>globalThis.ran = true</script><p onclick="alert(1)">${paragraph}</p>${`<p>${paragraph}</p>`.repeat(3)}`))!;
    expect((globalThis as { ran?: boolean }).ran).toBeUndefined();
    expect(extracted.contentHtml).not.toContain('<script');
  });

  it('finds no article in a page without text', () => {
    expect(extractArticle('<html><body><nav><a href="/"><img src="logo.png"></a></nav></body></html>')).toBeUndefined();
    expect(parsePage('<html><body></body></html>')).toEqual({ ok: false, problem: expect.stringContaining('no article text was found in the page') });
  });
});

describe('chooseHeadline', () => {
  const headline = (html: string, title: string | null = null) => {
    const document = parsePageDocument(html);
    return chooseHeadline(document, readPageMetadata(document, html), title);
  };

  it.each([
    ['the <h1> the title element names', '<title>Pier to close | Example Gazette</title><h1>Example Gazette</h1><h1>Pier to close</h1>', null, 'Pier to close'],
    ['the <h1> the JSON-LD headline names', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to close"}</script><h1>Pier to close</h1>', null, 'Pier to close'],
    ['the JSON-LD headline when no <h1> matches', '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Pier to close"}</script><h1>Site logo</h1>', null, 'Pier to close'],
    ['the extractor’s title before a raw title element', '<title>Example Gazette :: Pier to close now</title>', 'Pier to close now', 'Pier to close now'],
    ['the <h1> whose quotes and dashes the metadata sets straight', `<meta property="og:title" content="Pier to close, leaving islanders 'in the dark' - council"><h1>Pier to close, leaving islanders ‘in the dark’ – council</h1>`, null, 'Pier to close, leaving islanders ‘in the dark’ – council'],
    ['the visible <h1> of which the OpenGraph title is a shorter rewrite', '<meta property="og:title" content="Ferry pier shut: 40 stranded"><h1>Example Gazette</h1><h1>Islanders stranded as storm shuts ferry pier for a second night</h1>', null, 'Islanders stranded as storm shuts ferry pier for a second night'],
    ['the stated headline when an <h1> holds it and a badge', '<meta property="og:title" content="Storm shuts ferry pier for a second night"><h1><span>LIVE</span> Storm shuts ferry pier for a second night</h1>', null, 'Storm shuts ferry pier for a second night'],
    ['the stated headline over an <h1> that shares too few of its words', '<meta property="og:title" content="Storm shuts ferry pier for a second night"><h1>Island news from the pier and the harbour</h1>', null, 'Storm shuts ferry pier for a second night'],
    ['none', '<p>Text</p>', null, null],
  ])('%s', (_, html, title, expected) => {
    expect(headline(html, title)).toBe(expected);
  });
});

describe('parsePage: the date a page shows', () => {
  it('takes the date line over the article when the markup states no date, and says where it came from', () => {
    const parsed = parsePage(page(`<h1>Pier to close</h1><p class="byline">By Jane Doe</p><p class="date">Published 14:06, Friday 4 December 2026</p><p>${paragraph}</p><p>${paragraph}</p>`));
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(parsed.metadata.publishedDate).toEqual({ value: '2026-12-04', source: 'date line' });
  });

  it('keeps the date the markup states, and takes none from a date inside the story', () => {
    const stated = parsePage(page(`<h1>Pier to close</h1><p>Published 4 December 2026</p><p>${paragraph}</p>`, '<meta property="article:published_time" content="2026-12-03T09:00:00Z">'));
    if (!stated.ok) throw new Error(stated.problem);
    expect(stated.metadata.publishedDate).toEqual({ value: '2026-12-03', source: 'OpenGraph tags' });
    const inStory = parsePage(page(`<h1>Pier to close</h1><p>${paragraph}</p><p>The pier first opened on 4 December 1926, the council said.</p>`));
    if (!inStory.ok) throw new Error(inStory.problem);
    expect(inStory.metadata.publishedDate).toBeUndefined();
  });
});
