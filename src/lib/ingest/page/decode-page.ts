/**
 * The largest saved web page the ingest accepts. Pages are larger than pasted text (markup,
 * inline scripts and styles), so the limit is higher than a text file's, but a page over it is
 * almost always a saved web app or a page with images inlined, not an article.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;

/** File names the ingest reads as saved web pages. */
export const PAGE_EXTENSION = /\.html?$/i;

/** A saved page's markup, ready to parse, or the one reason it cannot be used. */
export type DecodedPage = { ok: true; html: string } | { ok: false; problem: string };

/** Encodings a saved page may declare that TextDecoder reads; anything else is refused, not guessed. */
const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * Checks a saved web page and decodes it: at most 5 MB, no NUL bytes (a binary file renamed
 * `.html`), and text in the encoding it declares (a byte-order mark, else `<meta charset>`
 * in its first 1024 bytes, as browsers look for it, else UTF-8). `problem` completes "<file>: …".
 */
export function decodeRawPage(bytes: Uint8Array): DecodedPage {
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    return { ok: false, problem: `is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB, over the 5 MB limit for a saved page` };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, problem: 'is UTF-16 text; save the page as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, problem: `contains binary data (a NUL byte at offset ${nul}); save the page as "HTML only"` };
  const label = declaredCharset(bytes);
  let html: string;
  try {
    html = new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, problem: `declares the encoding "${label}", which cannot be read` };
    return { ok: false, problem: `is not valid ${label === 'utf-8' ? 'UTF-8' : label} text, as it declares` };
  }
  if (html.trim() === '') return { ok: false, problem: 'is empty' };
  return { ok: true, html: html.replace(/\r\n?/g, '\n') };
}

/** The page's declared encoding, lower case: UTF-8 unless a BOM or an early `<meta>` says otherwise. */
function declaredCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (!found || UTF8_LABELS.has(found)) return 'utf-8';
  return found;
}
