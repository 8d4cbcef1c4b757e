import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { segmentSentences } from '../text/segment.ts';
import type { SentenceBlock } from './nodes.ts';
import { sentenceAnchor } from './sentence-anchor.ts';

/** A sentence as the renderer placed it: what later steps read instead of re-splitting text. */
export interface RenderedSentence {
  /** Anchor on the article page, unique within the article (`s-3fa9c1`). */
  anchor: string;
  /** The sentence's exact words. */
  text: string;
  /** Kind of block the sentence sits in. */
  block: SentenceBlock;
  /** Position of that block among the article's text blocks, from 0, in reading order. */
  blockIndex: number;
  /** For sentences of an embedded post: the post's author. */
  postAuthor?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Sentences of the article in reading order, filled by `remarkSentences`. */
    sentences: RenderedSentence[];
  }
}

/**
 * remark plugin: splits the text of every block marked by `remark-article-blocks` into
 * sentences and wraps each in `<span class="sentence" id="s-…">`, so any sentence can be
 * linked to. The sentences are also left on `file.data.sentences` for the analysis, which
 * therefore uses exactly the ids the pages show.
 */
export function remarkSentences() {
  return (tree: Root, file: VFile) => {
    const taken = new Set<string>();
    const sentences: RenderedSentence[] = [];
    let blockIndex = 0;
    visit(tree, (node) => {
      if (!('children' in node) || !node.data?.parallaxBlock) return;
      const block = node.data.parallaxBlock;
      const postAuthor = node.data.parallaxPostAuthor;
      const decorations: RootContent[] = [];
      let text = '';
      for (const child of node.children as RootContent[]) {
        if (child.type === 'text') text += child.value;
        else if (child.data?.parallaxDecoration) decorations.push(child);
        else {
          const where = child.position ? ` at line ${child.position.start.line}` : '';
          throw new Error(`${file.path || 'article Markdown'}: unexpected ${child.type}${where}; article text must be plain text`);
        }
      }
      const spans = segmentSentences(text);
      const children: RootContent[] = [...decorations];
      let cursor = 0;
      for (const span of spans) {
        if (span.start > cursor) children.push({ type: 'text', value: text.slice(cursor, span.start) });
        const anchor = sentenceAnchor(span.text, taken);
        children.push({
          type: 'sentence',
          data: { hName: 'span', hProperties: { className: ['sentence'], id: anchor } },
          children: [{ type: 'text', value: span.text }],
        });
        sentences.push({ anchor, text: span.text, block, blockIndex, ...(postAuthor ? { postAuthor } : {}) });
        cursor = span.end;
      }
      if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
      (node as { children: RootContent[] }).children = children;
      blockIndex++;
      return 'skip';
    });
    file.data.sentences = sentences;
  };
}
