import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { comparisonSchema } from '../../src/lib/schemas/comparison.ts';
import { CELLS_PER_PAGE, MIN_ROWS_PER_PAGE, rowsPerComparePage } from '../../src/lib/view/compare-pages.ts';
import { comparePageCount } from '../../src/lib/view/compare-table.ts';
import { indexComparison, type KeyedClaim } from '../../src/lib/view/comparison-index.ts';
import { copyStateFile } from '../e2e-support/copy-state.ts';

/**
 * The side-by-side table in pages, on the "layouts" copy (playwright.config.ts): some 130
 * articles of unrelated invented events, so some 2,250 claims × 136 outlets, far past one page's
 * budget of cells. The copy's own comparison says which claim is on which page. Test names and
 * messages name pages and claims, never the copy's articles (some are named after fixture files).
 */
const port = Number(process.env['PREVIEW_PORT'] ?? 4329) + 3;
const { copy, dist } = JSON.parse(readFileSync(copyStateFile(port), 'utf8')) as { copy: string; dist: string };
const index = indexComparison(comparisonSchema.parse(JSON.parse(readFileSync(join(copy, 'content', 'data', 'comparison.json'), 'utf8'))), '/');
const outlets = index.articles.length;
const perPage = rowsPerComparePage(outlets);
const pageCount = comparePageCount(index);
const inGroup = (coverage: KeyedClaim['coverage']) => index.claims.filter((claim) => claim.coverage === coverage);
/** A claim of several outlets on a page after the first (its sentences have counterparts beside them), its id its own. */
const sharedLater = inGroup('several').find((claim) => claim.comparePage > 1 && claim.key === claim.id);
const pagePath = (page: number) => (page === 1 ? 'compare/' : `compare/page_${page}/`);
/** A group's link in the claim groups navigation, seen from page `from`. */
const groupHref = (coverage: KeyedClaim['coverage'], from: number) => {
  const start = inGroup(coverage)[0]!.comparePage;
  return start === from ? `#group-${coverage}` : `/${pagePath(start)}#group-${coverage}`;
};
/** The rows a page shows without JavaScript: one-outlet claims after others wait in a closed group. */
const openRows = (page: number) => {
  const rows = index.claims.filter((claim) => claim.comparePage === page);
  const shared = rows.filter((claim) => claim.coverage !== 'single');
  return shared.length > 0 ? shared.length : rows.length;
};
const pager = (page: Page) => page.getByRole('navigation', { name: 'Pages of the side-by-side table', exact: true });

