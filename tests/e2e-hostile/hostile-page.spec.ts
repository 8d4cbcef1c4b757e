import { expect, test, type Page } from '@playwright/test';

/**
 * The hostile saved page (tests/fixtures/hostile/hostile-page.html, added to the hostile copy):
 * scripts, event handlers, javascript: links, an iframe, broken markup and JSON-LD whose strings
 * hold HTML. Its article page and the lists naming it run nothing and show all of it as text.
 */
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
  page.on('console', (message) => {
    if (/Content Security Policy|Refused/i.test(message.text())) incidents.push(`console: ${message.text()}`);
  });
  return incidents;
}

const HEADLINE = "<b onmouseover=alert('headline')>Bold</b> claims & ${danger} {{ title }}";
const OUTLET = "<svg onload=alert('publisher')>Hostile Outlet";

test('the hostile page is listed by its literal headline and outlet, and the list runs nothing', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto('./');
  await expect(page.getByText(HEADLINE).first()).toBeVisible();
  await expect(page.getByText(OUTLET).first()).toBeVisible();
  expect(incidents).toEqual([]);
});

test('the hostile page’s article shows its text inert, its metadata as text, and nothing of its markup', async ({ page }) => {
  const incidents = await guard(page);
  await page.goto('./');
  await page.getByRole('link', { name: HEADLINE }).first().click();
  const text = page.locator('.article-text');
  await expect(text).toContainText('The first paragraph mentions a script tag, an image with an error handler and a javascript link');
  await expect(text).toContainText('<script>alert("escaped")</script>');
  await expect(text).toContainText('<img src=x onerror=alert(3)>');
  await expect(text).not.toContainText('inline script ran');
  await expect(text).not.toContainText('© Hostile Footer');
  const injected = await text.evaluate((root) => {
    const clone = root.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.sentence-notes, .block-label').forEach((element) => element.remove());
    return ['script', 'img', 'iframe', 'svg', 'style', 'object', 'embed', 'form', 'input', 'button', 'b', 'i', 'a', 'span[style]']
      .map((selector) => [selector, clone.querySelectorAll(selector).length] as const)
      .filter(([, count]) => count > 0);
  });
  expect(injected).toEqual([]);
  const handlers = await page.evaluate(() => [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `${element.tagName} ${attribute.name}`)));
  expect(handlers).toEqual([]);
  const links = await page.locator('a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
  expect(links.filter((href) => /^\s*javascript:/i.test(href))).toEqual([]);
  await page.getByText('Where this text comes from').click();
  const provenance = page.locator('.provenance');
  await expect(provenance).toContainText("<script>alert('author')</script> Eve Mallory");
  await expect(provenance.getByRole('link')).toHaveAttribute('href', 'https://hostile.example/a?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E');
  expect(incidents).toEqual([]);
});
