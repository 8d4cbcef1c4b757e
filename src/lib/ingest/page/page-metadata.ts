import { z } from 'zod';
import { parseByline } from '../line-shapes.ts';
import { elementText } from './element-text.ts';

/** Where on the page a fact was stated, in words a reader of the provenance understands. */
export type MetadataSource =
  | 'JSON-LD'
  | 'OpenGraph tags'
  | 'meta tags'
  | 'canonical link'
  | 'microdata'
  | 'time element'
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
  'ScholarlyArticle',
  'TechArticle',
  'Report',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
]);

/** Types of a broadcast's page (a podcast's or a programme's episode, its transcript the text): read when the page describes no article. */
const EPISODE_TYPES = new Set(['PodcastEpisode', 'RadioEpisode', 'TVEpisode', 'Episode']);

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
    setUrl(metadata, urlOf(node['url']) ?? urlOf(resolve(node['mainEntityOfPage'], byId)), 'JSON-LD');
  }

  const meta = (attribute: 'property' | 'name' | 'itemprop', key: string) => metaContent(document, attribute, key);
  const siteName = clean(meta('property', 'og:site_name'));
  // A JSON-LD publisher named by a bare domain or slug ("example-courier.com", "examplecourier")
  // is the site's machine name; when OpenGraph gives the display name a reader would call the
  // outlet ("The Example Courier"), that name is the outlet, and the basis says it came from there.
  if (metadata.outlet?.source === 'JSON-LD' && isBareName(metadata.outlet.value) && siteName !== undefined && !isBareName(siteName)) {
    metadata.outlet = { value: siteName, source: 'OpenGraph tags' };
  }
  setText(metadata, 'outlet', siteName, 'OpenGraph tags');
  setText(metadata, 'headline', meta('property', 'og:title'), 'OpenGraph tags');
  setDate(metadata, meta('property', 'article:published_time'), 'OpenGraph tags');
  setUrl(metadata, meta('property', 'og:url'), 'OpenGraph tags');

  // Dublin Core, as older CMSs and university and government sites write it ("DC.publisher", "dcterms.creator").
  for (const key of ['dc.publisher', 'dcterms.publisher']) setText(metadata, 'outlet', meta('name', key), 'meta tags');
  const authorTags = [meta('property', 'article:author'), meta('name', 'author'), meta('name', 'byl'), meta('name', 'parsely-author'), meta('name', 'dc.creator'), meta('name', 'dcterms.creator')];
  for (const tag of authorTags) {
    const names = tag === undefined ? [] : peopleIn(tag);
    if (names.length > 0 && metadata.authors === undefined) metadata.authors = { value: names, source: 'meta tags' };
  }
  setText(metadata, 'headline', meta('name', 'twitter:title'), 'meta tags');
  for (const key of ['publish-date', 'pubdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date']) setDate(metadata, meta('name', key), 'meta tags');
  setUrl(metadata, document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), 'canonical link');
  readMicrodata(metadata, document);
  const datePublished = [...document.querySelectorAll('meta[itemprop="datePublished" i][content], time[itemprop="datePublished" i][datetime]')].find((element) => !inOtherItem(element));
  setDate(metadata, datePublished?.getAttribute('content') ?? datePublished?.getAttribute('datetime'), 'microdata');
  setDate(metadata, publicationTime(document), 'time element');
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
  for (const types of [ARTICLE_TYPES, EPISODE_TYPES]) {
    const articles = nodes.filter((node) => typesOf(node).some((type) => types.has(type)));
    // A page about one article may also describe others (a list of related items): the one with a headline comes first.
    const chosen = articles.find((node) => typeof node['headline'] === 'string') ?? articles[0];
    if (chosen) return { node: chosen, type: typesOf(chosen).find((type) => types.has(type))!, byId };
  }
  return undefined;
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

/**
 * The address a JSON-LD value gives: a string, or a node's `url`, else its `@id`. An `@id` is the node's name in
 * the graph ("https://…/story/#webpage", as SEO plugins write it), so its fragment is no part of the page's address.
 */
