import { expect, test, type APIRequestContext } from '@playwright/test';

/** The site is built with BASE_PATH and served only under it (playwright.config.ts). */
const base = '/parallax-test/sub/';

type Data = { articles: unknown[]; sentences: Array<{ articleId: string; anchor: string; text: string; reporting: boolean }> };
/** The copy's published data: whatever event content/ holds (a new event may have no article yet). */
async function publishedData(request: APIRequestContext): Promise<Data> {
  return (await (await request.get('data/comparison.json')).json()) as Data;
}

test('every page, link, asset and data file works under the base path', async ({ page, request }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
  const links = await page.locator('a[href]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const host = new URL(page.url()).host;
  const internal = [...new Set(links.filter((href) => new URL(href).host === host).map((href) => href.split('#')[0]!))];
  // The overview links every section, and each article when there are some.
  expect(internal.length).toBeGreaterThan((await publishedData(request)).articles.length > 0 ? 10 : 4);
  for (const href of internal) {
    expect(new URL(href).pathname.startsWith(base), `${href} is under ${base}`).toBe(true);
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
  }
  for (const file of ['data/comparison.json', 'data/sentences.csv', 'robots.txt', 'favicon.svg']) {
    expect((await request.get(file)).status(), file).toBe(200);
  }
  expect(failures).toEqual([]);
});

test('a sentence anchor from the data lands on its sentence under the base path', async ({ page, request }) => {
  const data = await publishedData(request);
  test.skip(data.sentences.length === 0, 'the event has no article yet');
  const sentence = data.sentences[Math.min(12, data.sentences.length - 1)]!;
  await page.goto(`articles/${sentence.articleId}/#${sentence.anchor}`);
  const target = page.locator(`[id="${sentence.anchor}"]`);
  await expect(target).toBeInViewport();
  await expect(target).toHaveText(sentence.text);
});

test('the side-by-side page works, with its script, under the base path', async ({ page, request }) => {
  test.skip((await publishedData(request)).articles.length < 2, 'the outlet chooser needs two articles');
  await page.goto('compare/');
  const boxes = page.getByRole('checkbox');
  await expect(boxes.first()).toBeVisible();
  await boxes.first().uncheck();
  await expect(page).toHaveURL(/compare\/\?outlets=/);
  expect(new URL(page.url()).pathname).toBe(`${base}compare/`);
});

test('search loads its index and links its results under the base path', async ({ page, request }) => {
  // A word of the event's own text: the longest of the first reporting sentence.
  const data = await publishedData(request);
  const words = data.sentences.find((sentence) => sentence.reporting)?.text.match(/\p{L}{5,}/gu) ?? [];
  test.skip(words.length === 0, 'the event has no article yet');
  const query = [...words].sort((a, b) => b.length - a.length)[0]!;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('./');
  const input = page.getByRole('searchbox', { name: 'Search claims, quotes and sentences' });
  await input.click();
  await input.fill(query);
  const result = page.locator('.search-results a[href*="/articles/"]').first();
  await expect(result).toBeVisible();
  expect(new URL((await result.getAttribute('href'))!, page.url()).pathname.startsWith(`${base}articles/`)).toBe(true);
  expect(requests.some((path) => path === `${base}search/index.json`)).toBe(true);
  await result.click();
  await expect(page.locator('.sentence:target')).toBeInViewport();
});
