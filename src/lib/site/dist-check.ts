import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { EventSettings } from '../schemas/event.ts';

/** A built HTML page: its URL path (with the base path) and its markup. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** One thing wrong with the built site, on one page. */
export interface DistProblem {
  page: string;
  problem: string;
}

/** What the checker needs to know about the site as a whole. */
export interface DistFacts {
  /** URL paths of every file in the build (`/base/data/comparison.json`, `/base/index.html`, …). */
  files: ReadonlySet<string>;
  /** Ids present on each page, by the page's URL path (filled by `collectIds`). */
  ids: ReadonlyMap<string, ReadonlySet<string>>;
  /** The policy every page must carry in its CSP meta tag. */
  contentSecurityPolicy: string;
  /** Origin the site is served from, to recognise absolute links to itself (e.g. `https://example.org`), if known. */
  origin?: string;
}

/** `<link rel>` values that make the browser fetch something (canonical, alternate, … do not). */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'preload', 'modulepreload', 'prefetch', 'manifest', 'apple-touch-icon', 'preconnect', 'dns-prefetch']);

/** Resource attributes: loading these from another host would be a request to that host. */
const RESOURCE_ATTRIBUTES: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  embed: ['src'],
  object: ['data'],
};

/** The ids of every element of a page. */
export function collectIds(html: string): Set<string> {
  const ids = new Set<string>();
  walk(fromHtml(html), (element) => {
    const id = element.properties['id'];
    if (typeof id === 'string') ids.add(id);
  });
  return ids;
}

/**
 * Checks one built page: every internal link and resource resolves to a file of the build
 * (and every `#fragment` to an id on its page); no resource comes from another host (links to
 * other sites are fine, loading from them is not); the CSP meta tag is present and exact;
 * nothing runs inline (no `<script>` without `src`, no `on…=` handlers, no `javascript:`
 * URLs) and nothing is styled inline (no `<style>`, no `style=`).
 */
