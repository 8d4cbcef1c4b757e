// Builds a copy of the project (optionally with extra raw articles, optionally for a base path)
// and serves it with `astro preview`. Playwright starts this as a web server for the "hostile"
// and "base-path" projects (playwright.config.ts), so the real build is never touched.
// Usage: node tests/e2e-support/serve-copy.ts --port 4330 [--add FILE]... [--base /path/]
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copyProject } from '../../src/lib/io/site-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4330' },
    add: { type: 'string', multiple: true, default: [] },
    base: { type: 'string', default: '' },
  },
});
const addRaw = await Promise.all(values.add.map(async (file) => ({ name: `900_${basename(file)}`, text: await readFile(resolve(root, file), 'utf8') })));
const copy = await copyProject(root, { label: values.base ? 'base-path' : 'hostile', addRaw });
const env: Record<string, string> = values.base ? { BASE_PATH: values.base } : {};
buildCopy(copy, env);
spawn('npx', ['astro', 'preview', '--port', values.port, '--ignore-lock'], {
  cwd: copy,
  stdio: 'inherit',
  env: { ...process.env, ...env, PARALLAX_CACHE_DIR: join(copy, '.cache') },
});
