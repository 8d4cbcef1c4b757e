import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import slugify from '@sindresorhus/slugify';
import type { VFile } from 'vfile';
import { DIRECTIVES } from '../ingest/article-markdown.ts';
import type { BoilerplateRole } from '../schemas/article-block.ts';
import { element, label, type SentenceBlock } from './nodes.ts';

/** Visible labels for blocks that are not the outlet's own reporting. */
export const BLOCK_LABELS = {
  keyPoints: 'Key points',
  socialPost: 'Embedded social post',
  photoCaption: 'Photo caption (the image is not in the file)',
  video: 'Embedded video (title and caption only)',
  sourceNote: 'Source note',
  relatedLinks: 'Related links (titles only; the file has no addresses)',
} as const;

/** Visible labels of page furniture, shown before its text. */
export const FURNITURE_LABELS = {
  byline: 'Byline',
  dateline: 'Dateline',
  timestamp: 'Date and time',
  entryTime: 'Live update',
  ad: 'Advertisement slug',
  photoCredit: 'Photo credit',
  reportingCredit: 'Credits',
  pullQuote: 'Pull quote (repeats a line of the article)',
  share: 'Share buttons',
  newsletter: 'Newsletter',
  copyright: 'Copyright',
  author: 'About the author',
  page: 'Page element',
  masthead: 'Masthead',
  footnote: 'Footnote',
  image: 'Image description (the image is not in the file)',
} as const;

/** Furniture directives, with the sentence block and the label their text gets. */
const FURNITURE: Record<string, { block: SentenceBlock; label: (node: ContainerDirective) => string }> = {
  [DIRECTIVES.byline]: { block: 'byline', label: () => FURNITURE_LABELS.byline },
  [DIRECTIVES.dateline]: { block: 'dateline', label: () => FURNITURE_LABELS.dateline },
  [DIRECTIVES.timestamp]: {
    block: 'timestamp',
    label: (node) => (node.attributes?.['entry'] === 'true' ? FURNITURE_LABELS.entryTime : FURNITURE_LABELS.timestamp),
  },
  [DIRECTIVES.ad]: { block: 'ad', label: () => FURNITURE_LABELS.ad },
  [DIRECTIVES.photoCredit]: { block: 'photo-credit', label: () => FURNITURE_LABELS.photoCredit },
  [DIRECTIVES.reportingCredit]: { block: 'reporting-credit', label: () => FURNITURE_LABELS.reportingCredit },
  [DIRECTIVES.pullQuote]: { block: 'pull-quote', label: () => FURNITURE_LABELS.pullQuote },
  [DIRECTIVES.boilerplate]: {
    block: 'boilerplate',
    label: (node) => FURNITURE_LABELS[(node.attributes?.['role'] ?? 'page') as BoilerplateRole] ?? FURNITURE_LABELS.page,
  },
};

/**
 * remark plugin: turns the directives written by the ingest into semantic HTML (lists,
 * `blockquote` + `cite` for posts, `figure` + `figcaption` for captions and video) with a
 * visible label on every embed, and marks each node that holds article text with its block
 * kind for `remark-sentences`.
 *
 * Article Markdown never contains raw HTML, emphasis, links or inline directives: the ingest
 * escapes all of them. Meeting one means the file did not come from the ingest, and the build
 * stops with the file's name rather than render article text as markup.
 */
export function remarkArticleBlocks() {
  return (tree: Root, file: VFile) => {
    const headingIds = new Set<string>();
    const entries = liveEntries(tree.children);
    const rendered = tree.children.map((node) => topLevel(node, file, headingIds));
    tree.children = entries ? groupEntries(rendered, entries) : rendered;
  };
}

/** Where live-blog entries start (at timestamps marked `entry`) and where the last one ends. */
function liveEntries(nodes: readonly RootContent[]): { starts: Set<number>; end: number } | undefined {
  const starts = new Set<number>();
  nodes.forEach((node, at) => {
    if (isContainer(node, DIRECTIVES.timestamp) && node.attributes?.['entry'] === 'true') starts.add(at);
  });
  if (starts.size === 0) return undefined;
  // Furniture closing the page (credits, copyright, related links) belongs to the article, not to its last entry.
  let end = nodes.length;
  while (end > Math.max(...starts) + 1 && isClosingFurniture(nodes[end - 1]!)) end--;
  return { starts, end };
}

