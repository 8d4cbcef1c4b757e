import type { ProvenanceEntry } from '../../schemas/provenance.ts';
import type { MetadataSource, PageMetadata } from './page-metadata.ts';

/** Facts given with `npm run add` rather than read from the page. */
export interface GivenFacts {
  /** `--outlet NAME`: replaces what the page states. */
  outlet?: string | undefined;
  /** `--url URL`: replaces what the page states. */
  url?: string | undefined;
  /** The address the page was fetched from: the URL only when the page states no canonical one. */
  fetchedFrom?: string | undefined;
  /** `--date YYYY-MM-DD`: replaces what the page states. */
  publishedDate?: string | undefined;
}

/** Who established a fact: the page (and where on it), the command line, or the address fetched. */
type FactSource = MetadataSource | 'command line' | 'fetched';

const FIELD_NAMES = { outlet: 'the outlet', authors: 'the authors', publishedDate: 'the date', url: 'the URL' } as const;
type Field = keyof typeof FIELD_NAMES;

/**
 * The provenance of a saved page: outlet, authors, date and URL as the page states them in its
 * metadata, each replaced by what was given on the command line, and a `basis` naming where
 * each fact came from ("the outlet, the authors and the date from the page's own JSON-LD
 * (schema.org NewsArticle); the URL from its canonical link"). What neither states stays null.
 * `how` opens the basis: how the file came in.
 */
export function provenanceFromPage(
  sourceFile: string,
  metadata: PageMetadata,
  given: GivenFacts,
  how: string,
): ProvenanceEntry {
  const sources = new Map<Field, FactSource>();
  const pick = <T,>(field: Field, fromCommandLine: T | undefined, stated: { value: T; source: MetadataSource } | undefined): T | null => {
    if (fromCommandLine !== undefined) {
      sources.set(field, 'command line');
      return fromCommandLine;
    }
    if (stated !== undefined) {
      sources.set(field, stated.source);
      return stated.value;
    }
    return null;
  };
  const outlet = pick('outlet', given.outlet, metadata.outlet);
  const authors = pick('authors', undefined, metadata.authors);
  const publishedDate = pick('publishedDate', given.publishedDate, metadata.publishedDate);
  let url = pick('url', given.url, metadata.url);
  if (url === null && given.fetchedFrom !== undefined) {
    url = given.fetchedFrom;
    sources.set('url', 'fetched');
  }
  return {
    sourceFile,
    outlet,
    outletDomain: null,
    url,
    basis: basisOf(how, sources, metadata.jsonLdType),
    publishedDate,
    note: null,
    authors,
  };
}

const SOURCE_PHRASES: Record<FactSource, (jsonLdType: string | undefined) => string> = {
  'JSON-LD': (type) => `the page's own JSON-LD${type ? ` (schema.org ${type})` : ''}`,
  'OpenGraph tags': () => `the page's OpenGraph tags`,
  'meta tags': () => `the page's <meta> tags`,
  'canonical link': () => `the page's canonical link`,
  microdata: () => `the page's microdata`,
  RDFa: () => `the page's RDFa attributes`,
  microformats: () => `the page's hAtom/hNews microformats`,
  'time element': () => `the page's <time> element`,
  'date line': () => `the date line the page shows over the article`,
  'title element': () => `the page's title element`,
  '"saved from" note': () => `the "saved from" note the browser wrote into the saved page`,
  'command line': () => 'the command line, as given, not checked',
  fetched: () => 'the address the page was fetched from (the page states no canonical URL)',
};

function basisOf(how: string, sources: Map<Field, FactSource>, jsonLdType: string | undefined): string {
  const bySource = new Map<FactSource, Field[]>();
  for (const field of Object.keys(FIELD_NAMES) as Field[]) {
    const source = sources.get(field);
    if (source !== undefined) bySource.set(source, [...(bySource.get(source) ?? []), field]);
  }
  const parts = [...bySource].map(([source, fields]) => `${joinWords(fields.map((field) => FIELD_NAMES[field]))} from ${SOURCE_PHRASES[source](jsonLdType)}`);
  const missing = (Object.keys(FIELD_NAMES) as Field[]).filter((field) => !sources.has(field));
  if (missing.length > 0) parts.push(`${joinWords(missing.map((field) => FIELD_NAMES[field]))} not stated`);
  return `${how}; ${parts.join('; ')}`;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
