import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { directiveToMarkdown } from 'mdast-util-directive';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { ArticleBlock } from '../schemas/article-block.ts';
import type { ArticleFrontmatter } from '../schemas/article.ts';

/**
 * Directive names used in article Markdown. `remark-article-blocks` turns each into semantic
 * HTML; the names are the contract between the ingest and the renderer.
 */
export const DIRECTIVES = {
  keyPoints: 'key-points',
  keyPoint: 'key-point',
  list: 'list',
  listItem: 'list-item',
  sectionLabel: 'section-label',
  turn: 'turn',
  socialPost: 'social-post',
  postHeader: 'post-header',
  postAttribution: 'post-attribution',
  photoCaption: 'photo-caption',
  photoCredit: 'photo-credit',
  video: 'video',
  videoTitle: 'video-title',
  sourceNote: 'source-note',
  relatedLinks: 'related-links',
  relatedLink: 'related-link',
  byline: 'byline',
  dateline: 'dateline',
  timestamp: 'timestamp',
  ad: 'ad',
  reportingCredit: 'reporting-credit',
  pullQuote: 'pull-quote',
  boilerplate: 'boilerplate',
} as const;

/**
 * Turns parsed blocks into a Markdown body. The tree is built as mdast and serialised by
 * mdast-util-to-markdown, which escapes every character that Markdown or HTML would otherwise
 * interpret (`*`, `_`, `[`, `<`, `#`, `:`, a line of `---`, …), so article text stays text.
 *
 * Article text only ever goes into headings and paragraphs, never into a directive's
 * `[label]`: mdast-util-directive does not escape text-directive syntax (`x:name`) inside
 * labels, so a label holding "javascript:alert(1)" would come back as a directive.
 */
export function blocksToMarkdown(blocks: readonly ArticleBlock[]): string {
  const tree: Root = { type: 'root', children: blocks.map(blockToNode) };
  return toMarkdown(tree, {
    extensions: [directiveToMarkdown()],
    bullet: '*',
    rule: '-',
    // mdast-util-to-markdown skips escaping a ":" whose preceding character is itself escaped
    // ("\\[:name"), assuming the escape changes what the ":" follows; the directive parser
    // still sees "[" and reads a text directive. A pattern with no `before` condition keeps it.
    unsafe: [
      { character: ':', after: '[^\\s\\p{P}\\p{S}]', inConstruct: 'phrasing', unicode: true },
      // Its own rules leave "<'@a>" alone, which CommonMark reads as an e-mail autolink (the
      // local part may start with "'"): found by fuzzing. Escaping every "<" in text costs nothing.
      { character: '<', inConstruct: 'phrasing' },
    ],
  });
}

/** A complete article file: YAML frontmatter, then the Markdown body. */
export function articleFile(frontmatter: ArticleFrontmatter, blocks: readonly ArticleBlock[]): string {
  // YAML 1.1 rules make the writer quote strings such as dates that js-yaml (Astro) would read as other types.
  return `---\n${stringify(frontmatter, { lineWidth: 0, version: '1.1' })}---\n\n${blocksToMarkdown(blocks)}`;
}

function blockToNode(block: ArticleBlock): RootContent {
  switch (block.type) {
    case 'headline':
      return { type: 'heading', depth: 1, children: text(block.text) };
    case 'subheading':
      return { type: 'heading', depth: 2, children: text(block.text) };
    case 'paragraph':
      return paragraph(block.text);
    case 'key-points':
      return container(
        DIRECTIVES.keyPoints,
        block.items.map((item) => container(DIRECTIVES.keyPoint, [paragraph(item.text)], { marker: item.marker })),
        block.ordered ? { ordered: 'true' } : {},
      );
    case 'list':
      return container(
        DIRECTIVES.list,
        block.items.map((item) => container(DIRECTIVES.listItem, [paragraph(item.text)], { marker: item.marker })),
        block.ordered ? { ordered: 'true' } : {},
      );
    case 'section-label':
      return container(DIRECTIVES.sectionLabel, [paragraph(block.text)]);
    case 'turn':
      return container(DIRECTIVES.turn, [paragraph(block.speaker), paragraph(block.text)]);
    case 'social-post':
      return container(
        DIRECTIVES.socialPost,
        [
          ...(block.header ? [container(DIRECTIVES.postHeader, block.header.map(paragraph))] : []),
          ...block.lines.map(paragraph),
          container(DIRECTIVES.postAttribution, [paragraph(block.attribution.text)]),
        ],
        { author: block.attribution.author, handle: block.attribution.handle, date: block.attribution.date },
      );
    case 'photo-caption':
      return container(DIRECTIVES.photoCaption, [paragraph(block.text)]);
    case 'photo-credit':
      return container(DIRECTIVES.photoCredit, [paragraph(block.text)]);
    case 'byline':
      return container(DIRECTIVES.byline, [paragraph(block.text)]);
    case 'dateline':
      return container(DIRECTIVES.dateline, [paragraph(block.text)]);
    case 'timestamp':
      return container(DIRECTIVES.timestamp, [paragraph(block.text)], {
        ...(block.opensEntry ? { entry: 'true' } : {}),
        ...(block.time ? { time: block.time } : {}),
      });
    case 'ad':
      return container(DIRECTIVES.ad, [paragraph(block.text)]);
    case 'reporting-credit':
      return container(DIRECTIVES.reportingCredit, [paragraph(block.text)]);
    case 'pull-quote':
      return container(DIRECTIVES.pullQuote, [paragraph(block.text)]);
    case 'boilerplate':
      return container(DIRECTIVES.boilerplate, [paragraph(block.text)], { role: block.role });
    case 'video':
      return container(DIRECTIVES.video, [container(DIRECTIVES.videoTitle, [paragraph(block.title)]), paragraph(block.caption)]);
    case 'source-note':
      return container(DIRECTIVES.sourceNote, [paragraph(block.text)]);
    case 'related-links':
      return container(
        DIRECTIVES.relatedLinks,
        block.items.map((item) => container(DIRECTIVES.relatedLink, [paragraph(item)])),
      );
  }
}

function text(value: string): PhrasingContent[] {
  return [{ type: 'text', value }];
}

function paragraph(value: string): Paragraph {
  return { type: 'paragraph', children: text(value) };
}

function container(
  name: string,
  children: BlockContent[],
  attributes: Record<string, string> = {},
): ContainerDirective {
  return { type: 'containerDirective', name, attributes, children };
}
