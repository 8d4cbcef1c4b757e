import { describe, expect, it } from 'vitest';
import { jsonLines, looksLikeJsonSource } from '../../../../src/lib/ingest/text/json-source.ts';
import { detectTextKind, readText } from '../../../../src/lib/ingest/text/read-text.ts';

/** A headless CMS's answer for a list of posts (invented): fields, the body as HTML. */
const post = (title: string, body: string, id: number) => ({ id, date: '2027-05-04T18:00:00', link: `https://courier.example/${id}/`, title: { rendered: title }, content: { rendered: body }, sticky: false });
const POSTS = JSON.stringify(
  [
    post(
      'Harbour board approves ferry terminal',
      '<p>The harbour board approved plans for a new ferry terminal on Tuesday, ending a dispute that had lasted three years.</p><h2>What comes next</h2><p>“This is the right place for it,” said the board’s chair, Tomas Velde.</p><p>The terminal will cost about 40 million and is due to open in the spring of 2028.</p>',
      412,
    ),
    post('Library hours cut', '<p>The central library will close at five on weekdays from June, the council said.</p>', 411),
  ],
  null,
  2,
);

describe('looksLikeJsonSource', () => {
  it('takes a JSON object or array with a value of prose for a JSON document', () => {
    expect(looksLikeJsonSource(POSTS)).toBe(true);
    expect(looksLikeJsonSource(JSON.stringify({ headline: 'Pier to close', body: 'The harbour council voted on Tuesday to close the old pier.' }))).toBe(true);
    expect(detectTextKind(POSTS)).toBe('json');
  });

  it('does not take prose, broken JSON, or data without prose for one', () => {
    expect(looksLikeJsonSource('{The council} voted on Tuesday to close the pier, the mayor said.')).toBe(false);
    expect(looksLikeJsonSource('{"headline": "Pier to close", "body": "The council voted"')).toBe(false);
    expect(looksLikeJsonSource('[1, 2, 3]')).toBe(false);
    expect(looksLikeJsonSource('"The harbour council voted on Tuesday to close the old pier."')).toBe(false);
  });
});

describe('jsonLines', () => {
  it('gives each value a line, in order, HTML block by block, keys and syntax left out', () => {
    const { lines } = jsonLines(JSON.stringify({ id: 7, title: 'Pier to close', body: '<p>The council voted on <b>Tuesday</b>.</p><p>Work starts in May.</p>', draft: false }))!;
    expect(lines).toEqual(['7', 'Pier to close', 'The council voted on Tuesday.', 'Work starts in May.', 'false']);
  });

  it('sets apart the lines of the other posts of a list, the one with the most text being the article', () => {
    const { lines, otherEntries } = jsonLines(POSTS)!;
    expect(lines).toContain('What comes next');
    // The date and `false` the article holds too stay the article's.
    expect([...otherEntries]).toEqual(['411', 'https://courier.example/411/', 'Library hours cut', 'The central library will close at five on weekdays from June, the council said.']);
  });

  it('is null for text that is no JSON object or array', () => {
    expect(jsonLines('Just prose.')).toBeNull();
  });
});

describe('readText on JSON', () => {
  it('reads a CMS export: the title as the headline, the body as paragraphs, the other post the page’s, no quotation of a key', () => {
    const read = readText(POSTS);
    if (!read.ok) throw new Error(read.problem);
    expect(read.kind).toBe('json');
    expect(read.blocks.find((block) => block.type === 'headline')).toMatchObject({ text: 'Harbour board approves ferry terminal' });
    const paragraphs = read.blocks.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : ''));
    expect(paragraphs).toContain('“This is the right place for it,” said the board’s chair, Tomas Velde.');
    expect(paragraphs.some((text) => text.includes('library'))).toBe(false);
    expect(read.blocks.some((block) => 'text' in block && /"(?:title|rendered|content)"/.test(block.text))).toBe(false);
  });
});
