import { MAX_PAGE_BYTES } from './decode-page.ts';

/** How long `npm run add -- URL` waits for a page, in all. */
export const FETCH_TIMEOUT_MS = 20_000;

export interface FetchOptions {
  /** Give up after this many milliseconds (default 20 s). */
  timeoutMs?: number;
  /** Refuse a page larger than this many bytes (default: the saved-page limit, 5 MB). */
  maxBytes?: number;
  /** The fetch to use (tests pass their own); Node's by default. */
  fetch?: typeof fetch;
}

export type FetchedPage = { ok: true; bytes: Uint8Array; finalUrl: string } | { ok: false; problem: string };

/**
 * Fetches a web page for `npm run add`: http(s) only, redirects followed, a time limit and a
 * size limit (read as it streams, so a huge page is never held whole). Any failure, offline
 * or an HTTP error, is one line naming the address; nothing is retried.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = MAX_PAGE_BYTES, fetch: fetchImpl = fetch } = options;
  const fail = (problem: string): FetchedPage => ({ ok: false, problem: `${url}: ${problem}; nothing was added` });
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return fail('is not a valid URL');
  }
  if (address.protocol !== 'http:' && address.protocol !== 'https:') return fail('is not an http(s) address');

  const limit = `over the ${(maxBytes / (1024 * 1024)).toFixed(0)} MB limit for a page`;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetchImpl(address, { signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
    if (!response.ok) return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const type = response.headers.get('content-type') ?? '';
    if (type !== '' && !/html|xml/i.test(type)) return fail(`is not a web page (the server sent ${type.split(';')[0]})`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) return fail(`is ${limit}`);
    const chunks: Uint8Array[] = [];
    let size = 0;
    if (response.body) {
      for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > maxBytes) {
          await response.body.cancel().catch(() => undefined);
          return fail(`is ${limit}`);
        }
        chunks.push(chunk);
      }
    }
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
    return { ok: true, bytes, finalUrl: response.url || address.href };
  } catch (error) {
    if (signal.aborted) return fail(`did not answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return fail(`could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message}); check the address and the connection`);
  }
}
