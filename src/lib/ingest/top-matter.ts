import type { ArticleBlock } from '../schemas/article-block.ts';
import { countWords } from './article-stats.ts';
import { isEnglishWord } from '../text/word-list.ts';
import { withoutPictographs, datedLineShape, isBreadcrumb, isTitleLine, isEmailHeader, isCapitalsLine, isDocumentTitle, isEditionLine, isFieldLine, isJobTitle, isKicker, isMenuLine, isPersonName, parseDateline, parseListItem, splitWireSlug } from './line-shapes.ts';
import { isTitleLike, type LineGroup, type Slots } from './line-groups.ts';
import { isSpeakerLine } from './refine-blocks.ts';

/** A kicker, a separator and a title on one line. */
const RUN_IN_KICKER = /^(?<kicker>[^:|–—]{2,20}?\s*[:|–—])\s+(?<title>\S.*)$/u;

/** A release's label: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "EMBARGOED UNTIL …", "News release". */
const RELEASE_LABEL = /^(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargo(?:ed)?\b.{0,60})$/i;

/** How far down the file the lines above a headline are looked for. */
const MAX_TOP_GROUPS = 10;
/** A label over the headline ("UK news", "Press Office") is this short; the headline under it is longer. */
const MAX_LABEL_WORDS = 3;

/**
 * The lines above an article's headline that are not it: a kicker ("OPINION", "Breaking"), a
 * section's name ("UK news"), a breadcrumb ("Home > World > Europe"), the masthead (an outlet's,
 * a show's, an office's or a newsletter's name, in capitals or beside a date, with the tagline
 * set directly under it), an edition's name, a header field ("Show: Morning Report") and date
 * lines. All by the shape of the lines and their place, never by particular names. An official
 * document's title ("Readout of …", "Statement by …") is its headline, and the title lines above
 * it name the office. Kickers, labels and breadcrumbs become section labels, the rest furniture.
 */
