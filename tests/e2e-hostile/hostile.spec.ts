import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/hostile/hostile-article.txt'), 'utf8');
const lines = fixture.split('\n').filter((line) => line.trim() !== '');

/** Fails the test on any dialog, any request to another host and any CSP violation. */
async function guard(page: Page) {
  const incidents: string[] = [];
  page.on('dialog', async (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== 'localhost' && url.protocol !== 'data:') incidents.push(`request to another host: ${request.url()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return incidents;
}

async function hostileArticleUrl(page: Page) {
  await page.goto('./');
  // The article's own link (a claim whose wording is its headline may be listed too).
  const link = page.locator('a[href*="articles/"]', { hasText: 'Breaking {{ title }}' }).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute('href'))!;
}

test('the hostile article is listed by its literal headline, and the list runs nothing', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto('./');
  await expect(page.getByText('<script>alert("headline")</script> Breaking {{ title }} & ${danger} Report').first()).toBeVisible();
  expect(incidents).toEqual([]);
});

test('the hostile article page shows every line as literal text and runs nothing', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto(await hostileArticleUrl(page));
  const body = page.locator('.article-text');
  const text = (await body.innerText()).replace(/\s+/g, ' ');
  for (const line of lines) {
    // Markers the page turns into structure (the bullet) are kept as text too; compare without spaces.
    expect(text.replace(/\s/g, '')).toContain(line.replace(/^- /, '-').replace(/\s/g, ''));
  }
  // The page's own notes (claim links, speakers) and labels are not article text; everything else must be.
  const injected = await body.evaluate((root) => {
    const text = root.cloneNode(true) as HTMLElement;
    text.querySelectorAll('.sentence-notes, .block-label').forEach((element) => element.remove());
    return ['script', 'img', 'iframe', 'svg', 'style', 'b', 'a', 'em', 'strong', 'code', 'blockquote', 'table', 'hr', 'del']
      .map((tag) => [tag, text.querySelectorAll(tag).length] as const)
      .filter(([, count]) => count > 0);
  });
  expect(injected).toEqual([]);
  const noteLinks = await body.locator('.sentence-notes a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  for (const href of noteLinks) expect(href).toMatch(/^\/(?:claims|compare|articles)\//);
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
  expect(incidents).toEqual([]);
});

test('the published data keep the hostile text as data', async ({ request }) => {
  const comparison = (await (await request.get('data/comparison.json')).json()) as { sentences: Array<{ text: string }> };
  const texts = comparison.sentences.map((sentence) => sentence.text).join('\n');
  expect(texts).toContain('<img src=x onerror=alert(1)>');
  expect(texts).toContain('[Click here](javascript:alert(\'link\'))');
  expect(texts).toContain('“<b>Bold</b> words are not bold,”');
  const csv = await (await request.get('data/sentences.csv')).text();
  expect(csv).toContain('"<script>alert(""headline"")</script> Breaking {{ title }} & ${danger} Report"');
});

test('search finds the hostile text and shows it as text, running nothing', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto('./');
  const input = page.getByRole('searchbox', { name: 'Search claims, quotes and sentences' });
  await input.click();
  await input.fill('onerror minister');
  const results = page.locator('.search-results').first();
  await expect(results).toContainText('<img src=x onerror=alert(1)>');
  expect(await results.evaluate((root) => root.querySelectorAll('img, script, iframe, svg, style, b').length)).toBe(0);
  await page.goto('search/?q=javascript%20alert');
  await expect(page.locator('main')).toContainText("[Click here](javascript:alert('link'))");
  expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
  expect(incidents).toEqual([]);
});

const claimTitle = '<script>alert("claim")</script> Minister: talks {{ resume }} & ${soon} <img src=x onerror=alert(6)> [click](javascript:alert(7))';

/** Elements no page may gain from editor or article text (in <main> the site itself has only its own bundled scripts and the strip's SVG). */
async function injectedElements(page: Page) {
  return page.locator('main').evaluate((main) =>
    ['script:not([src^="/_astro/"])', 'img', 'iframe', 'svg:not(.strip-bars)', 'style', 'object', 'embed', 'a[href^="javascript:"]', '[onerror]', '[onclick]', '[onload]']
      .map((selector) => [selector, main.querySelectorAll(selector).length] as const)
      .filter(([, count]) => count > 0),
  );
}

test('the hostile claim file’s page shows its title as text and its note as safe markup, and runs nothing', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto('claims/hostile-claim/');
  await expect(page.locator('blockquote.claim-label p')).toHaveText(claimTitle);
  await expect(page.locator('blockquote.claim-label .claim-mark')).toHaveText('reviewed');
  const note = page.locator('.editor-note');
  await expect(note.locator('em')).toHaveText('emphasis');
  await expect(note.locator('strong')).toHaveText('strong words');
  await expect(note.locator('code')).toHaveText(['<script>alert("note")</script>', '<b>not bold</b>']);
  await expect(note).toContainText('Text that looks like a template: {{ title }} & ${danger} {% include "x" %} <b>entity</b>');
  const links = await note.locator('a').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
  expect(links).toEqual([
    ['the <img src=x onerror=alert(8)> statement', 'https://example.org/statement?a=1&b=2'],
    ['every claim', '/claims/'],
    ['the method', '/about/#evaluation'],
    ['https://example.org/autolink', 'https://example.org/autolink'],
  ]);
  expect(await note.evaluate((root) => [...new Set([...root.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()))].sort())).toEqual(['a', 'code', 'em', 'p', 'strong']);
  await expect(page.getByRole('region', { name: 'Correct this claim' }).locator('code').first()).toHaveText('content/claims/hostile-claim.md');
  expect(await injectedElements(page)).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
  expect(incidents).toEqual([]);
});

test('the hostile claim is text wherever it is listed, and those pages run nothing', async ({ page, request }) => {
  const incidents = await guard(page);
  const data = (await (await request.get('data/comparison.json')).json()) as { claims: Array<{ id: string; label: string; note: string | null; reviewed: boolean }>; articles: Array<{ id: string; headline: string | null }> };
  const claim = data.claims.find((candidate) => candidate.id === 'hostile-claim')!;
  expect([claim.label, claim.reviewed]).toEqual([claimTitle, true]);
  expect(claim.note).toContain('`<script>alert("note")</script>`');
  const hostile = data.articles.find((article) => article.headline?.includes('Breaking {{ title }}'))!;
  for (const path of ['', 'claims/', 'compare/', `articles/${hostile.id}/`]) {
    await page.goto(path);
    const texts = await page.locator('main').evaluate((main) => main.textContent ?? '');
    if (path !== `articles/${hostile.id}/`) expect(texts, path).toContain(claimTitle);
    expect(await injectedElements(page), path).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []), path).toEqual([]);
  }
  // The article's notes name the claim by number, linked to its page (its member's note, not a possible claim elsewhere).
  await expect(page.locator('.sentence-notes a[href="/claims/hostile-claim/"]:not(.note-candidate)').first()).toContainText('(reviewed)');
  expect(incidents).toEqual([]);
});
