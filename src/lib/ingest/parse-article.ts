import type { ArticleBlock, PostAttribution } from '../schemas/article-block.ts';
import { countWords as wordCount } from './article-stats.ts';
import {
  boilerplateRole,
  isAdSlug,
  isContactLabel,
  isContactLine,
  isEmailHeader,
  isCommentControls,
  isCommentsHeading,
  isEndCue,
  isEndMark,
  isForwardDivider,
  isJobTitle,
  isKeyEventsLabel,
  isTimedTitle,
  isPersonName,
  isPhotoCredit,
  isReportingCredit,
  parseByline,
  parseDateline,
  parseHandleLine,
  parseListItem,
  parsePostTime,
  parseTimestamp,
  readMoreShape,
  splitGluedCredit,
  splitGluedReportingCredit,
  furnitureSegments,
  withoutPictographs,
  isTitleLine,
} from './line-shapes.ts';
import { blockOfKind, lineKey, type LineKinds } from './line-kind.ts';
import { isTitleLike, type LineGroup, type Slots } from './line-groups.ts';
import { findTopMatter } from './top-matter.ts';
import { confirmHeadline } from './headline-evidence.ts';

export { isTitleLike, type LineGroup } from './line-groups.ts';
import { isSpeakerLine, refineBlocks } from './refine-blocks.ts';

/**
 * Reads the structure of a plain-text news article from its layout alone.
 *
 * The files come from copy-and-paste of web pages, so structure survives only as line shapes:
 * a title line, bullets and numbers, short labels, embedded posts (signed `— Name (@handle)
 * Month D, YYYY`, or pasted as a card: name, handle, text, time), captions and credits, a
 * source note, trailing link titles, and the page furniture around the reporting (bylines,
 * datelines, timestamps, advertisement slugs, share and newsletter lines). Each rule looks at
 * shape, punctuation and the closed vocabulary of page furniture, never at particular words of
 * particular articles, so that a new file with the same kinds of structure is read the same way.
 *
 * Input must already be normalised (no BOM, `\n` line endings). Every non-space character of
 * the input ends up in exactly one block, in order.
 */
export function parseArticleText(text: string, options: ParseOptions = {}): ArticleBlock[] {
  return parseLineGroups(lineGroups(text.split('\n'), options.unwrapped === true), options);
}

/** What decides a line's kind besides its shape. */
export interface ParseOptions {
  /** Kinds given to lines by their exact text (the editor's layout corrections, a reading of the whole file). */
  lineKinds?: LineKinds;
  /** The text has one line per paragraph already (hard-wrapped text read back): no line joins another. */
  unwrapped?: boolean;
}

/**
 * Reads the blocks of lines already grouped (by `parseArticleText`, or by a reader of another
 * text kind: hard-wrapped text, Markdown). Lines whose kind is given become that block.
 */
export function parseLineGroups(groups: LineGroup[], { lineKinds }: ParseOptions = {}): ArticleBlock[] {
  const furniture = groups.map((group) => (group.lines.length === 1 ? furnitureOf(group.lines[0]!) : undefined));
  const kinds: Slots = new Array(groups.length);
  if (lineKinds && lineKinds.size > 0) placeGivenKinds(groups, kinds, furniture, lineKinds);

  findSignedPosts(groups, kinds, furniture);
  findCardPosts(groups, kinds);
  placeFurniture(groups, kinds, furniture);
  findKeyEvents(groups, kinds);
  findEmailHeaders(groups, kinds);
  findContactBlocks(groups, kinds);
  findCoveringNote(groups, kinds);
  findSignature(groups, kinds);
  findTopMatter(groups, kinds);
  findClosingMatter(groups, kinds);
  const headline = findHeadline(groups, kinds);
  findRelatedLinks(groups, kinds);
  if (headline !== undefined) findLeadVideo(groups, kinds, headline);
  if (headline !== undefined) findNameBylines(groups, kinds, headline);
  if (headline !== undefined) findStackedDateline(groups, kinds, headline);
  findCaptionsAboveCredits(groups, kinds);

  const blocks: ArticleBlock[] = [];
  groups.forEach((group, index) => {
    const known = kinds[index];
    if (known === 'consumed') return;
    if (known) return void blocks.push(...known);
    const [first] = group.lines;
    const item = group.lines.length === 1 && first !== undefined ? parseListItem(first) : undefined;
    if (item) {
      const { ordered, ...listItem } = item;
      const previous = blocks.at(-1);
      if (previous?.type === 'list' && previous.ordered === ordered && kinds[index - 1] === undefined) previous.items.push(listItem);
      else blocks.push({ type: 'list', ordered, items: [listItem] });
      return;
    }
    blocks.push(...classifyProse(group, index === groups.length - 1));
  });
  const refined = refineBlocks(blocks);
  // The editor's word on the headline stands; otherwise the story's own text has a say in it.
  const headlineGiven = lineKinds !== undefined && [...lineKinds.values()].includes('headline');
  return headlineGiven ? refined : confirmHeadline(refined);
}

/**
 * Lines whose kind is given: furniture and headlines become their block at once; a `body`
 * line becomes a paragraph, and nothing else (no furniture shape, no headline) claims it.
 */
