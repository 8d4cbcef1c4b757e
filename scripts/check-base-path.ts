// Builds a copy of the project for a sub-path with absolute URLs (as the GitHub Pages workflow
// does) and runs the dist check on it: every link, asset, anchor and data file must resolve
// under the base path, and canonical URLs must point at the site itself.
// Usage: node scripts/check-base-path.ts [--base /parallax-test/sub/] [--site https://example.org]
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copyProject } from '../src/lib/io/site-copy.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { base: { type: 'string', default: '/parallax-test/sub/' }, site: { type: 'string', default: 'https://parallax.example' } },
});
const env = { BASE_PATH: values.base, SITE_URL: values.site };
const copy = await copyProject(root, { label: 'base-check' });
const { ms } = buildCopy(copy, env);
const check = spawnSync('npm', ['run', 'check:dist', '--silent', '--', '--dist', join(copy, 'dist'), '--base', values.base], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, ...env },
});
process.stdout.write(check.stdout);
process.stderr.write(check.stderr);
if (check.status !== 0) process.exit(check.status ?? 1);
console.log(`base path  built for ${values.site}${values.base} in ${(ms / 1000).toFixed(1)} s; the dist check passed under the base path`);
