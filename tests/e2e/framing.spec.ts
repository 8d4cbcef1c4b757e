import { expect, test } from '@playwright/test';
import { SHIPPED_ONLY, shippedEventBuilt, expectNoAxeViolations } from './helpers.ts';
import { builtComparison } from './site-pages.ts';

test.skip(!shippedEventBuilt, SHIPPED_ONLY);

const index = builtComparison();
const { framing } = index.comparison;

test.describe('/framing/', () => {
  for (const width of [360, 768, 1440, 1920]) {
    test(`at ${width} px: no accessibility violations, light or dark, and no sideways scrolling`, async ({ page }) => {
      // Three full axe runs on a long page: more than the default on a busy 2-core machine.
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto('framing/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('How each outlet told it');
      await expectNoAxeViolations(page);
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement!.scrollWidth,
        clientWidth: document.scrollingElement!.clientWidth,
      }));
      expect(scrollWidth, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(clientWidth);
      // Open every term, wording and hidden table: their contents must fit and pass too.
      await page.locator('main details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
      await expectNoAxeViolations(page);
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth)).toBe(true);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows every part, and terms open to their sentences', async ({ page }) => {
      await page.goto('framing/');
      for (const name of ['Headlines and leads', 'Where each claim stands', 'Words that set each outlet apart', 'Same fact, different words', 'Sources relied on']) {
        await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      }
      await expect(page.locator('.opening-card')).toHaveCount(index.articles.length);
      for (const article of index.articles) await expect(page.locator(`#lead-${article.id} h3`)).toHaveText(article.outletLabel);
      const differently = framing.emphasis.filter((row) => row.spread > 0).length;
      await expect(page.locator('.emphasis-table').first().locator('tbody tr')).toHaveCount(differently);
      await expect(page.locator('.sources-table tbody tr')).toHaveCount(index.articles.length);

      const term = page.locator('.term-list details').first();
      const use = term.locator('.term-uses a').first();
      await expect(use).toBeHidden();
      await term.locator('summary').click();
      await expect(use).toBeVisible();
      await expect(use.locator('mark').first()).toBeVisible();
      const href = (await use.getAttribute('href'))!;
      await use.click();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
    });
  });

  test('each headline and lead is the article’s, and each placement links to its sentence', async ({ page }) => {
    await page.goto('framing/');
    for (const outlet of framing.outlets) {
      const card = page.locator(`#lead-${outlet.articleId}`);
      const article = index.articleById.get(outlet.articleId)!;
      if (article.headline === null) await expect(card.locator('.opening-headline')).toHaveText('No headline in the file');
      else await expect(card.locator('.opening-headline')).toHaveText(article.headline);
      const lead = outlet.leadSentenceIds.map((id) => index.sentenceById.get(id)!.text).join(' ');
      await expect(card.locator('.opening-lead')).toHaveText(lead);
    }
    const first = framing.emphasis[0]!;
    const placed = first.placements[0]!;
    const link = page.locator('.emphasis-table').first().locator('tbody tr').first().locator('td.placed a').first();
    await expect(link).toHaveAttribute('href', `/articles/${placed.articleId}/#${index.sentenceById.get(placed.sentenceId)!.anchor}`);
  });

  test('labels no outlet by bias or leaning', async ({ page }) => {
    await page.goto('framing/');
    await expect(page.locator('main')).not.toContainText(/\b(bias|biased|leaning|partisan|left-wing|right-wing)\b/i);
  });

  test('is linked from the overview and from each article, at the article’s own card', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'How each outlet told it' }).click();
    await expect(page).toHaveURL(/\/framing\/$/);
    const article = index.articles[index.articles.length - 1]!;
    await page.goto(`articles/${article.id}/`);
    await page.getByRole('link', { name: 'How this outlet told it, beside the others' }).click();
    await expect(page).toHaveURL(new RegExp(`/framing/#lead-${article.id}$`));
    await expect(page.locator(`#lead-${article.id}`)).toBeInViewport();
  });

  test('the method page explains it, with its formula and settings', async ({ page }) => {
    await page.goto('about/#framing');
    await expect(page.getByRole('heading', { level: 2, name: 'How each outlet told it' })).toBeVisible();
    await expect(page.locator('.formula')).toContainText('ln[(y');
    for (const key of Object.keys(framing.settings)) await expect(page.locator('.settings-table code', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
  });
});
