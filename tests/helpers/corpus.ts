import type { AnalysisArticle } from '../../src/lib/analysis/corpus.ts';
import { blocksToMarkdown } from '../../src/lib/ingest/article-markdown.ts';
import { parseArticleText } from '../../src/lib/ingest/parse-article.ts';
import { readArticleSentences } from '../../src/lib/markdown/pipeline.ts';

/**
 * Analysis input from plain article texts, through the real ingest and Markdown pipeline:
 * `{ "outlet-a": "Headline\nFirst paragraph.", … }`. Ids are the keys; outlets are the keys too.
 */
export function articlesFrom(texts: Record<string, string>): AnalysisArticle[] {
  return Object.entries(texts).map(([id, text]) => {
    const blocks = parseArticleText(text);
    const headline = blocks[0]?.type === 'headline' ? blocks[0].text : null;
    return {
      id,
      sourceFile: `${id}.txt`,
      outlet: id,
      headline,
      url: null,
      title: headline ?? id,
      outletLabel: id,
      provenanceBasis: null,
      publishedDate: null,
      sentences: readArticleSentences(blocksToMarkdown(blocks), `${id}.md`),
    };
  });
}
