import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

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
