import type { ArticleBlock, KeyPoint, PostAttribution } from '../schemas/article-block.ts';
import { countWords as wordCount } from './article-stats.ts';

/**
 * Reads the structure of a plain-text news article from its layout alone.
 *
 * The files come from copy-and-paste of web pages, so structure survives only as line shapes:
 * a title line, bullets, short labels, embedded posts signed `— Name (@handle) Month D, YYYY`,
 * captions, a source note and trailing link titles. Each rule below looks at shape and
 * punctuation, never at particular words of particular articles, so that a new file with the
 * same kinds of structure is read the same way.
 *
 * Input must already be normalised (no BOM, `\n` line endings). Every non-space character of
 * the input ends up in exactly one block, in order.
 */
export function parseArticleText(text: string): ArticleBlock[] {
  const groups = lineGroups(text.split('\n'));
  const kinds = new Array<ArticleBlock | 'consumed' | undefined>(groups.length);

  findSocialPosts(groups, kinds);
  const hasHeadline = findHeadline(groups, kinds);
  findRelatedLinks(groups, kinds);
  if (hasHeadline) findLeadVideo(groups, kinds);

  const blocks: ArticleBlock[] = [];
  groups.forEach((group, index) => {
    const known = kinds[index];
    if (known === 'consumed') return;
    if (known) return void blocks.push(known);
    const [first] = group.lines;
    const bullet = group.lines.length === 1 && first !== undefined ? parseBullet(first) : undefined;
    if (bullet) {
      const previous = blocks.at(-1);
      if (previous?.type === 'key-points' && kinds[index - 1] === undefined) previous.items.push(bullet);
      else blocks.push({ type: 'key-points', items: [bullet] });
      return;
    }
    blocks.push(classifyProse(group, index === groups.length - 1));
  });
  return blocks;
}

/** Lines that belong together: one line each, or (in blank-line-separated files) a wrapped paragraph. */
interface LineGroup {
  lines: string[];
  /** Index of the group's first line in the file. */
  firstLine: number;
  /** Index of the group's last line in the file. */
  lastLine: number;
}

const ATTRIBUTION =
  /^[—–-]{1,2}\s*(?<author>\S.*?)\s*\((?<handle>@\w{1,50})\)\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})\s*$/;
const BULLET = /^(?<marker>[-*•–·▪●])\s+(?<text>\S.*)$/;
const DATELINE = /^[A-Z][A-Z.'’]{2,}(?:,?\s+[A-Z][A-Za-z.'’]*){0,3}\s*(?:\([^()]{1,40}\)\s*)?[-–—]{1,2}\s+\S/;
const SOURCE_NOTE = /^(?:The\s+)?Sources?:\s+\S/;
const CAPTION_PATTERNS = [
  /^FILE\s*[-–—:]\s/,
  /^(?:PHOTO|Photo|IMAGE|Image)\s*[-–—:]\s/,
  /\((?:[^()]*\b(?:Photo|Photos|Getty Images|Pool|Reuters|AFP|EPA)\b[^()]*)\)\s*$/,
  /\b(?:Photo|Image)\s+(?:by|credit|courtesy of)\s[^()]*$/i,
];
const ELLIPSIS_END = /(?:…|\.\.\.)["'”’]?$/;
const TERMINAL_PUNCTUATION = /[.!;,:…]$/;
const CLOSERS = /["'”’»)\]]+$/;
const OPENING_QUOTE = /^["'“‘«]/;

/** A post line further up than the first is taken only while it reads like post text, not prose. */
const MAX_POST_LINE_WORDS = 25;
const MAX_TITLE_WORDS = 14;
const MAX_HEADLINE_WORDS = 25;
const MAX_LABEL_WORDS = 6;

function lineGroups(lines: string[]): LineGroup[] {
  const separatedByBlank = countTransitions(lines);
  const wrapsParagraphs = separatedByBlank.blank > separatedByBlank.adjacent;
  const groups: LineGroup[] = [];
  let open: LineGroup | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      open = undefined;
      return;
    }
    const standsAlone = BULLET.test(line) || ATTRIBUTION.test(line);
    if (wrapsParagraphs && open && !standsAlone) {
      open.lines.push(line);
      open.lastLine = index;
      return;
    }
    const group = { lines: [line], firstLine: index, lastLine: index };
    groups.push(group);
    open = wrapsParagraphs && !standsAlone ? group : undefined;
  });
  return groups;
}

/** How consecutive non-empty lines are separated: directly, or by at least one blank line. */
function countTransitions(lines: string[]) {
  let blank = 0;
  let adjacent = 0;
  let previous: number | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    if (previous !== undefined) {
      if (index === previous + 1) adjacent++;
      else blank++;
    }
    previous = index;
  });
  return { blank, adjacent };
}

function findSocialPosts(groups: LineGroup[], kinds: Array<ArticleBlock | 'consumed' | undefined>) {
  groups.forEach((group, index) => {
    const attribution = group.lines.length === 1 && group.lines[0] ? parseAttribution(group.lines[0]) : undefined;
    if (!attribution) return;
    const postGroups: number[] = [];
    const usable = (at: number) => {
      const candidate = groups[at];
      return (
        candidate !== undefined &&
        kinds[at] === undefined &&
        !candidate.lines.some((line) => ATTRIBUTION.test(line) || BULLET.test(line)) &&
        touches(candidate, groups[at + 1])
      );
    };
    let at = index - 1;
    if (usable(at)) postGroups.unshift(at--);
    while (at > 0 && usable(at) && readsLikePostText(groups[at]!)) postGroups.unshift(at--);
    if (postGroups.length === 0) return; // a signature with nothing above it stays a paragraph
    const lines = postGroups.flatMap((position) => groups[position]!.lines);
    kinds[postGroups[0]!] = { type: 'social-post', lines, attribution };
    for (const position of postGroups.slice(1)) kinds[position] = 'consumed';
    kinds[index] = 'consumed';
  });
}

