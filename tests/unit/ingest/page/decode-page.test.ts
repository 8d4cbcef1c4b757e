import { describe, expect, it } from 'vitest';
import { decodeRawPage, MAX_PAGE_BYTES } from '../../../../src/lib/ingest/page/decode-page.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeRawPage', () => {
  it('reads UTF-8, with or without a byte-order mark, and normalises line endings', () => {
    expect(decodeRawPage(utf8('<p>Caf\u00e9</p>\r\n'))).toEqual({ ok: true, html: '<p>Café</p>\n' });
    expect(decodeRawPage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<p>a</p>')]))).toEqual({ ok: true, html: '<p>a</p>' });
  });

  it('reads the encoding a page declares in its first 1024 bytes', () => {
    const page = new Uint8Array([...utf8('<meta charset="windows-1252"><p>'), 0x93, 0x41, 0x94, ...utf8('</p>')]);
    expect(decodeRawPage(page)).toEqual({ ok: true, html: '<meta charset="windows-1252"><p>“A”</p>' });
  });

  it.each([
    ['a page over 5 MB', new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x61), 'is 5.0 MB, over the 5 MB limit for a saved page'],
    ['a binary file', bytes(0x3c, 0x70, 0x00, 0x3e), 'contains binary data (a NUL byte at offset 2); save the page as "HTML only"'],
    ['UTF-16', bytes(0xff, 0xfe, 0x3c, 0x00), 'is UTF-16 text; save the page as UTF-8'],
    ['invalid UTF-8', bytes(0x3c, 0x70, 0x3e, 0xc3, 0x28), 'is not valid UTF-8 text, as it declares'],
    ['an encoding no decoder knows', utf8('<meta charset="x-unknown-9"><p>a</p>'), 'declares the encoding "x-unknown-9", which cannot be read'],
    ['an empty page', utf8(' \n '), 'is empty'],
  ])('refuses %s in one line', (_, input, problem) => {
    expect(decodeRawPage(input)).toEqual({ ok: false, problem });
  });
});
