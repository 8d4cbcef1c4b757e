import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers.ts';
import { builtComparison, sitePages } from './site-pages.ts';

const pages = sitePages();
const main = new Set(['overview', 'side by side', 'claims', 'quotes', 'method']);
// One page of each other kind is also checked in the dark scheme: the first pair and the first article.
for (const kind of ['pair ', 'article ']) {
  const first = pages.find((candidate) => candidate.name.startsWith(kind));
  if (first) main.add(first.name);
}
/** The event the site is about: the overview's heading. */
const eventTitle = builtComparison().comparison.event?.title ?? 'One news event';

for (const target of pages) {
  test.describe(`${target.name} (/${target.path})`, () => {
    test('has no accessibility violations, requests nothing from other hosts, has no inline scripts or styles, describes itself and never scrolls sideways', async ({ page, request, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const elsewhere: string[] = [];
      page.on('request', (sent) => {
        if (!sent.url().startsWith(origin) && !sent.url().startsWith('data:')) elsewhere.push(sent.url());
      });
      await page.goto(target.path);
      await page.waitForLoadState('networkidle');
      expect(elsewhere).toEqual([]);
      await expectNoAxeViolations(page);

      const html = await (await request.get(target.path)).text();
      expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([]);
      expect(html).not.toMatch(/\sstyle=/);
      expect(html).not.toMatch(/\son[a-z]+=/);

      await expect(page).toHaveTitle(/\S.* · Parallax$/);
      for (const selector of ['meta[name="description"]', 'meta[property="og:title"]', 'meta[property="og:description"]', 'meta[property="og:type"]']) {
        await expect(page.locator(selector)).toHaveAttribute('content', /\S/);
      }
      await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', /favicon\.svg$/);

      for (const width of [1920, 375, 360]) {
        await page.setViewportSize({ width, height: 740 });
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.scrollingElement!.scrollWidth,
          clientWidth: document.scrollingElement!.clientWidth,
        }));
        expect(scrollWidth, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(clientWidth);
      }
    });

    if (main.has(target.name)) {
      test('has no accessibility violations in the dark scheme', async ({ page }) => {
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.goto(target.path);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('the favicon exists', async ({ request }) => {
  const response = await request.get('favicon.svg');
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('<svg');
});

test('navigation reaches every section and marks the current one', async ({ page }) => {
  await page.goto('./');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const [label, heading] of [
    ['Side by side', 'Side by side'],
    ['Claims', 'Claims'],
    ['Quotes', 'Quotes and speakers'],
    ['Method', 'Method'],
    ['Overview', eventTitle],
  ] as const) {
    await nav.getByRole('link', { name: label }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(nav.getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page');
  }
});