/** WCAG 2.1 A/AA violations by rule and count only: the nodes' selectors would name the copy's articles. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.nodes.length} nodes)`);
}

test('the copy needs pages: each holds at most the cell budget (or the floor of rows), and there are no more pages than that', async ({ page }) => {
  expect(outlets).toBeGreaterThan(100);
  expect(pageCount).toBe(Math.ceil(index.claims.length / perPage));
  expect(pageCount).toBeGreaterThan(2);
  expect(existsSync(join(dist, 'compare', `page_${pageCount}`, 'index.html'))).toBe(true);
  expect(existsSync(join(dist, 'compare', `page_${pageCount + 1}`))).toBe(false);
  for (const number of [1, 2, pageCount]) {
    await page.goto(pagePath(number));
    const rows = await page.locator('.compare-table tbody tr').count();
    expect(rows).toBe(number < pageCount ? perPage : index.claims.length - perPage * (pageCount - 1));
    expect(rows * outlets).toBeLessThanOrEqual(Math.max(CELLS_PER_PAGE, MIN_ROWS_PER_PAGE * outlets));
  }
});

test('the pager: where the rows stand, previous and next, page numbers with the current one marked', async ({ page }) => {
  await page.goto('compare/');
  const top = pager(page);
  await expect(top).toContainText(`Rows 1–${perPage} of ${index.claims.length.toLocaleString('en-US')}`);
  await expect(top).toContainText(`page 1 of ${pageCount}`);
  await expect(top.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(top.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Pages of the side-by-side table, below it' })).toBeVisible();

  await top.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/\/compare\/page_2\/$/);
  await expect(page).toHaveTitle(new RegExp(`^Side by side, page 2 of ${pageCount}`));
  await expect(pager(page)).toContainText(`Rows ${perPage + 1}–${2 * perPage} of`);
  await expect(pager(page).getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(pager(page).getByRole('link', { name: 'Page 1', exact: true })).not.toHaveAttribute('aria-current');

  await pager(page).getByRole('link', { name: `Page ${pageCount}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/page_${pageCount}/$`));
  await expect(pager(page).getByRole('link', { name: /^Next/ })).toHaveCount(0);
  await pager(page).getByRole('link', { name: 'Previous page' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/page_${pageCount - 1}/$`));
  // The rows go on where the last page left off: Claim numbers follow the table's order.
  await expect(page.locator('.compare-table tbody tr .row-link').first()).toHaveText(`Claim ${(pageCount - 2) * perPage + 1}`);
});

test('the claim groups navigation leads, from any page, to the page and heading where each group starts, with its count', async ({ page }) => {
  await page.goto(pagePath(pageCount));
  const groups = page.getByRole('navigation', { name: 'Claim groups' });
  const single = groups.getByRole('link', { name: `Reported by one outlet only (${inGroup('single').length.toLocaleString('en-US')})` });
  await expect(single).toHaveAttribute('href', groupHref('single', pageCount));
  await single.click();
  const singleStart = inGroup('single')[0]!;
  await expect(page).toHaveURL(new RegExp(`/${pagePath(singleStart.comparePage)}#group-single$`));
  await expect(page.getByRole('heading', { level: 2, name: /^Reported by one outlet only/ })).toBeInViewport();
  await expect(page.locator(`tr[id="${singleStart.key}"]`)).toHaveCount(1);

  const several = page.getByRole('navigation', { name: 'Claim groups' }).getByRole('link', { name: `Reported by several outlets (${inGroup('several').length.toLocaleString('en-US')})` });
  await expect(several).toHaveAttribute('href', groupHref('several', singleStart.comparePage));
  await several.click();
  await expect(page).toHaveURL(new RegExp(`/${pagePath(inGroup('several')[0]!.comparePage)}#group-several$`));
  await expect(page.getByRole('heading', { level: 2, name: /^Reported by several outlets/ })).toBeInViewport();
});

test('a group that goes on past a page says which of its rows the page shows, and where it goes on', async ({ page }) => {
  const spanning = (['all', 'several', 'single'] as const).find((coverage) => new Set(inGroup(coverage).map((claim) => claim.comparePage)).size > 1)!;
  const claims = inGroup(spanning);
  const first = claims[0]!.comparePage;
  const onFirst = claims.filter((claim) => claim.comparePage === first).length;
  await page.goto(pagePath(first));
  const section = page.locator('.compare-group').filter({ has: page.locator(`#group-${spanning}`) });
  await expect(section.locator('.group-part')).toHaveText(
    `${onFirst === 1 ? 'Row 1' : `Rows 1–${onFirst}`} of the group's ${claims.length.toLocaleString('en-US')} claims; goes on to page ${first + 1}.`,
  );
  await section.locator('.group-part').getByRole('link', { name: `goes on to page ${first + 1}` }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/page_${first + 1}/$`));
  await expect(page.locator('.compare-group').filter({ has: page.locator(`#group-${spanning}`) }).locator('.group-part')).toContainText(
    `of the group's ${claims.length.toLocaleString('en-US')} claims; continued from page ${first}`,
  );
});

test('a claim’s link to its row, from its page, lands on the side-by-side page that holds it', async ({ page }) => {
  const claim = index.claims.at(-1)!;
  await page.goto(`claims/${claim.key}/`);
  await page.getByRole('link', { name: 'See this row side by side' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/page_${pageCount}/#${claim.key}$`));
  const row = page.locator(`tr[id="${claim.key}"]`);
  await expect(row).toBeInViewport();
  expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
});

test('a link to a row on the wrong page (an old /compare/#<claim>, made before the table had pages) goes on to the page that holds it, the outlets chosen kept', async ({ page }) => {
  const claim = index.claims.at(-1)!;
  const chosen = index.articles.slice(0, 3).map((article) => article.id).join(',');
  await page.goto(`compare/?outlets=${chosen}#${claim.key}`);
  await expect(page).toHaveURL(new RegExp(`/compare/page_${pageCount}/\\?outlets=${chosen}#${claim.key}$`));
  await expect(page.locator(`tr[id="${claim.key}"]`)).toBeAttached();
  // The last page's link to the first group's heading (the group ends before it) goes to page 1; an anchor no page holds stays.
  const first = (['all', 'several', 'single'] as const).find((coverage) => inGroup(coverage).length > 0)!;
  expect(inGroup(first).every((claim) => claim.comparePage < pageCount)).toBe(true);
  await page.goto(`${pagePath(pageCount)}#group-${first}`);
  await expect(page).toHaveURL(new RegExp(`/compare/#group-${first}$`));
  await page.goto(`${pagePath(2)}#no-such-claim`);
  await page.waitForLoadState('networkidle');
  await expect(page).toHaveURL(/\/compare\/page_2\/#no-such-claim$/);
});

test('a search result for a claim on a later page links to that page', async ({ page }) => {
  test.skip(sharedLater === undefined, 'no claim of several outlets past the first page');
  const claim = sharedLater!;
  await page.goto(`search/?q=${encodeURIComponent(claim.label.split(/\s+/).slice(0, 10).join(' '))}`);
  const link = page.locator(`a.search-claim-link[href$="#${claim.id}"]`).first();
  await expect(link).toHaveAttribute('href', `/compare/page_${claim.comparePage}/#${claim.id}`);
});

test('a later page has no accessibility violations, light or dark', async ({ page }) => {
  // axe reads every node, twice: some 2,500 cells, on two busy cores.
  test.setTimeout(240_000);
  await page.goto(pagePath(2));
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
});

test('on a later page the outlet chooser works, and its choice goes along to the other pages', async ({ page }) => {
  await page.goto(pagePath(2));
  const chooser = page.getByRole('group', { name: 'Outlets to show' });
  // Keep the first two outlets (a choice short enough to read in the address).
  const ids = index.articles.slice(0, 2).map((article) => article.id);
  await page.evaluate((keep) => {
    for (const box of document.querySelectorAll<HTMLInputElement>('outlet-chooser input[type="checkbox"]')) box.checked = keep.includes(box.value);
    document.querySelector('outlet-chooser fieldset')!.dispatchEvent(new Event('change', { bubbles: true }));
  }, ids);
  await expect(page).toHaveURL(new RegExp(`/compare/page_2/\\?outlets=${ids.join(',')}$`));
  await expect(page.locator('.compare-table').first().locator('thead th[data-outlet]:visible')).toHaveCount(2);
  await expect(chooser.locator('.chooser-status')).toContainText(/^Showing 2 of \d+ outlets and the \d+ claims they report on this page\.$/);
  // A row stays while a chosen outlet has a sentence in it: a member, or one the machine suggests.
  const inRow = (claim: KeyedClaim) => [...claim.articleIds, ...claim.suggestions.map((suggestion) => suggestion.articleId)];
  const shown = index.claims.filter((claim) => claim.comparePage === 2 && inRow(claim).some((id) => ids.includes(id))).length;
  await expect(page.locator('.compare-table tbody tr:not([hidden])')).toHaveCount(shown);
  await expect(page.locator('.no-rows')).toBeVisible({ visible: shown === 0 });

  await expect(pager(page).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', `/compare/page_3/?outlets=${ids.join(',')}`);
  await pager(page).getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/page_3/\\?outlets=${ids.join(',')}$`));
  await expect(page.locator('.compare-table').first().locator('thead th[data-outlet]:visible')).toHaveCount(2);
  await expect(page.getByRole('group', { name: 'Outlets to show' }).getByRole('checkbox', { checked: true })).toHaveCount(2);

  await page.getByRole('group', { name: 'Outlets to show' }).getByRole('button', { name: 'Show all' }).click();
  await expect(page).toHaveURL(/\/compare\/page_3\/$/);
  await expect(pager(page).getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/compare/page_4/');
});

test('on a later page the compact mode and the counterpart highlight work', async ({ page }) => {
  test.skip(sharedLater === undefined, 'no claim of several outlets past the first page');
  await page.goto(pagePath(sharedLater!.comparePage));
  const row = page.locator(`tr[id="${sharedLater!.key}"]`);
  const compact = page.getByRole('checkbox', { name: /^Compact/ });
  // More outlets than columns fit: compact cards from the start; unticked, every sentence whole.
  await expect(compact).toBeChecked();
  const sentence = row.locator('td:not(.absent) .cmp-sentence').first();
  await expect(sentence).toHaveCSS('text-overflow', 'ellipsis');
  await compact.uncheck();
  await expect(sentence).not.toHaveCSS('text-overflow', 'ellipsis');
  await sentence.hover();
  await expect(sentence).toHaveClass(/is-source/);
  await expect(row.locator('.cmp-sentence.is-counterpart').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the pager is plain links', async ({ page }) => {
    await page.goto(pagePath(2));
    await pager(page).getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/\/compare\/page_3\/$/);
    await expect(page.locator('.compare-table tbody tr:visible')).toHaveCount(openRows(3));
  });
});
