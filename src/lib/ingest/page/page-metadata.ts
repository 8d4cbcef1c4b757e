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
  | 'RDFa'
  | 'microformats'
  | 'time element'
  | 'date line'
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
  'DiscussionForumPosting',
  'MedicalScholarlyArticle',
]);

/** Types of a broadcast's page (a podcast's or a programme's episode, its transcript the text): read when the page describes no article. */
const EPISODE_TYPES = new Set(['PodcastEpisode', 'RadioEpisode', 'TVEpisode', 'Episode']);

/** Types of a plain web page's node: read, last, when the page describes no article or episode but its page node names a date or an author. */
const WEB_PAGE_TYPES = new Set(['WebPage', 'ItemPage']);

/** The node types, in order, whose node describes what the page publishes; a tier's `accepts` says which of its nodes count. */
const NODE_TIERS: { types: Set<string>; accepts: (node: JsonObject) => boolean }[] = [
  { types: ARTICLE_TYPES, accepts: () => true },
  { types: EPISODE_TYPES, accepts: () => true },
  { types: WEB_PAGE_TYPES, accepts: (node) => node['datePublished'] !== undefined || node['author'] !== undefined },
];

/**
 * Types of the journal or paper an article is part of (JSON-LD `isPartOf`), whose name is the outlet when no publisher
 * is named. A `WebSite` is not among them: its name is the site's, which may be a hosting platform's or a newsletter's
 * rather than the outlet's.
 */
const PUBLICATION_TYPES = new Set(['Periodical', 'Newspaper']);

/** Longer values are not names or titles (a page stuffing its metadata); they are ignored. */
const MAX_VALUE_LENGTH = 400;

type JsonObject = Record<string, unknown>;

/**
 * Reads what a page states about itself: schema.org JSON-LD first (a `NewsArticle`, `Article`
 * or kin, found at the top level, in arrays or in `@graph`, with `@id` references followed),
 * then OpenGraph, then plain `<meta>` tags (Dublin Core, Highwire Press `citation_*`, Parse.ly,
 * Sailthru and kin), the canonical link, microdata, RDFa, hAtom/hNews microformats, a `<time>`
 * element, the title and, last, the note a browser writes when saving a page
 * (`<!-- saved from url=… -->`). Each field keeps its source. A JSON-LD block that is not valid
 * JSON is skipped, as browsers skip it.
 */
export function readPageMetadata(document: Document, html: string): PageMetadata {
  const metadata: PageMetadata = {};
  readJsonLd(metadata, document);
  readOpenGraph(metadata, document);
  readMetaTags(metadata, document);
  setUrl(metadata, document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'), 'canonical link');
  readMicrodata(metadata, document);
  const datePublished = [...document.querySelectorAll('meta[itemprop="datePublished" i][content], time[itemprop="datePublished" i][datetime]')].find((element) => !inOtherItem(element));
  setDate(metadata, datePublished?.getAttribute('content') ?? datePublished?.getAttribute('datetime'), 'microdata');
  readRdfa(metadata, document);
  readMicroformats(metadata, document);
  setDate(metadata, publicationTime(document), 'time element');
  setText(metadata, 'headline', document.querySelector('title')?.textContent, 'title element');
  // The name of the web application the page belongs to: often the outlet's, but said with the least weight.
  setText(metadata, 'outlet', metaValues(document, 'application-name')[0], 'meta tags');
  setUrl(metadata, /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 4096))?.[1], '"saved from" note');
  return metadata;
}

/**
 * The article's JSON-LD node: headline, publisher (else the name of the journal it is
 * `isPartOf`), authors (`author`, else `creator`; people, not organisations), `datePublished`
 * (else `dateCreated`) and the address.
 */
function readJsonLd(metadata: PageMetadata, document: Document) {
  const jsonLd = articleNode(document);
  if (!jsonLd) return;
  metadata.jsonLdType = jsonLd.type;
  const { node, byId } = jsonLd;
  setText(metadata, 'headline', node['headline'] ?? node['name'], 'JSON-LD');
  const publisher = resolve(node['publisher'], byId);
  setText(metadata, 'outlet', Array.isArray(publisher) ? undefined : nameOf(publisher), 'JSON-LD');
  if (node['publisher'] === undefined) setText(metadata, 'outlet', publicationName(node, byId), 'JSON-LD');
  const authors = listOf(node['author'] ?? node['creator'])
    .map((author) => resolve(author, byId))
    .filter((author) => !isOrganisation(author))
    // A typed Person is taken as written; a bare string only when it reads as people's names.
    .flatMap((author) => (typeof author === 'string' ? peopleIn(author) : [nameOf(author)]))
    .filter((name): name is string => name !== undefined);
  if (authors.length > 0) metadata.authors = { value: [...new Set(authors)], source: 'JSON-LD' };
  setDate(metadata, node['datePublished'] ?? node['dateCreated'], 'JSON-LD');
  setUrl(metadata, urlOf(node['url']) ?? urlOf(resolve(node['mainEntityOfPage'], byId)), 'JSON-LD');
}

