import { describe, expect, it } from 'vitest';
import { readArticleSentences } from '../../../src/lib/markdown/pipeline.ts';
import { ingestRealArticles } from '../../helpers/render.ts';

/**
 * The five real articles must keep parsing as they do: a change to these snapshots changes
 * sentence ids that editors' claim files point to, so it has to be a deliberate improvement
 * (update with `npx vitest run -u` and say which sentences changed).
 */
describe('the five real articles', () => {
  const articles = ingestRealArticles();

  it('parse into the same blocks', async () => {
    const blocks = Object.fromEntries(articles.map((article) => [article.frontmatter.sourceFile, article.blocks]));
    await expect(`${JSON.stringify(blocks, null, 2)}\n`).toMatchFileSnapshot('./__snapshots__/real-articles.blocks.json');
  });

  it('give the same sentences, anchors and block kinds', async () => {
    const lines = articles.flatMap((article) => [
      `# ${article.frontmatter.sourceFile}`,
      ...readArticleSentences(article.markdown.replace(/^---\n[\s\S]*?\n---\n/, ''), article.fileName).map(
        (sentence) => `${sentence.anchor}\t${sentence.block}\t${sentence.text}`,
      ),
    ]);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('./__snapshots__/real-articles.sentences.tsv');
  });
});
