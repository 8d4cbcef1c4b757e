import { expect, test, type Page } from '@playwright/test';
import { builtComparison, sitePages } from './site-pages.ts';

/**
 * Every page, and the search page showing results from its address, loaded at a desktop and a
 * phone width: nothing may move once shown (cumulative layout shift 0), counting every shift not
 * caused by the reader's input until the page, its scripts and search have settled.
 */
// The search page with results: a word of the event's own text (the longest of its first reporting sentence).
const words = builtComparison().comparison.sentences.find((sentence) => sentence.reporting)?.text.match(/\p{L}{5,}/gu) ?? [];
const query = [...words].sort((a, b) => b.length - a.length)[0];
const pages = [...sitePages(), ...(query ? [{ name: 'search results', path: `search/?q=${encodeURIComponent(query)}` }] : [])];

async function layoutShift(page: Page, path: string): Promise<{ total: number; sources: string[] }> {
  await page.addInitScript(() => {
    const seen = { total: 0, sources: [] as string[] };
    Object.assign(window, { layoutShifts: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node }> }>) {
        if (entry.hadRecentInput) continue;
        seen.total += entry.value;
        for (const source of entry.sources ?? []) seen.sources.push(source.node instanceof Element ? `${source.node.tagName.toLowerCase()}.${source.node.className}` : String(source.node?.nodeName));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  // Search loads when the page is idle, and the search page then shows its results.
  await page.waitForFunction(() => document.querySelector('site-search')?.getAttribute('data-state') === 'ready');
  if (path.startsWith('search/')) await expect(page.locator('search-page .search-result').first()).toBeVisible();
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { layoutShifts: { total: number; sources: string[] } }).layoutShifts);
}

for (const width of [1280, 375]) {
  test.describe(`at ${width} px`, () => {
    for (const target of pages) {
      test(`${target.name} (/${target.path}) does not shift its layout`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const { total, sources } = await layoutShift(page, target.path);
        expect(total, `shifted: ${sources.join(', ')}`).toBe(0);
      });
    }
  });
}
