/**
 * npm run screenshots: photographs the built site (dist/, from `npm run build`) in Chromium.
 *
 * Serves dist/ with `astro preview`, then writes PNGs of the overview, the side-by-side page, one
 * two-outlet page, the first claim's page and the method page at desktop (1440 px) and phone
 * (375 px) widths, in the light and the dark colour scheme, into screenshots/. Builds nothing
 * itself. Chromium is Playwright's own where installed, else $CHROMIUM_PATH, else
 * /usr/bin/chromium (as in playwright.config.ts).
 *
 * Options: --port <n> (default $PREVIEW_PORT or 4460), --out <dir> (default screenshots),
 * --widths <list> (default 1440,375), --root <dir> (another built copy of the project, such as
 * the many-outlet copy the browser tests serve; default this project).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const project = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
    widths: { type: 'string', default: '1440,375' },
    root: { type: 'string' },
  },
});
const root = values.root ? resolve(values.root) : project;
const port = Number(values.port ?? process.env['PREVIEW_PORT'] ?? 4460);
const outDir = resolve(project, values.out);
const base = (process.env['BASE_PATH'] || '/').replace(/\/?$/, '/');
const origin = `http://localhost:${port}`;

/** Tallest image written, in CSS pixels: Chromium cannot capture arbitrarily tall pages in one piece. */
const MAX_HEIGHT = 12_000;

const WIDTHS = values.widths.split(',').map((text) => {
  const width = Number(text);
  if (!Number.isInteger(width) || width < 200) throw new Error(`--widths: "${text}" is not a width in pixels`);
  return { name: width >= 1024 ? `desktop${width === 1440 ? '' : width}` : `phone${width === 375 ? '' : width}`, width, height: width >= 1024 ? 900 : 740 };
});
const SCHEMES = ['light', 'dark'] as const;

function chromiumExecutable(): string | undefined {
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // Playwright's browser is not installed: fall through to a system Chromium.
  }
  const candidate = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  throw new Error('No Chromium found: run "npx playwright install chromium", or "apt-get install -y chromium", or set CHROMIUM_PATH.');
}

/** The first two-outlet page in dist/ (pages are /compare/<first>/<second>/). */
function firstPairPath(): string {
  const compare = join(root, 'dist', 'compare');
  if (!existsSync(compare)) throw new Error('dist/compare/ not found: run "npm run build" first.');
  for (const first of readdirSync(compare, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()) {
    const seconds = readdirSync(join(compare, first), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    if (seconds[0]) return `compare/${first}/${seconds[0]}/`;
  }
  throw new Error('No two-outlet page found in dist/compare/.');
}

/** The first claim's page in display order would need the analysis; the first claim page in dist/ stands for all. */
function firstClaimPath(): string {
  const claims = join(root, 'dist', 'claims');
  const first = readdirSync(claims, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()[0];
  if (!first) throw new Error('No claim page found in dist/claims/.');
  return `claims/${first}/`;
}

/** A claim page with an editor's note, when one exists (the note is the page's most varied markup). */
function claimWithNotePath(): string {
  const data = join(root, 'content', 'data', 'comparison.json');
  if (existsSync(data)) {
    const comparison = JSON.parse(readFileSync(data, 'utf8')) as { claims: Array<{ id: string; note: string | null }> };
    const withNote = comparison.claims.find((claim) => claim.note !== null);
    if (withNote && existsSync(join(root, 'dist', 'claims', withNote.id, 'index.html'))) return `claims/${withNote.id}/`;
  }
  return firstClaimPath();
}

async function waitForServer(url: string, server: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`astro preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

async function main() {
  if (!existsSync(join(root, 'dist', 'index.html'))) throw new Error('dist/ is empty: run "npm run build" first.');
  const pages = [
    { name: 'overview', path: '' },
    { name: 'compare', path: 'compare/' },
    { name: 'pair', path: firstPairPath() },
    { name: 'claim', path: claimWithNotePath() },
    { name: 'method', path: 'about/' },
  ];
  mkdirSync(outDir, { recursive: true });
  // --ignore-lock: run alongside a preview someone else already has open for this project.
  const server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--port', String(port)], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const stop = () => {
    if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  };
  process.on('exit', stop);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--disable-dev-shm-usage', '--disable-gpu', '--no-first-run'],
  });
  try {
    await waitForServer(`${origin}${base}`, server);
    for (const scheme of SCHEMES) {
      for (const size of WIDTHS) {
        const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
        const page = await context.newPage();
        for (const target of pages) {
          await page.goto(`${origin}${base}${target.path}`, { waitUntil: 'load' });
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          const file = join(outDir, `${target.name}-${size.name}-${scheme}.png`);
          await page.screenshot({ path: file, clip: { x: 0, y: 0, width: size.width, height: Math.min(height, MAX_HEIGHT) }, fullPage: true });
          console.log(`${file.slice(project.length + 1)}  ${size.width} × ${Math.min(height, MAX_HEIGHT)}${height > MAX_HEIGHT ? ` (of ${height})` : ''}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
