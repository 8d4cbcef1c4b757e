import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';
import { ingestTextFixtures, layoutTextFixtures, pageFixtures } from './tests/e2e-support/layout-fixtures.ts';

/**
 * Which Chromium to drive: Playwright's own where it is installed, else $CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium. Playwright cannot download its browsers on every machine.
 */
function chromiumExecutable(): string | undefined {
  const bundled = safely(() => chromium.executablePath());
  if (bundled && existsSync(bundled)) return undefined;
  const candidate = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (existsSync(candidate)) return candidate;
  throw new Error(
    `No Chromium found: run "npx playwright install chromium", or "apt-get install -y chromium", or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

const executablePath = chromiumExecutable();
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
/** The hostile-text site: a copy of the project with tests/fixtures/hostile added, built and served. */
const hostilePort = port + 1;
/** The same site built for a sub-path, as on GitHub Pages project sites. */
const basePort = port + 2;
/**
 * A copy with four invented articles added (nine outlets, four of them unknown): layouts and names
 * with many outlets. Port + 4: main's "layouts" project takes port + 3.
 */
const manyPort = port + 4;
const manyArticles = ['wire-unknown', 'analysis-unknown', 'headline-unknown', 'meridian-wire'].map((name) => `--add tests/fixtures/many-outlets/${name}.txt`).join(' ');
const basePath = '/parallax-test/sub/';
/** A copy that starts a new event (npm run event:new, three npm run add of invented articles): tests/fixtures/own-event. */
const ownEventPort = port + 5;
/**
 * Two copies of the site with the layout fixtures added: the text layouts (tests/fixtures/layouts and every text
 * fixture of the ingest) in one, the saved pages in the other (each with tests/fixtures/layouts too). The side-by-side
 * table is in pages of at most 2,500 cells (src/lib/view/compare-pages.ts): 136 outlets × 2,254 claims make 126 pages
 * of 1.2 MB at most (it was one page of 111 MB), 117 × 2,229 make 107 pages of 0.9 MB at most (one of 73 MB), and the
 * dist check of either copy fits in Node's default heap. Its rows × outlets still grow with the square of the articles
 * across the pages, though: one copy of all of them (241 articles, 4,069 claims: 407 pages, 362 MB in all, a dist of
 * 873 MB) runs the dist check out of the default heap, so they stay two.
 */
const layoutsPort = port + 3;
const layoutFixtures = [...layoutTextFixtures(), ...ingestTextFixtures()];
const layoutPagesPort = port + 6;
const layoutPageFixtures = [...layoutTextFixtures(), ...pageFixtures()];
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
};

export default defineConfig({
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}/`, launchOptions },
    },
    {
      name: 'hostile',
      testDir: 'tests/e2e-hostile',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${hostilePort}/`, launchOptions },
    },
    {
      name: 'base-path',
      testDir: 'tests/e2e-base',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${basePort}${basePath}`, launchOptions },
    },
    {
      name: 'layouts',
      testDir: 'tests/e2e-layouts',
      testMatch: /layouts\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${layoutsPort}/`, launchOptions },
    },
    {
      name: 'layout-pages',
      testDir: 'tests/e2e-layouts',
      testMatch: /pages\.spec\.ts$/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${layoutPagesPort}/`, launchOptions },
    },
    {
      name: 'many-outlets',
      testDir: 'tests/e2e-many',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${manyPort}/`, launchOptions },
    },
    {
      name: 'own-event',
      testDir: 'tests/e2e-own-event',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${ownEventPort}/`, launchOptions },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${port} --ignore-lock`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 60_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${hostilePort} --editorial --add tests/fixtures/hostile/hostile-article.txt --add tests/fixtures/hostile/hostile-page.html --claim tests/fixtures/hostile/hostile-claim.md`,
      url: `http://localhost:${hostilePort}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${basePort} --editorial --base ${basePath}`,
      url: `http://localhost:${basePort}${basePath}`,
      reuseExistingServer: !process.env['CI'],
      timeout: 180_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${layoutsPort} --label layouts --check-dist ${layoutFixtures.map((file) => `--add ${file}`).join(' ')}`,
      url: `http://localhost:${layoutsPort}/`,
      reuseExistingServer: !process.env['CI'],
      // About 130 articles of unrelated invented events: ingest, analysis, a build of some 3,000 pages (under a minute)
      // and the dist check (3–4 minutes) take about 5 minutes on two cores.
      timeout: 900_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${layoutPagesPort} --label layout-pages --check-dist ${layoutPageFixtures.map((file) => `--add ${file}`).join(' ')}`,
      url: `http://localhost:${layoutPagesPort}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 900_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${manyPort} --label many-outlets --editorial --provenance tests/fixtures/many-outlets/provenance.json ${manyArticles}`,
      url: `http://localhost:${manyPort}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 240_000,
    },
    {
      command: `npx node tests/e2e-support/serve-copy.ts --port ${ownEventPort} --label own-event --check-dist --own-event tests/fixtures/own-event/event.json`,
      url: `http://localhost:${ownEventPort}/`,
      reuseExistingServer: !process.env['CI'],
      timeout: 240_000,
    },
  ],
});
