import { expect, test } from '@playwright/test';
import { SHIPPED_ONLY, shippedEventBuilt, builtArticles, expectNoAxeViolations, rawText } from './helpers.ts';

test.skip(!shippedEventBuilt, SHIPPED_ONLY);

const articles = builtArticles();

test.describe('home page', () => {
  test('lists every article with outlet or "Outlet unknown", title, words, reading time and provenance', async ({ page }) => {
    await page.goto('./');
    await expect(page).toHaveTitle(/Parallax/);
    const cards = page.locator('.article-card');
    await expect(cards).toHaveCount(articles.length);
    for (const article of articles) {
      const card = cards.filter({ has: page.getByRole('link', { name: article.title, exact: true }) });
      await expect(card).toHaveCount(1);
      await expect(card.locator('.outlet-name')).toHaveText(article.outlet ?? /^Outlet unknown/);
      await expect(card.locator('.review-state')).toHaveText(/^(Reviewed in full by an editor|Not reviewed by an editor)/);
      await expect(card).toContainText(/\d[\d,]* words/);
      await expect(card).toContainText(/\d+ min read/);
      if (article.url) await expect(card.getByRole('link', { name: article.url })).toHaveAttribute('href', article.url);
    }
    await expect(cards.filter({ hasText: 'Outlet unknown' })).toHaveCount(articles.filter((a) => a.outlet === null).length);
  });

  test('has no accessibility violations', async ({ page }) => {
    await page.goto('./');
    await expectNoAxeViolations(page);
  });
});

for (const article of articles) {
  test.describe(`article page ${article.id}`, () => {
    test('renders every non-space character of the raw file, in order', async ({ page }) => {
      await page.goto(`articles/${article.id}/`);
      const shown = await page.locator('.article-text').evaluate((root) => {
        const clone = root.cloneNode(true) as HTMLElement;
        // Labels of embeds and the notes beside sentences are the page's own words, not article text.
        clone.querySelectorAll('.block-label, .sentence-notes').forEach((label) => label.remove());
        return clone.textContent ?? '';
      });
      expect(shown.replace(/\s+/gu, '')).toBe(rawText(article.sourceFile).replace(/\s+/gu, ''));
    });

    test('shows its outlet, a headline or a label, and provenance', async ({ page }) => {
      await page.goto(`articles/${article.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.headline ?? article.title);
      await expect(page.locator('.article-header .outlet-name')).toHaveText(article.outlet ?? /^Outlet unknown/);
      await page.getByText('Where this text comes from').click();
      await expect(page.locator('.provenance')).toContainText(article.sourceFile);
    });

    test('has no accessibility violations', async ({ page }) => {
      await page.goto(`articles/${article.id}/`);
      await page.getByText('Where this text comes from').click();
      await expectNoAxeViolations(page);
    });
  });
}

test('a sentence anchor scrolls to and highlights that sentence', async ({ page }) => {
  const article = articles.find((candidate) => candidate.headline === null) ?? articles[0]!;
  await page.goto(`articles/${article.id}/`);
  const sentence = page.locator('.article-text .sentence').nth(12);
  const anchor = await sentence.getAttribute('id');
  expect(anchor).toMatch(/^s-[0-9a-f]{6}(-\d+)?$/);
  await page.goto(`articles/${article.id}/#${anchor}`);
  const target = page.locator(`[id="${anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveCSS('outline-style', 'solid');
  expect(await target.evaluate((element) => element.matches(':target'))).toBe(true);
});

test('embeds and captions are visibly labelled', async ({ page }) => {
  const withPosts = articles.find((article) => article.id === 'american-scoop')!;
  await page.goto(`articles/${withPosts.id}/`);
  await expect(page.locator('.social-post .block-label')).toHaveText(Array(3).fill('Embedded social post'));
  await expect(page.locator('.social-post blockquote cite').first()).toBeVisible();
  await page.goto('articles/livenow-from-fox/');
  await expect(page.locator('figure.video figcaption .block-label')).toBeVisible();
  await expect(page.locator('figure.photo-caption figcaption .block-label')).toHaveText(/Photo caption/);
});
