import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonSchema } from '../../src/lib/schemas/comparison.ts';
import type { SplitManifest } from '../../src/lib/schemas/search.ts';
import { buildSearchIndex } from '../../src/lib/search/index-files.ts';
import { SHIPPED_ONLY, shippedEventBuilt, expectNoAxeViolations, projectRoot } from './helpers.ts';

test.skip(!shippedEventBuilt, SHIPPED_ONLY);

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The header search box and its drop-down. */
function header(page: Page) {
  const box = page.locator('site-search');
  return {
    input: page.getByRole('searchbox', { name: 'Search claims, quotes and sentences' }),
    popup: box.locator('[data-popup]'),
    status: box.getByRole('status'),
  };
}

/** The search page's form and results. */
function searchPage(page: Page) {
  const root = page.locator('search-page');
  return {
    input: page.getByRole('searchbox', { name: 'Search for' }),
    results: root.locator('[data-results]'),
    status: root.getByRole('status'),
    outlet: (name: string) => root.getByRole('group', { name: 'Outlets' }).getByRole('checkbox', { name, exact: true }),
    type: (name: string) => root.getByRole('group', { name: 'Show' }).getByRole('checkbox', { name, exact: true }),
    speaker: root.getByRole('combobox', { name: 'Speaker' }),
  };
}

/** A result link to a sentence of `outlet` containing `words`. */
function sentenceResult(within: Locator, outlet: string, words: string): Locator {
  return within.locator('a.search-sentence, a.search-title').filter({ hasText: words }).filter({ has: within.page().locator('.search-outlet', { hasText: outlet }) });
}

/** Whether a request is for the search index or the search code (the chunk that holds fuse.js). */
async function isSearchAsset(request: Request): Promise<boolean> {
  if (/\/search\/index\.json$/.test(request.url())) return true;
  if (!request.url().endsWith('.js')) return false;
  const body = (await (await request.response())?.text()) ?? '';
  return body.includes('7.5.0') && body.includes('$and');
}

