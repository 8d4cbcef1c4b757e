import { describe, expect, it } from 'vitest';
import type { PageMetadata } from '../../../../src/lib/ingest/page/page-metadata.ts';
import { provenanceFromPage } from '../../../../src/lib/ingest/page/page-provenance.ts';
import { provenanceEntrySchema } from '../../../../src/lib/schemas/provenance.ts';

const full: PageMetadata = {
  jsonLdType: 'NewsArticle',
  outlet: { value: 'Example Gazette', source: 'JSON-LD' },
  authors: { value: ['Mara Quill'], source: 'JSON-LD' },
  publishedDate: { value: '2025-04-02', source: 'JSON-LD' },
  url: { value: 'https://gazette.example/pier', source: 'canonical link' },
};

describe('provenanceFromPage', () => {
  it.each<[string, PageMetadata, Parameters<typeof provenanceFromPage>[2], Record<string, unknown>]>([
    [
      'every fact from the page, the basis naming where each came from',
      full,
      {},
      {
        outlet: 'Example Gazette',
        authors: ['Mara Quill'],
        publishedDate: '2025-04-02',
        url: 'https://gazette.example/pier',
        basis: "added; the outlet, the authors and the date from the page's own JSON-LD (schema.org NewsArticle); the URL from the page's canonical link",
      },
    ],
    [
      'the command line overrides the page, and the basis says so',
      full,
      { outlet: 'Gazette', url: 'https://other.example/a' },
      {
        outlet: 'Gazette',
        url: 'https://other.example/a',
        basis: "added; the outlet and the URL from the command line, as given, not checked; the authors and the date from the page's own JSON-LD (schema.org NewsArticle)",
      },
    ],
    [
      'the address fetched is the URL only when the page states none',
      { outlet: { value: 'Valley Post', source: 'OpenGraph tags' } },
      { fetchedFrom: 'http://127.0.0.1:8080/story' },
      {
        outlet: 'Valley Post',
        authors: null,
        publishedDate: null,
        url: 'http://127.0.0.1:8080/story',
        basis: "added; the outlet from the page's OpenGraph tags; the URL from the address the page was fetched from (the page states no canonical URL); the authors and the date not stated",
      },
    ],
    ['a canonical URL stated by the page wins over the address fetched', full, { fetchedFrom: 'http://127.0.0.1:8080/story' }, { url: 'https://gazette.example/pier' }],
    ['nothing stated stays null', {}, {}, { outlet: null, authors: null, publishedDate: null, url: null, basis: 'added; the outlet, the authors, the date and the URL not stated' }],
  ])('%s', (_, metadata, given, expected) => {
    const entry = provenanceFromPage('001_a.html', metadata, given, 'added');
    expect(entry).toMatchObject({ sourceFile: '001_a.html', outletDomain: null, note: null, ...expected });
    expect(provenanceEntrySchema.parse(entry)).toEqual(entry);
  });
});
