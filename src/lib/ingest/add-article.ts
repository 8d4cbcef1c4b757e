import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { provenanceSchema } from '../schemas/provenance.ts';
import { decodeArticleSource, readArticleSource, sourceKey } from './article-source.ts';
import type { RawFile } from './ingest-articles.ts';
import { provenanceFromPage } from './page/page-provenance.ts';

/** What `npm run add` was asked to add. */
export interface AddRequest {
  /** The file as the user named it, for messages. */
  path: string;
  /** Its bytes, exactly as read. */
  bytes: Uint8Array;
  /** `--outlet NAME`, when given. */
  outlet?: string | undefined;
  /** `--url URL`, when given. */
  url?: string | undefined;
  /** `--date YYYY-MM-DD`, the day it was published, when given. */
  date?: string | undefined;
  /** The address the bytes were fetched from (`npm run add -- https://…`); `path` is then that address too. */
  fetchedFrom?: string | undefined;
}

/** Everything the command will write: the raw copy's name and bytes, and the new provenance file. */
export interface AddPlan {
  /** Name of the copy in the raw folder (`005_wire-story.txt`). */
  rawName: string;
  /** The bytes to copy, unchanged. */
  bytes: Uint8Array;
  /** `content/provenance.json` with the new entry appended, formatted as the file is. */
  provenanceText: string;
}

export type AddResult = { ok: true; plan: AddPlan } | { ok: false; problem: string };

/** How the provenance of a file added with the command was established. */
export function addedBasis(outlet: boolean, url: boolean, date = false): string {
  const named = [outlet ? 'the outlet' : '', url ? 'the URL' : '', date ? 'the date' : ''].filter(Boolean);
  const given = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
  return given
    ? `added by hand with "npm run add"; ${given} as given on the command line, not checked`
    : 'added by hand with "npm run add"; nothing else is known about it';
}

/** File types that hold text the ingest reads by what it is (Markdown, XML, JSON, plain): added as a `.txt` copy, byte for byte. */
const TEXT_EXTENSIONS = /\.(?:md|markdown|text|xml|rss|atom|json)$/i;
/** The files `npm run add` takes: text (`.txt` and the types above) and saved pages (`.html`, `.htm`). */
const ADDABLE = /\.(?:txt|html?|md|markdown|text|xml|rss|atom|json)$/i;

/**
 * Plans the addition of one article file: checks it as the ingest would (a UTF-8 .txt file (or .md, .xml, .json …) of
 * at most 1 MB, or a saved .html page of at most 5 MB with an article in it; not binary, not
 * empty, not the same as a file already there), checks the options, names the copy after the
 * next free number, and appends its provenance: for a page, what the page states about itself
 * (the command line's --outlet and --url win), else the facts given. Facts not known stay
 * null. Nothing is written here; `problem` is one line naming the file.
 */
export function planAdd(request: AddRequest, existing: readonly RawFile[], provenanceText: string, rawDir = 'content/raw'): AddResult {
  const fail = (problem: string): AddResult => ({ ok: false, problem: `${request.path}: ${problem}` });
  const baseName = request.fetchedFrom !== undefined ? nameOfAddress(request.fetchedFrom) : (request.path.split(/[\\/]/).at(-1) ?? request.path);
  if (!ADDABLE.test(baseName)) return fail('is not a file "npm run add" reads: article text (.txt, or Markdown, XML or JSON: .md, .xml, .rss, .atom, .json), a saved web page (.html) or an http(s) address');
  // Text in another file type (Markdown, a feed's XML, a CMS's JSON) is text: checked, kept and read as a .txt file is.
  const decoded = decodeArticleSource(baseName.replace(TEXT_EXTENSIONS, '.txt'), request.bytes);
  if (!decoded.ok) return fail(decoded.problem);
  if (request.outlet !== undefined && request.outlet.trim() === '') return fail('--outlet is empty; leave it out when the outlet is unknown');
  if (request.url !== undefined && !z.url({ protocol: /^https?$/ }).safeParse(request.url).success) {
    return fail(`--url ${JSON.stringify(request.url)} is not a valid http(s) URL`);
  }
  if (request.date !== undefined && !z.iso.date().safeParse(request.date).success) {
    return fail(`--date ${JSON.stringify(request.date)} is not a day written YYYY-MM-DD`);
  }
  const key = sourceKey(decoded.source);
  for (const file of existing) {
    const other = decodeArticleSource(file.name, file.bytes);
    if (other.ok && sourceKey(other.source) === key) return fail(`has the same ${decoded.source.kind === 'page' ? 'page' : 'text'} as ${rawDir}/${file.name}; nothing was added`);
  }
  // A page is read now, for what it states about itself; a page with no article fails here, before anything is written.
  const read = decoded.source.kind === 'page' ? readArticleSource(decoded.source) : undefined;
  if (read && !read.ok) return fail(read.problem);

  let provenance: unknown;
  try {
    provenance = JSON.parse(provenanceText);
  } catch {
    return { ok: false, problem: 'content/provenance.json: is not valid JSON; nothing was added' };
  }
  const checked = provenanceSchema.safeParse(provenance);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return { ok: false, problem: `content/provenance.json: ${issue.path.join('.') || 'the file'}: ${issue.message}; nothing was added` };
  }

  const extension = decoded.source.kind === 'page' ? '.html' : '.txt';
  const stem = slugify(baseName.replace(/\.(?:txt|html?)$/i, '').replace(TEXT_EXTENSIONS, ''), { decamelize: false }).slice(0, 60).replace(/-+$/, '');
  const rawName = `${nextNumber(existing)}_${stem || 'article'}${extension}`;
  const outlet = request.outlet?.trim();
  const entry =
    read?.ok && read.page
      ? provenanceFromPage(rawName, read.page, { outlet, url: request.url, publishedDate: request.date, fetchedFrom: request.fetchedFrom }, request.fetchedFrom !== undefined ? `added with "npm run add" from ${request.fetchedFrom}, fetched and saved byte for byte` : 'added with "npm run add" from a saved page')
      : {
          sourceFile: rawName,
          outlet: outlet ?? null,
          outletDomain: null,
          url: request.url ?? null,
          basis: addedBasis(request.outlet !== undefined, request.url !== undefined, request.date !== undefined),
          publishedDate: request.date ?? null,
          note: null,
        };
  // The raw JSON (not the parsed schema output) is extended, so the rest of the file stays byte for byte.
  const updated = { ...(provenance as object), articles: [...(provenance as { articles: unknown[] }).articles, entry] };
  return { ok: true, plan: { rawName, bytes: request.bytes, provenanceText: `${JSON.stringify(updated, null, 2)}\n` } };
}

/** A file name for a fetched page, from the last part of its address's path ("…/ferry-strike/" gives "ferry-strike.html"). */
function nameOfAddress(address: string): string {
  const url = new URL(address);
  const last = url.pathname.split('/').filter(Boolean).at(-1) ?? url.hostname;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A malformed escape stays as written; slugify makes it a file name either way.
  }
  return `${name.replace(/\.(?:s?html?|php|aspx?)$/i, '')}.html`;
}

/** The next three-digit file number after the highest one in the raw folder ("005"). */
function nextNumber(existing: readonly RawFile[]): string {
  const numbers = existing.map((file) => /^(\d+)_/.exec(file.name)?.[1]).filter((found) => found !== undefined).map(Number);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return String(next).padStart(3, '0');
}