test.describe('header search box', () => {
  test('loads the index and the search code once the page has loaded and is idle, unfocused', async ({ page }) => {
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto('./');
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'ready');
    await expect(header(page).status).toHaveText('');
    const search = (await Promise.all(requests.map(isSearchAsset))).filter(Boolean);
    expect(search).toHaveLength(2);
    const late = await page.evaluate(() => {
      const loaded = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => /\/search\/index\.json$|page-engine/.test(entry.name))
        .map((entry) => entry.startTime >= loaded);
    });
    expect(late).toEqual([true, true]);
  });

  test('loads nothing before a search box is focused when the browser asks to save data', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const requests: Request[] = [];
    page.on('requestfinished', (request) => requests.push(request));
    await page.goto('./');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const early = await Promise.all(requests.map(isSearchAsset));
    expect(requests.filter((_, at) => early[at]).map((request) => request.url())).toEqual([]);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'idle');

    const index = page.waitForRequest(/\/search\/index\.json$/);
    await header(page).input.focus();
    await index;
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'ready');
    const late = await Promise.all(requests.map(isSearchAsset));
    expect(late.filter(Boolean).length).toBe(2);
  });

  for (const { query, outlet, words, marked } of [
    { query: 'prisners', outlet: 'LiveNOW from FOX', words: 'exchange 175 prisoners of war', marked: 'prisoners' },
    { query: 'Zelenski', outlet: 'Outlet unknown', words: 'Ukrainian President Volodymyr Zelenskyy said', marked: 'Zelenskyy' },
    { query: 'Zaporizhia', outlet: 'Evrim Ağacı', words: 'Zaporizhzhia nuclear power plant', marked: 'Zaporizhzhia' },
    { query: 'zaporiz', outlet: 'Evrim Ağacı', words: 'Zaporizhzhia nuclear power plant', marked: 'Zaporizhzhia' },
    { query: 'wrongfully detained', outlet: 'LiveNOW from FOX', words: 'deemed wrongfully detained', marked: 'detained' },
    { query: 'soldiers wounded hand', outlet: 'LiveNOW from FOX', words: 'badly wounded soldiers', marked: 'soldiers' },
  ]) {
    test(`"${query}" reaches ${outlet}: “…${words}…”`, async ({ page }) => {
      await page.goto('./');
      const { input, popup, status } = header(page);
      await input.click();
      await input.pressSequentially(query);
      const result = sentenceResult(popup, outlet, words);
      await expect(result.first()).toBeVisible();
      await expect(result.first().locator('mark', { hasText: marked }).first()).toBeVisible();
      await expect(status).toHaveText(/^\d+ results?: /);
    });
  }

  test('searches a split index in a worker, fetching parts as the words need them', async ({ page, context }) => {
    // The five articles publish one file; serve them as a large corpus would be: split.
    const comparison = comparisonSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'content', 'data', 'comparison.json'), 'utf8')));
    const files = buildSearchIndex(comparison, { layout: 'split', recordsPerFile: 25 });
    const initials = (JSON.parse(files[0]!.content) as SplitManifest).initials;
    const served: string[] = [];
    await context.route(/\/search\/[^/]+\.json$/, async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      const file = files.find((candidate) => candidate.path === name);
      served.push(name);
      await route.fulfill(file ? { contentType: 'application/json', body: file.content } : { status: 404 });
    });
    // Search may start loading as soon as the page is idle: listen for the worker from the start.
    const worker = page.waitForEvent('worker');
    await page.goto('./');
    await page.locator('site-search').evaluate((element) => ((element as HTMLElement).dataset['layout'] = 'split'));
    const { input, popup } = header(page);
    await input.click();
    expect((await worker).url()).toMatch(/\/_astro\/search\.worker[^/]*\.js$/);

    await input.pressSequentially('ceasefire');
    await expect(popup.locator('.search-result').first()).toBeVisible();
    const zLexicon = `lexicon-${initials.indexOf('z')}.json`;
    expect(served).not.toContain(zLexicon);
    const before = served.length;
    await input.fill('');
    await input.pressSequentially('Zaporizhia');
    await expect(sentenceResult(popup, 'Evrim Ağacı', 'Zaporizhzhia nuclear power plant').first()).toBeVisible();
    const later = served.slice(before);
    expect(later).toContain(zLexicon);
    expect(later.some((name) => name.startsWith('postings-'))).toBe(true);
    expect(served.filter((name) => name === zLexicon)).toHaveLength(1);
    const modes = await page.evaluate(() => performance.getEntriesByName('parallax:search').map((entry) => (entry as PerformanceMeasure).detail?.mode));
    expect(new Set(modes)).toEqual(new Set(['worker']));
  });

  test('is driven by keyboard alone: / to focus, arrows, Enter to open, Escape to close', async ({ page }) => {
    await page.goto('./');
    const { input, popup } = header(page);
    await page.locator('body').press('/');
    await expect(input).toBeFocused();
    await page.keyboard.type('prisners');
    await expect(popup).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
    await expect(input).toBeFocused();
    await expect(input).toHaveValue('prisners');

    await page.keyboard.press('ArrowDown');
    await expect(popup).toBeVisible();
    const links = popup.locator('[data-results] a');
    await expect(links.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = links.nth(1);
    const href = await target.getAttribute('href');
    expect(href).toMatch(/\/articles\/[^/]+\/#s-[0-9a-f]{6}/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const anchor = href!.split('#')[1]!;
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  });

  test('Enter in the box opens the search page for the query', async ({ page }) => {
    await page.goto('./');
    await header(page).input.fill('Zelenski');
    await header(page).input.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Zelenski$/);
    await expect(searchPage(page).input).toHaveValue('Zelenski');
    await expect(searchPage(page).status).toContainText('for “Zelenski”');
  });

  test('shows a hostile query as text and runs nothing', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('./');
    const { input, status } = header(page);
    await input.click();
    await input.pressSequentially(HOSTILE);
    await expect(status).toHaveText(/No results|\d+ results?/);
    await expect(page.locator('site-search img')).toHaveCount(0);
    await expect(input).toHaveValue(HOSTILE);
    expect(dialogs).toEqual([]);
  });

  test('has no accessibility violations with results open', async ({ page }) => {
    await page.goto('./');
    await header(page).input.click();
    await header(page).input.pressSequentially('Zelensky');
    await expect(header(page).popup.locator('.search-result').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('search page', () => {
  test('shows results on load from ?q=, grouped by claim with each outlet’s sentence', async ({ page }) => {
    await page.goto('search/?q=maritime+ceasefire+Black+Sea');
    const { results, status } = searchPage(page);
    await expect(status).toHaveText(/^\d+ results?: .* for “maritime ceasefire Black Sea”$/);
    const claim = results.locator('.search-result-claim').first();
    await expect(claim.locator('.search-kind')).toHaveText('Reviewed claim, reported by 5 of 5 outlets');
    await expect(claim.locator('.search-claim-title')).toHaveText(/maritime ceasefire in the Black Sea/);
    await expect(claim.locator('.search-claim-link')).toHaveAttribute('href', /\/compare\/#[a-z0-9]/);
    await expect(claim.locator('.search-sentence')).toHaveCount(5);
    const marked = await claim.locator('.search-sentence').first().locator('mark').allTextContents();
    expect(new Set(marked)).toEqual(new Set(['maritime', 'ceasefire', 'Black', 'Sea']));
  });

  test('filters by outlet and writes the filter to the URL', async ({ page }) => {
    await page.goto('search/?q=Zelensky');
    const { outlet, results } = searchPage(page);
    await expect(results.locator('.search-outlet').first()).toBeVisible();
    await outlet('Evrim Ağacı').check();
    await expect(page).toHaveURL(/\?q=Zelensky&outlet=evrim-agaci$/);
    await expect(results.locator('.search-outlet')).not.toHaveCount(0);
    for (const label of await results.locator('.search-outlet').allTextContents()) expect(label).toBe('Evrim Ağacı');
    await expect(results.locator('.search-kind', { hasText: /Outlet unknown|Project Patriot|LiveNOW|American Scoop/ })).toHaveCount(0);
  });

  test('filters by kind of result', async ({ page }) => {
    await page.goto('search/?q=Zelensky');
    const { type, results } = searchPage(page);
    await expect(results.locator('.search-result-claim').first()).toBeVisible();
    await type('Quotes').check();
    await expect(page).toHaveURL(/\?q=Zelensky&type=quote$/);
    await expect(results.getByRole('heading')).toHaveText(['Quotes (3)']);
    await expect(results.locator('.search-result-claim')).toHaveCount(0);
    await type('Speakers').check();
    await expect(results.getByRole('heading')).toHaveText(['Quotes (3)', 'Speakers (1)']);
  });

  test('filters by speaker, and a speaker result links to that filter', async ({ page }) => {
    await page.goto('search/?q=manipulative');
    const { speaker, results } = searchPage(page);
    await expect(results.locator('.search-result').first()).toBeVisible();
    await speaker.selectOption({ label: 'Vladimir Putin' });
    await expect(page).toHaveURL(/\?q=manipulative&speaker=vladimir-putin$/);
    await expect(searchPage(page).status).toHaveText(/^No results/);
    await speaker.selectOption({ label: 'Volodymyr Zelenskyy' });
    await expect(results.locator('.search-result-quote')).toHaveCount(2);

    await page.goto('search/?q=Zelenski&type=speaker');
    await results.getByRole('link', { name: 'Volodymyr Zelenskyy' }).click();
    await expect(page).toHaveURL(/\/search\/\?speaker=volodymyr-zelenskyy$/);
    await expect(searchPage(page).speaker).toHaveValue('volodymyr-zelenskyy');
    await expect(results.locator('.search-result-quote')).toHaveCount(3);
  });

  test('a result leads to its sentence, highlighted on arrival', async ({ page }) => {
    await page.goto('search/?q=Zaporizhia');
    const link = sentenceResult(searchPage(page).results, 'Evrim Ağacı', 'Zaporizhzhia nuclear power plant').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(/\/articles\/evrim-agaci\/#s-[0-9a-f]{6}/);
    const target = page.locator(`[id="${href.split('#')[1]}"]`);
    await expect(target).toContainText('Zaporizhzhia nuclear power plant');
    await expect(target).toBeInViewport();
    await expect(target).toHaveCSS('outline-style', 'solid');
  });

  test('moves through results with the arrow keys', async ({ page }) => {
    await page.goto('search/?q=prisners');
    const { input, results } = searchPage(page);
    await expect(results.locator('a').first()).toBeVisible();
    await input.focus();
    await page.keyboard.press('ArrowDown');
    await expect(results.locator('a').first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(results.locator('a').last()).toBeFocused();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
    await page.locator('body').press('/');
    await expect(input).toBeFocused();
  });

  test('keeps a hostile query from the URL as text', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`search/?${new URLSearchParams({ q: HOSTILE })}`);
    const { input, status, results } = searchPage(page);
    await expect(input).toHaveValue(HOSTILE);
    await expect(status).toHaveText(`No results for “${HOSTILE}”`);
    await input.fill(`${HOSTILE} peace`);
    await expect(status).toContainText(`for “${HOSTILE} peace”`);
    await expect(page.locator('main img')).toHaveCount(0);
    await expect(results.locator('img, script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });

  test('never scrolls sideways on a 375 px screen, with results shown in the page and the header', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('search/?q=ceasefire');
    await expect(searchPage(page).results.locator('.search-result').first()).toBeVisible();
    await header(page).input.click();
    await header(page).input.pressSequentially('Zelenski');
    await expect(header(page).popup).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('has no accessibility violations with results shown', async ({ page }) => {
    await page.goto('search/?q=Zelensky');
    await expect(searchPage(page).results.locator('.search-result').first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
