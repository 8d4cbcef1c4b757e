/** The largest raw article file the ingest accepts. */
export const MAX_RAW_BYTES = 1024 * 1024;

/** A raw file's text, ready to parse, or the one reason it cannot be used. */
export type DecodedRaw = { ok: true; text: string } | { ok: false; problem: string };

const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/u;

/**
 * Checks a raw article file and decodes it to text: UTF-8, at most 1 MB, not binary, not
 * empty. A byte-order mark is dropped and CRLF / CR line endings become LF; those are
 * normalised, not errors. `problem` is a short phrase completing "<file>: …".
 */
export function decodeRawArticle(fileName: string, bytes: Uint8Array): DecodedRaw {
  if (!fileName.endsWith('.txt')) return fail('is not a .txt or .html file; only article text (.txt) and saved web pages (.html) belong here');
  if (bytes.byteLength > MAX_RAW_BYTES) {
    return fail(`is ${formatMegabytes(bytes.byteLength)}, over the 1 MB limit for an article file`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(`is not valid UTF-8 text (first invalid byte at offset ${firstInvalidUtf8Offset(bytes)})`);
  }
  text = text.replace(/\r\n?/g, '\n');
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return fail(`contains binary data (control character U+${code} on line ${line})`);
  }
  if (text.length === 0) return fail('is empty');
  if (text.trim() === '') return fail('contains only whitespace');
  return { ok: true, text };
}

function fail(problem: string): DecodedRaw {
  return { ok: false, problem };
}

function formatMegabytes(bytes: number) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * Offset of the first byte of the first invalid UTF-8 sequence: found as the shortest prefix
 * whose streaming decode fails. If the bytes before that point end in an unfinished sequence,
 * that sequence (not the byte that interrupted it) is the invalid one.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 1;
  let high = bytes.byteLength;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (decodes(bytes.subarray(0, middle), true)) low = middle + 1;
    else high = middle;
  }
  const failsAt = decodes(bytes.subarray(0, low), true) ? bytes.byteLength : low - 1;
  const before = bytes.subarray(0, failsAt);
  return decodes(before, false) ? failsAt : lastSequenceStart(before);
}

function decodes(prefix: Uint8Array, stream: boolean) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(prefix, { stream });
    return true;
  } catch {
    return false;
  }
}

function lastSequenceStart(bytes: Uint8Array) {
  let at = bytes.byteLength - 1;
  while (at > 0 && (bytes[at]! & 0b1100_0000) === 0b1000_0000) at--;
  return at;
}
