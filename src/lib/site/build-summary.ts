import { gzipSize } from './page-weight.ts';

/** A file of the build: its path within dist/ and its bytes. */
export interface BuiltFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The build report's lines for the pages and the search index, in the style of the ingest
 * and analyze lines: what was made, how big, how long it took. A search index is any JSON file
 * under `search/` with a `records` array.
 */
export function buildSummary(files: readonly BuiltFile[], ms: number): string[] {
  const pages = files.filter((file) => file.path.endsWith('.html'));
  const htmlBytes = pages.reduce((sum, file) => sum + file.bytes.length, 0);
  const lines = [`pages    ${pages.length} pages (${kb(htmlBytes)} HTML), ${files.length} files in all, in ${Math.round(ms)} ms`];
  for (const file of files.filter((candidate) => /(^|\/)search\/.*\.json$/.test(candidate.path))) {
    try {
      const data = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as { records?: unknown[] };
      if (!Array.isArray(data.records)) continue;
      lines.push(`index    ${data.records.length} search records in ${file.path}: ${kb(file.bytes.length)} (${kb(gzipSize(file.bytes))} gzip)`);
    } catch {
      // not an index
    }
  }
  return lines;
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
