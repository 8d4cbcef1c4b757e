import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromium } from '@playwright/test';

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

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://localhost:${port}/`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port}`,
    url: `http://localhost:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
