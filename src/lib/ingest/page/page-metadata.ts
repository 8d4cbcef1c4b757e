import { z } from 'zod';
import { parseByline } from '../line-shapes.ts';

/** Where on the page a fact was stated, in words a reader of the provenance understands. */
export type MetadataSource =
  | 'JSON-LD'
  | 'OpenGraph tags'
  | 'meta tags'
  | 'canonical link'
  | 'microdata'
  | 'title element'
  | '"saved from" note';

/** One fact the page states about itself, and where it says so. */
export interface Stated<T> {
  value: T;
  source: MetadataSource;
}

/**
 * What a page says about itself in its metadata. A field is absent when the page does not
 * state it; nothing is inferred from the article text or the address.
 */
export interface PageMetadata {
  /** The publisher's name (JSON-LD `publisher.name`, `og:site_name`). */
  outlet?: Stated<string>;
  /** People named as authors (JSON-LD `author` that are not organisations, `<meta name="author">`). */
  authors?: Stated<string[]>;
  /** Publication date as YYYY-MM-DD, the date part as the page writes it (no time-zone conversion). */
  publishedDate?: Stated<string>;
  /** The page's canonical http(s) address. */
  url?: Stated<string>;
  /** The article's headline as the metadata gives it (JSON-LD `headline`, `og:title`, `<title>`). */
  headline?: Stated<string>;
  /** schema.org type of the JSON-LD article node read ("NewsArticle"), when there was one. */
  jsonLdType?: string;
}

/** schema.org types whose node describes the article itself. */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'SatiricalArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
]);

/** Longer values are not names or titles (a page stuffing its metadata); they are ignored. */
const MAX_VALUE_LENGTH = 400;

type JsonObject = Record<string, unknown>;

/**
 * Reads what a page states about itself: schema.org JSON-LD first (a `NewsArticle`, `Article`
 * or kin, found at the top level, in arrays or in `@graph`, with `@id` references followed),
 * then OpenGraph, then plain `<meta>` tags, the canonical link, microdata and, last, the note
 * a browser writes when saving a page (`<!-- saved from url=… -->`). Each field keeps its
 * source. A JSON-LD block that is not valid JSON is skipped, as browsers skip it.
 */
export function readPageMetadata(document: Document, html: string): PageMetadata {
  const metadata: PageMetadata = {};
  const jsonLd = articleNode(document);
  if (jsonLd) {
    metadata.jsonLdType = jsonLd.type;
    const { node, byId } = jsonLd;
    setText(metadata, 'headline', node['headline'] ?? node['name'], 'JSON-LD');
    const publisher = resolve(node['publisher'], byId);
    setText(metadata, 'outlet', Array.isArray(publisher) ? undefined : nameOf(publisher), 'JSON-LD');
    const authors = listOf(node['author'])
      .map((author) => resolve(author, byId))
      .filter((author) => !isOrganisation(author))
      // A typed Person is taken as written; a bare string only when it reads as people's names.
      .flatMap((author) => (typeof author === 'string' ? peopleIn(author) : [nameOf(author)]))
      .filter((name): name is string => name !== undefined);
    if (authors.length > 0) metadata.authors = { value: [...new Set(authors)], source: 'JSON-LD' };
    setDate(metadata, node['datePublished'], 'JSON-LD');
    setUrl(metadata, urlOf(node['url']) ?? urlOf(node['mainEntityOfPage']), 'JSON-LD');
  }

  const meta = (attribute: 'property' | 'name' | 'itemprop', key: string) => metaContent(document, attribute, key);
  setText(metadata, 'outlet', meta('property', 'og:site_name'), 'OpenGraph tags');
  setText(metadata, 'headline', meta('property', 'og:title'), 'OpenGraph tags');
  setDate(metadata, meta('property', 'article:published_time'), 'OpenGraph tags');
  setUrl(metadata, meta('property', 'og:url'), 'OpenGraph tags');

  const authorTags = [meta('property', 'article:author'), meta('name', 'author'), meta('name', 'byl'), meta('name', 'parsely-author'), meta('name', 'dc.creator')];
  for (const tag of authorTags) {
    const names = tag === undefined ? [] : peopleIn(tag);
    if (names.length > 0 && metadata.authors === undefined) metadata.authors = { value: names, source: 'meta tags' };
  }
  setText(metadata, 'headline', meta('name', 'twitter:title'), 'meta tags');
  for (const key of ['publish-date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'parsely-pub-date']) setDate(metadata, meta('name', key), 'meta tags');
  setUrl(metadata, document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), 'canonical link');
  setDate(metadata, meta('itemprop', 'datePublished') ?? document.querySelector('time[itemprop="datePublished"][datetime]')?.getAttribute('datetime'), 'microdata');
  setText(metadata, 'headline', document.querySelector('title')?.textContent, 'title element');
  setUrl(metadata, /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1], '"saved from" note');
  return metadata;
}

