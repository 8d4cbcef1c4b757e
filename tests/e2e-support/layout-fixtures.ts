import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fixtures the "layouts" browser-test copy adds to the site, as paths from the project root:
 * the text layouts (tests/fixtures/layouts/<case>/input.txt) and the saved pages and pasted HTML
 * of issue 16 (tests/fixtures/ingest/<set>/{page,html-source}-<case>/input.{html,txt}) and its
 * text layouts (the other cases there: PDF print, Markdown, readouts, transcripts, …). The copy
 * names each `900_<case>.<ext>` (serve-copy.ts).
 */
export function layoutTextFixtures(root = '.'): string[] {
  return readdirSync(join(root, 'tests/fixtures/layouts'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `tests/fixtures/layouts/${entry.name}/input.txt`)
    .sort();
}

export function pageFixtures(root = '.'): string[] {
  return ['dev', 'held-out']
    .flatMap((set) => {
      const folder = join(root, 'tests/fixtures/ingest', set);
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && /^(?:page|html-source)-/.test(entry.name))
        .map((entry) => `tests/fixtures/ingest/${set}/${entry.name}/${existsSync(join(folder, entry.name, 'input.html')) ? 'input.html' : 'input.txt'}`);
    })
    .sort();
}

/** The text layouts of issue 16: every case of tests/fixtures/ingest/<set>/ that is not a page or pasted HTML. */
export function ingestTextFixtures(root = '.'): string[] {
  return ['dev', 'held-out']
    .flatMap((set) => {
      const folder = join(root, 'tests/fixtures/ingest', set);
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && !/^(?:page|html-source)-/.test(entry.name))
        .map((entry) => `tests/fixtures/ingest/${set}/${entry.name}/input.txt`);
    })
    .sort();
}

/** The name a fixture gets in the copy's raw folder. */
export function copyName(file: string): string {
  const parts = file.split('/');
  return `900_${parts.at(-2)}.${file.endsWith('.html') ? 'html' : 'txt'}`;
}

/**
 * What the first run of the ingest got wrong on a held-out fixture (`tests/fixtures/ingest/held-out/first-run.json`):
 * held-out cases are measured, not tuned, so browser tests assert their headlines except where
 * that record says the first run missed. Empty for development fixtures.
 */
export function firstRunMisses(file: string, root = '.'): { headline: boolean } {
  const none = { headline: false };
  const match = /tests\/fixtures\/ingest\/held-out\/([^/]+)\//.exec(file);
  const record = join(root, 'tests/fixtures/ingest/held-out/first-run.json');
  if (!match || !existsSync(record)) return none;
  const rounds = (JSON.parse(readFileSync(record, 'utf8')) as { rounds: Array<{ cases: Record<string, { misses: string[] }> }> }).rounds;
  const cases = Object.assign({}, ...rounds.map((round) => round.cases)) as Record<string, { misses: string[] }>;
  const misses = cases[match[1]!]?.misses ?? [];
  return { headline: misses.some((miss) => miss.startsWith('headline:')) };
}
