import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What goes into a copy of the project besides its code. */
export interface SiteCopyOptions {
  /** Files to add to `content/raw/` (name and text). */
  addRaw?: ReadonlyArray<{ name: string; text: string }>;
  /** Replace the real articles instead of adding to them. */
  replaceRaw?: boolean;
  /** Prefix of the temporary folder's name. */
  label?: string;
}

/** The parts of the project a build needs; node_modules is linked, not copied. */
const PROJECT_PARTS = ['src', 'public', 'scripts', 'content/raw', 'content/provenance.json', 'content/event.yaml', 'content/evaluation.json', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * Makes a throwaway copy of the project in a temporary folder, with extra (or replacement)
 * raw articles, so that a full build can run on other content without touching the real one.
 * Returns the copy's root. `node_modules` is a link to the project's own.
 */
export async function copyProject(root: string, options: SiteCopyOptions = {}): Promise<string> {
  const target = await mkdtemp(join(tmpdir(), `parallax-${options.label ?? 'copy'}-`));
  // A new event has no raw folder or evaluation figures yet: copy what there is.
  for (const part of PROJECT_PARTS) if (existsSync(join(root, part))) await cp(join(root, part), join(target, part), { recursive: true });
  await symlink(join(root, 'node_modules'), join(target, 'node_modules'), 'dir');
  if (options.replaceRaw) {
    await rm(join(target, 'content/raw'), { recursive: true, force: true });
    await mkdir(join(target, 'content/raw'));
  }
  if ((options.addRaw ?? []).length > 0) await mkdir(join(target, 'content/raw'), { recursive: true });
  for (const file of options.addRaw ?? []) await writeFile(join(target, 'content/raw', file.name), file.text);
  return target;
}

/** Runs `npm run build` in a copy with its own caches; throws with the output if it fails. */
export function buildCopy(copy: string, env: Record<string, string> = {}): { ms: number; output: string } {
  const started = performance.now();
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PARALLAX_CACHE_DIR: join(copy, '.cache'), ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0) throw new Error(`build of ${copy} failed:\n${output}`);
  return { ms: performance.now() - started, output };
}
