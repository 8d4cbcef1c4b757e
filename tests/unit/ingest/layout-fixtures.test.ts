import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticles } from '../../../src/lib/analysis/analyze.ts';
import { blockSource } from '../../../src/lib/ingest/article-stats.ts';
import { ingestArticles, type IngestedArticle } from '../../../src/lib/ingest/ingest-articles.ts';
import { FURNITURE_BLOCKS } from '../../../src/lib/markdown/nodes.ts';
import { readArticleSentences } from '../../../src/lib/markdown/pipeline.ts';
import { FURNITURE_BLOCK_TYPES, type ArticleBlockType } from '../../../src/lib/schemas/article-block.ts';
import { buildSearchRecords } from '../../../src/lib/search/records.ts';
import { articleTextOf, projectRoot, renderArticleHtml, withoutSpace } from '../../helpers/render.ts';

/**
 * Fixture folders in the style of the unified collective: `tests/fixtures/layouts/<case>/input.txt`
 * is an invented article in a layout the five real files do not use; `expected.json` holds the
 * blocks and frontmatter metadata the ingest reads from it. A missing expected file is written
 * out; `UPDATE=1` rewrites them all. Review the diff like code.
 */
const root = join(projectRoot, 'tests', 'fixtures', 'layouts');
const update = process.env['UPDATE'] === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const inputOf = (name: string) => new Uint8Array(readFileSync(join(root, name, 'input.txt')));

function ingestCase(name: string): IngestedArticle {
  const result = ingestArticles([{ name: `${name}.txt`, bytes: inputOf(name) }], { articles: [] }, 'tests/fixtures/layouts');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.articles[0]!;
}

const bodyOf = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