/** The JSON-LD node describing the article, with the other nodes by `@id` to follow references. */
function articleNode(document: Document): { node: JsonObject; type: string; byId: Map<string, JsonObject> } | undefined {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collectNodes(parsed, nodes, 0);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const articles = nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type)));
  // A page about one article may also describe others (a list of related items): the one with a headline comes first.
  const chosen = articles.find((node) => typeof node['headline'] === 'string') ?? articles[0];
  if (!chosen) return undefined;
  return { node: chosen, type: typesOf(chosen).find((type) => ARTICLE_TYPES.has(type))!, byId };
}

/** Every object in a JSON-LD value: top level, arrays and `@graph`, a few levels deep. */
function collectNodes(value: unknown, into: JsonObject[], depth: number) {
  if (depth > 4) return;
  if (Array.isArray(value)) for (const item of value) collectNodes(item, into, depth + 1);
  else if (isObject(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) collectNodes(value['@graph'], into, depth + 1);
  }
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

/** A reference `{ "@id": … }` replaced by the node it names, when the page has it. */
function resolve(value: unknown, byId: Map<string, JsonObject>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
  return value;
}

function isOrganisation(value: unknown): boolean {
  return isObject(value) && typesOf(value).some((type) => /Organization$|^NewsMediaOrganization$|^Corporation$/.test(type));
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (isObject(value)) return clean(value['name']);
  return undefined;
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) return typeof value['@id'] === 'string' ? value['@id'] : typeof value['url'] === 'string' ? value['url'] : undefined;
  return undefined;
}

function listOf(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as a page states it, whitespace collapsed; undefined for anything that is not a plausible value. */
function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' || text.length > MAX_VALUE_LENGTH ? undefined : text;
}

function metaContent(document: Document, attribute: 'property' | 'name' | 'itemprop', key: string): string | undefined {
  for (const element of document.querySelectorAll(`meta[${attribute}][content]`)) {
    if (element.getAttribute(attribute)?.toLowerCase() === key) return element.getAttribute('content') ?? undefined;
  }
  return undefined;
}

/** People named in an author tag: "Jane Doe", "Jane Doe, John Roe", "By Jane Doe and John Roe"; never a URL or a desk. */
function peopleIn(value: string): string[] {
  const text = clean(value);
  if (text === undefined || /^https?:/i.test(text)) return [];
  const byline = parseByline(/^by\s/i.test(text) ? text : `By ${text}`);
  return byline ? byline.authors : [];
}

function setText(metadata: PageMetadata, field: 'outlet' | 'headline', value: unknown, source: MetadataSource) {
  const text = clean(value);
  if (metadata[field] === undefined && text !== undefined) metadata[field] = { value: text, source };
}

/** Only a date the page writes in ISO form counts; its date part is kept as written. */
function setDate(metadata: PageMetadata, value: unknown, source: MetadataSource) {
  const date = typeof value === 'string' ? /^\s*(\d{4}-\d{2}-\d{2})(?:$|[T\s])/.exec(value)?.[1] : undefined;
  if (metadata.publishedDate === undefined && date !== undefined && z.iso.date().safeParse(date).success) {
    metadata.publishedDate = { value: date, source };
  }
}

/** Only an absolute http(s) address counts: a relative one would need the page's address, which a saved page does not carry. */
function setUrl(metadata: PageMetadata, value: unknown, source: MetadataSource) {
  if (metadata.url !== undefined || typeof value !== 'string') return;
  const text = value.trim();
  if (!/^https?:\/\//i.test(text) || text.length > 2000) return;
  try {
    metadata.url = { value: new URL(text).href, source };
  } catch {
    // Not a URL: the page does not state one usable here.
  }
}
