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
  return ingestFixtures(root).filter((fixture) => fixture.page).map((fixture) => fixture.file);
}

/** The text layouts of issue 16: every case of tests/fixtures/ingest/<set>/ that is not a saved page or pasted HTML. */
export function ingestTextFixtures(root = '.'): string[] {
  return ingestFixtures(root).filter((fixture) => !fixture.page).map((fixture) => fixture.file);
}

/**
 * Every case of tests/fixtures/ingest/<set>/, told apart by what it holds, not by its name (blind writers name their
 * cases as they like): a saved page (`input.html`) or pasted HTML (a case named `html-source-…`) goes to the pages
 * copy, any other `input.txt` to the text copy.
 */
function ingestFixtures(root: string): Array<{ file: string; page: boolean }> {
  return ['dev', 'held-out']
    .flatMap((set) => {
      const folder = join(root, 'tests/fixtures/ingest', set);
      if (!existsSync(folder)) return [];
      return readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
          const html = existsSync(join(folder, entry.name, 'input.html'));
          if (!html && !existsSync(join(folder, entry.name, 'input.txt'))) return [];
          return [{ file: `tests/fixtures/ingest/${set}/${entry.name}/${html ? 'input.html' : 'input.txt'}`, page: html || entry.name.startsWith('html-source-') }];
        });
    })
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The name a fixture gets in the copy's raw folder. */
export function copyName(file: string): string {
  const parts = file.split('/');
  return `900_${parts.at(-2)}.${file.endsWith('.html') ? 'html' : 'txt'}`;
}

/**
 * What the ingest is recorded to get wrong on a fixture: for a held-out case, its first run
 * (`tests/fixtures/ingest/held-out/first-run.json`; held-out cases are measured, not tuned); for a development
 * case, the known misses left with why (`tests/fixtures/ingest/dev/known-misses.json`). Browser tests assert
 * headlines and furniture except where the record says the ingest misses them.
 */
export function recordedMisses(file: string, root = '.'): { headline: boolean; furniture: Set<string> } {
  const match = /tests\/fixtures\/ingest\/(dev|held-out)\/([^/]+)\//.exec(file);
  if (!match) return { headline: false, furniture: new Set() };
  const [, set, name] = match;
  const record = join(root, 'tests/fixtures/ingest', set!, set === 'dev' ? 'known-misses.json' : 'first-run.json');
  if (!existsSync(record)) return { headline: false, furniture: new Set() };
  type CaseRecord = { misses: string[]; laterMisses?: Array<{ miss: string }> };
  const parsed = JSON.parse(readFileSync(record, 'utf8')) as { cases?: Record<string, CaseRecord>; rounds?: Array<{ cases: Record<string, CaseRecord> }> };
  const cases = Object.assign({}, parsed.cases ?? {}, ...(parsed.rounds ?? []).map((round) => round.cases)) as Record<string, CaseRecord>;
  // A held-out case's misses as first run, and those a later change brought (recorded with when and why).
  const misses = [...(cases[name!]?.misses ?? []), ...(cases[name!]?.laterMisses ?? []).map((later) => later.miss)];
  const furniture = 'furniture in a reporting sentence: ';
  return {
    headline: misses.some((miss) => miss.startsWith('headline:')),
    furniture: new Set(misses.filter((miss) => miss.startsWith(furniture)).map((miss) => miss.slice(furniture.length))),
  };
}
