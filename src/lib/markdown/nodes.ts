import type { Data, RootContent } from 'mdast';
import type { Node } from 'unist';
import type {} from 'mdast-util-to-hast';
import type {} from 'mdast-util-directive';

/** The furniture kinds among `SENTENCE_BLOCKS` (see `FURNITURE_BLOCKS`). */
const FURNITURE_SENTENCE_BLOCKS = [
  'related-link',
  'byline',
  'dateline',
  'timestamp',
  'ad',
  'photo-credit',
  'reporting-credit',
  'pull-quote',
  'boilerplate',
] as const;

/**
 * What a sentence's block is, as published in the data: the outlet's own reporting
 * (headline, heading, paragraph, list-item), labels, embeds and page furniture.
 */
export const SENTENCE_BLOCKS = [
  'headline',
  'heading',
  'list-item',
  'section-label',
  'paragraph',
  'social-post',
  'social-post-attribution',
  'caption',
  'video-title',
  'video-caption',
  'source-note',
  ...FURNITURE_SENTENCE_BLOCKS,
] as const;
export type SentenceBlock = (typeof SENTENCE_BLOCKS)[number];

/**
 * Blocks of page furniture: what the page printed around the reporting (bylines, datelines,
 * timestamps, ad slugs, credits, pull quotes, share and newsletter lines, related links).
 * Their sentences are shown, labelled, but never reporting: no claim, quote, figure, name
 * or search result comes from them.
 */
export const FURNITURE_BLOCKS: ReadonlySet<SentenceBlock> = new Set(FURNITURE_SENTENCE_BLOCKS);

/** A sentence wrapped for rendering: `<span class="sentence" id="s-…">`. */
export interface SentenceNode extends Node {
  type: 'sentence';
  data: Data;
  children: Array<{ type: 'text'; value: string }>;
}

/** An element the renderer adds around or beside article text (wrappers, labels, markers). */
export interface ArticleElementNode extends Node {
  type: 'articleElement';
  data: Data;
  children: RootContent[];
}

declare module 'mdast' {
  interface Data {
    /** Set on a node whose text children are article text to split into sentences. */
    parallaxBlock?: SentenceBlock;
    /** Set on an added node that is not article text (a marker) but sits among its children. */
    parallaxDecoration?: true;
    /** On the text of an embedded social post: the post's author, as its attribution line names them. */
    parallaxPostAuthor?: string;
  }
  interface RootContentMap {
    sentence: SentenceNode;
    articleElement: ArticleElementNode;
  }
  interface PhrasingContentMap {
    sentence: SentenceNode;
    articleElement: ArticleElementNode;
  }
  interface BlockContentMap {
    articleElement: ArticleElementNode;
  }
}

/** Builds an added element; `className` and other properties go to the HTML as given. */
export function element(
  tagName: string,
  properties: Record<string, string | string[] | boolean>,
  children: RootContent[],
  data: Data = {},
): ArticleElementNode {
  return { type: 'articleElement', data: { ...data, hName: tagName, hProperties: properties }, children };
}

/** A visible label the page adds (not article text): `<p class="block-label">`. */
export function label(text: string, tagName = 'p'): ArticleElementNode {
  return element(tagName, { className: ['block-label'] }, [{ type: 'text', value: text }]);
}
