import { blockTexts } from '../ingest/article-stats.ts';
import { lineKey, type LineKinds } from '../ingest/line-kind.ts';
import { layoutFileSchema, type LayoutFile, type LineKind } from '../schemas/layout.ts';
import { parseYaml, schemaProblem, type EditorialProblem } from './frontmatter.ts';

/** The editor's layout corrections, read and checked against nothing yet. */
export type LayoutCorrections = LayoutFile;

/**
 * Reads `content/layout.yaml`: YAML mapping each raw file name to its corrections (`line`, `is`,
 * optional `note`). An empty file holds none. `path` names the file in the one-line problem.
 */
export function parseLayoutFile(text: string, path: string): { ok: true; corrections: LayoutCorrections } | { ok: false; problem: EditorialProblem } {
  const parsed = parseYaml(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if ('problem' in parsed) return { ok: false, problem: { path, message: parsed.problem } };
  if (parsed.value === null || parsed.value === undefined) return { ok: true, corrections: {} };
  const result = layoutFileSchema.safeParse(parsed.value);
  if (!result.success) return { ok: false, problem: { path, message: schemaProblem(result.error) } };
  for (const [file, entries] of Object.entries(result.data)) {
    const seen = new Set<string>();
    for (const entry of entries) {
      if (seen.has(entry.line)) return { ok: false, problem: { path, message: `${file}: the line "${entry.line}" is listed twice; keep one entry` } };
      seen.add(entry.line);
    }
  }
  return { ok: true, corrections: result.data };
}

/** The line kinds the editor set for one raw file (none when it has no entry). */
export function lineKindsFor(corrections: LayoutCorrections, fileName: string): LineKinds {
  return new Map<string, LineKind>((corrections[fileName] ?? []).map((entry) => [lineKey(entry.line), entry.is]));
}

/**
 * Checks the corrections against the raw files as they are now: every file named must be in
 * the raw folder, and every line must still be in it, either as the file writes it or as the
 * ingest reads it (a paragraph joined from wrapped lines, a Markdown line without its marks).
 * `linesOf` gives, for a raw file, those lines.
 */
export function checkLayoutCorrections(
  corrections: LayoutCorrections,
  linesOf: (fileName: string) => readonly string[] | undefined,
  path: string,
  rawDir = 'content/raw',
): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  for (const [file, entries] of Object.entries(corrections)) {
    const lines = linesOf(file);
    if (lines === undefined) {
      problems.push({ path, message: `${file} is not a file of ${rawDir}; correct the name or remove its entries` });
      continue;
    }
    const known = new Set(lines.map(lineKey));
    for (const entry of entries) {
      if (!known.has(lineKey(entry.line))) {
        problems.push({ path, message: `${file} has no line "${entry.line}" any more; copy the line as it now reads in ${rawDir}/${file} (or on its article page), or remove the entry` });
      }
    }
  }
  return problems;
}

/** One line per correction, for `npm run claims:check`: the file, the line (cut short) and what it is. */
export function layoutCorrectionLines(corrections: LayoutCorrections): string[] {
  return Object.entries(corrections).flatMap(([file, entries]) =>
    entries.map((entry) => `  ${file}: "${entry.line.length > 80 ? `${entry.line.slice(0, 79)}…` : entry.line}" is ${entry.is}${entry.note ? ` (${entry.note})` : ''}`),
  );
}

/** Every text of some blocks: what a line of a correction may name besides the raw file's own lines. */
export function blockLines(blocks: Parameters<typeof blockTexts>[0][]): string[] {
  return blocks.flatMap(blockTexts);
}
