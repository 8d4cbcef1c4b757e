// Checks the built site in dist/: valid HTML (html-validate), no broken internal link or anchor
// (including every sentence anchor the data and search point to), no resource from another
// host, the Content-Security-Policy on every page and nothing inline; and no leftovers: every
// event name, article, sentence, claim and figure the build shows is in the content/ beside it.
// Usage: node scripts/check-dist.ts [--dist DIR] [--base /path/] [--content DIR]
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { checkPage, checkTarget, collectIds, findLeftovers, stringsOf, type DistProblem } from '../src/lib/site/dist-check.ts';
import { EVENT_FILE, readEventSettings } from '../src/lib/event/event-settings.ts';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { readRawFolderIfAny } from '../src/lib/io/read-raw-folder.ts';
import { readClaimFiles } from '../src/lib/review/claim-files.ts';
import { EMPTY_PROVENANCE, provenanceSchema } from '../src/lib/schemas/provenance.ts';
import { CONTENT_SECURITY_POLICY } from '../src/lib/site/security-policy.ts';
import { articlePath, claimPath, comparePath, withBase } from '../src/lib/site/paths.ts';
import { listFiles } from '../src/lib/io/list-files.ts';
import { INDEX_ENTRY, publishedRecords } from '../src/lib/search/index-files.ts';
import type { Comparison } from '../src/lib/schemas/comparison.ts';
import { indexComparison } from '../src/lib/view/comparison-index.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: resolve(root, 'dist') },
    base: { type: 'string', default: process.env['BASE_PATH'] || '/' },
    /** The content the build must show: by default the folder beside dist/ (a copy's own). */
    content: { type: 'string' },
  },
});
const contentDir = values.content ?? join(dirname(resolve(values.dist)), 'content');
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

const files = await listFiles(values.dist);
const urlOf = (file: string) => `${base}${relative(values.dist, file).split('\\').join('/')}`;
const pages = await Promise.all(
  files.filter((file) => file.endsWith('.html')).map(async (file) => ({ path: urlOf(file).replace(/index\.html$/, ''), html: await readFile(file, 'utf8') })),
);
const facts = {
  files: new Set(files.map(urlOf)),
  ids: new Map(pages.map((page) => [page.path, collectIds(page.html)] as const)),
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  ...(process.env['SITE_URL'] ? { origin: new URL(process.env['SITE_URL']).origin } : {}),
};

const problems: DistProblem[] = pages.flatMap((page) => checkPage(page, facts));
// html-validate's recommended rules, except those that judge wording rather than markup.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
for (const page of pages) {
  const report = await validator.validateString(page.html, page.path);
  for (const message of report.results.flatMap((result) => result.messages)) {
    problems.push({ page: page.path, problem: `invalid HTML (${message.ruleId}, line ${message.line}): ${message.message}` });
  }
}
// Links made outside HTML: every sentence of the published data and every search result must
// land on its page and anchor (the same path functions the pages and the search client use).
let targets = 0;
const target = (source: string, path: string) => {
  targets++;
  for (const problem of checkTarget(withBase(base, path), base, facts)) problems.push({ page: source, problem });
};
const comparison = files.find((file) => file.endsWith(join('data', 'comparison.json')));
if (comparison) {
  const data = JSON.parse(await readFile(comparison, 'utf8')) as Comparison;
  for (const sentence of data.sentences) target('data/comparison.json', articlePath(sentence.articleId, sentence.anchor));
  // Each claim's row on the side-by-side page the pages place it on (the table has pages of a fixed budget of cells).
  const placed = indexComparison(data, base);
  for (const claim of data.claims) {
    target('data/comparison.json', comparePath(claim.id, placed.claimByKey.get(claim.id)?.comparePage ?? 1));
    target('data/comparison.json', claimPath(claim.id));
  }
}
const searchIndex = files.find((file) => file.endsWith(join('search', INDEX_ENTRY)));
if (searchIndex) {
  // The index's schemas are checked on the way, and a split index's every part must be there.
  const folder = dirname(searchIndex);
  for (const record of publishedRecords((path) => readFileSync(join(folder, path), 'utf8'))) {
    if (record.type === 'claim') target('search/index.json', comparePath(record.id, record.comparePage));
    else if (record.type === 'sentence' || record.type === 'quote') target('search/index.json', articlePath(record.articleId, record.anchor));
  }
}

// Leftovers: what the build shows must be what content/ holds now (another event's, or an older
// state's, text is a failure). The articles are ingested in memory from content/raw, as the build does.
if (comparison) {
  const shownContent = relative(process.cwd(), contentDir) || '.';
  const event = await readEventSettings(join(contentDir, EVENT_FILE), `${shownContent}/${EVENT_FILE}`);
  const provenanceText = await readFile(join(contentDir, 'provenance.json'), 'utf8').catch(() => JSON.stringify(EMPTY_PROVENANCE));
  const raw = await readRawFolderIfAny(join(contentDir, 'raw'), `${shownContent}/raw`);
  const ingested = raw.files.length === 0 ? { ok: true as const, articles: [] } : ingestArticles(raw.files, provenanceSchema.parse(JSON.parse(provenanceText)), `${shownContent}/raw`);
  if (!ingested.ok) {
    for (const line of ingested.problems) problems.push({ page: `${shownContent}/raw`, problem: line });
  } else {
    const { claims } = await readClaimFiles(join(contentDir, 'claims'));
    const data = JSON.parse(await readFile(comparison, 'utf8'));
    const articlePages = [...new Set(files.map(urlOf).flatMap((url) => /^\/?(?:.*\/)?articles\/([^/]+)\/index\.html$/.exec(url.slice(base.length - 1))?.[1] ?? []))];
    const titles = pages.map((page) => {
      const element = /<title>[\s\S]*?<\/title>/.exec(page.html)?.[0];
      return { page: page.path, title: element ? toString(fromHtml(element, { fragment: true })) : '' };
    });
    const found = findLeftovers(
      { comparison: data, articlePages, titles },
      {
        event,
        articles: ingested.articles.map((article) => ({ id: article.frontmatter.id, texts: stringsOf(article.blocks) })),
        claimFiles: claims.map((claim) => ({ slug: claim.slug, title: claim.title })),
      },
    );
    problems.push(...found);
  }
}

if (problems.length > 0) {
  for (const { page, problem } of problems) console.error(`${page}: ${problem}`);
  console.error(`check    ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), values.dist) || '.'}`);
  process.exit(1);
}
console.log(
  `check    ${pages.length} pages and ${files.length} files: valid HTML, CSP on every page, nothing inline, no other hosts, ` +
    `every link and anchor resolves (${targets} more from the data and the search index), no leftovers of another event or state (${comparison ? `checked against ${relative(process.cwd(), contentDir) || "."}` : "no data to check"}) in ${Math.round(performance.now() - started)} ms`,
);

