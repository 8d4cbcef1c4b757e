import { describe, expect, it } from 'vitest';
import { parsePageDocument } from '../../../../src/lib/ingest/page/extract-article.ts';
import { dateIn, dateWithin, readPageMetadata, type PageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';

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

  describe('author tags', () => {
    it('reads every tag of the first key that names people, not only the first tag', () => {
      expect(read(page('<meta name="author" content="Hanna Brookes"><meta name="author" content="Milo Ester">')).authors).toEqual({ value: ['Hanna Brookes', 'Milo Ester'], source: 'meta tags' });
    });

    it('passes over article:author tags holding profile URLs to the one holding a name', () => {
      const html = page('<meta property="article:author" content="https://social.example/hanna"><meta property="article:author" content="Hanna Brookes"><meta name="author" content="Site Desk Editor">');
      expect(read(html).authors).toEqual({ value: ['Hanna Brookes'], source: 'meta tags' });
    });

    it('reads Highwire citation_author, one tag per author, "Surname, Given" turned round and a degree left off', () => {
      const html = page('<meta name="citation_author" content="Brookes, Hanna"><meta name="citation_author" content="Milo Ester, PhD"><meta name="citation_author" content="Ward, Ada J.">');
      expect(read(html).authors).toEqual({ value: ['Hanna Brookes', 'Milo Ester', 'Ada J. Ward'], source: 'meta tags' });
    });

    it('reads sailthru.author', () => {
      expect(read(page('<meta name="sailthru.author" content="Hanna Brookes, Milo Ester">')).authors).toEqual({ value: ['Hanna Brookes', 'Milo Ester'], source: 'meta tags' });
    });

    it('reads Yoast’s "Written by" Twitter label, and no other label’s data', () => {
      const labels = (label: string) => page(`<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="4 minutes"><meta name="twitter:label2" content="${label}"><meta name="twitter:data2" content="Hanna Brookes and Milo Ester">`);
      expect(read(labels('Written by')).authors).toEqual({ value: ['Hanna Brookes', 'Milo Ester'], source: 'meta tags' });
      expect(read(labels('Edited by')).authors).toBeUndefined();
    });
  });

  it('reads Highwire Press tags as journals and university sites write them', () => {
    const html = page(
      '<meta name="citation_title" content="Tidal flats in retreat"><meta name="citation_journal_title" content="Journal of Coasts"><meta name="citation_publisher" content="Harbour University Press">' +
        '<meta name="citation_author" content="Lund, Ada"><meta name="citation_publication_date" content="2025/03/18"><meta name="citation_abstract_html_url" content="https://journal.example/abs/12">',
    );
    expect(read(html)).toEqual({
      headline: { value: 'Tidal flats in retreat', source: 'meta tags' },
      outlet: { value: 'Harbour University Press', source: 'meta tags' },
      authors: { value: ['Ada Lund'], source: 'meta tags' },
      publishedDate: { value: '2025-03-18', source: 'meta tags' },
      url: { value: 'https://journal.example/abs/12', source: 'meta tags' },
    });
  });

  it.each([
    ['citation_online_date', 'name', '2025/03/18'],
    ['citation_date', 'name', '2025.03.18'],
    ['article:published_time', 'name', '2025-03-18T10:00:00Z'],
    ['og:article:published_time', 'property', '2025-03-18T10:00:00Z'],
    ['article.published', 'name', '2025-03-18T10:00:00Z'],
    ['article_date_original', 'name', 'Tuesday, March 18, 2025'],
    ['publication_date', 'name', '18 March 2025'],
    ['publish_date', 'property', '2025-03-18'],
    ['sailthru.date', 'name', '2025-03-18 10:00:00'],
    ['cxenseparse:recs:publishtime', 'name', '2025-03-18T10:00:00+0100'],
    ['DC.date.created', 'name', '2025-03-18'],
    ['datePublished', 'property', '2025-03-18'],
  ])('reads the date of <meta %s=…> (%s)', (key, attribute, value) => {
    expect(read(page(`<meta ${attribute}="${key}" content="${value}">`)).publishedDate).toEqual({ value: '2025-03-18', source: 'meta tags' });
  });

  it('reads the date and address in Parse.ly’s parsely-page JSON', () => {
    const content = JSON.stringify({ title: 'Pier to close', link: 'https://gazette.example/pier', pub_date: '2025-03-18T22:30:00Z' }).replaceAll('"', '&quot;');
    expect(read(page(`<meta name="parsely-page" content="${content}">`))).toEqual({
      publishedDate: { value: '2025-03-18', source: 'meta tags' },
      url: { value: 'https://gazette.example/pier', source: 'meta tags' },
    });
  });

  it.each([
    ['twitter:url', '<meta name="twitter:url" content="https://gazette.example/pier">'],
    ['parsely-link', '<meta name="parsely-link" content="https://gazette.example/pier">'],
    ['al:web:url', '<meta property="al:web:url" content="https://gazette.example/pier">'],
  ])('reads the address in %s, before the canonical link', (_, head) => {
    expect(read(page(`${head}<link rel="canonical" href="https://gazette.example/pier?amp">`)).url).toEqual({ value: 'https://gazette.example/pier', source: 'meta tags' });
  });

  it('reads the outlet in <meta name="publisher">, and application-name only when nothing else names one', () => {
    expect(read(page('<meta name="publisher" content="Valley Post">')).outlet).toEqual({ value: 'Valley Post', source: 'meta tags' });
    expect(read(page('<meta name="application-name" content="Valley Post">')).outlet).toEqual({ value: 'Valley Post', source: 'meta tags' });
    const both = read(page(`<meta name="application-name" content="VP App">${jsonLd({ '@type': 'NewsArticle', headline: 'H', publisher: { name: 'Valley Post' } })}`));
    expect(both.outlet).toEqual({ value: 'Valley Post', source: 'JSON-LD' });
  });

  describe('dates as pages write them', () => {
    it.each([
      ['2025-03-18T10:00:00+01:00', '2025-03-18'],
      ['2025/03/18', '2025-03-18'],
      ['2025.3.8', '2025-03-08'],
      ['Tue, 18 Mar 2025 23:30:00 GMT', '2025-03-18'],
      ['18 March 2025', '2025-03-18'],
      ['March 18, 2025', '2025-03-18'],
      ['Sept. 8, 2025 10:00 AM', '2025-09-08'],
      ['8th May 2025', '2025-05-08'],
    ])('reads %s as %s, the date part as written', (value, date) => {
      expect(dateIn(value)).toBe(date);
      expect(read(page(`<meta name="publication_date" content="${value}">`)).publishedDate?.value).toBe(date);
    });

    it.each(['03/04/2025', '18/03/2025', '2025/02/30', '2025/03.18', 'March 2025', '2025', 'Mayday 18, 2025', '20250318'])('reads no date in %s', (value) => {
      expect(dateIn(value)).toBeUndefined();
    });

    it.each([
      ['Published 14:06, Friday 4 December 2026 | Updated 16:40, 5 December 2026', '2026-12-04'],
      ['By Jane Doe · March 18, 2025', '2025-03-18'],
      ['Posted on 2025-03-18 by the newsroom', '2025-03-18'],
    ])('finds the first full date within %s', (line, date) => expect(dateWithin(line)).toBe(date));

    it.each(['Updated 2 hours ago', 'By Jane Doe', 'Published 03/04/2025', 'In 2025 the pier closed'])('finds no full date within %s', (line) => expect(dateWithin(line)).toBeUndefined());
  });

  describe('RDFa', () => {
    it('reads Drupal’s hidden RDFa spans, not a comment’s date, and a date only from a content attribute', () => {
      const html = page(
        '',
        '<span property="dc:date">2025-01-02</span><div class="comment" typeof="sioc:Post sioct:Comment"><span property="dc:date dc:created" content="2025-03-20T08:00:00+00:00"></span><span property="dc:creator">Milo Ester</span></div>' +
          '<div class="node" typeof="sioc:Item foaf:Document"><span property="dc:title" content="Pier to close" class="rdf-meta element-hidden"></span><span property="dc:date dc:created" content="2025-03-18T10:00:00+00:00" datatype="xsd:dateTime"></span><a property="dc:creator" href="/user/3">Hanna Brookes</a><p>Text.</p></div>',
      );
      expect(read(html)).toEqual({
        headline: { value: 'Pier to close', source: 'RDFa' },
        authors: { value: ['Hanna Brookes'], source: 'RDFa' },
        publishedDate: { value: '2025-03-18', source: 'RDFa' },
      });
    });

    it('reads the properties of the article scope holding the <h1>, not a related article’s', () => {
      const html = page(
        '',
        '<aside><div typeof="schema:NewsArticle"><h2 property="schema:headline">Related</h2><span property="schema:datePublished" content="2025-01-02"></span></div></aside>' +
          '<article vocab="http://schema.org/" typeof="schema:NewsArticle"><h1 property="schema:headline">Pier to close</h1><span property="schema:author" typeof="schema:Person">Hanna Brookes</span><span property="schema:datePublished" content="2025-03-18"></span></article>',
      );
      expect(read(html)).toEqual({
        headline: { value: 'Pier to close', source: 'RDFa' },
        authors: { value: ['Hanna Brookes'], source: 'RDFa' },
        publishedDate: { value: '2025-03-18', source: 'RDFa' },
      });
    });
  });

  describe('hAtom and hNews microformats', () => {
    it('reads the entry’s .published and .author, not a nested comment’s', () => {
      const html = page(
        '',
        '<div class="hentry"><div class="hentry comment"><abbr class="published" title="2025-03-20T08:00:00Z">Thursday</abbr><span class="author vcard"><span class="fn">Milo Ester</span></span></div>' +
          '<h1 class="entry-title">Pier to close</h1><span class="author vcard"><a class="url fn" href="/hanna">Hanna Brookes</a></span><abbr class="published" title="2025-03-18T10:00:00Z">7:15 AM</abbr><p>Text.</p></div>',
      );
      expect(read(html)).toMatchObject({ authors: { value: ['Hanna Brookes'], source: 'microformats' }, publishedDate: { value: '2025-03-18', source: 'microformats' } });
    });

    it('reads an hNews .author.vcard without .fn, and a date in a datetime attribute, never the shown text of .published', () => {
      const html = page('', '<article class="hnews"><h1>Pier to close</h1><span class="author vcard">Hanna Brookes</span><span class="published">January 2, 2025</span><span class="published" datetime="2025-03-18">Tuesday</span></article>');
      expect(read(html)).toMatchObject({ authors: { value: ['Hanna Brookes'], source: 'microformats' }, publishedDate: { value: '2025-03-18', source: 'microformats' } });
    });
  });

  describe('JSON-LD beyond author, datePublished and publisher', () => {
    it('reads creator and dateCreated when there is no author or datePublished', () => {
      const metadata = read(page(jsonLd({ '@type': 'DiscussionForumPosting', headline: 'Pier to close', creator: { '@type': 'Person', name: 'Hanna Brookes' }, dateCreated: '2025-03-18T10:00:00Z' })));
      expect(metadata).toEqual({
        jsonLdType: 'DiscussionForumPosting',
        headline: { value: 'Pier to close', source: 'JSON-LD' },
        authors: { value: ['Hanna Brookes'], source: 'JSON-LD' },
        publishedDate: { value: '2025-03-18', source: 'JSON-LD' },
      });
    });

    it('reads the journal an article isPartOf, through its issue, as the outlet when no publisher is named; not a WebSite', () => {
      const metadata = read(
        page(
          jsonLd({
            '@graph': [
              { '@type': 'MedicalScholarlyArticle', headline: 'Trial results', isPartOf: { '@id': '#issue' } },
              { '@type': 'PublicationIssue', '@id': '#issue', issueNumber: '3', isPartOf: { '@type': 'Periodical', name: 'Journal of Coasts' } },
            ],
          }),
        ),
      );
      expect(metadata).toMatchObject({ jsonLdType: 'MedicalScholarlyArticle', outlet: { value: 'Journal of Coasts', source: 'JSON-LD' } });
      // A WebSite's name is the site's, not a publisher's.
      expect(read(page(jsonLd({ '@type': 'BlogPosting', headline: 'H', isPartOf: { '@type': 'WebSite', name: 'Notes' } }))).outlet).toBeUndefined();
    });

    it('reads a WebPage node that names a date or an author when no article node is there, and only then', () => {
      const webPage = { '@type': 'WebPage', name: 'Pier to close', datePublished: '2025-03-18', author: { '@type': 'Person', name: 'Hanna Brookes' } };
      expect(read(page(jsonLd([{ '@type': 'WebSite', name: 'Site' }, webPage])))).toEqual({
        jsonLdType: 'WebPage',
        headline: { value: 'Pier to close', source: 'JSON-LD' },
        authors: { value: ['Hanna Brookes'], source: 'JSON-LD' },
        publishedDate: { value: '2025-03-18', source: 'JSON-LD' },
      });
      expect(read(page(jsonLd({ '@type': 'WebPage', name: 'About us' })))).toEqual({});
      expect(read(page(jsonLd([webPage, { '@type': 'Article', headline: 'Article' }]))).jsonLdType).toBe('Article');
    });
  });
});