/**
 * The name of the journal or paper a node is part of: its `isPartOf`, followed through the pages,
 * issues and volumes between (article → PublicationIssue → PublicationVolume → Periodical).
 */
function publicationName(node: JsonObject, byId: Map<string, JsonObject>): string | undefined {
  let part = resolve(node['isPartOf'], byId);
  for (let depth = 0; depth < 4 && isObject(part); depth++) {
    if (typesOf(part).some((type) => PUBLICATION_TYPES.has(type))) return nameOf(part);
    part = resolve(part['isPartOf'], byId);
  }
  return undefined;
}

/** OpenGraph: `og:site_name` (the display name over a JSON-LD publisher written as a bare domain), `og:title`, `article:published_time`, `og:url`. */
function readOpenGraph(metadata: PageMetadata, document: Document) {
  const siteName = clean(metaContent(document, 'property', 'og:site_name'));
  // A JSON-LD publisher named by a bare domain or slug ("example-courier.com", "examplecourier")
  // is the site's machine name; when OpenGraph gives the display name a reader would call the
  // outlet ("The Example Courier"), that name is the outlet, and the basis says it came from there.
  if (metadata.outlet?.source === 'JSON-LD' && isBareName(metadata.outlet.value) && siteName !== undefined && !isBareName(siteName)) {
    metadata.outlet = { value: siteName, source: 'OpenGraph tags' };
  }
  setText(metadata, 'outlet', siteName, 'OpenGraph tags');
  setText(metadata, 'headline', metaContent(document, 'property', 'og:title'), 'OpenGraph tags');
  setDate(metadata, metaContent(document, 'property', 'article:published_time'), 'OpenGraph tags');
  setUrl(metadata, metaContent(document, 'property', 'og:url'), 'OpenGraph tags');
}

/** Keys of `<meta>` tags naming the outlet, in order: Dublin Core ("DC.publisher"), a plain `publisher`, Highwire Press. */
const OUTLET_KEYS = ['dc.publisher', 'dcterms.publisher', 'publisher', 'citation_publisher', 'citation_journal_title'];

/** Keys of `<meta>` tags naming authors, in order; the first key whose tags name people gives them all. */
const AUTHOR_KEYS = ['article:author', 'author', 'byl', 'citation_author', 'sailthru.author', 'parsely-author', 'dc.creator', 'dcterms.creator'];

/** Keys of `<meta>` tags stating the publication date, in order (name= or property=, as CMSs write either). */
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article.published',
  'article_date_original',
  'publication_date',
  'publish_date',
  'publish-date',
  'pubdate',
  'date',
  'citation_publication_date',
  'citation_date',
  'citation_online_date',
  'sailthru.date',
  'cxenseparse:recs:publishtime',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'datepublished',
  'parsely-pub-date',
];

/** Keys of `<meta>` tags giving the page's address, in order: Twitter cards, Parse.ly, App Links, Highwire Press. */
const URL_KEYS = ['twitter:url', 'parsely-link', 'al:web:url', 'citation_public_url', 'citation_abstract_html_url', 'citation_fulltext_html_url'];

/**
 * Plain `<meta>` tags: the outlet, authors (every tag of the first key that names people, then
 * Yoast's "Written by" Twitter label), the headline (`twitter:title`, Highwire `citation_title`),
 * the date and the address, each by the keys above, and Parse.ly's `parsely-page` JSON.
 */
function readMetaTags(metadata: PageMetadata, document: Document) {
  for (const key of OUTLET_KEYS) setText(metadata, 'outlet', metaValues(document, key)[0], 'meta tags');
  for (const key of AUTHOR_KEYS) setAuthors(metadata, metaValues(document, key).flatMap((value) => peopleIn(key === 'citation_author' ? citationName(value) : value)), 'meta tags');
  setAuthors(metadata, writtenBy(document), 'meta tags');
  setText(metadata, 'headline', metaContent(document, 'name', 'twitter:title'), 'meta tags');
  setText(metadata, 'headline', metaValues(document, 'citation_title')[0], 'meta tags');
  const parselyPage = parselyPageOf(document);
  for (const key of DATE_KEYS) setDate(metadata, metaValues(document, key)[0], 'meta tags');
  setDate(metadata, parselyPage?.['pub_date'], 'meta tags');
  for (const key of URL_KEYS) setUrl(metadata, metaValues(document, key)[0], 'meta tags');
  setUrl(metadata, parselyPage?.['link'], 'meta tags');
}