function isClosingFurniture(node: RootContent) {
  return node.type === 'containerDirective' && (node.name in FURNITURE || node.name === DIRECTIVES.relatedLinks || node.name === DIRECTIVES.sourceNote);
}

/** Wraps each live-blog entry (its timestamp and what follows, up to the next) in a `<section>`. */
function groupEntries(nodes: RootContent[], { starts, end }: { starts: Set<number>; end: number }): RootContent[] {
  const out: RootContent[] = [];
  let entry: RootContent[] | undefined;
  nodes.forEach((node, at) => {
    if (starts.has(at)) {
      entry = [];
      const time = (node.data?.hProperties as { dataTime?: string } | undefined)?.dataTime;
      out.push(element('section', { className: ['live-entry'], ...(time ? { dataTime: time } : {}) }, entry));
    }
    if (at >= end) entry = undefined;
    (entry ?? out).push(node);
  });
  return out;
}

function topLevel(node: RootContent, file: VFile, headingIds: Set<string>): RootContent {
  if (node.type === 'paragraph') return mark(node, 'paragraph');
  if (node.type === 'heading') return heading(node, headingIds);
  if (node.type === 'containerDirective') return container(node, file);
  return unexpected(node, file);
}

function heading(node: Heading, headingIds: Set<string>): RootContent {
  const text = node.children.map((child) => ('value' in child ? child.value : '')).join(' ');
  const base = `h-${slugify(text) || 'section'}`;
  let id = base;
  for (let suffix = 2; headingIds.has(id); suffix++) id = `${base}-${suffix}`;
  headingIds.add(id);
  node.data = { ...node.data, hProperties: { id }, parallaxBlock: node.depth === 1 ? 'headline' : 'heading' };
  return node;
}

function container(node: ContainerDirective, file: VFile): RootContent {
  const block = (className: string, children: RootContent[]) =>
    element('div', { className: ['block', className], dataBlock: node.name }, children);
  switch (node.name) {
    case DIRECTIVES.keyPoints:
      return block('key-points', [
        label(BLOCK_LABELS.keyPoints),
        element(listTag(node), {}, node.children.map((item) => listItem(item, DIRECTIVES.keyPoint, 'list-item', file))),
      ]);
    case DIRECTIVES.list:
      return element(listTag(node), { className: ['body-list'], dataBlock: node.name }, node.children.map((item) => listItem(item, DIRECTIVES.listItem, 'list-item', file)));
    case DIRECTIVES.turn: {
      const [speaker, words] = node.children;
      if (speaker?.type !== 'paragraph' || words?.type !== 'paragraph' || node.children.length !== 2) return unexpected(node, file);
      const name = element('span', { className: ['turn-speaker'] }, [...speaker.children, { type: 'text', value: ' ' }], { parallaxDecoration: true });
      return element('p', { className: ['turn'], dataBlock: node.name }, [name, ...words.children], { parallaxBlock: 'paragraph' });
    }
    case DIRECTIVES.relatedLinks:
      return block('related-links', [
        label(BLOCK_LABELS.relatedLinks),
        element('ul', {}, node.children.map((item) => listItem(item, DIRECTIVES.relatedLink, 'related-link', file))),
      ]);
    case DIRECTIVES.sectionLabel:
      return element('p', { className: ['section-label'] }, soleText(node, file), { parallaxBlock: 'section-label' });
    case DIRECTIVES.socialPost: {
      const attribution = node.children.at(-1);
      if (!isContainer(attribution, DIRECTIVES.postAttribution)) return unexpected(node, file);
      const author = node.attributes?.['author'] ?? '';
      const [first] = node.children;
      const header = isContainer(first, DIRECTIVES.postHeader)
        ? [element('header', { className: ['post-account'] }, first.children.map((child) => paragraphOf(child, 'social-post-attribution', file, author)))]
        : [];
      const lines = [...header, ...node.children.slice(header.length, -1).map((child) => paragraphOf(child, 'social-post', file, author))];
      const cite = element('cite', {}, soleText(attribution, file), {
        parallaxBlock: 'social-post-attribution',
        parallaxPostAuthor: author,
      });
      const post = element('blockquote', { dataAuthor: author, dataHandle: node.attributes?.['handle'] ?? '' }, [
        ...lines,
        element('footer', {}, [cite]),
      ]);
      return element('div', { className: ['embed', 'social-post'], dataBlock: node.name }, [label(BLOCK_LABELS.socialPost), post]);
    }
    case DIRECTIVES.photoCaption:
      return figure('photo-caption', [
        label(BLOCK_LABELS.photoCaption),
        ...node.children.map((child) => paragraphOf(child, 'caption', file)),
      ]);
    case DIRECTIVES.video: {
      const [title, ...caption] = node.children;
      if (!isContainer(title, DIRECTIVES.videoTitle)) return unexpected(node, file);
      return figure('video', [
        label(BLOCK_LABELS.video),
        element('p', { className: ['video-title'] }, soleText(title, file), { parallaxBlock: 'video-title' }),
        ...caption.map((child) => paragraphOf(child, 'video-caption', file)),
      ]);
    }
    case DIRECTIVES.sourceNote:
      return block('source-note', [
        label(BLOCK_LABELS.sourceNote),
        ...node.children.map((child) => paragraphOf(child, 'source-note', file)),
      ]);
    default: {
      const furniture = FURNITURE[node.name];
      if (!furniture) return unexpected(node, file);
      const time = node.name === DIRECTIVES.timestamp ? node.attributes?.['time'] : undefined;
      const text = time
        ? element('time', { dateTime: time }, soleText(node, file), { parallaxBlock: furniture.block })
        : element('span', { className: ['furniture-text'] }, soleText(node, file), { parallaxBlock: furniture.block });
      return element(
        'p',
        { className: ['furniture', node.name], dataBlock: node.name, ...(node.attributes?.['role'] ? { dataRole: node.attributes['role'] } : {}), ...(time ? { dataTime: time } : {}) },
        [label(furniture.label(node), 'span'), { type: 'text', value: ' ' }, text],
      );
    }
  }
}

