import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkArticleBlocks } from './remark-article-blocks.ts';
import { remarkSentences, type RenderedSentence } from './remark-sentences.ts';

/**
 * The Markdown options for article pages, shared by `astro.config.mjs` and the tests so that
 * both render with exactly the same pipeline. GitHub-flavoured Markdown and SmartyPants are
 * off: article text must come out exactly as written (no curled quotes, no autolinks).
 */
export const articleMarkdownOptions = {
  gfm: false,
  smartypants: false,
  remarkPlugins: [remarkDirective, remarkArticleBlocks, remarkSentences],
  rehypePlugins: [],
};

const sentenceReader = unified().use(remarkParse).use(remarkDirective).use(remarkArticleBlocks).use(remarkSentences);

/**
 * The sentences of an article's Markdown body, with the same anchors and blocks the article
 * page shows. `path` names the file in error messages.
 */
export function readArticleSentences(markdownBody: string, path: string): RenderedSentence[] {
  const file = new VFile({ value: markdownBody, path });
  sentenceReader.runSync(sentenceReader.parse(file), file);
  return file.data.sentences ?? [];
}
