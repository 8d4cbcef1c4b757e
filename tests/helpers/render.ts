import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ingestArticles, type IngestedArticle } from '../../src/lib/ingest/ingest-articles.ts';
import { articleMarkdownOptions } from '../../src/lib/markdown/pipeline.ts';
import { provenanceSchema } from '../../src/lib/schemas/provenance.ts';

export const projectRoot = join(import.meta.dirname, '..', '..');
/** Real-world article files, frozen (the shipped event's, whatever content/ now holds): tests/fixtures/shipped-event/. */
export const shippedFixture = join(projectRoot, 'tests', 'fixtures', 'shipped-event');
export const rawDir = join(shippedFixture, 'raw');

/** The frozen real-world article files, by name. */
export function rawFiles() {
  return readdirSync(rawDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(rawDir, name))) }));
}

/** The frozen real-world articles, ingested exactly as `npm run ingest` does. */
export function ingestRealArticles(): IngestedArticle[] {
  const provenance = provenanceSchema.parse(JSON.parse(readFileSync(join(shippedFixture, 'provenance.json'), 'utf8')));
  const result = ingestArticles(rawFiles(), provenance);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.articles;
}

let processor: ReturnType<typeof createMarkdownProcessor> | undefined;

/** Renders an article's Markdown (frontmatter allowed) with Astro's processor and our options. */
export async function renderArticleHtml(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ ...articleMarkdownOptions, syntaxHighlight: false });
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return (await (await processor).render(body)).code;
}

/** Text a reader sees of article text: everything except the labels the page adds. */
export function articleTextOf(html: string): string {
  let text = '';
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') text += node.value;
    if (node.type === 'element' && classes(node).includes('block-label')) return;
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return text;
}

/** Every element of the rendered HTML, in document order. */
export function elementsOf(html: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') out.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(fromHtml(html, { fragment: true }));
  return out;
}

export function classes(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** A string without any whitespace: what "nothing lost" compares. */
export function withoutSpace(text: string): string {
  return text.replace(/\s+/gu, '');
}
