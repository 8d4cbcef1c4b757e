import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockSource } from '../../../src/lib/ingest/article-stats.ts';
import { decodeRawArticle } from '../../../src/lib/ingest/decode-raw.ts';
import { ingestArticles } from '../../../src/lib/ingest/ingest-articles.ts';
import { parseArticleText } from '../../../src/lib/ingest/parse-article.ts';
import { segmentSentences } from '../../../src/lib/text/segment.ts';

/** How many cases each property runs: thousands by default, more with FUZZ_RUNS. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 2000);
const withoutSpace = (text: string) => text.replace(/\s+/gu, '');

/** Problems decodeRawArticle is documented to report; anything else is a bug. */
const DOCUMENTED = [
  /^is empty$/,
  /^contains only whitespace$/,
  /^is not valid UTF-8 text \(first invalid byte at offset \d+\)$/,
  /^contains binary data \(control character U\+[0-9A-F]{4} on line \d+\)$/,
  /^is \d+\.\d MB, over the 1 MB limit for an article file$/,
];

/** Lines shaped like the structures the parser looks for, to reach its every branch. */
const structural = fc.constantFrom(
  '',
  '- a bullet',
  '• another',
  '— Jane Doe (@jane) March 18, 2025',
  '- Desk (@desk) Sept. 9, 2024',
  'What they said:',
  'JUST IN:',
  'FILE - A caption of a photo.',
  'The Source: wires and agencies.',
  'A Short Title Line',
  'KYIV, Ukraine (AP) — The dateline opens the story.',
  '“A quote,” he said.',
  'Prose that goes on for a while, with commas, clauses and a full stop at the end of it all.',
  '---',
  '<script>alert(1)</script>',
  ':::directive',
  // Page furniture and the structures built from it.
  'By Jane Doe and John Roe',
  'PORTVILLE, Norland (EW) - The story opens here.',
  '18:05 GMT',
  'Updated 5:14 PM EDT, March 18, 2025',
  'Advertisement',
  'Read more: Another story entirely',
  'Related stories',
  'Photo: Jane Doe/Example Wire',
  'A caption of a photo. (EW Photo/Jane Doe)',
  'Reporting by Jane Doe; Editing by John Roe',
  'Share this article',
  'Sign up for our newsletter',
  '© 2025 Example Media. All rights reserved.',
  '1. a numbered item',
  '2) another numbered item',
  'Jane Doe',
  '@janedoe',
  '5:14 PM · Mar 18, 2025',
  'HOST: A question for the guest?',
  'Portville',
  ' —',
  '3. A Numbered Heading',
  'DOE: An answer from the guest.',
  'Prose that goes on for a while, with commas, clauses and a full stop at the end of it all. (Reporting by Jane Doe)',
);
const anyLine = fc.oneof(structural, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const articleText = fc.array(anyLine, { minLength: 1, maxLength: 16 }).map((lines) => lines.join('\n'));

describe('fuzzing the ingest', () => {
  it('decodes any bytes to text or to one documented problem, never a crash', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const result = decodeRawArticle('fuzz.txt', bytes);
        if (result.ok) expect(result.text).not.toMatch(/\r|^\uFEFF/);
        else expect(DOCUMENTED.some((pattern) => pattern.test(result.problem)), result.problem).toBe(true);
      }),
      { numRuns: runs },
    );
  });

  it('parses any text into blocks that keep every non-space character, in order', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const blocks = parseArticleText(text);
        const kept = blocks.flatMap(blockSource);
        expect(withoutSpace(kept.join(''))).toBe(withoutSpace(text));
      }),
      { numRuns: runs },
    );
  });

  it('ingests any set of files either wholly or with one line per problem, never a crash', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('a.txt', 'b.txt', 'c.md', 'd.txt'), fc.oneof(articleText, fc.constant(''))), { minLength: 1, maxLength: 4 }), (entries) => {
        const files = entries.map(([name, text], at) => ({ name: `${at}${name}`, bytes: new TextEncoder().encode(text) }));
        const result = ingestArticles(files, { articles: [] });
        if (result.ok) {
          expect(result.articles.length).toBe(files.length);
          expect(new Set(result.articles.map((article) => article.fileName)).size).toBe(files.length);
        } else {
          for (const problem of result.problems) expect(problem).toMatch(/^content\/raw(\/\S+)?: /);
        }
      }),
      { numRuns: Math.ceil(runs / 4) },
    );
  });
});

/** The text of a block that holds one line of the file, or one part of a line that a split left. */
const LINE_BLOCKS = new Set(['byline', 'dateline', 'timestamp', 'ad', 'photo-credit', 'reporting-credit', 'pull-quote', 'boilerplate']);

describe('fuzzing furniture detection', () => {
  it('never drops, duplicates or reorders a line: each furniture block is one line (or the part of one a split left)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(structural, structural, fc.string({ maxLength: 40 })), { minLength: 1, maxLength: 24 }), (lines) => {
        const text = lines.join('\n');
        const blocks = parseArticleText(text);
        expect(withoutSpace(blocks.flatMap(blockSource).join(''))).toBe(withoutSpace(text));
        const fileLines = text.split('\n').map((line) => line.trim());
        let from = 0;
        for (const block of blocks) {
          if (!LINE_BLOCKS.has(block.type) || !('text' in block)) continue;
          // Furniture blocks appear in file order, each line of one inside a line after the previous one's.
          for (const piece of block.text.split('\n').map((part) => part.trim())) {
            const at = fileLines.findIndex((line, index) => index >= from && line.includes(piece));
            expect(at, `${block.type} ${JSON.stringify(block.text)}`).toBeGreaterThanOrEqual(from);
            from = at + (fileLines[at] === piece ? 1 : 0);
          }
        }
      }),
      { numRuns: runs },
    );
  });
});

describe('fuzzing the sentence splitter', () => {
  it('splits any text into trimmed sentences that cover every non-space character, in order', () => {
    fc.assert(
      fc.property(fc.oneof(articleText, fc.string({ unit: 'grapheme', maxLength: 200 })), (text) => {
        const sentences = segmentSentences(text);
        let cursor = 0;
        for (const sentence of sentences) {
          expect(text.slice(cursor, sentence.start).trim()).toBe('');
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          cursor = sentence.end;
        }
        expect(text.slice(cursor).trim()).toBe('');
      }),
      { numRuns: runs },
    );
  });
});
