import { describe, expect, it } from 'vitest';
import { addedBasis, planAdd } from '../../../src/lib/ingest/add-article.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const provenanceText = `${JSON.stringify({ about: 'x', articles: [{ sourceFile: '004_x.txt', outlet: null }] }, null, 2)}\n`;
const existing = [
  { name: '004_x.txt', bytes: utf8('Old Headline\nOld body.') },
  { name: 'notes.txt', bytes: utf8('Unnumbered file.') },
];

describe('planAdd', () => {
  it('names the copy after the next number and the file, keeps the bytes, and appends its provenance', () => {
    const bytes = utf8('New Headline\nNew body.');
    const result = planAdd({ path: 'in/Wire Story!.txt', bytes }, existing, provenanceText);
    expect(result.ok && result.plan.rawName).toBe('005_wire-story.txt');
    expect(result.ok && result.plan.bytes).toBe(bytes);
    expect(result.ok && JSON.parse(result.plan.provenanceText)).toEqual({
      about: 'x',
      articles: [
        { sourceFile: '004_x.txt', outlet: null },
        { sourceFile: '005_wire-story.txt', outlet: null, outletDomain: null, url: null, basis: addedBasis(false, false), publishedDate: null, note: null },
      ],
    });
  });

  it.each([
    ['story.md', '# Pier to close\n\nThe council voted.', '005_story.txt'],
    ['feed.XML', '<?xml version="1.0"?><rss><channel><item><title>Pier to close</title></item></channel></rss>', '005_feed.txt'],
    ['post.json', '{"title": "Pier to close", "body": "The harbour council voted on Tuesday to close the old pier."}', '005_post.txt'],
  ])('adds text in another file type (%s) as a .txt copy, byte for byte', (path, text, rawName) => {
    const result = planAdd({ path, bytes: utf8(text) }, existing, provenanceText);
    expect(result.ok && result.plan.rawName).toBe(rawName);
    expect(result.ok && new TextDecoder().decode(result.plan.bytes)).toBe(text);
  });

  it('starts at 000 in an empty folder', () => {
    const result = planAdd({ path: 'a.txt', bytes: utf8('Text.') }, [], provenanceText);
    expect(result.ok && result.plan.rawName).toBe('000_a.txt');
  });

  it.each([
    [{ path: 'a.txt', bytes: utf8('') }, 'a.txt: is empty'],
    [{ path: 'a.pdf', bytes: utf8('Text.') }, 'a.pdf: is not a file "npm run add" reads: article text (.txt, or Markdown, XML or JSON: .md, .xml, .rss, .atom, .json), a saved web page (.html) or an http(s) address'],
    [{ path: 'a.txt', bytes: utf8('Old Headline\r\nOld body.\r\n') }, 'a.txt: has the same text as content/raw/004_x.txt; nothing was added'],
    [{ path: 'a.txt', bytes: utf8('Text.'), url: 'ftp://example.org/a' }, 'a.txt: --url "ftp://example.org/a" is not a valid http(s) URL'],
    [{ path: 'a.txt', bytes: utf8('Text.'), outlet: '' }, 'a.txt: --outlet is empty; leave it out when the outlet is unknown'],
    [{ path: 'a.txt', bytes: utf8('Text.'), date: '12/05/2026' }, 'a.txt: --date "12/05/2026" is not a day written YYYY-MM-DD'],
    [{ path: 'a.txt', bytes: utf8('Text.'), date: '2026-02-30' }, 'a.txt: --date "2026-02-30" is not a day written YYYY-MM-DD'],
  ])('refuses %j', (request, problem) => {
    expect(planAdd(request, existing, provenanceText)).toEqual({ ok: false, problem });
  });

  it('records --date as the publication date, and says it was given', () => {
    const result = planAdd({ path: 'a.txt', bytes: utf8('Text.'), outlet: 'Harbour Gazette', date: '2031-04-02' }, [], provenanceText);
    const entry = result.ok && JSON.parse(result.plan.provenanceText).articles.at(-1);
    expect(entry).toMatchObject({ outlet: 'Harbour Gazette', publishedDate: '2031-04-02', basis: addedBasis(true, false, true) });
    expect(addedBasis(true, false, true)).toBe('added by hand with "npm run add"; the outlet and the date as given on the command line, not checked');
  });

  it('refuses a provenance file that still holds an event block, naming the field', () => {
    const old = JSON.stringify({ event: { date: '2001-02-03', summary: 'Old.' }, articles: [] });
    const result = planAdd({ path: 'a.txt', bytes: utf8('Text.') }, [], old);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatch(/^content\/provenance\.json: event: .*content\/event\.yaml.*; nothing was added$/);
  });

  it('refuses to extend a provenance file that is not valid', () => {
    expect(planAdd({ path: 'a.txt', bytes: utf8('Text.') }, existing, '{')).toEqual({
      ok: false,
      problem: 'content/provenance.json: is not valid JSON; nothing was added',
    });
  });
});

describe('addedBasis', () => {
  it.each([
    [false, false, 'added by hand with "npm run add"; nothing else is known about it'],
    [true, false, 'added by hand with "npm run add"; the outlet as given on the command line, not checked'],
    [true, true, 'added by hand with "npm run add"; the outlet and the URL as given on the command line, not checked'],
    [false, true, 'added by hand with "npm run add"; the URL as given on the command line, not checked'],
  ])('outlet %s, url %s', (outlet, url, expected) => expect(addedBasis(outlet, url)).toBe(expected));
});
