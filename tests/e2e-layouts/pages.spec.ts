import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ingestArticles } from '../../src/lib/ingest/ingest-articles.ts';
import { blockTexts } from '../../src/lib/ingest/article-stats.ts';
import { extractArticle } from '../../src/lib/ingest/page/extract-article.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';
import { expectNoAxeViolations } from '../e2e/helpers.ts';
import { copyName, layoutTextFixtures, pageFixtures } from '../e2e-support/layout-fixtures.ts';

/**
 * The saved pages of issue 16 in the "layout-pages" copy (added as `content/raw/900_<case>.html`,
 * playwright.config.ts; the copy has passed the dist check). Each article page shows the
 * article and nothing of the page's chrome, every text node of the extracted article in order,
 * and the provenance read from the page: outlet, authors, date and URL, with the basis.
 */
const root = join(import.meta.dirname, '..', '..');
const rawDir = join(root, 'content', 'raw');
const fixtures = [...layoutTextFixtures(root), ...pageFixtures(root)];
const files = [
  ...(existsSync(rawDir) ? readdirSync(rawDir) : [])
    .filter((name) => name.endsWith('.txt') || name.endsWith('.html'))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(rawDir, name))) })),
  ...fixtures.map((file) => ({ name: copyName(file), bytes: new Uint8Array(readFileSync(join(root, file))) })),
];
const result = ingestArticles(files, provenanceSchema.parse(JSON.parse(readFileSync(join(root, 'content', 'provenance.json'), 'utf8'))));
if (!result.ok) throw new Error(result.problems.join('\n'));
const pages = pageFixtures(root)
  .filter((file) => file.endsWith('.html'))
  .map((file) => ({
    file,
    article: result.articles.find((article) => article.frontmatter.sourceFile === copyName(file))!,
    html: readFileSync(join(root, file), 'utf8'),
    labels: JSON.parse(readFileSync(join(root, file.replace(/input\.html$/, 'labels.json')), 'utf8')) as { furniture: string[] },
  }));

/** The text nodes of the extracted article, whitespace removed, in order. */
function extractedTextNodes(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text' && node.value.replace(/\s+/gu, '') !== '') out.push(node.value.replace(/\s+/gu, ''));
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(extractArticle(html)!.contentHtml, { fragment: true }));
  return out;
}

for (const { file, article, html, labels } of pages) {
  const { id, outlet, authors, publishedDate, url, provenanceBasis } = article.frontmatter;
  test.describe(`saved page ${file}`, () => {
    test('shows every text node of the extracted article in order, nothing of the page chrome, and no accessibility violations', async ({ page }) => {
      await page.goto(`articles/${id}/`);
      const shown = (
        await page.locator('.article-text').evaluate((element) => {
          const clone = element.cloneNode(true) as HTMLElement;
          clone.querySelectorAll('.block-label, .sentence-notes').forEach((node) => node.remove());
          return clone.textContent ?? '';
        })
      ).replace(/\s+/gu, '');
      let from = 0;
      for (const node of extractedTextNodes(html)) {
        const at = shown.indexOf(node, from);
        expect(at, `"${node}" on the page, in order`).toBeGreaterThanOrEqual(0);
        from = at + node.length;
      }
      // Chrome the extractor left out: labelled furniture that is not text of the article's blocks.
      // (A line the blocks hold split in two, a caption and its credit, is the article's too.)
      const blockText = article.blocks.flatMap(blockTexts).join('').replace(/\s+/gu, '');
      for (const line of labels.furniture.filter((text) => text.length >= 15 && !blockText.includes(text.replace(/\s+/gu, '')))) {
        expect(shown, line).not.toContain(line.replace(/\s+/gu, ''));
      }
      await expectNoAxeViolations(page);
    });

    test('shows the provenance read from the page: outlet, authors, date and URL, with the basis', async ({ page }) => {
      await page.goto(`articles/${id}/`);
      const header = page.locator('.article-header');
      if (outlet) await expect(header.locator('.outlet-name')).toContainText(outlet);
      await header.getByText('Where this text comes from').click();
      const provenance = header.locator('.provenance');
      await expect(provenance).toContainText(provenanceBasis!);
      if (url) await expect(provenance.getByRole('link', { name: url })).toHaveAttribute('href', url);
      else await expect(provenance).toContainText('URL unknown');
      if (publishedDate) await expect(provenance).toContainText(publishedDate);
      for (const author of authors) await expect(provenance).toContainText(author);
    });
  });
}

test('a page with JSON-LD: its authors, date and canonical URL, and a basis naming the JSON-LD', async ({ page }) => {
  const { article } = pages.find((candidate) => candidate.file.includes('page-newspaper-cms'))!;
  await page.goto(`articles/${article.frontmatter.id}/`);
  await page.getByText('Where this text comes from').click();
  const provenance = page.locator('.article-header .provenance');
  await expect(provenance).toContainText('Ilse Marrow, Kofi Adjei-Brandt');
  await expect(provenance).toContainText('2025-08-04');
  await expect(provenance).toContainText("from the page's own JSON-LD (schema.org ReportageNewsArticle)");
  await expect(page.locator('.article-text')).not.toContainText('Most viewed');
  await expect(page.locator('.article-text')).not.toContainText('Your privacy choices');
});
