import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSummary, type BuiltFile } from '../lib/site/build-summary.ts';
import { listFiles } from '../lib/io/list-files.ts';

/** Prints the pages and search-index lines of the build report when `astro build` is done. */
export function buildReport(): AstroIntegration {
  let started = 0;
  return {
    name: 'parallax-build-report',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files: BuiltFile[] = [];
        for (const path of await listFiles(root)) files.push({ path: relative(root, path).split('\\').join('/'), bytes: new Uint8Array(await readFile(path)) });
        for (const line of buildSummary(files, performance.now() - started)) console.log(line);
      },
    },
  };
}

