import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { LayoutInput } from '../ingest/ingest-articles.ts';
import { problemLine } from '../review/frontmatter.ts';
import { parseLayoutFile } from '../review/layout-corrections.ts';

/**
 * Reads the editor's layout corrections (`content/layout.yaml`) when the file exists: undefined
 * when it does not, one problem line naming it when it is not valid.
 */
export async function readLayoutFile(path: string, shown = path): Promise<{ ok: true; layout: LayoutInput | undefined } | { ok: false; problem: string }> {
  if (!existsSync(path)) return { ok: true, layout: undefined };
  const parsed = parseLayoutFile(await readFile(path, 'utf8'), shown);
  return parsed.ok ? { ok: true, layout: { corrections: parsed.corrections, path: shown } } : { ok: false, problem: problemLine(parsed.problem) };
}