export function findTopMatter(groups: LineGroup[], kinds: Slots): void {
  findFrontKeys(groups, kinds);
  const top: number[] = [];
  for (let at = 0; at < Math.min(groups.length, MAX_TOP_GROUPS); at++) {
    const known = kinds[at];
    if (known === 'consumed') continue;
    if (Array.isArray(known)) {
      if (known.some((block) => block.type === 'headline' || block.type === 'paragraph')) break;
      continue;
    }
    const group = groups[at]!;
    if (group.lines.length !== 1) break;
    const line = group.lines[0]!;
    if (!standsAtTop(line)) break;
    top.push(at);
  }
  if (top.length === 0) return;
  const set = (at: number, block: ArticleBlock) => void (kinds[at] = [block]);
  const line = (at: number) => groups[at]!.lines[0]!;

  // An official document's title is the headline; the title lines above it name the office.
  const documentTitle = top.find((at) => isDocumentTitle(line(at)));
  for (const at of top) {
    const text = line(at);
    if (documentTitle !== undefined && at < documentTitle && !isBreadcrumb(text) && !isKicker(text) && datedLineShape(text) === undefined) {
      set(at, { type: 'boilerplate', role: 'masthead', text });
      continue;
    }
    if (isEmailHeader(text)) set(at, { type: 'boilerplate', role: 'page', text });
    else if (isKicker(text) || isBreadcrumb(text)) set(at, { type: 'section-label', text });
    else if (datedLineShape(text) === 'timestamp') set(at, { type: 'timestamp', text, opensEntry: false, time: null });
    else if (datedLineShape(text) === 'masthead' || isEditionLine(text)) set(at, { type: 'boilerplate', role: 'masthead', text });
  }
  if (documentTitle !== undefined) {
    const given = kinds.some((known) => Array.isArray(known) && known.some((block) => block.type === 'headline'));
    if (kinds[documentTitle] === undefined && !given) set(documentTitle, { type: 'headline', text: line(documentTitle) });
    return;
  }
  const open = () => top.filter((at) => kinds[at] === undefined);
  if (findProgrammeTitle(groups, kinds, top)) return;
  // A kicker run into the title ("OPINION: The pause is a test", "Analysis | Why …"): a label, then the headline.
  const [firstOpen] = open();
  const runIn = firstOpen === undefined ? undefined : RUN_IN_KICKER.exec(line(firstOpen));
  const headlineGiven = kinds.some((known) => Array.isArray(known) && known.some((block) => block.type === 'headline'));
  if (runIn?.groups && isKicker(runIn.groups['kicker']!) && isTitleLike(runIn.groups['title']!) && !headlineGiven) {
    kinds[firstOpen!] = [
      { type: 'section-label', text: runIn.groups['kicker']! },
      { type: 'headline', text: runIn.groups['title']! },
    ];
    return;
  }
  // A wire's version slug run into the title with a hyphen ("UPDATE 2-Dockers end strike"), as Reuters and other wires file.
  const slugged = firstOpen === undefined ? undefined : splitWireSlug(line(firstOpen));
  if (slugged && isTitleLike(slugged.title) && !headlineGiven) {
    kinds[firstOpen!] = [
      { type: 'section-label', text: slugged.slug },
      { type: 'headline', text: slugged.title },
    ];
    return;
  }
  // A line in capitals over a title in ordinary case is a masthead, a show's name or a kicker, with any
  // tagline set directly under it (no blank line between).
  for (const at of open()) {
    const below = open().filter((other) => other > at);
    if (!isCapitalsLine(line(at)) || !below.some((other) => !isCapitalsLine(line(other)) && isHeadlineShaped(line(other)))) continue;
    set(at, { type: 'boilerplate', role: 'masthead', text: line(at) });
    const next = groups[at + 1];
    const tagline = next !== undefined && kinds[at + 1] === undefined && next.firstLine === groups[at]!.lastLine + 1 && next.lines.length === 1 && isTitleLike(next.lines[0]!);
    const later = groups[at + 2];
    if (tagline && later !== undefined && later.firstLine > next.lastLine + 1 && below.filter((other) => other > at + 1).some((other) => isTitleLike(line(other)))) {
      set(at + 1, { type: 'boilerplate', role: 'masthead', text: next.lines[0]! });
    }
  }
  // A site's or an office's header: its name, then its menu or a trail ("… · Newsroom" / "Home | Products |
  // …"), or a release's label ("FOR IMMEDIATE RELEASE"). The name over the header is the masthead, whatever
  // its length, when a title follows below.
  for (const at of open()) {
    const next = groups[at + 1]?.lines;
    const header = next?.length === 1 && (isMenuLine(next[0]!) || isBreadcrumb(next[0]!) || RELEASE_LABEL.test(next[0]!.trim()));
    if (header && open().some((other) => other > at + 1 && isHeadlineShaped(line(other)))) set(at, { type: 'boilerplate', role: 'masthead', text: line(at) });
  }
  for (const at of open()) {
    if (isFieldLine(line(at)) && open().some((other) => other > at && isTitleLike(line(other)) && !isFieldLine(line(other)))) {
      set(at, { type: 'boilerplate', role: 'masthead', text: line(at) });
    }
  }
  // Short labels over a longer title: a section's name ("UK news"), a trail set one step a line
  // ("World" / "Europe" / "Norland"), a site's name ("The Example Courier"), an app's section line
  // ("⚓ Norland · Economy"). British and American sites and news apps alike stack them so.
  // Looked for above any date, byline or dateline: under those, a short line is the story's, not a label.
  let headline: number | undefined;
  for (let at = 0; at <= Math.max(...top) && headline === undefined; at++) {
    const known = kinds[at];
    if (Array.isArray(known) && known.some((block) => block.type === 'timestamp' || block.type === 'byline' || block.type === 'dateline')) return;
    if (known === undefined && top.includes(at) && isHeadlineShaped(line(at)) && countWords(withoutPictographs(line(at))) > MAX_LABEL_WORDS) headline = at;
  }
  if (headline === undefined) return;
  // A name over the title is the author's (a columnist's, as opinion pages set it) unless a byline under
  // the title names other people: then it is the site's name, however much it reads like a person's.
  const named = authorsBelow(groups, kinds, headline);
  for (const at of open()) {
    if (at >= headline) break;
    const text = withoutPictographs(line(at)).trim();
    const site = !isPersonName(text) || (named.length > 0 && !named.some((author) => author.includes(text) || text.includes(author)));
    if (countWords(text) <= MAX_LABEL_WORDS && isTitleLike(text, { allowLowercase: true }) && site) set(at, { type: 'section-label', text: line(at) });
    // A person's name over the title, no byline naming others: the author's name, as opinion pages set it over the column.
    else if (!site && countWords(text) <= MAX_LABEL_WORDS) set(at, { type: 'byline', text: line(at), authors: [text] });
  }
  // A title in another language directly over one in English, or under it: the original's title, as
  // translated editions print it beside the translation's (the words of each line looked up in an English word list).
  const next = groups[headline + 1];
  if (next !== undefined && kinds[headline + 1] === undefined && next.lines.length === 1 && isHeadlineShaped(next.lines[0]!)) {
    const [upper, lower] = [englishShare(line(headline)), englishShare(next.lines[0]!)];
    if (upper === undefined || lower === undefined) return;
    if (upper < FOREIGN_SHARE && lower >= ENGLISH_SHARE && foreignWords(line(headline)) >= MIN_FOREIGN_WORDS) set(headline, { type: 'boilerplate', role: 'page', text: line(headline) });
    else if (lower < FOREIGN_SHARE && upper >= ENGLISH_SHARE && foreignWords(next.lines[0]!) >= MIN_FOREIGN_WORDS) set(headline + 1, { type: 'boilerplate', role: 'page', text: next.lines[0]! });
  }
}

