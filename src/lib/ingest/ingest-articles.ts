import { createHash } from 'node:crypto';
import type { ArticleBlock } from '../schemas/article-block.ts';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import type { Provenance, ProvenanceEntry } from '../schemas/provenance.ts';
import { assignArticleIds, compareCodeUnits } from './article-id.ts';
import { articleFile } from './article-markdown.ts';
import { blockTexts, countBlocks, countWords, readingMinutes } from './article-stats.ts';
import { decodeArticleSource, readArticleSource, sourceKey, type ArticleSource } from './article-source.ts';
import { distinctDisplayNames } from './display-names.ts';
import { relabelBlocks } from './line-kind.ts';
import { problemLine } from '../review/frontmatter.ts';
import { checkLayoutCorrections, lineKindsFor, type LayoutCorrections } from '../review/layout-corrections.ts';
import { provenanceFromPage } from './page/page-provenance.ts';
import { applyFurnitureModel, defaultFurnitureModel } from './furniture-model.ts';
import { lineKey } from './line-kind.ts';
import type { FurnitureModel } from '../schemas/furniture-model.ts';

/** A file found in the raw folder: its name and bytes. */
export interface RawFile {
  name: string;
  bytes: Uint8Array;
}

/** The editor's layout corrections (`content/layout.yaml`) and the path that names them in problems. */
export interface LayoutInput {
  corrections: LayoutCorrections;
  path: string;
}

/** How the ingest reads beyond its rules. */
export interface IngestOptions {
  /** The furniture model that sets apart lines the rules left as the story's; null reads by the rules alone. */
  furnitureModel?: FurnitureModel | null;
}

/** One article ready to be written as `content/articles/<fileName>`. */
export interface IngestedArticle {
  fileName: string;
  frontmatter: ArticleFrontmatter;
  blocks: ArticleBlock[];
  /** The complete Markdown file: frontmatter and body. */
  markdown: string;
}

export type IngestResult =
  | { ok: true; articles: IngestedArticle[] }
  | { ok: false; problems: string[] };

/**
 * Turns the raw article files into typed Markdown articles. Either every file is usable and
 * every article comes back, or nothing does and `problems` holds one line per problem, each
 * starting with the path of the file at fault (`rawDir` + name), in file-name order. The editor's
 * layout corrections are applied to the files they name; a correction naming a file or a line
 * that is not there is a problem of the layout file, and nothing is written.
 */
export function ingestArticles(files: readonly RawFile[], provenance: Provenance, rawDir = 'content/raw', layout?: LayoutInput, { furnitureModel = defaultFurnitureModel() }: IngestOptions = {}): IngestResult {
  const problems: string[] = [];
  const decoded: Array<{ file: RawFile; source: ArticleSource }> = [];
  const seenText = new Map<string, string>();
  const ordered = [...files].sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const file of ordered) {
    const result = decodeArticleSource(file.name, file.bytes);
    if (!result.ok) {
      problems.push(`${rawDir}/${file.name}: ${result.problem}`);
      continue;
    }
    const key = sourceKey(result.source);
    const twin = seenText.get(key);
    if (twin !== undefined) {
      problems.push(`${rawDir}/${file.name}: has the same text as ${rawDir}/${twin}; remove one of the two`);
      continue;
    }
    seenText.set(key, file.name);
    decoded.push({ file, source: result.source });
  }
  if (decoded.length === 0 && problems.length === 0) problems.push(`${rawDir}: holds no article files (.txt or .html)`);
  if (problems.length > 0) return { ok: false, problems };

  const provenanceByFile = new Map(provenance.articles.map((entry) => [entry.sourceFile, entry]));
  const parsed: Array<{ file: RawFile; blocks: ArticleBlock[]; headline: string | null; entry: ProvenanceEntry | undefined }> = [];
  const linesByFile = new Map<string, string[]>();
  for (const { file, source } of decoded) {
    const lineKinds = layout ? lineKindsFor(layout.corrections, file.name) : new Map();
    const read = readArticleSource(source, lineKinds);
    if (!read.ok) {
      problems.push(`${rawDir}/${file.name}: ${read.problem}`);
      continue;
    }
    const { page } = read;
    // The model reads what the rules left as the story's; a line whose kind the editor gave stays as given.
    const modelled = applyFurnitureModel(read.blocks, furnitureModel, (text) => lineKinds.has(lineKey(text)));
    const blocks = source.kind === 'page' ? relabelBlocks(modelled, lineKinds) : modelled;
    linesByFile.set(file.name, [...(source.kind === 'text' ? source.text.split('\n') : []), ...blocks.flatMap(blockTexts)]);
    // A page copied into the raw folder by hand has no entry yet: what it states about itself stands in.
    const entry = provenanceByFile.get(file.name) ?? (page ? provenanceFromPage(file.name, page, {}, 'read from the saved page at ingest') : undefined);
    // A page's kicker or section name may come before its headline; a text file's headline is always first.
    const headline = blocks.find((block) => block.type === 'headline')?.text ?? null;
    parsed.push({ file, blocks, headline, entry });
  }
  if (layout) {
    const stale = checkLayoutCorrections(layout.corrections, (name) => linesByFile.get(name), layout.path, rawDir);
    problems.push(...stale.map(problemLine));
  }
  if (problems.length > 0) return { ok: false, problems };
  const ids = assignArticleIds(
    parsed.map(({ file, headline, entry }) => ({ sourceFile: file.name, outlet: entry?.outlet ?? null, headline })),
  );
  const frontmatters = distinctDisplayNames(
    parsed.map(({ file, blocks, headline, entry }) => buildFrontmatter(ids.get(file.name)!, file, blocks, headline, entry)),
  );
  const articles = parsed.map(({ blocks }, at) => {
    const frontmatter = articleFrontmatterSchema.parse(frontmatters[at]);
    return { fileName: `${frontmatter.id}.md`, frontmatter, blocks, markdown: articleFile(frontmatter, blocks) };
  });
  return { ok: true, articles };
}

function buildFrontmatter(
  id: string,
  file: RawFile,
  blocks: ArticleBlock[],
  headline: string | null,
  entry: ProvenanceEntry | undefined,
): ArticleFrontmatter {
  const outlet = entry?.outlet ?? null;
  const words = countWords(blocks.flatMap(blockTexts).join('\n'));
  const dateline = blocks.find((block) => block.type === 'dateline');
  return {
    id,
    sourceFile: file.name,
    sha256: createHash('sha256').update(file.bytes).digest('hex'),
    outlet,
    outletDomain: entry?.outletDomain ?? null,
    url: entry?.url ?? null,
    provenanceBasis: entry?.basis ?? null,
    provenanceNote: entry?.note ?? null,
    publishedDate: entry?.publishedDate ?? null,
    headline,
    outletLabel: outlet ?? 'Outlet unknown',
    title: headline ?? (outlet ? `Article from ${outlet} (no headline in the file)` : `Article from an unknown outlet (no headline in the file)`),
    authors: entry?.authors ?? [...new Set(blocks.flatMap((block) => (block.type === 'byline' ? block.authors : [])))],
    place: dateline?.place ?? null,
    agency: dateline?.agency ?? null,
    wordCount: words,
    readingMinutes: readingMinutes(words),
    blockCounts: countBlocks(blocks),
  };
}
