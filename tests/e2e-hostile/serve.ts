// Builds a copy of the project with the hostile-text fixture added, then serves it.
// Playwright starts this as a web server for the "hostile" project (playwright.config.ts).
// Usage: node tests/e2e-hostile/serve.ts --port 4330
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, copyProject } from '../../src/lib/io/site-copy.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { port: { type: 'string', default: '4330' } } });
const fixture = join(root, 'tests/fixtures/hostile/hostile-article.txt');
const copy = await copyProject(root, { label: 'hostile', addRaw: [{ name: '900_hostile.txt', text: await readFile(fixture, 'utf8') }] });
buildCopy(copy);
spawn('npx', ['astro', 'preview', '--port', values.port], { cwd: copy, stdio: 'inherit', env: { ...process.env, PARALLAX_CACHE_DIR: join(copy, '.cache') } });