function placeGivenKinds(groups: LineGroup[], kinds: Slots, furniture: Array<ArticleBlock | 'read-more-label' | undefined>, lineKinds: LineKinds) {
  groups.forEach((group, index) => {
    if (group.lines.length !== 1) return;
    const line = group.lines[0]!;
    const kind = lineKinds.get(lineKey(line));
    if (kind === undefined) return;
    furniture[index] = undefined;
    kinds[index] = [blockOfKind(line, kind) ?? { type: 'paragraph', text: line }];
  });
}

const ATTRIBUTION =
  /^[—–-]{1,2}\s*(?<author>\S.*?)\s*\((?<handle>@[\w.]{1,50}(?:@[\w-]+(?:\.[\w-]+)+)?)\)\s*(?<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4})\s*$/;
const SOURCE_NOTE = /^(?:The\s+)?Sources?:\s+\S/;
const CAPTION_PATTERNS = [
  /^FILE\s*[-–—:]\s/,
  /^(?:PHOTO|Photo|IMAGE|Image)\s*[-–—:]\s/,
  /^(?:Image|Photo|Picture|Media)\s+caption\s*[,:]\s*\S/i,
];
const ELLIPSIS_END = /(?:…|\.\.\.)["'”’]?$/;

/** A post line further up than the first is taken only while it reads like post text, not prose. */
const MAX_POST_LINE_WORDS = 25;
const MAX_LABEL_WORDS = 6;
/** A card post's account name: a few words. */
const MAX_POST_NAME_WORDS = 8;
/** How many groups of text a card post may hold before its time line. */
const MAX_CARD_TEXT_GROUPS = 15;
/** A line above a standalone photo credit is its caption when it is at most this long. */
const MAX_CAPTION_WORDS = 45;
/** Link titles a read-more label alone ("Related stories") gathers below it. */
const MAX_RELATED_TITLES = 10;

function lineGroups(lines: string[], unwrapped = false): LineGroup[] {
  const separatedByBlank = countTransitions(lines);
  const wrapsParagraphs = !unwrapped && separatedByBlank.blank > separatedByBlank.adjacent;
  const groups: LineGroup[] = [];
  let open: LineGroup | undefined;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      open = undefined;
      return;
    }
    const standsAlone = standsAloneLine(line) || (wrapsParagraphs && headsParagraph(line, lines[index + 1]));
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

/** A heading set directly over its paragraph is at most half as long as the paragraph's first line. */
const HEADING_SHARE = 0.5;
const MIN_PARAGRAPH_LINE_WORDS = 8;

/**
 * A heading set directly over its paragraph, without the blank line the file puts between
 * paragraphs ("About Example Rail" / "Example Rail runs …"): a short title line over a line of prose
 * more than twice as long. A wrapped paragraph's first line is as long as its others.
 */
function headsParagraph(line: string, next: string | undefined): boolean {
  if (next === undefined || next.trim() === '') return false;
  return isTitleLike(line.trim()) && wordCount(next) >= MIN_PARAGRAPH_LINE_WORDS && line.trim().length <= HEADING_SHARE * next.trim().length;
}

/** Lines that are never part of a wrapped paragraph: list items, post lines, e-mail header lines and page furniture. */
export function standsAloneLine(line: string): boolean {
  return (
    parseListItem(line) !== undefined ||
    isEmailHeader(line) ||
    ATTRIBUTION.test(line) ||
    parseHandleLine(line) !== undefined ||
    parsePostTime(line) !== undefined ||
    NOTES_HEADING.test(line.trim()) ||
    furnitureOf(line) !== undefined
  );
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

/**
 * The furniture block a line is on its own, if it is one: by its shape, or by its shape once the
 * pictographs a news app sets before its labels are set aside ("👉 Tap to read more"), or as a run
 * of furniture segments ("6 min read · Fri 4 Dec 2026"). The block keeps the whole line.
 */
function furnitureOf(line: string): ArticleBlock | 'read-more-label' | undefined {
  const found = furnitureShape(line);
  if (found !== undefined) return found;
  const bare = withoutPictographs(line);
  if (bare !== line && bare.trim() !== '') {
    const inner = furnitureShape(bare);
    if (inner === 'read-more-label') return inner;
    if (inner?.type === 'related-links') return { type: 'related-links', items: [line] };
    if (inner !== undefined && 'text' in inner) return { ...inner, text: line } as ArticleBlock;
  }
  const segment = (part: string) => furnitureShape(withoutPictographs(part));
  // A section's name may stand among them ("Transport · 5 min read", "Europe | 4 June 2026 | 3 min read"): a short
  // label, so long as another segment is furniture by itself.
  const parts = line.trim().split(/\s+[|·•]\s+/);
  const label = (part: string) => wordCount(part) <= MAX_SEGMENT_LABEL_WORDS && isTitleLike(part) && !/[.!?,;:]$/.test(part.trim());
  const labelled = parts.length >= 2 && parts.some((part) => segment(part) !== undefined) && parts.every((part) => segment(part) !== undefined || label(part));
  if (labelled || furnitureSegments(line, (part) => segment(part) !== undefined)) {
    const dated = line.split(/\s+[|·•]\s+/).some((part) => (segment(part) as ArticleBlock | undefined)?.type === 'timestamp');
    return dated ? { type: 'timestamp', text: line, opensEntry: false, time: null } : { type: 'boilerplate', role: 'page', text: line };
  }
  return undefined;
}

function furnitureShape(line: string): ArticleBlock | 'read-more-label' | undefined {
  if (isAdSlug(line)) return { type: 'ad', text: line };
  const readMore = readMoreShape(line);
  if (readMore === 'with-title') return { type: 'related-links', items: [line] };
  if (readMore === 'label') return 'read-more-label';
  const role = boilerplateRole(line);
  if (role) return { type: 'boilerplate', role, text: line };
  const byline = parseByline(line);
  // "Written by Jane Doe, Europe editor" names the author: a byline, though "written by" also opens credits.
  if (byline && byline.authors.length > 0 && /^\s*written\s+by\b/i.test(line)) return { type: 'byline', text: line, ...byline };
  if (isReportingCredit(line)) return { type: 'reporting-credit', text: line };
  if (byline) return { type: 'byline', text: line, ...byline };
  if (isPhotoCredit(line)) return { type: 'photo-credit', text: line };
  const timestamp = parseTimestamp(line);
  if (timestamp) return { type: 'timestamp', text: line, opensEntry: false, time: timestamp.time };
  return undefined;
}

/** A section's name among furniture segments is this short. */
const MAX_SEGMENT_LABEL_WORDS = 3;

/** A key-events list links to a few entries. */
const MAX_KEY_EVENTS = 20;

/**
 * A live blog's "Key events" list: under its label, the lines led by a time are the titles of
 * entries further down, links to them (navigation, as related links are), not reporting. A list
 * of points under the label (bullets, no times) is the blog's summary and stays reporting.
 */
function findKeyEvents(groups: LineGroup[], kinds: Slots) {
  groups.forEach((group, index) => {
    if (group.lines.length !== 1 || !isKeyEventsLabel(group.lines[0]!)) return;
    const items = [group.lines[0]!];
    let at = index + 1;
    while (at < groups.length && items.length <= MAX_KEY_EVENTS && groups[at]!.lines.length === 1 && (kinds[at] === undefined || Array.isArray(kinds[at])) && isTimedTitle(groups[at]!.lines[0]!)) {
      items.push(groups[at]!.lines[0]!);
      at++;
    }
    if (items.length === 1) return;
    kinds[index] = [{ type: 'related-links', items }];
    for (let position = index + 1; position < at; position++) kinds[position] = 'consumed';
  });
}

/** "Notes to editors" heads a release's closing notes; the paragraph set directly under it is not part of it. */
const NOTES_HEADING = /^(?:notes?\s+(?:to|for)\s+editors|editor['’]?s\s+notes?)\s*:?$/i;

/** A letter's or an e-mail's greeting: "Dear colleagues,", "Hi all,", "Hello everyone!", "Good morning,". */
const SALUTATION = /^(?:dear|hi|hello|hey|greetings|good\s+(?:morning|afternoon|evening))\b[^.!?,:]{0,40}[,!:]$/i;
/** A letter's or an e-mail's sign-off: "Kind regards,", "Best wishes,", "Sincerely,", "Thanks,". */
const SIGN_OFF = /^(?:(?:kind|best|warm|warmest|many)\s+(?:regards|wishes|thanks)|regards|best|thanks|many\s+thanks|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|cheers|with\s+(?:best\s+|kind\s+)?(?:thanks|regards|wishes))\s*[,.!]?$/i;
/** A covering note's opening when it has no greeting: "Please find below …", "Below is …", "We are pleased to share …". */
const COVERING_LINE = /^(?:please\s+(?:find|see)\s+(?:below|attached|enclosed)|below\s+(?:is|are|please\s+find)|(?:i|we)\s+(?:am|are|['’]m|['’]re)\s+(?:pleased|delighted|writing)\s+to\s+(?:share|send|forward|attach)|(?:sharing|forwarding)\s+(?:below|the\s+(?:statement|release)))\b/i;
/** The covering note of a mail holds a few paragraphs before the title of what it sends. */
const MAX_COVERING_GROUPS = 3;
/** A signature's lines are short: a name, a job, an office and address, numbers. */
const MAX_SIGNATURE_LINE_WORDS = 14;

/**
 * A mail that sends an article or a statement (a press office's e-mail, a message pasted with its
 * covering note): a greeting ("Dear colleagues,") opening the text, and the few paragraphs under it
 * before the title of what is sent ("Please find below a statement …"), are the sender's note, not
 * the article. Only when a title line with prose under it follows within a few paragraphs; a
 * greeting alone is furniture either way (newsletters open so too).
 */
function findCoveringNote(groups: LineGroup[], kinds: Slots) {
  const first = kinds.findIndex((known, at) => known === undefined && at < MAX_TOP_GROUPS_FOR_NOTE);
  if (first === -1) return;
  const opening = groups[first]!.lines.join(' ').trim();
  const greeting = groups[first]!.lines.length === 1 && SALUTATION.test(opening) && wordCount(opening) <= 6;
  if (!greeting && !(COVERING_LINE.test(opening) && wordCount(opening) <= 40)) return;
  if (greeting) kinds[first] = [{ type: 'boilerplate', role: 'page', text: groups[first]!.lines[0]! }];
  for (let at = greeting ? first + 1 : first; at <= first + MAX_COVERING_GROUPS + 1 && at < groups.length - 1; at++) {
    const group = groups[at]!;
    if (kinds[at] !== undefined) return;
    const title = group.lines.length === 1 && isTitleLike(group.lines[0]!) && kinds[at + 1] === undefined && !isTitleLike(groups[at + 1]!.lines.join(' '));
    if (!title) continue;
    for (let note = first; note < at; note++) if (kinds[note] === undefined) kinds[note] = [{ type: 'boilerplate', role: 'page', text: groups[note]!.lines.join('\n') }];
    return;
  }
}
const MAX_TOP_GROUPS_FOR_NOTE = 10;

/**
 * A mail's sign-off and the signature under it ("Kind regards," / name / job / office / numbers),
 * in the second half of the text: the sender's, not the article's. Each line of the signature is
 * short; the signature ends at the first paragraph of prose (a disclaimer is furniture by its own shape).
 */
function findSignature(groups: LineGroup[], kinds: Slots) {
  for (let at = Math.floor(groups.length / 2); at < groups.length - 1; at++) {
    const group = groups[at]!;
    if (kinds[at] !== undefined || group.lines.length !== 1 || !SIGN_OFF.test(group.lines[0]!.trim())) continue;
    const below = groups[at + 1]!;
    const short = (candidate: LineGroup) => candidate.lines.every((line) => wordCount(line) <= MAX_SIGNATURE_LINE_WORDS && !/[.!?]["'”’]?$/.test(line.trim()));
    if (kinds[at + 1] !== undefined || !short(below)) continue;
    kinds[at] = [{ type: 'boilerplate', role: 'page', text: group.lines[0]! }];
    for (let line = at + 1; line < groups.length; line++) {
      const known = kinds[line];
      if (known !== undefined) {
        if (known !== 'consumed' && isFurniture(known)) continue;
        return;
      }
      if (!short(groups[line]!)) return;
      kinds[line] = [{ type: 'boilerplate', role: 'page', text: groups[line]!.lines.join('\n') }];
    }
    return;
  }
}

/** A contact block holds a few lines: names, offices, numbers, addresses. */
const MAX_CONTACT_LINES = 8;
const MAX_CONTACT_LINE_WORDS = 10;

/**
 * A press office's contact block: under its label ("Media contact:", "For more information,
 * contact:"), the short lines set directly below it (a name and office, a number, an address)
 * are furniture, as are lines that are only an e-mail address, a number or a web address. Press
 * releases, official statements and company announcements close so.
 */
function findContactBlocks(groups: LineGroup[], kinds: Slots) {
  groups.forEach((group, index) => {
    if (group.lines.length !== 1 || !isContactLabel(group.lines[0]!)) return;
    if (kinds[index] === undefined) kinds[index] = [{ type: 'boilerplate', role: 'page', text: group.lines[0]! }];
    for (let at = index + 1, taken = 0; at < groups.length && taken < MAX_CONTACT_LINES; at++, taken++) {
      const below = groups[at]!;
      if (!touches(groups[at - 1]!, below) || below.lines.length !== 1) return;
      const line = below.lines[0]!;
      const known = kinds[at];
      if (Array.isArray(known) && isFurniture(known)) continue;
      if (known !== undefined || (!isContactLine(line) && (wordCount(line) > MAX_CONTACT_LINE_WORDS || /[.!?]["'”’]?$/.test(line.trim())))) return;
      kinds[at] = [{ type: 'boilerplate', role: 'page', text: line }];
    }
  });
}

/** How far down a forwarded message's divider is looked for: the forwarder's note is short. */
const MAX_FORWARD_NOTE_GROUPS = 12;

/**
 * An e-mail pasted with its header: a run of at least two header lines ("From: …", "Subject: …",
 * "Date: …") is page furniture, wherever it stands (a newsletter pasted with its header, a
 * forwarded message's header under its divider). A message forwarded with a note: everything above
 * the mail client's divider ("---------- Forwarded message ---------") is the forwarder's, not the
 * article: furniture too, so that the headline is looked for in the message forwarded.
 */
function findEmailHeaders(groups: LineGroup[], kinds: Slots) {
  const header = (at: number) => groups[at]?.lines.length === 1 && isEmailHeader(groups[at]!.lines[0]!) && (kinds[at] === undefined || isFurniture(kinds[at] as ArticleBlock[]));
  for (let at = 0; at < groups.length; at++) {
    let end = at;
    while (header(end) && (end === at || touches(groups[end - 1]!, groups[end]))) end++;
    if (end - at < 2) continue;
    for (let line = at; line < end; line++) kinds[line] = [{ type: 'boilerplate', role: 'page', text: groups[line]!.lines[0]! }];
    at = end - 1;
  }
  const divider = groups.findIndex((group, at) => at < MAX_FORWARD_NOTE_GROUPS && group.lines.length === 1 && isForwardDivider(group.lines[0]!));
  if (divider <= 0 || !header(divider + 1)) return;
  for (let at = 0; at < divider; at++) {
    if (kinds[at] === 'consumed' || (Array.isArray(kinds[at]) && isFurniture(kinds[at] as ArticleBlock[]))) continue;
    kinds[at] = [{ type: 'boilerplate', role: 'page', text: groups[at]!.lines.join('\n') }];
  }
}

function findSignedPosts(groups: LineGroup[], kinds: Slots, furniture: ReadonlyArray<unknown>) {
  groups.forEach((group, index) => {
    const attribution = group.lines.length === 1 && group.lines[0] ? parseAttribution(group.lines[0]) : undefined;
    if (!attribution) return;
    const postGroups: number[] = [];
    const usable = (at: number) => {
      const candidate = groups[at];
      return (
        candidate !== undefined &&
        kinds[at] === undefined &&
        furniture[at] === undefined &&
        !candidate.lines.some((line) => ATTRIBUTION.test(line) || parseListItem(line) !== undefined) &&
        touches(candidate, groups[at + 1])
      );
    };
    let at = index - 1;
    if (usable(at)) postGroups.unshift(at--);
    while (at > 0 && usable(at) && readsLikePostText(groups[at]!)) postGroups.unshift(at--);
    if (postGroups.length === 0) return; // a signature with nothing above it stays a paragraph
    const lines = postGroups.flatMap((position) => groups[position]!.lines);
    kinds[postGroups[0]!] = [{ type: 'social-post', lines, attribution }];
    for (const position of postGroups.slice(1)) kinds[position] = 'consumed';
    kinds[index] = 'consumed';
  });
}

/**
 * Posts pasted from their card: a name line, a handle line, the text, and a time line
 * ("5:14 PM · Mar 18, 2025"). Without the time line within reach, nothing is taken.
 */
function findCardPosts(groups: LineGroup[], kinds: Slots) {
  groups.forEach((group, index) => {
    if (kinds[index] !== undefined || group.lines.length !== 1) return;
    const handleLine = group.lines[0]!;
    const handle = parseHandleLine(handleLine);
    if (!handle) return;
    const nameGroup = groups[index - 1];
    const nameLine = nameGroup?.lines.length === 1 && kinds[index - 1] === undefined ? nameGroup.lines[0]! : undefined;
    const hasName = nameLine !== undefined && readsLikeAccountName(nameLine);
    const text: number[] = [];
    let at = index + 1;
    for (; at < groups.length && text.length <= MAX_CARD_TEXT_GROUPS; at++) {
      const candidate = groups[at]!;
      if (kinds[at] !== undefined || candidate.lines.some((line) => parseHandleLine(line) || ATTRIBUTION.test(line))) return;
      if (candidate.lines.length === 1 && parsePostTime(candidate.lines[0]!)) break;
      text.push(at);
    }
    const timeLine = groups[at]?.lines[0];
    const posted = timeLine !== undefined ? parsePostTime(timeLine) : undefined;
    if (!posted || text.length === 0 || text.length > MAX_CARD_TEXT_GROUPS) return;
    const attribution: PostAttribution = {
      text: timeLine!,
      author: hasName ? accountName(nameLine!) : handle,
      handle,
      date: posted.date,
      time: posted.time,
    };
    const first = hasName ? index - 1 : index;
    kinds[first] = [
      {
        type: 'social-post',
        header: hasName ? [nameLine!, handleLine] : [handleLine],
        lines: text.flatMap((position) => groups[position]!.lines),
        attribution,
      },
    ];
    for (let position = first + 1; position <= at; position++) kinds[position] = 'consumed';
  });
}

function readsLikeAccountName(line: string) {
  const words = wordCount(line);
  return words > 0 && words <= MAX_POST_NAME_WORDS && !/[.!?:;,]$/.test(line.trim()) && parseListItem(line) === undefined;
}

/** The account name without the marks platforms put after it ("Jane Doe ✓", "Jane Doe · Verified"). */
function accountName(line: string) {
  const name = line.replace(/[\s·•|]*(?:verified(?:\s+account)?|[✓✔☑✅🔵\u{FE0F}])+\s*$/iu, '').trim();
  return name || line.trim();
}

function placeFurniture(groups: LineGroup[], kinds: Slots, furniture: ReadonlyArray<ArticleBlock | 'read-more-label' | undefined>) {
  groups.forEach((group, index) => {
    const found = furniture[index];
    if (kinds[index] !== undefined || found === undefined) return;
    if (found !== 'read-more-label') return void (kinds[index] = [found]);
    // A label alone ("Related stories") gathers the link titles listed under it.
    const items = [group.lines[0]!];
    let at = index + 1;
    while (at < groups.length && items.length <= MAX_RELATED_TITLES && kinds[at] === undefined && furniture[at] === undefined) {
      // The titles may stand one to a group or, set without blank lines between them, several to one group.
      const lines = groups[at]!.lines;
      const titles = lines.every((line) => isTitleLike(line, { allowLowercase: true }) || parseListItem(line) !== undefined);
      if (!titles || items.length + lines.length > MAX_RELATED_TITLES + 1) break;
      items.push(...lines);
      kinds[at++] = 'consumed';
    }
    kinds[index] = [{ type: 'related-links', items }];
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

/** An end mark ends the article only after some of it: this many paragraphs of prose of this many words. */
const MIN_PROSE_BEFORE_END = 2;
const MIN_PROSE_WORDS = 12;
/** A programme's closing lines after its last cue are few and short. */
const MAX_CLOSING_GROUPS = 4;
const MAX_CLOSING_WORDS = 30;

/**
 * What follows the end of the article: after a release's end mark ("ENDS", "###", "-30-") or a
 * transcript's end cue ("[END OF SEGMENT]"), once some paragraphs of prose came before it, every line is the
 * page's or the office's (contacts, downloads, "About …", feedback prompts, copyright). In a transcript
 * (lines opened by a speaker's label), the few short lines after the stage direction that follows the
 * last turn are the programme's closing ("Coming up after the break: …", "Listen again on …"), not speech.
 */
function findClosingMatter(groups: LineGroup[], kinds: Slots) {
  const mark = (at: number) => {
    if (kinds[at] === undefined) kinds[at] = [{ type: 'boilerplate', role: 'page', text: groups[at]!.lines.join('\n') }];
  };
  const single = (at: number) => (groups[at]!.lines.length === 1 ? groups[at]!.lines[0]!.trim() : '');
  const prose = (at: number) => wordCount(groups[at]!.lines.join(' ')) >= MIN_PROSE_WORDS;
  const end = groups.findIndex((_group, at) => (isEndMark(single(at)) || isEndCue(single(at))) && groups.slice(0, at).filter((_other, before) => prose(before)).length >= MIN_PROSE_BEFORE_END);
  // A mark used as a section break ("###" between a feature's parts) has the story go on under it: quoted speech.
  const storyGoesOn = (from: number) => groups.slice(from + 1).some((group) => /["“”]/.test(group.lines.join(' ')) && /\b(?:said|says|told|asked)\b/.test(group.lines.join(' ')));
  if (end !== -1 && !storyGoesOn(end)) for (let at = end + 1; at < groups.length; at++) mark(at);
  // Readers' comments under the article: a comments heading after the story, with a comment's controls
  // ("Reply | Report") further down. The names and the comments under it are the readers', not the outlet's.
  // The heading is the nearest one above the first comment's controls: a comment count among the byline's
  // lines ("Comments (21)" under the author's name) links to the comments and heads nothing.
  const heads = (at: number) => isCommentsHeading(single(at)) && groups.slice(0, at).filter((_other, before) => prose(before)).length >= MIN_PROSE_BEFORE_END;
  const isControls = (at: number) => groups[at]!.lines.length === 1 && isCommentControls(groups[at]!.lines[0]!);
  const first = groups.findIndex((_group, at) => heads(at) && groups.some((_other, after) => after > at && isControls(after)));
  const controls = groups.findIndex((_group, at) => at > first && isControls(at));
  const comments = first === -1 ? -1 : groups.findLastIndex((_group, at) => at >= first && at < controls && heads(at));
  if (comments !== -1) for (let at = comments; at < groups.length; at++) mark(at);
  const speakers = groups.map((group) => isSpeakerLine(group.lines[0]!));
  if (speakers.filter(Boolean).length < 2) return;
  const last = speakers.lastIndexOf(true);
  const cue = groups.findIndex((_group, at) => at > last && Array.isArray(kinds[at]) && isStageCue(single(at)));
  if (cue === -1) return;
  const tail = groups.map((_group, at) => at).filter((at) => at > cue && kinds[at] === undefined);
  if (tail.length === 0 || tail.length > MAX_CLOSING_GROUPS || tail.some((at) => wordCount(groups[at]!.lines.join(' ')) > MAX_CLOSING_WORDS)) return;
  for (const at of tail) mark(at);
}

/** A stage direction or a time code alone on its line ("[BREAK]", "(COMMERCIAL BREAK)", "[00:07:49]", "[MUSIC: sting]"). */
function isStageCue(line: string): boolean {
  return /^\[[^\]]{1,240}\]$/.test(line) || /^\([^()\p{Ll}]{2,60}\)$/u.test(line);
}

/** The headline: the first group that is not furniture, when it reads as a title and something follows it. */
function findHeadline(groups: LineGroup[], kinds: Slots): number | undefined {
  const given = kinds.findIndex((known) => Array.isArray(known) && known.some((block) => block.type === 'headline'));
  if (given !== -1) return given;
  let index = 0;
  while (index < groups.length && kinds[index] !== undefined && kinds[index] !== 'consumed' && isTopMatter(kinds[index] as ArticleBlock[])) index++;
  const first = groups[index];
  if (!first || kinds[index] !== undefined || index >= groups.length - 1 || first.lines.length !== 1) return undefined;
  const line = first.lines[0]!;
  if (!isTitleLine(line)) return undefined;
  kinds[index] = [{ type: 'headline', text: line }];
  return index;
}

/** Furniture, or a label set above the headline (a kicker, a section's name, a breadcrumb). */
function isTopMatter(blocks: readonly ArticleBlock[]) {
  return blocks.every((block) => FURNITURE.has(block.type) || block.type === 'section-label' || block.type === 'dateline');
}

function isFurniture(blocks: readonly ArticleBlock[]) {
  return blocks.every((block) => FURNITURE.has(block.type));
}

const FURNITURE = new Set<ArticleBlock['type']>(['ad', 'boilerplate', 'byline', 'timestamp', 'photo-credit', 'reporting-credit', 'related-links']);

/** Short untitled-looking lines after the last paragraph (and before any closing furniture): the titles of "related" links. */
function findRelatedLinks(groups: LineGroup[], kinds: Slots) {
  const trailing: number[] = [];
  for (let at = groups.length - 1; at > 0; at--) {
    const known = kinds[at];
    if (known !== undefined) {
      if (trailing.length === 0 && known !== 'consumed' && isFurniture(known)) continue;
      break;
    }
    const group = groups[at]!;
    const line = group.lines[0]!;
    const isLinkTitle =
      group.lines.length === 1 &&
      isTitleLike(line, { allowLowercase: true }) &&
      !/\?$/.test(line) &&
      parseListItem(line) === undefined &&
      !SOURCE_NOTE.test(line);
    if (!isLinkTitle) break;
    trailing.unshift(at);
  }
  const bodyBefore =
    trailing.length > 0 &&
    groups.slice(0, trailing[0]).some((group, at) => {
      const known = kinds[at];
      return !(Array.isArray(known) && isFurniture(known)) && !isTitleLike(group.lines[0]!);
    });
  if (!bodyBefore) return;
  kinds[trailing[0]!] = [{ type: 'related-links', items: trailing.map((at) => groups[at]!.lines[0]!) }];
  for (const at of trailing.slice(1)) kinds[at] = 'consumed';
}

/** Headline, then a title line and one paragraph, then the dateline: a video embedded at the top. */
function findLeadVideo(groups: LineGroup[], kinds: Slots, headline: number) {
  const [title, caption, dateline] = [groups[headline + 1], groups[headline + 2], groups[headline + 3]];
  if (!title || !caption || !dateline) return;
  if (kinds[headline + 1] !== undefined || kinds[headline + 2] !== undefined || title.lines.length !== 1 || caption.lines.length !== 1) return;
  const titleLine = title.lines[0]!;
  const captionLine = caption.lines[0]!;
  if (!isTitleLike(titleLine) || isTitleLike(captionLine) || parseDateline(captionLine)) return;
  if (!parseDateline(dateline.lines[0]!)) return;
  kinds[headline + 1] = [{ type: 'video', title: titleLine, caption: captionLine }];
  kinds[headline + 2] = 'consumed';
}

/** Groups under the headline a byline without "By" is looked for in (a standfirst may come first). */
const MAX_BYLINE_REACH = 3;

/**
 * A byline without "By" under the headline, before the body: a person's name on its own line
 * with a job title on the next ("Jane Doe" / "Diplomatic correspondent"), or after a comma on the
 * same line ("Jane Doe, Transport correspondent"), or over the story's date line; and a job title
 * alone under a byline ("By Jane Doe" / "Contributing columnist").
 */
function findNameBylines(groups: LineGroup[], kinds: Slots, headline: number) {
  let open = 0;
  for (let at = headline + 1; at < groups.length - 1 && open < MAX_BYLINE_REACH; at++) {
    const known = kinds[at];
    if (known !== undefined) {
      if (known !== 'consumed' && isFurniture(known)) {
        const next = groups[at + 1]!;
        // A job title under a byline ("By Jane Doe" / "Contributing columnist"), or the agency's or
        // outlet's name, as wires and syndicated copy set it ("By JANE DOE" / "Nordic Press Service").
        const under = next.lines[0]!;
        const agency = isSourceName(under) && !isPersonName(under.trim()) && touches(groups[at]!, next);
        if (known[0]?.type === 'byline' && kinds[at + 1] === undefined && next.lines.length === 1 && (isJobTitle(under) || agency) && !isPersonName(under.trim())) {
          kinds[at + 1] = [{ type: 'byline', text: next.lines[0]!, authors: [] }];
          return;
        }
        continue;
      }
      return;
    }
    open++;
    const [name, title] = [groups[at]!, groups[at + 1]!];
    if (name.lines.length !== 1) return;
    const line = name.lines[0]!;
    // A name with the author's handle ("Jane Doe @janedoe"), a desk or a staff credit ("Example Post reporters",
    // "Islands Editor"), or "From our correspondent in …": the byline, as sites and papers set it without "By".
    const handled = NAME_WITH_HANDLE.exec(line.trim());
    if (handled?.groups && isPersonName(handled.groups['name']!)) {
      kinds[at] = [{ type: 'byline', text: line, authors: [handled.groups['name']!] }];
      return;
    }
    const comma = line.indexOf(',');
    if (comma > 0 && isPersonName(line.slice(0, comma).trim()) && isJobTitle(line.slice(comma + 1))) {
      kinds[at] = [{ type: 'byline', text: line, authors: [line.slice(0, comma).trim()] }];
      return;
    }
    // "Jane Doe in Kessal": a name and the place filed from, as British papers set the byline.
    const filed = NAME_IN_PLACE.exec(line.trim());
    if (filed?.groups && isPersonName(filed.groups['name']!) && isTitleLike(line)) {
      kinds[at] = [{ type: 'byline', text: line, authors: [filed.groups['name']!] }];
      return;
    }
    if ((isJobTitle(line) && isTitleLike(line, { allowLowercase: true })) || OUR_CORRESPONDENT.test(line.trim())) {
      kinds[at] = [{ type: 'byline', text: line, authors: [] }];
      return;
    }
    const below = kinds[at + 1];
    const overDate = Array.isArray(below) && below[0]?.type === 'timestamp' && touches(name, title);
    // A short name in capitalised words over the date, not a person's: the source's name, as news apps and
    // syndicated copies print it under the title ("Example Post" / "2h ago").
    if (overDate && !isPersonName(line.trim()) && isSourceName(line)) {
      kinds[at] = [{ type: 'boilerplate', role: 'masthead', text: line }];
      return;
    }
    if (!isPersonName(line.trim())) continue;
    if (Array.isArray(below) && below[0]?.type === 'timestamp') {
      kinds[at] = [{ type: 'byline', text: line, authors: [line.trim()] }];
      return;
    }
    if (title.lines.length !== 1 || kinds[at + 1] !== undefined || !isJobTitle(title.lines[0]!)) return;
    kinds[at] = [{ type: 'byline', text: line, authors: [line.trim()] }];
    kinds[at + 1] = [{ type: 'byline', text: title.lines[0]!, authors: [] }];
    return;
  }
}

const NAME_WITH_HANDLE = /^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}?)\s+[·|•-]?\s*(?<handle>@[\w.]{1,50})$/u;
const OUR_CORRESPONDENT = /^(?:from\s+)?(?:our\s+(?:own\s+)?)(?:\w+\s+)?(?:correspondents?|reporters?|staff|team)(?:\s+in\s+\p{Lu}[\p{L}'’ .-]{1,40})?$/iu;
const NAME_IN_PLACE = /^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){1,4}?)\s+in\s+(?<place>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})$/u;

/** A source's name: two to five words, each capitalised (or a small joining word), no sentence. */
function isSourceName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 5 && isTitleLike(line) && words.every((word, at) => /^[\p{Lu}\p{N}]/u.test(word) || (at > 0 && /^(?:of|the|and|&|de|du|la|le|el)$/i.test(word)));
}

const DASH_ONLY = /^\s*[-–—]{1,2}\s*$/;
const MAX_STACKED_DATELINE_WORDS = 4;

/**
 * A dateline pasted as a stack of lines, "Ottawa" / "Example News" / "—", before the first
 * paragraph: one dateline block naming the place and the agency.
 */
function findStackedDateline(groups: LineGroup[], kinds: Slots, headline: number) {
  let at = headline + 1;
  while (at < groups.length && Array.isArray(kinds[at]) && isFurniture(kinds[at] as ArticleBlock[]) && !DASH_ONLY.test(groups[at]!.lines[0]!)) at++;
  const [place, agency, dash, body] = [groups[at], groups[at + 1], groups[at + 2], groups[at + 3]];
  if (!place || !agency || !dash || !body || kinds[at] !== undefined || kinds[at + 1] !== undefined || kinds[at + 3] !== undefined) return;
  if (dash.lines.length !== 1 || !DASH_ONLY.test(dash.lines[0]!)) return;
  const short = (group: LineGroup) =>
    group.lines.length === 1 && wordCount(group.lines[0]!) <= MAX_STACKED_DATELINE_WORDS && isTitleLike(group.lines[0]!);
  if (!short(place) || !short(agency)) return;
  const text = [place.lines[0]!, agency.lines[0]!, dash.lines[0]!].join('\n');
  kinds[at] = [{ type: 'dateline', text, place: place.lines[0]!.trim(), agency: agency.lines[0]!.trim() }];
  kinds[at + 1] = 'consumed';
  kinds[at + 2] = 'consumed';
}

/** A credit standing under a short line: that line is the photo's caption. */
function findCaptionsAboveCredits(groups: LineGroup[], kinds: Slots) {
  groups.forEach((group, index) => {
    const known = kinds[index];
    if (!Array.isArray(known) || known[0]?.type !== 'photo-credit' || index === 0) return;
    const above = groups[index - 1]!;
    const line = above.lines[0]!;
    if (kinds[index - 1] !== undefined || above.lines.length !== 1 || !touches(above, group)) return;
    // A credit that heads a caption of its own ("Image source, …" over "Image caption, …") is that caption's.
    const below = groups[index + 1]?.lines[0];
    if (below !== undefined && CAPTION_PATTERNS.some((pattern) => pattern.test(below))) return;
    if (wordCount(line) > MAX_CAPTION_WORDS || parseListItem(line) || isSectionLabel(line) || parseDateline(line)) return;
    kinds[index - 1] = [{ type: 'photo-caption', text: line }];
  });
}

function classifyProse(group: LineGroup, isLast: boolean): ArticleBlock[] {
  const text = group.lines.join('\n');
  if (group.lines.length > 1) return withReportingCredit(text);
  if (SOURCE_NOTE.test(text)) return [{ type: 'source-note', text }];
  const glued = splitGluedCredit(text);
  if (glued && (CAPTION_PATTERNS.some((pattern) => pattern.test(glued.caption)) || !/^[“"]/.test(glued.caption))) {
    return [
      { type: 'photo-caption', text: glued.caption },
      { type: 'photo-credit', text: glued.credit },
    ];
  }
  if (CAPTION_PATTERNS.some((pattern) => pattern.test(text))) return [{ type: 'photo-caption', text }];
  if (isSectionLabel(text)) return [{ type: 'section-label', text }];
  // A short heading led by a pictograph ("🗣️ What they said", "📍 Where"): news apps and newsletters set their section labels so.
  const bare = withoutPictographs(text);
  if (bare !== text && bare.trim() !== '' && wordCount(bare) <= MAX_LABEL_WORDS && isTitleLike(bare, { allowLowercase: true })) return [{ type: 'section-label', text }];
  if (!isLast && isTitleLike(text) && !parseDateline(text)) return [{ type: 'subheading', text }];
  return withReportingCredit(text);
}

/** A paragraph, with a "(Reporting by …)" credit at its end set apart. */
function withReportingCredit(text: string): ArticleBlock[] {
  const split = splitGluedReportingCredit(text);
  if (!split) return [{ type: 'paragraph', text }];
  return [
    { type: 'paragraph', text: split.body },
    { type: 'reporting-credit', text: split.credit },
  ];
}

/** Reads a `— Name (@handle) Month D, YYYY` signature line. */
export function parseAttribution(line: string): PostAttribution | undefined {
  const match = ATTRIBUTION.exec(line);
  if (!match?.groups) return undefined;
  return { text: line, author: match.groups['author']!, handle: match.groups['handle']!, date: match.groups['date']! };
}

/** A run-in label such as "What they're saying:": a few words in sentence case, ending in a colon. */
export function isSectionLabel(line: string): boolean {
  const words = wordCount(line);
  return /:$/.test(line) && words > 0 && words <= MAX_LABEL_WORDS && /^\p{Lu}/u.test(line) && /\p{Ll}/u.test(line);
}

