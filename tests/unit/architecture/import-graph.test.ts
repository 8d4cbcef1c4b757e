import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const lib = join(root, 'src/lib');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of one file (type-only imports included: a cycle of types is still a tangle). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+\.ts)'/g)].map((match) => normalize(join(dirname(file), match[1]!)));
}

const graph = new Map(sourceFiles(lib).map((file) => [file, importsOf(file)]));

describe('src/lib import graph', () => {
  it('has no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(lib, f)).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('keeps astro:* imports out of src/lib', () => {
    const offenders = [...graph.keys()].filter((file) => /from\s+'astro:/.test(readFileSync(file, 'utf8')));
    expect(offenders.map((file) => relative(lib, file))).toEqual([]);
  });

  it.each([
    ['analysis/matcher', 'the matcher (features, scoring, candidates, model)'],
    ['analysis/quotes', 'quotes and speakers'],
    ['analysis/figures', 'figures and number words'],
  ])('%s holds %s', (folder) => {
    expect(sourceFiles(join(lib, folder)).length).toBeGreaterThan(1);
  });

  it('figures and quotes do not reach into the matcher', () => {
    const offenders = [...graph.entries()]
      .filter(([file]) => /analysis\/(figures|quotes)\//.test(file))
      .flatMap(([file, imports]) => imports.filter((target) => target.includes('/analysis/matcher/')).map((target) => `${relative(lib, file)} → ${relative(lib, target)}`));
    expect(offenders).toEqual([]);
  });
});