function listTag(node: ContainerDirective) {
  return node.attributes?.['ordered'] === 'true' ? 'ol' : 'ul';
}

function figure(kind: string, captionChildren: RootContent[]): RootContent {
  return element('figure', { className: ['embed', kind], dataBlock: kind }, [element('figcaption', {}, captionChildren)]);
}

function listItem(node: RootContent, name: string, block: SentenceBlock, file: VFile): RootContent {
  if (!isContainer(node, name)) return unexpected(node, file);
  const marker = node.attributes?.['marker'];
  const text = soleText(node, file);
  const children: RootContent[] = marker
    ? [element('span', { className: ['list-marker'], ariaHidden: 'true' }, [{ type: 'text', value: marker }], { parallaxDecoration: true }), ...text]
    : text;
  return element('li', {}, children, { parallaxBlock: block });
}

function isContainer(node: RootContent | undefined, name: string): node is ContainerDirective {
  return node?.type === 'containerDirective' && node.name === name;
}

/** The inline content of a directive that wraps exactly one paragraph. */
function soleText(node: ContainerDirective, file: VFile): PhrasingContent[] {
  const [only, ...rest] = node.children;
  if (only?.type !== 'paragraph' || rest.length > 0) return unexpected(node, file);
  return only.children;
}

function paragraphOf(node: RootContent, block: SentenceBlock, file: VFile, postAuthor?: string): RootContent {
  if (node.type !== 'paragraph') return unexpected(node, file);
  return mark(node, block, postAuthor);
}

function mark(node: Paragraph, block: SentenceBlock, postAuthor?: string): Paragraph {
  node.data = { ...node.data, parallaxBlock: block, ...(postAuthor ? { parallaxPostAuthor: postAuthor } : {}) };
  return node;
}

function unexpected(node: RootContent, file: VFile): never {
  const where = node.position ? `line ${node.position.start.line}` : 'an unknown line';
  const what = 'name' in node ? `${node.type} "${node.name}"` : node.type;
  throw new Error(
    `${file.path || 'article Markdown'}: unexpected ${what} at ${where}; article files must come from the ingest (npm run ingest)`,
  );
}
