import slugify from '@sindresorhus/slugify';

/** What an article's id is made from, in order of preference. */
export interface ArticleIdSource {
  sourceFile: string;
  outlet: string | null;
  headline: string | null;
}

const MAX_HEADLINE_WORDS_IN_ID = 6;

/**
 * Gives every article a readable id that stays the same from build to build: the outlet's
 * name ("evrim-agaci"), else the first words of the headline, else the file name. Two
 * articles that would share an id get "-2", "-3", … in file-name order.
 */
export function assignArticleIds(sources: readonly ArticleIdSource[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  const ordered = [...sources].sort((a, b) => compareCodeUnits(a.sourceFile, b.sourceFile));
  for (const source of ordered) {
    const base = baseId(source);
    let id = base;
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
    taken.add(id);
    ids.set(source.sourceFile, id);
  }
  return ids;
}

function baseId({ sourceFile, outlet, headline }: ArticleIdSource): string {
  const fromOutlet = outlet ? slug(outlet) : '';
  if (fromOutlet) return fromOutlet;
  const fromHeadline = headline ? slug(headline.split(/\s+/).slice(0, MAX_HEADLINE_WORDS_IN_ID).join(' ')) : '';
  if (fromHeadline) return fromHeadline;
  return slug(sourceFile.replace(/\.txt$/, '')) || 'article';
}

function slug(text: string) {
  return slugify(text, { decamelize: false });
}

/** Plain code-unit order, the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
