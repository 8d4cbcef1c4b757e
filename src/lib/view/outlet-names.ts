import { compareCodeUnits } from '../ingest/article-id.ts';
import type { ComparisonArticle } from '../schemas/comparison.ts';

/**
 * Each article's name on the pages, unique among them: its outlet label where no other article
 * shares it, else the label followed by the article's file ("Outlet unknown (file b.txt)"), the
 * one fact that always differs and never a guess at an outlet. Landmarks, table columns and
 * checkboxes are named by it, and two of them with one accessible name could not be told apart.
 * The ingest already makes labels distinct; this holds even for data where it did not.
 */
export function distinctOutletNames(articles: ReadonlyArray<Pick<ComparisonArticle, 'id' | 'outletLabel' | 'sourceFile'>>): Map<string, string> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.outletLabel, (counts.get(article.outletLabel) ?? 0) + 1);
  const taken = new Set(articles.map((article) => article.outletLabel));
  const names = new Map<string, string>();
  for (const article of [...articles].sort((a, b) => compareCodeUnits(a.sourceFile, b.sourceFile) || compareCodeUnits(a.id, b.id))) {
    if (counts.get(article.outletLabel)! < 2) {
      names.set(article.id, article.outletLabel);
      continue;
    }
    const base = `${article.outletLabel} (file ${article.sourceFile})`;
    let name = base;
    // Only two articles with the same label and the same file name (never in real data) get here.
    for (let suffix = 2; taken.has(name); suffix++) name = `${base} ${suffix}`;
    taken.add(name);
    names.set(article.id, name);
  }
  return names;
}
