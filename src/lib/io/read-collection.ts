import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { AnalysisArticle } from '../analysis/corpus.ts';
import { readArticleSentences } from '../markdown/pipeline.ts';
import { articleFrontmatterSchema } from '../schemas/article.ts';

/**
 * Reads the typed article collection (`content/articles/*.md`) the way the site does: the
 * frontmatter validated by its schema, the body split into the sentences the pages show.
 * Errors name the file.
 */
export async function readCollection(directory: string, displayName = directory): Promise<AnalysisArticle[]> {
  const names = (await readdir(directory)).filter((name) => name.endsWith('.md')).sort();
  const articles: AnalysisArticle[] = [];
  for (const name of names) articles.push(articleFromMarkdown(await readFile(join(directory, name), 'utf8'), `${displayName}/${name}`));
  return articles;
}

/** One article of the collection from its Markdown file's text (`path` names it in errors). */
export function articleFromMarkdown(text: string, path: string): AnalysisArticle {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error(`${path}: has no frontmatter; run npm run ingest`);
  const parsed = articleFrontmatterSchema.safeParse(parse(match[1]!, { version: '1.1' }));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}: frontmatter ${issue.path.join('.')}: ${issue.message}`);
  }
  const data = parsed.data;
  return {
    id: data.id,
    sourceFile: data.sourceFile,
    outlet: data.outlet,
    headline: data.headline,
    url: data.url,
    title: data.title,
    outletLabel: data.outletLabel,
    provenanceBasis: data.provenanceBasis,
    publishedDate: data.publishedDate,
    authors: data.authors,
    sha256: data.sha256,
    sentences: readArticleSentences(text.slice(match[0].length), path),
  };
}
