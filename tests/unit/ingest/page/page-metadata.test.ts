import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { readPageMetadata, type PageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';

const page = (head: string, body = '<p>Text.</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const read = (html: string) => readPageMetadata(parsePageDocument(html), html);
/** JSON-LD as pages write it: "</" escaped, since a literal "</script>" would end the script element. */
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value).replaceAll('</', '<\\/')}</script>`;

describe('readPageMetadata', () => {
  it.each<[string, string, PageMetadata]>([
    [
      'a NewsArticle at the top level',
      page(jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Pier to close', datePublished: '2025-04-02T09:00:00+01:00', author: { '@type': 'Person', name: 'Mara Quill' }, publisher: { '@type': 'Organization', name: 'Example Gazette' }, url: 'https://gazette.example/pier' })),
      {
        jsonLdType: 'NewsArticle',
        headline: { value: 'Pier to close', source: 'JSON-LD' },
        outlet: { value: 'Example Gazette', source: 'JSON-LD' },
        authors: { value: ['Mara Quill'], source: 'JSON-LD' },
        publishedDate: { value: '2025-04-02', source: 'JSON-LD' },
        url: { value: 'https://gazette.example/pier', source: 'JSON-LD' },
      },
    ],
    [
      'an Article inside @graph, author and publisher as @id references, organisations left out of the authors',
      page(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebPage', '@id': 'https://x.example/a/', name: 'Page name' },
            { '@type': ['Article', 'NewsArticle'], headline: 'Headline', author: [{ '@id': '#p1' }, { '@id': '#org' }], publisher: { '@id': '#org' }, mainEntityOfPage: { '@id': 'https://x.example/a/' } },
            { '@type': 'Organization', '@id': '#org', name: 'Example Post' },
            { '@type': 'Person', '@id': '#p1', name: 'Ada Lund' },
          ],
        }),
      ),
      {
        jsonLdType: 'Article',
        headline: { value: 'Headline', source: 'JSON-LD' },
        outlet: { value: 'Example Post', source: 'JSON-LD' },
        authors: { value: ['Ada Lund'], source: 'JSON-LD' },
        url: { value: 'https://x.example/a/', source: 'JSON-LD' },
      },
    ],
    [
      'the page’s address from the WebPage node mainEntityOfPage names, not the node’s "#webpage" name',
      page(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'NewsArticle', headline: 'Headline', mainEntityOfPage: { '@id': 'https://x.example/a/#webpage' } },
            { '@type': 'WebPage', '@id': 'https://x.example/a/#webpage', url: 'https://x.example/a/' },
          ],
        }) + jsonLd({ '@type': 'Article', headline: 'Other', mainEntityOfPage: { '@id': 'https://y.example/b/#article' } }),
      ),
      { jsonLdType: 'NewsArticle', headline: { value: 'Headline', source: 'JSON-LD' }, url: { value: 'https://x.example/a/', source: 'JSON-LD' } },
    ],
    [
      'an @id without a node: its fragment is no part of the address',
      page(jsonLd({ '@type': 'NewsArticle', headline: 'Headline', mainEntityOfPage: { '@id': 'https://x.example/a/#webpage' } })),
      { jsonLdType: 'NewsArticle', headline: { value: 'Headline', source: 'JSON-LD' }, url: { value: 'https://x.example/a/', source: 'JSON-LD' } },
    ],
    [
      'a JSON-LD array, the article among other nodes',
      page(jsonLd([{ '@type': 'BreadcrumbList', name: 'Crumbs' }, { '@type': 'ReportageNewsArticle', headline: 'Barge ban', author: [{ '@type': 'Person', name: 'Ilse Marrow' }, { '@type': 'Person', name: 'Kofi Adjei' }] }])),
      { jsonLdType: 'ReportageNewsArticle', headline: { value: 'Barge ban', source: 'JSON-LD' }, authors: { value: ['Ilse Marrow', 'Kofi Adjei'], source: 'JSON-LD' } },
    ],
    [
      'a podcast episode’s page: the episode node when no article node is there',
      page(jsonLd([{ '@type': 'PodcastSeries', name: 'Counting House' }, { '@type': 'PodcastEpisode', name: 'Why the mutual froze', datePublished: '2026-01-14', author: [{ '@type': 'Person', name: 'Wren Lund' }], publisher: { '@type': 'NewsMediaOrganization', name: 'The Standard' } }])),
      {
        jsonLdType: 'PodcastEpisode',
        headline: { value: 'Why the mutual froze', source: 'JSON-LD' },
        outlet: { value: 'The Standard', source: 'JSON-LD' },
        authors: { value: ['Wren Lund'], source: 'JSON-LD' },
        publishedDate: { value: '2026-01-14', source: 'JSON-LD' },
      },
    ],
    [
      'an article node before an episode node',
      page(jsonLd([{ '@type': 'PodcastEpisode', name: 'Episode 12' }, { '@type': 'NewsArticle', headline: 'Pier to close' }])),
      { jsonLdType: 'NewsArticle', headline: { value: 'Pier to close', source: 'JSON-LD' } },
    ],
    [
      'Dublin Core tags only',
      page('<meta name="DC.title" content="Title"><meta name="DC.creator" content="Ada Lund"><meta name="DC.publisher" content="Campus Post"><meta name="DC.date" content="2026-09-08">'),
      {
        outlet: { value: 'Campus Post', source: 'meta tags' },
        authors: { value: ['Ada Lund'], source: 'meta tags' },
        publishedDate: { value: '2026-09-08', source: 'meta tags' },
      },
    ],
    [
      'OpenGraph only',
      page('<meta property="og:site_name" content="Valley Post"><meta property="og:title" content="Title"><meta property="article:published_time" content="2025-03-07T16:20:00+0000"><meta property="og:url" content="https://valley.example/a">'),
      {
        outlet: { value: 'Valley Post', source: 'OpenGraph tags' },
        headline: { value: 'Title', source: 'OpenGraph tags' },
        publishedDate: { value: '2025-03-07', source: 'OpenGraph tags' },
        url: { value: 'https://valley.example/a', source: 'OpenGraph tags' },
      },
    ],
    [
      'meta author naming two people, a canonical link, a title element',
      page('<title>A headline | Site</title><meta name="author" content="Hanna Brookes and Milo Ester"><link rel="canonical" href="https://site.example/a-headline">'),
      { authors: { value: ['Hanna Brookes', 'Milo Ester'], source: 'meta tags' }, url: { value: 'https://site.example/a-headline', source: 'canonical link' }, headline: { value: 'A headline | Site', source: 'title element' } },
    ],
    [
      'the note a browser writes when saving a page',
      `<!-- saved from url=(0025)https://saved.example/a -->\n${page('')}`,
      { url: { value: 'https://saved.example/a', source: '"saved from" note' } },
    ],
    ['nothing stated', page(''), {}],
  ])('%s', (_, html, expected) => {
    expect(read(html)).toEqual(expected);
  });

  it.each([
    ['JSON-LD that is not JSON is skipped', page('<script type="application/ld+json">{ "headline": broken </script>')],
    ['a relative canonical link is not a URL the page states', page('<link rel="canonical" href="/news/a">')],
    ['a javascript: URL is not an address', page('<meta property="og:url" content="javascript:alert(1)">')],
    ['a date not written as a date is not read', page('<meta property="article:published_time" content="last Tuesday">')],
    ['an impossible date is not read', page('<meta property="article:published_time" content="2025-02-30">')],
    ['an author tag holding a URL or a desk names nobody', page('<meta property="article:author" content="https://social.example/jane"><meta name="author" content="Example News Staff">')],
  ])('%s', (_, html) => {
    expect(read(html)).toEqual({});
  });

  it('keeps HTML inside JSON-LD strings as text, never as markup', () => {
    const metadata = read(page(jsonLd({ '@type': 'NewsArticle', headline: '<script>alert(1)</script> Talks & <b>more</b>', publisher: { name: '<img src=x onerror=alert(1)>' } })));
    expect(metadata.headline?.value).toBe('<script>alert(1)</script> Talks & <b>more</b>');
    expect(metadata.outlet?.value).toBe('<img src=x onerror=alert(1)>');
  });

  it('prefers JSON-LD over OpenGraph over meta tags, field by field', () => {
    const metadata = read(page(`${jsonLd({ '@type': 'NewsArticle', headline: 'From JSON-LD' })}<meta property="og:site_name" content="From OpenGraph"><meta property="og:title" content="OG title"><meta name="author" content="Jane Roe">`));
    expect(metadata).toMatchObject({ headline: { source: 'JSON-LD' }, outlet: { source: 'OpenGraph tags' }, authors: { value: ['Jane Roe'], source: 'meta tags' } });
  });

  it('reads a microdata date an <abbr> holds in its title (the microformats abbr pattern), and only an ISO one', () => {
    const post = (title: string) =>
      page('', `<div itemscope itemtype="http://schema.org/BlogPosting"><h3 itemprop="name">Post</h3><div itemprop="articleBody"><p>Text.</p></div><abbr itemprop="datePublished" title="${title}">7:15 AM</abbr></div>`);
    expect(read(post('2025-09-24T07:15:00-04:00')).publishedDate).toEqual({ value: '2025-09-24', source: 'microdata' });
    expect(read(post('permanent link')).publishedDate).toBeUndefined();
  });
});
