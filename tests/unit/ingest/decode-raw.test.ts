import { describe, expect, it } from 'vitest';
import { decodeRawArticle, MAX_RAW_BYTES } from '../../../src/lib/ingest/decode-raw.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeRawArticle', () => {
  it.each([
    { name: 'a .md file', file: 'notes.md', bytes: utf8('Text.'), problem: 'is not a .txt or .html file; only article text (.txt) and saved web pages (.html) belong here' },
    { name: 'an empty file', file: 'a.txt', bytes: new Uint8Array(), problem: 'is empty' },
    { name: 'whitespace only', file: 'a.txt', bytes: utf8(' \n\t\r\n '), problem: 'contains only whitespace' },
    {
      name: 'invalid UTF-8',
      file: 'a.txt',
      bytes: new Uint8Array([0x48, 0x69, 0x20, 0xff, 0x21]),
      problem: 'is not valid UTF-8 text (first invalid byte at offset 3)',
    },
    {
      name: 'a multi-byte sequence cut short at the end',
      file: 'a.txt',
      bytes: new Uint8Array([0x48, 0x69, 0xe2, 0x80]),
      problem: 'is not valid UTF-8 text (first invalid byte at offset 2)',
    },
    {
      name: 'binary content that happens to be valid UTF-8',
      file: 'a.txt',
      bytes: utf8('line one\nline\u0000two'),
      problem: 'contains binary data (control character U+0000 on line 2)',
    },
    {
      name: 'a file over 1 MB',
      file: 'a.txt',
      bytes: new Uint8Array(MAX_RAW_BYTES + 1).fill(0x61),
      problem: 'is 1.0 MB, over the 1 MB limit for an article file',
    },
  ])('rejects $name', ({ file, bytes, problem }) => {
    expect(decodeRawArticle(file, bytes)).toEqual({ ok: false, problem });
  });

  it('accepts exactly 1 MB', () => {
    expect(decodeRawArticle('a.txt', new Uint8Array(MAX_RAW_BYTES).fill(0x61)).ok).toBe(true);
  });

  it('drops a byte-order mark and normalises CRLF and CR line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\nBody one.\rBody two.\n')]);
    expect(decodeRawArticle('a.txt', bytes)).toEqual({ ok: true, text: 'Title\nBody one.\nBody two.\n' });
  });

  it('keeps tabs, form feeds and every printable character', () => {
    expect(decodeRawArticle('a.txt', utf8('Ağacı\t“x” — y\f'))).toEqual({ ok: true, text: 'Ağacı\t“x” — y\f' });
  });
});

describe('decodeRawArticle: where invalid UTF-8 starts', () => {
  it.each([
    [[0xff], 0],
    [[0x41, 0xc3], 1],
    [[0x43, 0x61, 0x66, 0xe9, 0x0a], 3],
    [[0xe2, 0x82, 0xac, 0x41, 0xe2, 0x28, 0xa1], 4],
    [[0x41, 0x42, 0xf0, 0x9f, 0x98], 2],
    [[0x41, 0x80, 0x42], 1],
  ])('%j fails at %i', (bytes, offset) => {
    expect(decodeRawArticle('a.txt', new Uint8Array(bytes))).toEqual({
      ok: false,
      problem: `is not valid UTF-8 text (first invalid byte at offset ${offset})`,
    });
  });
});