export function checkPage(page: BuiltPage, facts: DistFacts): DistProblem[] {
  const problems: string[] = [];
  const tree = fromHtml(page.html);
  let policy: string | undefined;
  walk(tree, (element) => {
    const name = element.tagName;
    const properties = element.properties;
    if (name === 'meta' && String(properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy') policy = String(properties['content'] ?? '');
    if (name === 'script' && !properties['src'] && !/json/.test(String(properties['type'] ?? ''))) problems.push('has an inline <script>');
    if (name === 'style') problems.push('has an inline <style> element');
    for (const key of Object.keys(properties)) {
      if (/^on[A-Z]/.test(key)) problems.push(`has an inline event handler (${key.toLowerCase()}) on <${name}>`);
    }
    if (properties['style'] !== undefined) problems.push(`has an inline style attribute on <${name}>`);
    for (const attribute of RESOURCE_ATTRIBUTES[name] ?? []) {
      const value = properties[attribute];
      if (typeof value !== 'string' || value === '') continue;
      for (const url of attribute === 'srcSet' ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [value]) {
        problems.push(...checkUrl(url, page.path, facts, true));
      }
    }
    if (name === 'link' && typeof properties['href'] === 'string') {
      const rels = Array.isArray(properties['rel']) ? properties['rel'].map(String) : [];
      problems.push(...checkUrl(properties['href'], page.path, facts, rels.some((rel) => LOADING_RELS.has(rel.toLowerCase()))));
    }
    if (name === 'a' && typeof properties['href'] === 'string') problems.push(...checkUrl(properties['href'], page.path, facts, false));
  });
  if (policy === undefined) problems.push('has no Content-Security-Policy meta tag');
  else if (policy !== facts.contentSecurityPolicy) problems.push(`has a different Content-Security-Policy: "${policy}"`);
  return [...new Set(problems)].map((problem) => ({ page: page.path, problem }));
}

/**
 * Checks a link the site makes outside HTML (a search result, a sentence anchor in the data):
 * the page exists and, with a fragment, has that id.
 */
export function checkTarget(url: string, from: string, facts: DistFacts): string[] {
  return checkUrl(url, from, facts, false);
}

function checkUrl(url: string, pagePath: string, facts: DistFacts, isResource: boolean): string[] {
  if (/^javascript:/i.test(url.trim())) return [`links to a javascript: URL`];
  if (/^(?:mailto|tel|data):/i.test(url)) return [];
  let resolved: URL;
  try {
    resolved = new URL(url, `http://site.invalid${pagePath}`);
  } catch {
    return [`has a link that is not a URL: ${url}`];
  }
  const own = resolved.host === 'site.invalid' || (facts.origin !== undefined && resolved.origin === facts.origin);
  if (!own) return isResource ? [`loads a resource from another host: ${url}`] : [];
  const path = decodeURIComponent(resolved.pathname);
  const file = path.endsWith('/') ? `${path}index.html` : path;
  if (!facts.files.has(file)) return [`links to a missing page or file: ${url}`];
  const fragment = decodeURIComponent(resolved.hash.slice(1));
  if (fragment === '' || !file.endsWith('.html')) return [];
  const target = path.endsWith('/') ? path : path.replace(/index\.html$/, '');
  const ids = facts.ids.get(target);
  return ids?.has(fragment) ? [] : [`links to a missing anchor: ${url}`];
}

function walk(node: Root | RootContent, visit: (element: Element) => void) {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
  if (node.type === 'element' && node.tagName === 'template' && node.content) walk(node.content, visit);
}

/** What the current `content/` holds, as the leftovers check compares a build with it. */
export interface CurrentContent {
  /** `content/event.yaml`. */
  event: EventSettings;
  /** Every article of `content/raw` as ingested now: its id and every string of its blocks. */
  articles: ReadonlyArray<{ id: string; texts: readonly string[] }>;
  /** The editor's claim files now: slug and title. */
  claimFiles: ReadonlyArray<{ slug: string; title: string }>;
}

/** What a build published, as far as the leftovers check reads it (`data/comparison.json` and the pages). */
export interface PublishedContent {
  /** The build's `data/comparison.json`, as much of it as is checked. */
  comparison: {
    event: unknown;
    articles: ReadonlyArray<{ id: string }>;
    sentences: ReadonlyArray<{ id: string; articleId: string; text: string }>;
    claims: ReadonlyArray<{ id: string; label: string; reviewed: boolean }>;
    figures: ReadonlyArray<{ mentions: ReadonlyArray<{ articleId: string; text: string }> }>;
  };
  /** The article pages built (`articles/<id>/`): their ids. */
  articlePages: readonly string[];
  /** Each page's URL path and `<title>`. */
  titles: ReadonlyArray<{ page: string; title: string }>;
}

/** At most this many problems of one kind are listed; the rest are counted in one more line. */
const LEFTOVERS_LISTED = 5;

const spaceless = (text: string) => text.replace(/\s+/gu, '');
const excerpt = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * The leftovers check: everything a build shows of an event (its name, articles, sentences,
 * claims and figures) must be in the current `content/`. A build made before `event:new`, an
 * article removed, a claim file renamed or an event retitled without building again, or an
 * analysis run on other files, each fail here with a line naming what is left over.
 */
export function findLeftovers(published: PublishedContent, current: CurrentContent): DistProblem[] {
  const problems: DistProblem[] = [];
  const data = 'data/comparison.json';
  const expectedEvent = JSON.stringify(current.event);
  if (JSON.stringify(published.comparison.event) !== expectedEvent) {
    const named = (published.comparison.event as { title?: unknown } | null)?.title;
    problems.push({ page: data, problem: `its event (${typeof named === 'string' ? excerpt(named) : 'none'}) is not the one content/event.yaml describes (${excerpt(current.event.title)}); build again` });
  }
  const untitled = published.titles.filter(({ title }) => !title.includes(current.event.title));
  problems.push(...capped(untitled.map(({ page }) => ({ page, problem: `its title does not name the event of content/event.yaml (${excerpt(current.event.title)})` })), 'more pages whose title does not name the event'));

  const textOf = new Map(current.articles.map((article) => [article.id, spaceless(article.texts.join(''))]));
  const articleIds = new Set(published.comparison.articles.map((article) => article.id));
  const strayArticles = [...new Set([...articleIds, ...published.articlePages])].filter((id) => !textOf.has(id)).sort();
  problems.push(...capped(strayArticles.map((id) => ({ page: `articles/${id}/`, problem: 'shows an article that is not in content/raw now' })), 'more articles not in content/raw'));
  const missingArticles = [...textOf.keys()].filter((id) => !articleIds.has(id)).sort();
  problems.push(...missingArticles.map((id) => ({ page: data, problem: `has no article ${id}, which content/raw holds now; build again` })));

  const inArticle = (articleId: string, text: string) => textOf.get(articleId)?.includes(spaceless(text)) ?? false;
  const straySentences = published.comparison.sentences.filter((sentence) => textOf.has(sentence.articleId) && !inArticle(sentence.articleId, sentence.text));
  problems.push(...capped(straySentences.map((sentence) => ({ page: data, problem: `shows sentence ${sentence.id}, ${excerpt(sentence.text)}, which its article in content/raw no longer has` })), 'more sentences not in content/raw'));
  const strayFigures = published.comparison.figures.flatMap((figure) => figure.mentions).filter((mention) => textOf.has(mention.articleId) && !inArticle(mention.articleId, mention.text));
  problems.push(...capped(strayFigures.map((mention) => ({ page: data, problem: `shows a figure, ${excerpt(mention.text)}, that its article in content/raw does not give` })), 'more figures not in content/raw'));

  const titleOf = new Map(current.claimFiles.map((file) => [file.slug, file.title]));
  const strayClaims = published.comparison.claims.filter((claim) => claim.reviewed && titleOf.get(claim.id) !== claim.label);
  problems.push(
    ...capped(
      strayClaims.map((claim) => ({
        page: `claims/${claim.id}/`,
        problem: titleOf.has(claim.id) ? `shows the claim title ${excerpt(claim.label)}, but content/claims/${claim.id}.md now says ${excerpt(titleOf.get(claim.id)!)}` : `shows a reviewed claim with no file content/claims/${claim.id}.md now`,
      })),
      'more claims not in content/claims',
    ),
  );
  return problems;
}

/** The first few problems of one kind, then one line counting the rest. */
function capped(problems: DistProblem[], rest: string): DistProblem[] {
  if (problems.length <= LEFTOVERS_LISTED) return problems;
  return [...problems.slice(0, LEFTOVERS_LISTED), { page: '…', problem: `${problems.length - LEFTOVERS_LISTED} ${rest}` }];
}

/** Every string inside a value (an article's blocks), in order. */
export function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}
