import { expect, test } from '@playwright/test';
import { articlePairs } from '../../src/lib/view/compare-table.ts';
import { builtComparison } from './site-pages.ts';
import { SHIPPED_ONLY, shippedEventBuilt } from './helpers.ts';

test.skip(!shippedEventBuilt, SHIPPED_ONLY);

const index = builtComparison();
const comparison = index.comparison;

test.describe('two outlets', () => {
  for (const [first, second] of articlePairs(index.articles)) {
    test(`${first.id} and ${second.id}: both articles in order, shared sentences marked and linked both ways`, async ({ page }) => {
      await page.goto(`compare/${first.id}/${second.id}/`);
      const columns = page.locator('.pair-column');
      await expect(columns).toHaveCount(2);
      await expect(columns.nth(0).locator('.pair-sentence')).toHaveCount(index.sentencesByArticle.get(first.id)!.length);
      await expect(columns.nth(1).locator('.pair-sentence')).toHaveCount(index.sentencesByArticle.get(second.id)!.length);
      const sharedClaims = index.claims.filter((claim) => claim.articleIds.includes(first.id) && claim.articleIds.includes(second.id));
      if (sharedClaims.length === 0) return;
      const shared = columns.nth(0).locator('.pair-sentence.shared');
      expect(await shared.count()).toBeGreaterThan(0);
      await expect(shared.first().locator('.shared-tag')).toHaveText('shared');
      const link = shared.first().locator('.counterparts a').first();
      const target = (await link.getAttribute('href'))!;
      expect(target).toMatch(/^#b-s-/);
      await link.click();
      const counterpart = page.locator(`[id="${target.slice(1)}"]`);
      await expect(counterpart).toBeInViewport();
      expect(await counterpart.evaluate((element) => element.matches(':target'))).toBe(true);
      const back = (await shared.first().getAttribute('id'))!;
      await expect(counterpart.locator(`.counterparts a[href="#${back}"]`)).toHaveCount(1);
    });
  }

  test('shows word-level diffs of sentences worded alike and of quotes both give', async ({ page }) => {
    const [first, second] = [index.articles[0]!, index.articles[1]!];
    await page.goto(`compare/${first.id}/${second.id}/`);
    const alike = page.locator('section[aria-labelledby="alike"] .diff-list > li');
    expect(await alike.count()).toBeGreaterThan(0);
    await expect(alike.first()).toContainText(/\d+% of words in common/);
    const quotes = page.locator('section[aria-labelledby="quotes"] .diff-list > li');
    expect(await quotes.count()).toBeGreaterThan(0);
    await expect(page.locator('section[aria-labelledby="quotes"]').locator('ins, del').first()).toBeVisible();
  });
});

test.describe('claims', () => {
  test('the list names every claim, grouped by how many outlets report it', async ({ page }) => {
    await page.goto('claims/');
    await expect(page.locator('.claims-index > li')).toHaveCount(index.claims.length);
    await page.locator('.claims-index a').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claim 1');
  });

  test('the list marks each claim as reviewed or a machine match', async ({ page }) => {
    await page.goto('claims/');
    const items = page.locator('.claims-index > li');
    for (const [at, claim] of index.claims.entries()) {
      await expect(items.nth(at).locator('.claim-mark')).toHaveText(claim.reviewed ? 'reviewed' : /^machine match, \d+% confidence$/);
    }
  });

  test('a reviewed claim page shows the editor’s title, its mark, its note and the file that corrects it', async ({ page }) => {
    const claim = index.claims.find((candidate) => candidate.reviewed && candidate.note !== null) ?? index.claims.find((candidate) => candidate.reviewed)!;
    await page.goto(`claims/${claim.key}/`);
    await expect(page.locator('blockquote.claim-label p')).toHaveText(claim.label);
    await expect(page.locator('blockquote.claim-label footer')).toHaveText(/^Title written by an editor\.\s*reviewed$/);
    const correct = page.getByRole('region', { name: 'Correct this claim' });
    await expect(correct.locator('code').first()).toHaveText(`content/claims/${claim.id}.md`);
    if (claim.note !== null) {
      const note = page.getByRole('region', { name: "Editor's note" });
      await expect(note.locator('.editor-note')).not.toBeEmpty();
      // The note's first words, Markdown marks aside, are on the page.
      const words = claim.note.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[`*_]/g, '').split(/\s+/).slice(0, 6).join(' ');
      await expect(note.locator('.editor-note')).toContainText(words);
      for (const href of await note.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
        expect(href).toMatch(/^(https?:\/\/|\/)/);
      }
    }
  });

  test('a claim page shows each outlet’s wording diffed against the most common one, its attribution, and who left it out', async ({ page }) => {
    const claim = index.claims.find((candidate) => candidate.coverage === 'several' && candidate.articleIds.length >= 3) ?? index.claims[0]!;
    await page.goto(`claims/${claim.key}/`);
    await expect(page.getByRole('heading', { name: 'Most common wording' })).toBeVisible();
    await expect(page.locator('.outlet-wording')).toHaveCount(claim.articleIds.length);
    await expect(page.locator('.wording-text').locator('ins, del').first()).toBeVisible();
    await expect(page.locator('.wording-meta').first()).toContainText('Relies on');
    const missing = page.locator('section[aria-labelledby="omitted"] li');
    await expect(missing).toHaveCount(claim.missingArticleIds.length);
    await expect(page.locator('.wording-meta a').first()).toHaveAttribute('href', /\/articles\/[^/]+\/#s-/);
  });

  test('a claim with figures outlets give differently lists them', async ({ page }) => {
    const claim = index.claims.find((candidate) => candidate.figureIds.length > 0);
    test.skip(!claim, 'no claim has disagreeing figures');
    await page.goto(`claims/${claim!.key}/`);
    await expect(page.getByRole('heading', { name: 'Figures given differently' })).toBeVisible();
    await expect(page.locator('.figure-table tbody tr')).not.toHaveCount(0);
  });
});

test.describe('quotes', () => {
  test('shows speakers × outlets and every shared quotation with its versions diffed', async ({ page }) => {
    await page.goto('quotes/');
    await expect(page.locator('.speaker-table thead th')).toHaveCount(index.articles.length + 2);
    const speakers = new Set(comparison.quotes.map((quote) => quote.speaker ?? '')).size;
    await expect(page.locator('.speaker-table tbody tr')).toHaveCount(speakers);
    await expect(page.locator('.quote-group')).toHaveCount(comparison.quoteGroups.length);
    const first = page.locator('.quote-group').first();
    await expect(first.locator('.diff-list > li')).toHaveCount(comparison.quoteGroups[0]!.variants.length);
    await expect(first.locator('ins, del').first()).toBeVisible();
  });
});

test.describe('sentences that state no fact', () => {
  const noFact = comparison.sentences.filter((sentence) => sentence.statesNoFact);

  test('the overview and the method page count them apart from the sentences reviewed claims hold', async ({ page }) => {
    test.skip(noFact.length === 0, 'no editor listed a sentence as stating no fact');
    for (const path of ['', 'about/']) {
      await page.goto(path);
      await expect(page.locator('.no-fact-count').first()).toHaveText(`${noFact.length} sentence${noFact.length === 1 ? ' states' : 's state'} no fact`);
    }
  });

  test('an article page marks each as an editor’s finding, with no claim', async ({ page }) => {
    test.skip(noFact.length === 0, 'no editor listed a sentence as stating no fact');
    const articleId = noFact[0]!.articleId;
    await page.goto(`articles/${articleId}/`);
    const marked = page.locator('.sentence-notes .note-no-fact');
    await expect(marked).toHaveCount(noFact.filter((sentence) => sentence.articleId === articleId).length);
    await expect(marked.first()).toHaveText("states no checkable fact (an editor's finding)");
  });
});

test.describe('method', () => {
  test('shows thresholds, evaluation figures, provenance of each file and working data links', async ({ page, request }) => {
    await page.goto('about/');
    for (const key of Object.keys(comparison.method)) await expect(page.locator('.settings-table code', { hasText: new RegExp(`^${key}$`) })).toHaveCount(1);
    await expect(page.locator('.evaluation-table tbody tr')).not.toHaveCount(0);
    await expect(page.locator('.provenance-entry')).toHaveCount(index.articles.length);
    for (const article of comparison.articles) await expect(page.locator('.provenance-entry').filter({ hasText: article.sourceFile })).toHaveCount(1);
    for (const name of ['comparison.json', 'sentences.csv']) {
      const href = (await page.getByRole('link', { name, exact: true }).getAttribute('href'))!;
      expect((await request.get(href)).status()).toBe(200);
    }
    await expect(page.getByRole('heading', { name: 'Known limits' })).toBeVisible();
  });

  test('shows the machine against plain word overlap on the held-out events, and how far to trust its confidence', async ({ page }) => {
    const { readFileSync } = await import('node:fs');
    const corpus = JSON.parse(readFileSync('src/lib/analysis/matcher/corpus-evaluation.json', 'utf8'));
    const heldOut = corpus.events.filter((event: { heldOut: boolean }) => event.heldOut);
    await page.goto('about/');
    const table = page.getByRole('table', { name: 'The machine against plain word overlap, on events it was never fitted or tuned on' });
    await expect(table.locator('tbody tr')).toHaveCount(heldOut.length + 1);
    await expect(table.locator('tbody tr').first().locator('th')).toHaveText(heldOut[0].title);
    await expect(table.locator('tbody tr').last()).toContainText('All held-out events');
    await expect(table.locator('tbody tr').last()).toContainText(`${Math.round(corpus.pooled.machine.f1 * 100)}%`);
    await expect(page.getByRole('heading', { name: 'How far to trust the machine’s confidence' })).toBeVisible();
    const reliability = page.getByRole('table', { name: 'Confidence against how often it was right, on the held-out events' });
    const bins = corpus.pooled.reliability.filter((bin: { count: number }) => bin.count > 0);
    await expect(reliability.locator('tbody tr')).toHaveCount(bins.length);
    await expect(reliability.locator('tbody tr').first()).toContainText(String(bins[0].count));
    if (corpus.ablation.length > 0) await expect(page.getByRole('table', { name: 'Held-out F1 and candidates without each part' }).locator('tbody tr')).toHaveCount(corpus.ablation.length);
    await expect(page.locator('.review-summary').first()).toContainText(`An editor reviewed ${comparison.review.reviewedClaims} of ${comparison.review.claims} claims`);
  });
});

test.describe('article annotations', () => {
  test('each claim sentence says how many other outlets report the claim (linked) or that only this one does', async ({ page }) => {
    const article = index.articles[1]!;
    await page.goto(`articles/${article.id}/`);
    const claimNote = page.locator('.sentence-notes a.note-claim').first();
    await expect(claimNote).toHaveText(/^claim \d+: also in \d+ other outlets? \((reviewed|machine match, \d+% confidence)\)$/);
    const href = (await claimNote.getAttribute('href'))!;
    expect(href).toMatch(/\/claims\/[a-z0-9-]+\/$/);
    await expect(page.locator('.sentence-notes .note-only-here').first()).toHaveText(/only in this outlet/);
    await expect(page.locator('.sentence-notes .note-quote').first()).toHaveText(/^(quote|quoted words)(: |, )/);
    await expect(page.locator('.sentence-notes .note-source').first()).toHaveText(/^source: /);
    await claimNote.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Claim \d+$/);
  });

  test('notes stay out of headings', async ({ page }) => {
    const article = index.articles.find((candidate) => candidate.headline !== null)!;
    await page.goto(`articles/${article.id}/`);
    await expect(page.locator('h1 .sentence-notes, h2 .sentence-notes')).toHaveCount(0);
    await expect(page.locator('.article-text h1 + .sentence-notes')).toHaveCount(1);
  });
});
