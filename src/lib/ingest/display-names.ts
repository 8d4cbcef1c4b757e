import { compareCodeUnits } from './article-id.ts';

/** What an article is called on the pages: its outlet label and its title. */
export interface DisplayName {
  sourceFile: string;
  outletLabel: string;
  title: string;
}

/**
 * Makes every article's outlet label and title unique, so that landmarks, checkboxes and
 * columns named after them can be told apart. A name shared by several articles (two files of
 * unknown outlet, two of the same outlet, two identical headlines) is followed by each file's
 * name: the one fact that always differs, and never a guess at an outlet. Names no other
 * article shares are left as they are.
 */
export function distinctDisplayNames<T extends DisplayName>(articles: readonly T[]): T[] {
  const withLabels = disambiguate(articles, 'outletLabel');
  return disambiguate(withLabels, 'title');
}

function disambiguate<T extends DisplayName>(articles: readonly T[], field: 'outletLabel' | 'title'): T[] {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article[field], (counts.get(article[field]) ?? 0) + 1);
  const taken = new Set(articles.map((article) => article[field]));
  const ordered = [...articles].sort((a, b) => compareCodeUnits(a.sourceFile, b.sourceFile));
  const renamed = new Map<T, string>();
  for (const article of ordered) {
    if (counts.get(article[field])! < 2) continue;
    const name0 = article[field];
    // "Title (no headline in the file)" reads better as "Title (no headline in the file: a.txt)".
    const base = name0.endsWith(')') ? `${name0.slice(0, -1)}: ${article.sourceFile})` : `${name0} (file ${article.sourceFile})`;
    let name = base;
    // File names differ, so a clash here needs a label that already reads "X (file Y)": number it.
    for (let suffix = 2; taken.has(name); suffix++) name = `${base} ${suffix}`;
    taken.add(name);
    renamed.set(article, name);
  }
  return articles.map((article) => (renamed.has(article) ? { ...article, [field]: renamed.get(article)! } : article));
}
