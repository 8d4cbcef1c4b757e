import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** What one page costs a reader, in gzip bytes. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  /** Scripts the page loads up front: its `<script src>` and everything they import statically. */
  js: number;
  /** URL paths of those scripts, to tell site-wide scripts from a page's own. */
  scripts: string[];
  /** Scripts only imported on demand (`import()`), such as the search engine. */
  lazyJs: number;
}

/** gzip size of the given scripts, each counted once. */
export function scriptsSize(urls: Iterable<string>, readAsset: (url: string) => Uint8Array | undefined): number {
  return [...new Set(urls)].reduce((total, url) => total + (readAsset(url) ? gzipSize(readAsset(url)!) : 0), 0);
}

/** gzip size of some bytes at the default level, as most static hosts serve them. */
export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes).length;
}

const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/**
 * Measures pages: gzip size of the HTML, of the stylesheets it links, and of the scripts it
 * loads, following static `import` statements between script files (each file counted once)
 * and listing separately what is only imported dynamically. `readAsset` returns a file of the
 * build by its URL path, or undefined.
 */
export function pageWeights(pages: ReadonlyArray<{ path: string; html: string }>, readAsset: (url: string) => Uint8Array | undefined): PageWeight[] {
  return pages.map((page) => {
    const styles: string[] = [];
    const scripts: string[] = [];
    walk(fromHtml(page.html), (element) => {
      const rel = Array.isArray(element.properties['rel']) ? element.properties['rel'].map(String) : [];
      const href = element.properties['href'];
      const src = element.properties['src'];
      if (element.tagName === 'link' && rel.includes('stylesheet') && typeof href === 'string') styles.push(resolve(href, page.path));
      if (element.tagName === 'link' && rel.includes('modulepreload') && typeof href === 'string') scripts.push(resolve(href, page.path));
      if (element.tagName === 'script' && typeof src === 'string') scripts.push(resolve(src, page.path));
    });
    const eager = new Set<string>();
    const lazy = new Set<string>();
    const queue = [...scripts];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (eager.has(url)) continue;
      const bytes = readAsset(url);
      if (!bytes) continue;
      eager.add(url);
      const source = Buffer.from(bytes).toString('utf8');
      for (const match of source.matchAll(STATIC_IMPORT)) queue.push(resolve(match[1]!, url));
      for (const match of source.matchAll(DYNAMIC_IMPORT)) lazy.add(resolve(match[1]!, url));
    }
    const sum = (urls: Iterable<string>) => scriptsSize(urls, readAsset);
    return {
      path: page.path,
      html: gzipSize(page.html),
      css: sum(new Set(styles)),
      js: sum(eager),
      scripts: [...eager].sort(),
      lazyJs: sum([...lazy].filter((url) => !eager.has(url))),
    };
  });
}

function resolve(url: string, from: string): string {
  return new URL(url, `http://site.invalid${from}`).pathname;
}

function walk(node: Root | RootContent, visit: (element: Element) => void) {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}