function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  if (typeof value['url'] === 'string') return value['url'];
  return typeof value['@id'] === 'string' ? value['@id'].replace(/#.*$/u, '') : undefined;
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

/** A name written as a machine would: a host name ("courier.example", "www.courier.com") or one lower-case slug ("thecourier", "the-courier"). */
export function isBareName(name: string): boolean {
  const text = name.trim();
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(text) || /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(text);
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

/**
 * The article's schema.org microdata (`itemscope itemtype=".../NewsArticle"` and kin), for pages
 * that state their metadata only in the markup (older CMSs, some WordPress themes): headline,
 * publisher name, authors (people, not organisations), datePublished and mainEntityOfPage or
 * url. A page may hold several article items (teasers of related stories are often marked up
 * as NewsArticle too), so the one holding the page's `<h1>` or its `articleBody` is read, else
 * the first; each property is the item's own, not a nested item's.
 */
function readMicrodata(metadata: PageMetadata, document: Document) {
  const items = [...document.querySelectorAll('[itemscope][itemtype]')].filter((element) => microdataTypes(element).some((type) => ARTICLE_TYPES.has(type)));
  const item =
    items.find((element) => ownProperties(element, 'articleBody').length > 0 || element.querySelector('h1') !== null) ?? items[0];
  if (!item) return;
  const first = (name: string) => ownProperties(item, name)[0];
  setText(metadata, 'headline', textValue(first('headline') ?? first('name')), 'microdata');
  const publisher = first('publisher');
  setText(metadata, 'outlet', publisher === undefined ? undefined : itemName(publisher), 'microdata');
  if (metadata.authors === undefined) {
    const authors = ownProperties(item, 'author')
      .filter((author) => !microdataTypes(author).some((type) => /Organization$|^Corporation$/.test(type)))
      .flatMap((author) => (author.hasAttribute('itemscope') ? [itemName(author)] : peopleIn(textValue(author) ?? '')))
      .filter((name): name is string => name !== undefined);
    if (authors.length > 0) metadata.authors = { value: [...new Set(authors)], source: 'microdata' };
  }
  setDate(metadata, textValue(first('datePublished')), 'microdata');
  setUrl(metadata, textValue(first('mainEntityOfPage')) ?? textValue(first('url')), 'microdata');
}

/** Whether an element belongs to an item that is not the page's (a comment, a review, an event, a list entry): its date is that item's. */
function inOtherItem(element: Element): boolean {
  const item = element.parentElement?.closest('[itemscope]');
  return item !== null && item !== undefined && microdataTypes(item).some((type) => /Comment|Review|Event|Question|Answer|ListItem|Offer|Rating/.test(type));
}

function microdataTypes(element: Element): string[] {
  return (element.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((type) => type.replace(/^(?:https?:\/\/)?schema\.org\//i, ''));
}

/** The elements giving property `name` of the item `root`: not those of an item nested in it. */
function ownProperties(root: Element, name: string): Element[] {
  return [...root.querySelectorAll('[itemprop]')].filter((element) => {
    if (!(element.getAttribute('itemprop') ?? '').split(/\s+/).includes(name)) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (parent === root) return true;
      if (parent.hasAttribute('itemscope')) return false;
    }
    return false;
  });
}

/** A property's value as microdata defines it: `content`, an address, a `datetime`, else the text. */
function textValue(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  if (element.hasAttribute('content')) return element.getAttribute('content') ?? undefined;
  const tag = element.tagName.toLowerCase();
  if (['a', 'link', 'area'].includes(tag)) return element.getAttribute('href') ?? undefined;
  if (tag === 'time' && element.hasAttribute('datetime')) return element.getAttribute('datetime') ?? undefined;
  // The microformats "abbr design pattern": an <abbr> shows a short form ("7:15 AM") and holds the
  // machine-readable value in its title. Blogger themes and older WordPress (hAtom) themes mark
  // their datePublished so; only a title that is an ISO date counts (setDate checks it).
  if (tag === 'abbr' && /^\d{4}-\d{2}-\d{2}/.test(element.getAttribute('title') ?? '')) return element.getAttribute('title') ?? undefined;
  if (element.hasAttribute('itemscope')) return textValue(ownProperties(element, 'url')[0]) ?? element.getAttribute('itemid') ?? undefined;
  return elementText(element);
}

/** The name of an item given as a property (a Person, an Organization), or the property's text. */
function itemName(element: Element): string | undefined {
  if (!element.hasAttribute('itemscope')) return clean(textValue(element));
  const name = ownProperties(element, 'name')[0];
  return clean(name === undefined ? elementText(element) : textValue(name));
}

/**
 * The publication time a page marks in its markup when nothing else states a date: a
 * `<time datetime>` flagged as the publication's (the `pubdate` attribute, a class naming it
 * "published", "pubdate" or "posted", as WordPress themes and older CMSs write it), else the
 * first `<time datetime>` of the article header that holds the page's `<h1>`. Times elsewhere
 * (comments, related stories) are never taken.
 */
function publicationTime(document: Document): string | undefined {
  const flagged = [...document.querySelectorAll('time[datetime]')].find(
    (time) => time.hasAttribute('pubdate') || /(?:^|[\s_-])(?:published|pubdate|posted(?:-on)?|publish-date|date-published)(?:$|[\s_-])/i.test(time.getAttribute('class') ?? ''),
  );
  if (flagged) return flagged.getAttribute('datetime') ?? undefined;
  const heading = document.querySelector('h1');
  const header = heading?.closest('header, [class*="header" i], [class*="head" i]');
  return header?.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
}