function touches(above: LineGroup, below: LineGroup | undefined) {
  return below !== undefined && below.firstLine === above.lastLine + 1;
}

function readsLikePostText(group: LineGroup) {
  if (group.lines.length !== 1) return false;
  const line = group.lines[0]!;
  if (ELLIPSIS_END.test(line)) return true;
  return wordCount(line) < MAX_POST_LINE_WORDS && !isSectionLabel(line) && !isTitleLike(line);
}

function findHeadline(groups: LineGroup[], kinds: Array<ArticleBlock | 'consumed' | undefined>) {
  const first = groups[0];
  if (!first || kinds[0] !== undefined || groups.length < 2 || first.lines.length !== 1) return false;
  const line = first.lines[0]!;
  const readsAsTitle =
    wordCount(line) <= MAX_HEADLINE_WORDS &&
    wordCount(line) > 0 &&
    !/[.…:;,]$/.test(line.replace(CLOSERS, '')) &&
    !OPENING_QUOTE.test(line) &&
    !BULLET.test(line) &&
    !DATELINE.test(line);
  if (readsAsTitle) kinds[0] = { type: 'headline', text: line };
  return readsAsTitle;
}

/** Short untitled-looking lines after the last paragraph: the titles of "related" links. */
function findRelatedLinks(groups: LineGroup[], kinds: Array<ArticleBlock | 'consumed' | undefined>) {
  const trailing: number[] = [];
  for (let at = groups.length - 1; at > 0; at--) {
    const group = groups[at]!;
    const line = group.lines[0]!;
    const isLinkTitle =
      kinds[at] === undefined &&
      group.lines.length === 1 &&
      isTitleLike(line, { allowLowercase: true }) &&
      !/\?$/.test(line) &&
      !BULLET.test(line);
    if (!isLinkTitle) break;
    trailing.unshift(at);
  }
  const bodyBefore = trailing.length > 0 && groups.slice(0, trailing[0]).some((group) => !isTitleLike(group.lines[0]!));
  if (!bodyBefore) return;
  kinds[trailing[0]!] = { type: 'related-links', items: trailing.map((at) => groups[at]!.lines[0]!) };
  for (const at of trailing.slice(1)) kinds[at] = 'consumed';
}

/** Headline, then a title line and one paragraph, then the dateline: a video embedded at the top. */
function findLeadVideo(groups: LineGroup[], kinds: Array<ArticleBlock | 'consumed' | undefined>) {
  const [, title, caption, dateline] = groups;
  if (!title || !caption || !dateline) return;
  if (kinds[1] !== undefined || kinds[2] !== undefined || title.lines.length !== 1 || caption.lines.length !== 1) return;
  const titleLine = title.lines[0]!;
  const captionLine = caption.lines[0]!;
  if (!isTitleLike(titleLine) || isTitleLike(captionLine) || DATELINE.test(captionLine)) return;
  if (!DATELINE.test(dateline.lines[0]!)) return;
  kinds[1] = { type: 'video', title: titleLine, caption: captionLine };
  kinds[2] = 'consumed';
}

function classifyProse(group: LineGroup, isLast: boolean): ArticleBlock {
  const text = group.lines.join('\n');
  if (group.lines.length > 1) return { type: 'paragraph', text };
  if (SOURCE_NOTE.test(text)) return { type: 'source-note', text };
  if (CAPTION_PATTERNS.some((pattern) => pattern.test(text))) return { type: 'photo-caption', text };
  if (isSectionLabel(text)) return { type: 'section-label', text };
  if (!isLast && isTitleLike(text) && !DATELINE.test(text)) return { type: 'subheading', text };
  return { type: 'paragraph', text };
}

function parseBullet(line: string): KeyPoint | undefined {
  const match = BULLET.exec(line);
  if (!match?.groups) return undefined;
  return { marker: match.groups['marker']!, text: match.groups['text']! };
}

/** Reads a `— Name (@handle) Month D, YYYY` signature line. */
export function parseAttribution(line: string): PostAttribution | undefined {
  const match = ATTRIBUTION.exec(line);
  if (!match?.groups) return undefined;
  return { text: line, author: match.groups['author']!, handle: match.groups['handle']!, date: match.groups['date']! };
}

/** A run-in label such as "What they're saying:": a few words in sentence case, ending in a colon. */
function isSectionLabel(line: string) {
  const words = wordCount(line);
  return /:$/.test(line) && words > 0 && words <= MAX_LABEL_WORDS && /^\p{Lu}/u.test(line) && /\p{Ll}/u.test(line);
}

/** A short line with no sentence-ending punctuation (questions allowed): a title, not prose. */
function isTitleLike(line: string, { allowLowercase = false } = {}) {
  const words = wordCount(line);
  if (words === 0 || words > MAX_TITLE_WORDS) return false;
  if (OPENING_QUOTE.test(line) || TERMINAL_PUNCTUATION.test(line.replace(CLOSERS, ''))) return false;
  return allowLowercase || /^[\p{Lu}\p{N}]/u.test(line);
}