/**
 * A broadcast's transcript: the programme's name heads the file (with the station's, the date and the
 * segment's lines under it) and the story's own title stands last, directly over the transcript (a
 * speaker's label, a stage direction or a time code). When a date or header line sits between two
 * title lines above such a transcript, the lower is the headline and the lines above it name the
 * programme. A news story's headline comes first, its date under it, and its body is prose.
 */
function findProgrammeTitle(groups: LineGroup[], kinds: Slots, top: number[]): boolean {
  if (kinds.some((known) => Array.isArray(known) && known.some((block) => block.type === 'headline'))) return false;
  const text = (at: number) => groups[at]!.lines[0]!;
  const titles = top.filter((at) => kinds[at] === undefined && isHeadlineShaped(text(at)) && countWords(withoutPictographs(text(at))) > MAX_LABEL_WORDS && !isPersonName(text(at).trim()));
  const title = titles.at(-1);
  // Something stands above the title: the programme's name (already read as a masthead, or open).
  if (title === undefined || top[0] === undefined || top[0] >= title) return false;
  // Directly under the title, after any furniture: the transcript.
  let at = title + 1;
  while (at < groups.length && isFurnitureSlot(kinds[at]) && !isTranscriptCue(groups[at]!)) at++;
  const under = groups[at];
  if (under === undefined || (!isTranscriptCue(under) && !isSpeakerLine(under.lines[0]!))) return false;
  // Between the programme's name and the title: a date or a header line, and no byline.
  const between = Array.from({ length: title - top[0] - 1 }, (_unused, offset) => top[0]! + 1 + offset);
  if (between.some((position) => Array.isArray(kinds[position]) && (kinds[position] as ArticleBlock[]).some((block) => block.type === 'byline'))) return false;
  const header = between.some((position) => {
    const known = kinds[position];
    if (Array.isArray(known)) return known.some((block) => block.type === 'timestamp' || block.type === 'boilerplate');
    return known === undefined && (datedLineShape(text(position)) !== undefined || isFieldLine(text(position)));
  });
  if (!header) return false;
  for (const position of top) {
    if (position < title && kinds[position] === undefined) kinds[position] = [{ type: 'boilerplate', role: 'masthead', text: text(position) }];
  }
  kinds[title] = [{ type: 'headline', text: text(title) }];
  return true;
}

function isFurnitureSlot(known: Slots[number]): boolean {
  return Array.isArray(known) && known.every((block) => block.type === 'boilerplate' || block.type === 'timestamp' || block.type === 'section-label');
}

/** A stage direction or a time code alone on its line ("[MUSIC]", "(BEGIN VIDEOTAPE)", "[00:04:12]"). */
function isTranscriptCue(group: LineGroup): boolean {
  const line = group.lines[0]!.trim();
  return group.lines.length === 1 && (/^\[[^\]]{1,240}\]$/.test(line) || /^\([^()\p{Ll}]{2,60}\)$/u.test(line));
}

/** Groups under a headline a byline is looked for in (a standfirst and a label may come first). */
const MAX_BYLINE_REACH = 4;

