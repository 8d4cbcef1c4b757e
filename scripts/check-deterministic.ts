// Builds the site twice from clean caches and compares every file of the two builds.
// Usage: node scripts/check-deterministic.ts
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { listFiles } from '../src/lib/io/list-files.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const caches = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite', 'content/articles', 'content/data'];

async function cleanBuild(): Promise<Map<string, string>> {
  for (const cache of caches) await rm(join(root, cache), { recursive: true, force: true });
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error('the build failed');
  }
  const copy = await mkdtemp(join(tmpdir(), 'parallax-build-'));
  await cp(join(root, 'dist'), copy, { recursive: true });
  const hashes = new Map<string, string>();
  for (const file of await listFiles(copy)) hashes.set(relative(copy, file), createHash('sha256').update(await readFile(file)).digest('hex'));
  await rm(copy, { recursive: true, force: true });
  return hashes;
}

const first = await cleanBuild();
const second = await cleanBuild();
const differing = [...new Set([...first.keys(), ...second.keys()])].filter((file) => first.get(file) !== second.get(file)).sort();
if (differing.length > 0) {
  console.error(`determinism  two clean builds differ in ${differing.length} file(s):\n  ${differing.join('\n  ')}`);
  process.exit(1);
}
console.log(`determinism  two clean builds are byte-identical (${first.size} files) in ${Math.round((performance.now() - started) / 1000)} s`);