/** The people Yoast SEO names in its Twitter labels: `twitter:labelN` "Written by" with `twitter:dataN` the names. */
function writtenBy(document: Document): string[] {
  for (let index = 1; index <= 9; index++) {
    const label = clean(metaValues(document, `twitter:label${index}`)[0]);
    const data = metaValues(document, `twitter:data${index}`)[0];
    if (label !== undefined && /^written by$/i.test(label) && data !== undefined) return peopleIn(data);
  }
  return [];
}

/** The JSON object Parse.ly's `<meta name="parsely-page">` holds (`title`, `link`, `pub_date`, …), when it is one. */
function parselyPageOf(document: Document): JsonObject | undefined {
  const content = metaValues(document, 'parsely-page')[0];
  if (content === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(content);
    return isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A Highwire Press author ("one tag per author") as a byline writes it: "Doe, Jane" is one person
 * written surname first, turned to "Jane Doe"; a suffix or degree after the comma ("Jane Doe, PhD")
 * is left as written.
 */
function citationName(value: string): string {
  const match = /^\s*([^,]+?)\s*,\s*([^,]+?)\s*$/.exec(value);
  if (!match || /^(?:jr|sr|ii|iii|iv|phd|md|mph|msc|ma|ba|bsc|dphil|rn|esq)\.?$/i.test(match[2]!) || match[2]!.split(/\s+/).length > 3) return value;
  return `${match[2]} ${match[1]}`;
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
  for (const { types, accepts } of NODE_TIERS) {
    const articles = nodes.filter((node) => typesOf(node).some((type) => types.has(type)) && accepts(node));
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

/** The `content` of every `<meta>` tag whose `name` or `property` is `key` (compared without case), in page order. */
function metaValues(document: Document, key: string): string[] {
  return [...document.querySelectorAll('meta[content]')]
    .filter((element) => [element.getAttribute('name'), element.getAttribute('property')].some((attribute) => attribute?.trim().toLowerCase() === key))
    .map((element) => element.getAttribute('content') ?? '');
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

/** The authors, when none are read yet and `names` has any (each once). */
function setAuthors(metadata: PageMetadata, names: string[], source: MetadataSource) {
  if (metadata.authors === undefined && names.length > 0) metadata.authors = { value: [...new Set(names)], source };
}

/** Only a date the page writes explicitly counts (see `dateIn`); its date part is kept as written. */
function setDate(metadata: PageMetadata, value: unknown, source: MetadataSource) {
  const date = typeof value === 'string' ? dateIn(value) : undefined;
  if (metadata.publishedDate === undefined && date !== undefined) metadata.publishedDate = { value: date, source };
}

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
/** "18 March 2025", RFC 2822's "Tue, 18 Mar 2025 10:00:00 GMT". */
const DAY_MONTH_YEAR = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?=$|[\\s,])`, 'i');
/** "March 18, 2025", "Tuesday, Mar. 18th 2025". */
const MONTH_DAY_YEAR = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?=$|[\\s,])`, 'i');

/**
 * The date, as YYYY-MM-DD, that a value writes at its start in a form that cannot be misread:
 * ISO ("2025-03-18T10:00"), year first with slashes or dots ("2025/03/18", "2025.3.18"), or a
 * month by name ("18 March 2025", "March 18, 2025", RFC 2822). The date part is taken as
 * written, with no time-zone conversion; a form that could be read two ways ("03/04/2025") or
 * an impossible date is none.
 */
export function dateIn(value: string): string | undefined {
  const parts = dateParts(value.trim());
  if (parts === undefined) return undefined;
  const [year, month, day] = parts;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return z.iso.date().safeParse(date).success ? date : undefined;
}

/**
 * The first date written in full in a line the page shows ("Published 14:06, Friday 4 December 2026 | Updated …",
 * "By Jane Doe · March 18, 2025"): a date `dateIn` reads, starting at a word of the line; undefined when there is none.
 */
export function dateWithin(line: string): string | undefined {
  const starts = [0, ...[...line.matchAll(/[\s,|·•(–—-]+(?=[\p{L}\p{N}])/gu)].map((match) => match.index + match[0].length)];
  for (const start of starts) {
    const date = dateIn(line.slice(start));
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Year, month and day of a date written in one of the forms `dateIn` reads. */
function dateParts(text: string): [string, number, number] | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T\s])/.exec(text);
  if (iso) return [iso[1]!, Number(iso[2]), Number(iso[3])];
  const yearFirst = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?=$|[T\s])/.exec(text);
  if (yearFirst) return [yearFirst[1]!, Number(yearFirst[3]), Number(yearFirst[4])];
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return [dayFirst[3]!, monthNumber(dayFirst[2]!), Number(dayFirst[1])];
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return [monthFirst[3]!, monthNumber(monthFirst[1]!), Number(monthFirst[2])];
  return undefined;
}

function monthNumber(name: string): number {
  return ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(name.slice(0, 3).toLowerCase()) + 1;
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

/** RDFa property names (Dublin Core, schema.org, as Drupal and other CMSs write them) for each field. */
const RDFA_PROPERTIES = {
  date: new Set(['dc:date', 'dc:created', 'dcterms:created', 'dcterms:issued', 'schema:datepublished', 'datepublished']),
  headline: new Set(['dc:title', 'schema:headline']),
  authors: new Set(['schema:author', 'dc:creator']),
};

/** RDFa types (`typeof`) of a thing that is not the page's article: a comment's, a person's, an event's date or name is its own. */
const OTHER_RDFA_TYPE = /Comment|Review|Event|Person|Organi[sz]ation|UserAccount|ListItem|Offer|Rating|Question|Answer/i;

/**
 * The page's RDFa (`property` attributes on any element, as Drupal writes "dc:date dc:created"
 * on a hidden `<span content=…>`): a date from a `content` attribute, the headline and authors
 * from `content` or the text. When an element's `typeof` names an article (`schema:NewsArticle`),
 * only its own properties and the page's unscoped ones count; properties of comments, people and
 * other things are never the article's.
 */
function readRdfa(metadata: PageMetadata, document: Document) {
  const properties = rdfaProperties(document);
  const valuesOf = (field: keyof typeof RDFA_PROPERTIES) =>
    properties.filter(({ names }) => names.some((name) => RDFA_PROPERTIES[field].has(name))).map(({ element }) => element);
  setText(metadata, 'headline', valuesOf('headline').map(rdfaValue)[0], 'RDFa');
  setAuthors(metadata, valuesOf('authors').flatMap((element) => peopleIn(rdfaValue(element) ?? '')), 'RDFa');
  for (const element of valuesOf('date')) setDate(metadata, element.getAttribute('content'), 'RDFa');
}

/** The elements with an RDFa `property` that speak of the page's article, with their property names (lower case). */
function rdfaProperties(document: Document): { element: Element; names: string[] }[] {
  const scopes = [...document.querySelectorAll('[typeof]')].filter((element) => rdfaTypes(element).some((type) => ARTICLE_TYPES.has(type)));
  const article = scopes.find((scope) => scope.querySelector('h1') !== null) ?? scopes[0];
  return [...document.querySelectorAll('[property]')]
    .filter((element) => {
      // A property on an element with `typeof` describes the enclosing thing, so its scope is the parent's.
      const scope = element.parentElement?.closest('[typeof]') ?? null;
      if (scope === null || scope === article) return true;
      return article === undefined && !rdfaTypes(scope).some((type) => OTHER_RDFA_TYPE.test(type));
    })
    .map((element) => ({ element, names: (element.getAttribute('property') ?? '').toLowerCase().split(/\s+/).filter(Boolean) }));
}

/** An element's RDFa types, by their local names ("schema:NewsArticle", "http://schema.org/Article" → "NewsArticle", "Article"). */
function rdfaTypes(element: Element): string[] {
  return (element.getAttribute('typeof') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((type) => type.replace(/^.*[:/#]/, ''));
}

/** An RDFa property's value: its `content` attribute, else its text. */
function rdfaValue(element: Element): string | undefined {
  return element.getAttribute('content') ?? elementText(element);
}

/**
 * The hAtom/hNews microformats of the page's entry (`.hentry` or `.hnews`: the one holding the
 * `<h1>`, else the first), as older WordPress and Blogger themes write them: the date of its
 * `.published` from a machine-readable attribute (`<abbr title>`, `<time datetime>`, or either on
 * another element), never from its shown text; authors from `.author .fn` or `.author.vcard`.
 * A nested entry's (a comment's) properties are its own.
 */
function readMicroformats(metadata: PageMetadata, document: Document) {
  const entries = [...document.querySelectorAll('.hentry, .hnews')];
  const entry = entries.find((element) => element.querySelector('h1') !== null) ?? entries[0];
  if (!entry) return;
  const own = (selector: string) => [...entry.querySelectorAll(selector)].filter((element) => element.closest('.hentry, .hnews') === entry);
  const authors = own('.author').flatMap((author) => {
    const names = [...author.querySelectorAll('.fn')];
    return names.length > 0 ? names : author.classList.contains('vcard') ? [author] : [];
  });
  setAuthors(metadata, authors.flatMap((element) => peopleIn(elementText(element) ?? '')), 'microformats');
  for (const published of own('.published')) setDate(metadata, published.getAttribute('datetime') ?? published.getAttribute('title'), 'microformats');
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
