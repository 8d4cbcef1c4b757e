import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { parse } from 'yaml';

export const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * Whether the site was built from the event the project shipped with: every article file of
 * tests/fixtures/shipped-event/raw is in content/raw, byte for byte. The page tests written for
 * those articles (their claims, reviews, quotes, searches) run only then; after npm run
 * event:new the own-event browser tests check a new event's pages instead.
 */
export const shippedEventBuilt: boolean = (() => {
  const frozen = join(projectRoot, 'tests', 'fixtures', 'shipped-event', 'raw');
  const current = join(projectRoot, 'content', 'raw');
  return readdirSync(frozen).every((name) => existsSync(join(current, name)) && readFileSync(join(current, name)).equals(readFileSync(join(frozen, name))));
})();

/** Why a test is skipped on another event's site. */
export const SHIPPED_ONLY = 'written for the articles the project shipped with (content/ now holds another event)';

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
