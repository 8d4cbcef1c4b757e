import { expect, test, type Page } from '@playwright/test';
import { builtComparison } from './site-pages.ts';
import { SHIPPED_ONLY, shippedEventBuilt } from './helpers.ts';

test.skip(!shippedEventBuilt, SHIPPED_ONLY);

const index = builtComparison();
const outlets = index.articles.map((article) => index.outletNameById.get(article.id)!);
const allClaim = index.claims.find((claim) => claim.coverage === 'all') ?? index.claims[0]!;
const severalClaim = index.claims.find((claim) => claim.coverage === 'several')!;

const visibleColumns = (page: Page) => page.locator('.compare-table').first().locator('thead th[data-outlet]:visible');

test.describe('overview grid', () => {
  test('shows every outlet, reported cells linking to sentences, and "not reported" cells', async ({ page }) => {
    await page.goto('./');
    const grid = page.locator('.coverage-table');
    await expect(grid.locator('thead th.outlet-col')).toHaveText(outlets);
    await expect(grid.locator('td.state-not-reported').first()).toContainText(/^–\s*Not reported by /);
    const reported = grid.locator('td.reported a').first();
    await expect(reported).toHaveAttribute('href', /\/articles\/[^/]+\/#s-[0-9a-f]{6}/);
    await expect(reported).toHaveAccessibleName(/^Reported by .+: read the sentence$/);
    await expect(page.locator('.coverage-strip svg[role="img"]')).toHaveCount(outlets.length);
    await expect(page.locator('.coverage-strip svg').first()).toHaveAttribute('aria-label', /reports \d+ of \d+ claims/);
  });

  test('marks every claim as reviewed by an editor or as a machine match, in words', async ({ page }) => {
    await page.goto('./');
    const labels = page.locator('.coverage-table th.claim-label');
    const shared = index.claims.filter((claim) => claim.coverage !== 'single');
    await expect(labels).toHaveCount(shared.length);
    for (const [at, claim] of shared.entries()) {
      await expect(labels.nth(at).locator('a')).toHaveText(claim.label);
      await expect(labels.nth(at).locator('.claim-mark')).toHaveText(claim.reviewed ? 'reviewed' : /^machine match, \d+% confidence$/);
    }
    await expect(page.locator('.coverage-table caption .grid-legend li').first()).toHaveText(/^■\s*reported/);
  });

  test('gives the share an editor reviewed and both scores, with what they mean', async ({ page }) => {
    await page.goto('./');
    const review = page.getByRole('region', { name: 'What an editor checked' });
    const { reviewedClaims, claims, reviewedSentences, reportingSentences, noFactSentences } = index.comparison.review;
    await expect(review).toContainText(`An editor reviewed ${reviewedClaims} of ${claims} claims`);
    // Sentences that state no fact are counted apart, not as sentences a claim should hold.
    await expect(review).toContainText(`${reviewedSentences} of ${reportingSentences - noFactSentences} reporting sentences`);
    await expect(review.locator('.score-list li').first()).toHaveText(/^\S+\.json: machine alone \d+%, published \d+%$/);
    await expect(review).toContainText('The difference is the editor');
  });

  test('names the claims every outlet and only one outlet report, disagreeing figures and speakers', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Reported by every outlet' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Reported by one outlet only' })).toBeVisible();
    await expect(page.locator('.single-outlet')).toHaveCount(outlets.length);
    await expect(page.getByRole('heading', { name: 'Figures that disagree' })).toBeVisible();
    await expect(page.locator('.speaker-list li').first()).toContainText(/\d+ quotes?/);
  });
});

