// Builds a copy of the project (optionally with extra raw articles, optionally for a base path)
// and serves it with `astro preview`. Playwright starts this as a web server for the "hostile",
// "base-path" and "layouts" projects (playwright.config.ts), so the real build is never touched.
// With --check-dist the copy must pass the dist check before it is served.
// Usage: node tests/e2e-support/serve-copy.ts --port 4330 [--add FILE]... [--base /path/] [--label NAME] [--check-dist]
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copyProject } from '../../src/lib/io/site-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4330' },
    add: { type: 'string', multiple: true, default: [] },
    base: { type: 'string', default: '' },
    label: { type: 'string' },
    'check-dist': { type: 'boolean', default: false },
  },
});
// A fixture folder's `<case>/input.txt` is added as `900_<case>.txt`.
const addedName = (file: string) => `900_${basename(file) === 'input.txt' ? `${basename(dirname(file))}.txt` : basename(file)}`;
const addRaw = await Promise.all(values.add.map(async (file) => ({ name: addedName(file), text: await readFile(resolve(root, file), 'utf8') })));
const copy = await copyProject(root, { label: values.label ?? (values.base ? 'base-path' : 'hostile'), addRaw });
const env: Record<string, string> = values.base ? { BASE_PATH: values.base } : {};
buildCopy(copy, env);
if (values['check-dist']) {
  const check = spawnSync('npm', ['run', 'check:dist', '--silent', '--', '--dist', join(copy, 'dist')], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  process.stdout.write(check.stdout);
  process.stderr.write(check.stderr);
  if (check.status !== 0) {
    console.error(`serve-copy: the build of ${copy} fails the dist check; not serving it`);
    process.exit(1);
  }
}
spawn('npx', ['astro', 'preview', '--port', values.port, '--ignore-lock'], {
  cwd: copy,
  stdio: 'inherit',
  env: { ...process.env, ...env, PARALLAX_CACHE_DIR: join(copy, '.cache') },
});
