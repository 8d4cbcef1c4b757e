import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

export const projectRoot = join(import.meta.dirname, '..', '..');

/** Frontmatter of every built article, read from the collection the site was built from. */
export function builtArticles(): Array<{ id: string; sourceFile: string; outlet: string | null; headline: string | null; title: string; url: string | null }> {
  const dir = join(projectRoot, 'content', 'articles');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => parse(readFileSync(join(dir, name), 'utf8').split(/^---$/m)[1]!, { version: '1.1' }));
}

export function rawText(sourceFile: string): string {
  return readFileSync(join(projectRoot, 'content', 'raw', sourceFile), 'utf8');
}

/** Fails the test with every WCAG 2.1 A/AA violation axe finds on the page. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}