test.describe('side by side', () => {
  test('has one column per outlet and says "not reported" where an outlet does not report a claim', async ({ page }) => {
    await page.goto('compare/');
    await expect(visibleColumns(page)).toHaveText(outlets);
    const row = page.locator(`tr[id="${severalClaim.key}"]`);
    await expect(row.locator('td')).toHaveCount(outlets.length);
    await expect(row.locator('td.absent')).toHaveCount(severalClaim.missingArticleIds.length);
    // Every article is reviewed: an absence is an editorial finding.
    await expect(row.locator('td.absent').first()).toHaveText(/not reported$/);
    await expect(row.locator('.claim-title')).toHaveText(severalClaim.label);
    await expect(row.locator('.claim-mark')).toHaveText('reviewed');
    const sentence = row.locator('td:not(.absent) .cmp-sentence').first();
    await expect(sentence).toHaveAttribute('href', /\/articles\/[^/]+\/#s-/);
    await expect(page.locator('.compare-table tbody tr')).toHaveCount(index.claims.length);
  });

  test('keeps the claims of one outlet closed until asked for, and says how many outlets it can show as columns', async ({ page }) => {
    await page.goto('compare/');
    const single = page.getByRole('region', { name: /Reported by one outlet only/ });
    const rows = index.claims.filter((claim) => claim.coverage === 'single').length;
    await expect(single.locator('tbody tr').first()).toBeHidden();
    await single.getByText(`Show ${rows} claims of one outlet each`).click();
    await expect(single.locator('tbody tr').first()).toBeVisible();
    await expect(page.getByRole('group', { name: 'Outlets to show' })).toContainText(`Choose 2 to ${outlets.length} outlets.`);
    await expect(page.getByRole('checkbox', { name: /^Compact/ })).not.toBeChecked();
  });

  test('keeps outlet headers in view while scrolling', async ({ page }) => {
    await page.goto('compare/');
    const table = page.locator('.compare-table').nth(1);
    await table.locator('tbody tr').nth(10).scrollIntoViewIfNeeded();
    const header = table.locator('thead th').first();
    await expect(header).toBeInViewport();
    expect(await header.evaluate((th) => th.getBoundingClientRect().top)).toBeLessThan(5);
  });

  test('choosing outlets updates the URL and the columns, and the URL restores the choice', async ({ page }) => {
    await page.goto('compare/');
    const chooser = page.getByRole('group', { name: 'Outlets to show' });
    await expect(chooser).toBeVisible();
    for (const label of outlets.slice(2)) await chooser.getByRole('checkbox', { name: label }).uncheck();
    const chosen = index.articles.slice(0, 2).map((article) => article.id);
    await expect(page).toHaveURL(new RegExp(`\\?outlets=${chosen.join(',')}$`));
    await expect(visibleColumns(page)).toHaveText(outlets.slice(0, 2));
    await expect(page.locator('.chooser-status')).toContainText('Showing 2 of');
    const shownRows = index.claims.filter((claim) => claim.articleIds.some((id) => chosen.includes(id))).length;
    // Rows of one-outlet claims sit in a closed group: count those the choice shows, open or not.
    await expect(page.locator('.compare-table tbody tr:not([hidden])')).toHaveCount(shownRows);

    await page.reload();
    await expect(visibleColumns(page)).toHaveText(outlets.slice(0, 2));
    await expect(chooser.getByRole('checkbox', { name: outlets[2]! })).not.toBeChecked();

    await chooser.getByRole('button', { name: 'Show all' }).click();
    await expect(page).toHaveURL(/\/compare\/$/);
    await expect(visibleColumns(page)).toHaveCount(outlets.length);
  });

  test('the outlet chooser works from the keyboard and keeps at least two outlets', async ({ page }) => {
    await page.goto(`compare/?outlets=${index.articles[0]!.id},${index.articles[1]!.id}`);
    const first = page.getByRole('checkbox', { name: outlets[0]! });
    await first.focus();
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(page.locator('.chooser-status')).toHaveText(/at least 2/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: outlets[2]! })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(new RegExp(`outlets=${index.articles.slice(0, 3).map((article) => article.id).join(',')}`));
    await expect(visibleColumns(page)).toHaveCount(3);
    const focusVisible = await page.evaluate(() => document.activeElement?.matches(':focus-visible'));
    expect(focusVisible).toBe(true);
  });

  test('a row link scrolls to its row and highlights it, opening the closed group it is in', async ({ page }) => {
    const claim = index.claims.at(-1)!;
    await page.goto(`compare/#${claim.key}`);
    const row = page.locator(`tr[id="${claim.key}"]`);
    await expect(row).toBeInViewport();
    expect(await row.evaluate((element) => element.matches(':target'))).toBe(true);
    const background = await row.locator('th').evaluate((cell) => getComputedStyle(cell).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    await page.goto('compare/');
    await page.locator(`tr[id="${allClaim.key}"] .row-link`).click();
    await expect(page).toHaveURL(new RegExp(`#${allClaim.key}$`));
    await expect(page.locator(`tr[id="${allClaim.key}"]`)).toBeInViewport();
  });

  test('hovering or focusing a sentence highlights its counterparts in the other columns', async ({ page }) => {
    await page.goto('compare/');
    const row = page.locator(`tr[id="${allClaim.key}"]`);
    const sentence = row.locator('.cmp-sentence').first();
    await sentence.hover();
    await expect(sentence).toHaveClass(/is-source/);
    const counterparts = row.locator('td').nth(1).locator('.cmp-sentence.is-counterpart');
    await expect(counterparts.first()).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(page.locator('.is-counterpart')).toHaveCount(0);
    await sentence.focus();
    await expect(row.locator('td').nth(2).locator('.is-counterpart').first()).toBeVisible();
  });

  test('lists every pair of outlets', async ({ page }) => {
    await page.goto('compare/');
    const n = index.articles.length;
    await expect(page.locator('.pair-list li')).toHaveCount((n * (n - 1)) / 2);
  });

  test('prints every chosen column without the chooser or sticky headers', async ({ page }) => {
    await page.goto('compare/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.outlet-chooser')).toBeHidden();
    expect(await page.locator('.compare-table thead th').first().evaluate((th) => getComputedStyle(th).position)).toBe('static');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the comparison shows every outlet, with no chooser, and stays readable', async ({ page }) => {
    await page.goto(`compare/?outlets=${index.articles[0]!.id},${index.articles[1]!.id}`);
    await expect(page.locator('.outlet-chooser fieldset')).toBeHidden();
    await expect(visibleColumns(page)).toHaveText(outlets);
    await expect(page.locator('.compare-table tbody tr:visible')).toHaveCount(index.claims.filter((claim) => claim.coverage !== 'single').length);
    await page.locator('.group-details > summary').click();
    await expect(page.locator('.compare-table tbody tr:visible')).toHaveCount(index.claims.length);
    await expect(page.locator('.cmp-sentence').first()).toBeVisible();
  });

  test('the compact mode works with the checkbox alone', async ({ page }) => {
    await page.goto('compare/');
    const sentence = page.locator(`tr[id="${allClaim.key}"] td`).first().locator('.cmp-sentence').first();
    const whole = (await sentence.boundingBox())!.height;
    await page.getByRole('checkbox', { name: /^Compact/ }).check();
    expect((await sentence.boundingBox())!.height).toBeLessThan(whole);
    expect(await sentence.evaluate((element) => getComputedStyle(element).textOverflow)).toBe('ellipsis');
  });

  test('article notes can be hidden with the checkbox alone', async ({ page }) => {
    await page.goto(`articles/${index.articles[0]!.id}/`);
    const notes = page.locator('.sentence-notes').first();
    await expect(notes).toBeVisible();
    await page.getByLabel('Show notes beside sentences').uncheck();
    await expect(notes).toBeHidden();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the comparison becomes a stacked view naming each outlet', async ({ page }) => {
    await page.goto('compare/');
    const row = page.locator(`tr[id="${severalClaim.key}"]`);
    await expect(row.locator('.cell-label')).toHaveText(outlets);
    await expect(row.locator('.cell-label').first()).toBeVisible();
    await expect(page.locator('.compare-table thead').first()).not.toBeInViewport();
  });
});
