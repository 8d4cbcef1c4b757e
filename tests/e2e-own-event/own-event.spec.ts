import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { listFiles } from '../../src/lib/io/list-files.ts';
import { comparisonSchema } from '../../src/lib/schemas/comparison.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';
import { articlePairs } from '../../src/lib/view/compare-table.ts';
import { indexComparison } from '../../src/lib/view/comparison-index.ts';
import { expectNoAxeViolations, projectRoot } from '../e2e/helpers.ts';
import { copyStateFile } from '../e2e-support/copy-state.ts';

/**
 * A copy of the project that starts its own event as the README says: npm run event:new -- --yes,
 * three npm run add of invented articles on a council vote (tests/fixtures/own-event), npm run
 * build. Nothing of the event the project shipped with may be left on any page.
 */
const port = Number(process.env['PREVIEW_PORT'] ?? 4329) + 5;
const { copy, dist } = JSON.parse(readFileSync(copyStateFile(port), 'utf8')) as { copy: string; dist: string };
const fixture = JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'own-event', 'event.json'), 'utf8')) as {
  title: string;
  date: string;
  place: string;
  summary: string;
  articles: Array<{ outlet: string }>;
};
const comparison = comparisonSchema.parse(JSON.parse(readFileSync(join(copy, 'content', 'data', 'comparison.json'), 'utf8')));
const index = indexComparison(comparison, '/');
const [pair] = articlePairs(index.articles, index.claims);

/** Every text file the build wrote (pages, data, search index), read once. */
async function builtTexts(): Promise<Array<{ file: string; text: string }>> {
  const files = (await listFiles(dist)).filter((file) => /\.(?:html|json|csv|txt|xml)$/.test(file));
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

test('the copy holds the new event only: its settings, its three articles, no editor’s files', () => {
  expect(comparison.event).toEqual({ title: fixture.title, date: fixture.date, place: fixture.place, summary: fixture.summary, source: null });
  expect(comparison.articles.map((article) => article.outlet)).toEqual(fixture.articles.map((article) => article.outlet));
  expect(comparison.review).toMatchObject({ reviewedClaims: 0, reviewedSentences: 0, correctedSpeakers: 0 });
  expect(comparison.method['pairModel']).toMatch(/no editor of this event/);
});

test('no word of the shipped event is left anywhere in the build', async () => {
  // What the project shipped with: its outlets, the domains and addresses of its articles, and its event's title.
  const shipped = provenanceSchema.parse(JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'shipped-event', 'provenance.json'), 'utf8')));
  const marks = [
    ...shipped.articles.flatMap((entry) => [entry.outlet, entry.outletDomain, entry.url]),
    ...shipped.articles.map((entry) => entry.sourceFile),
  ].filter((mark): mark is string => typeof mark === 'string' && mark.length >= 4);
  const projectEvent = /^title: (.+)$/m.exec(readFileSync(join(projectRoot, 'content', 'event.yaml'), 'utf8'))?.[1];
  if (projectEvent && projectEvent !== fixture.title) marks.push(projectEvent);
  const found = (await builtTexts()).flatMap(({ file, text }) => marks.filter((mark) => text.includes(mark)).map((mark) => `${file}: ${mark}`));
  expect(found).toEqual([]);
});

test('the built copy passes the dist check, leftovers included', () => {
  const result = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-dist.ts'), '--dist', dist], { encoding: 'utf8', env: { ...process.env, BASE_PATH: '/' } });
  expect(`${result.stdout}${result.stderr}`).toMatch(/no leftovers of another event or state/);
  expect(result.status, result.stdout + result.stderr).toBe(0);
});

test('the overview is headed by the event, with its summary, date and place', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fixture.title);
  await expect(page).toHaveTitle(`${fixture.title} · Parallax`);
  const lede = page.locator('.lede');
  await expect(lede).toContainText(fixture.summary);
  await expect(lede.locator('time')).toHaveAttribute('datetime', fixture.date);
  await expect(lede).toContainText(fixture.place);
});

test('the method page says the machine is not measured on this event and shows the corpus figures as such', async ({ page }) => {
  await page.goto('about/');
  await expect(page).toHaveTitle(`Method · ${fixture.title} · Parallax`);
  await expect(page.locator('main')).toContainText('The machine is not measured on this event');
  await expect(page.locator('#corpus')).toHaveText('On events it has never seen');
  await expect(page.locator('main')).toContainText('no editor of this event');
  await expect(page.locator('main')).toContainText(fixture.title);
});

/** A few pages of different kinds, to keep the run short (the main site's tests cover every template). */
const pages = [
  { name: 'overview', path: '' },
  { name: 'side by side', path: 'compare/' },
  { name: 'a claim', path: `claims/${index.claims.find((claim) => claim.coverage !== 'single')?.key ?? index.claims[0]!.key}/` },
  { name: 'an article', path: `articles/${index.articles[0]!.id}/` },
  { name: 'a pair', path: `compare/${pair![0].id}/${pair![1].id}/` },
  { name: 'method', path: 'about/' },
];

for (const target of pages) {
  test(`${target.name} (/${target.path}): no accessibility violations, and its title names the event`, async ({ page }) => {
    await page.goto(target.path);
    await expect(page).toHaveTitle(new RegExp(`${fixture.title} · Parallax$`));
    await expectNoAxeViolations(page);
  });
}
