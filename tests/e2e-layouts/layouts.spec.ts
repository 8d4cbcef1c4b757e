import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ingestArticles } from '../../src/lib/ingest/ingest-articles.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';
import { copyName, recordedMisses, ingestTextFixtures, layoutTextFixtures } from '../e2e-support/layout-fixtures.ts';
import { expectNoAxeViolations } from '../e2e/helpers.ts';

/**
 * The "layouts" project serves a copy of the site with every layout fixture added as
 * `content/raw/900_<case>.txt` (playwright.config.ts); that build has already passed the dist
 * check. The articles are ingested here as the build ingests them, to know their ids.
 */
const root = join(import.meta.dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'layouts');
const cases = readdirSync(fixtures, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const rawDir = join(root, 'content', 'raw');
const files = [
  ...(existsSync(rawDir) ? readdirSync(rawDir) : [])
    .filter((name) => name.endsWith('.txt') || name.endsWith('.html'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(rawDir, name))) })),
  // The copy this project serves: the text layouts (the saved pages have a copy and tests of their own, pages.spec.ts).
  ...[...layoutTextFixtures(root), ...ingestTextFixtures(root)].map((file) => ({ name: copyName(file), bytes: new Uint8Array(readFileSync(join(root, file))) })),
];
const result = ingestArticles(files, provenanceSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'provenance.json'), 'utf8'))));
if (!result.ok) throw new Error(result.problems.join('\n'));
const articles = result.articles;
// The text layouts of tests/fixtures/layouts (the ingest's text fixtures have a test of their own below).
const layoutArticles = articles.filter((article) => cases.some((name) => article.frontmatter.sourceFile === `900_${name}.txt`));
const rawText = (name: string) => readFileSync(join(fixtures, name.replace(/^900_/, '').replace(/\.txt$/, ''), 'input.txt'), 'utf8');

for (const article of layoutArticles) {
  const { id, sourceFile } = article.frontmatter;
  test.describe(`layout article ${sourceFile}`, () => {
    test('renders every non-space character of its file, in order, and has no accessibility violations', async ({ page }) => {
      await page.goto(`articles/${id}/`);
      const shown = await page.locator('.article-text').evaluate((element) => {
        const clone = element.cloneNode(true) as HTMLElement;
        clone.querySelectorAll('.block-label, .sentence-notes').forEach((label) => label.remove());
        return clone.textContent ?? '';
      });
      expect(shown.replace(/\s+/gu, '')).toBe(rawText(sourceFile).replace(/\s+/gu, ''));
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page);
    });

    test('shows page furniture muted, each piece with a visible label', async ({ page }) => {
      await page.goto(`articles/${id}/`);
      const furniture = page.locator('.article-text .furniture');
      const count = await furniture.count();
      expect(count).toBeGreaterThan(0);
      const muted = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--muted').trim());
      for (let at = 0; at < count; at++) {
        const item = furniture.nth(at);
        await expect(item.locator('.block-label')).toBeVisible();
        await expect(item.locator('.block-label')).not.toHaveText('');
        const colour = await item.evaluate((element) => getComputedStyle(element).color);
        const expected = await page.evaluate((value) => {
          const probe = document.createElement('span');
          probe.style.color = value;
          document.body.append(probe);
          const computed = getComputedStyle(probe).color;
          probe.remove();
          return computed;
        }, muted);
        expect(colour).toBe(expected);
      }
    });
  });
}

test('the wire story: byline, timestamps, dateline and credits are furniture; the numbered list is an <ol>', async ({ page }) => {
  const article = layoutArticles.find((candidate) => candidate.frontmatter.sourceFile === '900_wire-copy.txt')!;
  await page.goto(`articles/${article.frontmatter.id}/`);
  const text = page.locator('.article-text');
  await expect(text.locator('.furniture.byline .block-label')).toHaveText('Byline');
  await expect(text.locator('.furniture.dateline')).toContainText('MOSCOW/WASHINGTON, March 18 (Northwind Wire) -');
  await expect(text.locator('.furniture.reporting-credit .block-label')).toHaveText('Credits');
  await expect(text.locator('.furniture.ad .block-label')).toHaveText('Advertisement slug');
  await expect(text.locator('ol.body-list > li')).toHaveCount(3);
  // The dateline is not part of the first sentence.
  await expect(text.locator('p:not(.furniture) .sentence').first()).toHaveText(/^Russia will hold off/);
});

