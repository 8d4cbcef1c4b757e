import { gzipSize } from './page-weight.ts';

/** A file of the build: its path within dist/ and its bytes. */
export interface BuiltFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * The build report's lines for the pages and the search index, in the style of the ingest
 * and analyze lines: what was made, how big, how long it took. A search index is a
 * `search/index.json` whose outline lists its records' kinds; a split index's other files beside it
 * are counted with it (only the entry and the parts a search needs are fetched).
 */
export function buildSummary(files: readonly BuiltFile[], ms: number): string[] {
  const pages = files.filter((file) => file.path.endsWith('.html'));
  const htmlBytes = pages.reduce((sum, file) => sum + file.bytes.length, 0);
  const lines = [`pages    ${pages.length} pages (${kb(htmlBytes)} HTML), ${files.length} files in all, in ${Math.round(ms)} ms`];
  for (const file of files.filter((candidate) => /(^|\/)search\/index\.json$/.test(candidate.path))) {
    try {
      const data = JSON.parse(Buffer.from(file.bytes).toString('utf8')) as { outline?: { kinds?: unknown } };
      if (typeof data.outline?.kinds !== 'string') continue;
      // One letter per record.
      const records = data.outline.kinds.length;
      const folder = file.path.slice(0, -'index.json'.length);
      const parts = files.filter((other) => other !== file && other.path.startsWith(folder) && other.path.endsWith('.json'));
      const size = (pick: (bytes: Uint8Array) => number) => pick(file.bytes) + parts.reduce((sum, part) => sum + pick(part.bytes), 0);
      const where = parts.length > 0 ? `${file.path} and ${parts.length} parts` : file.path;
      lines.push(`index    ${records} search records in ${where}: ${kb(size((bytes) => bytes.length))} (${kb(size(gzipSize))} gzip)`);
    } catch {
      // not an index
    }
  }
  return lines;
}

function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
