import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../../src/lib/ingest/article-markdown.ts';
import { readArticleSentences } from '../../../src/lib/markdown/pipeline.ts';
import { SENTENCE_BLOCKS } from '../../../src/lib/markdown/nodes.ts';
import { classes, elementsOf, ingestRealArticles, renderArticleHtml } from '../../helpers/render.ts';

const articles = ingestRealArticles();
const article = (id: string) => articles.find((candidate) => candidate.frontmatter.id === id)!;
const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, '');

describe('remarkSentences', () => {
  it('wraps every sentence in a span whose id is the anchor the analysis reads', async () => {
    for (const { markdown, frontmatter } of articles) {
      const html = await renderArticleHtml(markdown);
      const spans = elementsOf(html).filter((element) => classes(element).includes('sentence'));
      const sentences = readArticleSentences(body(markdown), frontmatter.id);
      expect(spans.map((span) => span.properties['id'])).toEqual(sentences.map((sentence) => sentence.anchor));
      expect(new Set(sentences.map((sentence) => sentence.anchor)).size).toBe(sentences.length);
    }
  });

  it('records the block of every sentence, including embeds and boilerplate', () => {
    const sentences = readArticleSentences(body(article('american-scoop').markdown), 'american-scoop.md');
    expect(sentences[0]).toMatchObject({ block: 'headline', blockIndex: 0 });
    const post = sentences.filter((sentence) => sentence.block === 'social-post');
    expect(new Set(post.map((sentence) => sentence.postAuthor))).toEqual(
      new Set(['Donald J. Trump Posts From His Truth Social', 'Karoline Leavitt', 'AmericanPapaBear']),
    );
    expect(sentences.filter((sentence) => sentence.block === 'social-post-attribution')).toHaveLength(3);
    expect(sentences.filter((sentence) => sentence.block === 'related-link').map((sentence) => sentence.text)).toEqual([
      'details on Black Sea ceasefire',
      'NATO’s role in Ukraine',
    ]);
    const fox = readArticleSentences(body(article('livenow-from-fox').markdown), 'livenow-from-fox.md');
    const kinds = new Set(fox.map((sentence) => sentence.block));
    for (const kind of ['video-title', 'video-caption', 'caption', 'section-label', 'heading', 'source-note'] as const) {
      expect(kinds).toContain(kind);
    }
    const bullets = readArticleSentences(body(article('004-b7e71b2a7a2c1987').markdown), '004.md');
    expect(bullets.slice(0, 3).map((sentence) => sentence.block)).toEqual(['list-item', 'list-item', 'list-item']);
    expect(bullets[0]!.text.startsWith('U.S. President')).toBe(true);
    expect(SENTENCE_BLOCKS).toEqual(expect.arrayContaining([...kinds]));
  });

  it('keeps anchors of untouched sentences when another part of the article changes', () => {
    const before = readArticleSentences(blocksToMarkdown([{ type: 'paragraph', text: 'First one. Second one.' }, { type: 'paragraph', text: 'Third.' }]), 'a');
    const after = readArticleSentences(blocksToMarkdown([{ type: 'paragraph', text: 'First one, edited. Second one.' }, { type: 'paragraph', text: 'Third.' }]), 'a');
    expect(after[1]!.anchor).toBe(before[1]!.anchor);
    expect(after[2]!.anchor).toBe(before[2]!.anchor);
    expect(after[0]!.anchor).not.toBe(before[0]!.anchor);
  });

  it('puts the key-point marker before the sentences, outside them', async () => {
    const html = await renderArticleHtml(blocksToMarkdown([{ type: 'key-points', ordered: false, items: [{ marker: '•', text: 'One. Two.' }] }]));
    expect(html).toContain('<li><span class="list-marker" aria-hidden="true">•</span><span class="sentence" id="');
    expect(readArticleSentences(blocksToMarkdown([{ type: 'key-points', ordered: false, items: [{ marker: '•', text: 'One. Two.' }] }]), 'a').map((s) => s.text)).toEqual([
      'One.',
      'Two.',
    ]);
  });

  it('rejects inline markup inside article text with the file name', () => {
    expect(() => readArticleSentences('Some *emphasis* here.', 'content/articles/x.md')).toThrow(
      'content/articles/x.md: unexpected emphasis at line 1; article text must be plain text',
    );
  });
});