describe.each(cases)('layout fixture %s', (name) => {
  const article = ingestCase(name);

  it('reads the blocks and metadata in expected.json', () => {
    const { authors, place, agency } = article.frontmatter;
    const actual = { authors, place, agency, blocks: article.blocks };
    const path = join(root, name, 'expected.json');
    if (update || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });

  it('keeps every non-space character of the file once, in order: in the blocks and on the page', async () => {
    const text = new TextDecoder().decode(inputOf(name)).replace(/^\uFEFF/, '');
    expect(withoutSpace(article.blocks.flatMap(blockSource).join(''))).toBe(withoutSpace(text));
    const html = await renderArticleHtml(article.markdown);
    expect(withoutSpace(articleTextOf(html))).toBe(withoutSpace(text));
  });

  it('labels every piece of furniture on the page', async () => {
    const html = await renderArticleHtml(article.markdown);
    const furniture = article.blocks.filter((block) => (FURNITURE_BLOCK_TYPES as readonly string[]).includes(block.type) && block.type !== 'related-links');
    expect(html.match(/<p class="furniture [^"]+"[^>]*><span class="block-label">[^<]+<\/span>/g) ?? []).toHaveLength(furniture.length);
  });
});

/**
 * What each layout must contain, checked apart from expected.json so that regenerating the
 * expectations cannot quietly accept a regression.
 */
const LAYOUTS: Array<{
  name: string;
  kinds: Partial<Record<ArticleBlockType, number>>;
  authors: string[];
  place: string | null;
  agency: string | null;
}> = [
  {
    name: 'wire-copy',
    kinds: { headline: 1, byline: 1, timestamp: 2, dateline: 1, ad: 1, list: 1, 'related-links': 1, 'reporting-credit': 1, 'key-points': 0 },
    authors: ['Jana Roeder', 'Tomas Brenner'],
    place: 'MOSCOW/WASHINGTON',
    agency: 'Northwind Wire',
  },
  {
    name: 'live-blog',
    kinds: { headline: 1, 'key-points': 1, list: 1, timestamp: 6, 'social-post': 1, ad: 1, 'related-links': 1 },
    authors: [],
    place: null,
    agency: null,
  },
  {
    name: 'qa-explainer-crlf',
    kinds: { headline: 1, byline: 1, timestamp: 1, subheading: 4, 'pull-quote': 1, list: 1, 'related-links': 1 },
    authors: ['Selma Quist'],
    place: null,
    agency: null,
  },
  {
    name: 'transcript-interview',
    kinds: { headline: 1, turn: 10, boilerplate: 3 },
    authors: [],
    place: null,
    agency: null,
  },
  {
    name: 'newsletter-paste',
    kinds: { headline: 1, byline: 1, timestamp: 1, list: 1, 'key-points': 0, boilerplate: 7 },
    authors: ['Colm Ferris'],
    place: null,
    agency: null,
  },
  {
    name: 'photo-gallery',
    kinds: { headline: 1, byline: 1, 'photo-caption': 4, 'photo-credit': 4, boilerplate: 6, ad: 1, 'related-links': 1 },
    authors: ['Ana Moretti'],
    place: null,
    agency: null,
  },
  {
    name: 'opinion-with-posts',
    kinds: { headline: 1, byline: 1, 'pull-quote': 1, 'social-post': 2, list: 1, ad: 2, 'related-links': 1, boilerplate: 1 },
    authors: ['Hanne Vik'],
    place: null,
    agency: null,
  },
];

describe('layouts', () => {
  it('covers every fixture folder, and at least six layouts', () => {
    expect(LAYOUTS.map((layout) => layout.name).sort()).toEqual(cases);
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  it('has a fixture with CRLF line endings', () => {
    expect(new TextDecoder().decode(inputOf('qa-explainer-crlf'))).toMatch(/\r\n/);
  });

  it.each(LAYOUTS)('$name: the structures of its layout', ({ name, kinds, authors, place, agency }) => {
    const article = ingestCase(name);
    const counts = article.frontmatter.blockCounts;
    for (const [kind, count] of Object.entries(kinds)) expect(counts[kind as ArticleBlockType], kind).toBe(count);
    expect(article.frontmatter).toMatchObject({ authors, place, agency });
  });

  it('live blog: each entry opens with its time, and the summary inside an entry is a plain list', () => {
    const blocks = ingestCase('live-blog').blocks;
    const entries = blocks.filter((block) => block.type === 'timestamp' && block.opensEntry);
    expect(entries.map((block) => block.type === 'timestamp' && block.time)).toEqual(['19:05', '18:40', '18:12', '17:31', '17:02']);
    const list = blocks.findIndex((block) => block.type === 'list');
    expect(blocks.slice(0, list).some((block) => block.type === 'timestamp' && block.opensEntry)).toBe(true);
  });

  it('posts pasted as cards keep their author, handle, date and time', () => {
    const posts = ingestCase('opinion-with-posts').blocks.filter((block) => block.type === 'social-post');
    expect(posts.map((post) => post.type === 'social-post' && post.attribution)).toEqual([
      { text: '7:12 PM · Mar 18, 2025', author: 'Jonas Brandt', handle: '@jonasbrandt.example.social', date: 'Mar 18, 2025', time: '7:12 PM' },
      { text: '7:40 PM · Mar 18, 2025', author: 'Lena Okafor', handle: '@LenaOkaforNews', date: 'Mar 18, 2025', time: '7:40 PM' },
    ]);
  });
});

describe('furniture never reaches the analysis or the search index', () => {
  const articles = cases.map((name) => {
    const article = ingestCase(name);
    const { id, sourceFile, outlet, headline, url, title, outletLabel, provenanceBasis, publishedDate } = article.frontmatter;
    return {
      id,
      sourceFile,
      outlet,
      headline,
      url,
      title,
      outletLabel,
      provenanceBasis,
      publishedDate,
      sentences: readArticleSentences(bodyOf(article.markdown), article.fileName),
    };
  });
  const comparison = analyzeArticles(articles);
  const furniture = new Set(comparison.sentences.filter((sentence) => FURNITURE_BLOCKS.has(sentence.block)).map((sentence) => sentence.id));

  it('has furniture sentences to check, none of them reporting', () => {
    expect(furniture.size).toBeGreaterThan(40);
    for (const sentence of comparison.sentences) if (furniture.has(sentence.id)) expect(sentence.reporting, sentence.text).toBe(false);
  });

  it('no claim, quote or figure is made of furniture', () => {
    for (const claim of comparison.claims) for (const id of claim.sentenceIds) expect(furniture.has(id), id).toBe(false);
    for (const quote of comparison.quotes) for (const id of quote.sentenceIds) expect(furniture.has(id), id).toBe(false);
    for (const figure of comparison.figures) for (const mention of figure.mentions) expect(furniture.has(mention.sentenceId)).toBe(false);
  });

  it('no name comes from a byline or a credit', () => {
    const names = comparison.entities.flatMap((entity) => entity.variants);
    for (const reporter of ['Jana Roeder', 'Tomas Brenner', 'Paul Ostrander', 'Ilse Marr', 'Selma Quist', 'Colm Ferris', 'Ana Moretti', 'Kai Lindqvist']) {
      expect(names, reporter).not.toContain(reporter);
    }
  });

  it('no search record is furniture', () => {
    const ids = new Set(buildSearchRecords(comparison).map((record) => record.id));
    for (const id of furniture) expect(ids.has(id), id).toBe(false);
  });

  it('the pull quote is not a second quote', () => {
    const pull = comparison.sentences.find((sentence) => sentence.block === 'pull-quote' && sentence.text.startsWith('"A pause'))!;
    expect(pull.quoteIds).toEqual([]);
  });
});