/** The authors a byline under the headline names (by "By …"), if one is there. */
function authorsBelow(groups: LineGroup[], kinds: Slots, headline: number): string[] {
  for (let at = headline + 1; at < Math.min(groups.length, headline + 1 + MAX_BYLINE_REACH); at++) {
    const known = kinds[at];
    if (!Array.isArray(known)) continue;
    const byline = known.find((block) => block.type === 'byline');
    if (byline?.type === 'byline' && byline.authors.length > 0) return byline.authors;
  }
  return [];
}

/** A front-matter line of a CMS export pasted without its fences: a lower-case key, a colon, a value ("title: …", "author: …"). */
const FRONT_KEY = /^(?<key>[a-z][a-z_-]{1,20})\s*:\s+(?<value>\S.*)$/;
const TITLE_KEYS = new Set(['title', 'headline']);
/** Front matter has at least this many key lines. */
const MIN_FRONT_KEYS = 2;

/**
 * Key lines opening a file ("title: …", "author: …", "date: …", "tags: …"), as CMS and static-site
 * exports write front matter (here without its `---` fences): furniture. When no title line
 * follows them, the title key's value is the headline, split from its key as a run-in kicker is.
 */
function findFrontKeys(groups: LineGroup[], kinds: Slots): void {
  let end = 0;
  while (end < groups.length && groups[end]!.lines.length === 1 && FRONT_KEY.test(groups[end]!.lines[0]!.trim()) && kinds[end] !== 'consumed') end++;
  if (end < MIN_FRONT_KEYS) return;
  let title: number | undefined;
  for (let at = 0; at < end; at++) {
    const text = groups[at]!.lines[0]!;
    const key = FRONT_KEY.exec(text.trim())!.groups!['key']!;
    if (TITLE_KEYS.has(key) && title === undefined) title = at;
    kinds[at] = [{ type: 'boilerplate', role: 'page', text }];
  }
  const following = groups[end];
  if (title === undefined || (following !== undefined && following.lines.length === 1 && isHeadlineShaped(following.lines[0]!))) return;
  const text = groups[title]!.lines[0]!;
  const colon = text.indexOf(':');
  kinds[title] = [
    { type: 'section-label', text: text.slice(0, colon + 1) },
    { type: 'headline', text: text.slice(colon + 1).trim() },
  ];
}

/** A title in another language has fewer than this share of English words… */
const FOREIGN_SHARE = 0.5;
/** …and the English title under it at least this share. */
const ENGLISH_SHARE = 0.75;
/** Words a share is measured on: at least this many. */
const MIN_SHARE_WORDS = 3;

/**
 * The share of a line's words that are English, counting the words in lower case and the first
 * (names and, in German, nouns are capitalised whatever the language); undefined with too few.
 */
function englishShare(line: string): number | undefined {
  const words = line.match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const counted = words.filter((word, at) => at === 0 || /^\p{Ll}/u.test(word));
  if (counted.length < MIN_SHARE_WORDS) return undefined;
  return counted.filter((word) => isEnglishWord(word.replace(/['’].*$/, ''))).length / counted.length;
}

/**
 * Ordinary words (in lower case, not the first) that no English word list knows: the evidence of
 * another language. Names and a score line's abbreviations (a match report's "… Shield final: A 3 B 2
 * (aet)" under its headline was read as a foreign title) are not evidence.
 */
function foreignWords(line: string): number {
  const words = line.match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  return words.filter((word, at) => at > 0 && /^\p{Ll}/u.test(word) && !isEnglishWord(word.replace(/['’].*$/, ''))).length;
}
/** A title in another language has at least this many such words. */
const MIN_FOREIGN_WORDS = 2;

/** A line that can be a headline: up to 25 words, no closing punctuation (a question may end one), a capital or a quoted title first. */
function isHeadlineShaped(text: string): boolean {
  return isTitleLine(withoutPictographs(text).trim(), { capitalised: true });
}

/** A line that can stand above a headline: short, no sentence, no list item or dateline. */
function standsAtTop(line: string): boolean {
  if (parseListItem(line) !== undefined) return false;
  // "Aired May 15, 2025 - 07:00 ET" opens like a dateline ("Place, May 15 -") but is a date line.
  const dateline = parseDateline(line);
  if (dateline !== undefined && (datedLineShape(line) === undefined || dateline.text === line.trim())) return false;
  if (isTitleLike(line, { allowLowercase: true }) || isHeadlineShaped(line) || isDocumentTitle(line) || isBreadcrumb(line) || isJobTitle(line) || isEmailHeader(line)) return true;
  return datedLineShape(line) !== undefined || isKicker(line);
}