test('the live blog: each entry is a section with its time; the summary inside an entry is a plain list', async ({ page }) => {
  const article = layoutArticles.find((candidate) => candidate.frontmatter.sourceFile === '900_live-blog.txt')!;
  await page.goto(`articles/${article.frontmatter.id}/`);
  const entries = page.locator('.article-text section.live-entry');
  await expect(entries).toHaveCount(5);
  await expect(entries.first().locator('time')).toHaveAttribute('datetime', '19:05');
  await expect(entries.first().locator('.block-label').first()).toHaveText('Live update');
  await expect(page.locator('.article-text .block.key-points')).toHaveCount(1);
  await expect(entries.nth(1).locator('ul.body-list > li')).toHaveCount(3);
  await expect(entries.nth(2).locator('.social-post blockquote header')).toContainText('@petrahollis');
});

test('articles of unknown outlet are told apart wherever outlets are named', async ({ page }) => {
  // This copy holds every text fixture article (some 130, of unrelated invented events); the side-by-side
  // table is in pages of a fixed budget of cells, and its first page (about 1 MB) names every outlet.
  const unknown = articles.filter((article) => article.frontmatter.outlet === null);
  expect(unknown.length).toBeGreaterThan(2);
  const labels = articles.map((article) => article.frontmatter.outletLabel);
  expect(new Set(labels).size).toBe(labels.length);
  await page.goto('compare/');
  const boxes = page.locator('input[type="checkbox"]');
  const names = await boxes.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names).size).toBe(names.length);
});

/** The text layouts of issue 16 with their hand-written labels: the headline shown, furniture never reporting. */
const textLayouts = ingestTextFixtures(root).map((file) => ({
  article: articles.find((article) => article.frontmatter.sourceFile === copyName(file))!,
  labels: JSON.parse(readFileSync(join(root, file.replace(/input\.txt$/, 'labels.json')), 'utf8')) as { headline: string | null; furniture: string[] },
  missed: recordedMisses(file, root),
  heldOut: file.includes('/held-out/'),
}));

test('text layouts (PDF print, Markdown, readouts, transcripts, newsletters, …): the page shows the labelled headline, and every labelled furniture line sits in furniture, a label or a photo caption (held out: the headline, unless the first run missed it; development: except recorded known misses, and furniture only where the headline was read right)', async ({ page }) => {
  // One page per text fixture (about ninety): far more than the default 30 s on two busy cores.
  test.setTimeout(300_000);
  const squash = (text: string) => text.replace(/\s+/gu, ' ').trim();
  for (const { article, labels, missed, heldOut } of textLayouts) {
    await page.goto(`articles/${article.frontmatter.id}/`);
    if (labels.headline !== null && !missed.headline) await expect(page.locator('h1').first()).toHaveText(labels.headline);
    const apart = squash(
      await page.locator('.article-text').evaluate((element) =>
        [...element.querySelectorAll('.furniture, .section-label, .related-links, .photo-caption')].map((item) => {
          const clone = item.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.block-label, .sentence-notes').forEach((label) => label.remove());
          return clone.textContent ?? '';
        }).join(' '),
      ),
    );
    // Held-out cases are measured, not fitted: their furniture is checked against the first run's
    // record by the page-fixtures unit test (never in a reporting sentence unless recorded there).
    // So are development cases whose headline is a recorded miss: the top of the file was read
    // wrong, and its furniture lines may stand as the headline or the standfirst.
    if (heldOut || missed.headline) continue;
    // A labelled line under twenty characters may stand inside a sentence of the page (a dateline opening its
    // paragraph, "BRACKMERE --"; a speaker's label, "REPORTER:"): the scorer counts such a line only when it is a
    // sentence of its own, and the page-fixtures unit test checks that. Here: the lines of twenty characters or more.
    for (const line of labels.furniture.filter((line) => !missed.furniture.has(line) && squash(line).length >= 20)) expect(apart, `${article.frontmatter.sourceFile}: ${line}`).toContain(squash(line));
  }
});
