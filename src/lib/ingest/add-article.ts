import slugify from '@sindresorhus/slugify';
import { z } from 'zod';
import { provenanceSchema } from '../schemas/provenance.ts';
import { decodeRawArticle } from './decode-raw.ts';
import type { RawFile } from './ingest-articles.ts';

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
export function addedBasis(outlet: boolean, url: boolean): string {
  const given = [outlet ? 'the outlet' : '', url ? 'the URL' : ''].filter(Boolean).join(' and ');
  return given
    ? `added by hand with "npm run add"; ${given} as given on the command line, not checked`
    : 'added by hand with "npm run add"; nothing else is known about it';
}

/**
 * Plans the addition of one article file: checks it as the ingest would (a UTF-8 .txt file,
 * not binary, not empty, at most 1 MB, not the same text as a file already there), checks
 * the options, names the copy after the next free number, and appends its provenance (facts
 * not given stay null). Nothing is written here; `problem` is one line naming the file.
 */
export function planAdd(request: AddRequest, existing: readonly RawFile[], provenanceText: string, rawDir = 'content/raw'): AddResult {
  const fail = (problem: string): AddResult => ({ ok: false, problem: `${request.path}: ${problem}` });
  const baseName = request.path.split(/[\\/]/).at(-1) ?? request.path;
  const decoded = decodeRawArticle(baseName, request.bytes);
  if (!decoded.ok) return fail(decoded.problem);
  if (request.outlet !== undefined && request.outlet.trim() === '') return fail('--outlet is empty; leave it out when the outlet is unknown');
  if (request.url !== undefined && !z.url({ protocol: /^https?$/ }).safeParse(request.url).success) {
    return fail(`--url ${JSON.stringify(request.url)} is not a valid http(s) URL`);
  }
  const text = decoded.text.trim();
  for (const file of existing) {
    const other = decodeRawArticle(file.name, file.bytes);
    if (other.ok && other.text.trim() === text) return fail(`has the same text as ${rawDir}/${file.name}; nothing was added`);
  }

  let provenance: unknown;
  try {
    provenance = JSON.parse(provenanceText);
  } catch {
    return { ok: false, problem: 'content/provenance.json: is not valid JSON; nothing was added' };
  }
  const checked = provenanceSchema.safeParse(provenance);
  if (!checked.success) return { ok: false, problem: 'content/provenance.json: does not match its schema; run npm run ingest to see why' };

  const rawName = `${nextNumber(existing)}_${slugify(baseName.replace(/\.txt$/i, ''), { decamelize: false }) || 'article'}.txt`;
  const entry = {
    sourceFile: rawName,
    outlet: request.outlet?.trim() ?? null,
    outletDomain: null,
    url: request.url ?? null,
    basis: addedBasis(request.outlet !== undefined, request.url !== undefined),
    publishedDate: null,
    note: null,
  };
  // The raw JSON (not the parsed schema output) is extended, so the rest of the file stays byte for byte.
  const updated = { ...(provenance as object), articles: [...(provenance as { articles: unknown[] }).articles, entry] };
  return { ok: true, plan: { rawName, bytes: request.bytes, provenanceText: `${JSON.stringify(updated, null, 2)}\n` } };
}

/** The next three-digit file number after the highest one in the raw folder ("005"). */
function nextNumber(existing: readonly RawFile[]): string {
  const numbers = existing.map((file) => /^(\d+)_/.exec(file.name)?.[1]).filter((found) => found !== undefined).map(Number);
  const next = numbers.length === 0 ? 0 : Math.max(...numbers) + 1;
  return String(next).padStart(3, '0');
}
