import type { BoilerplateRole, ListItem } from '../schemas/article-block.ts';
import { countWords } from './article-stats.ts';

/**
 * Recognisers for single lines of a pasted article: list items, bylines, datelines,
 * timestamps and the page furniture around the reporting. Each reads the shape of the line
 * and the small closed vocabularies of page furniture ("Advertisement", "Share", "Reporting
 * by"), never words of particular articles.
 */

const MONTH =
  String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?`;
const CLOCK = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?(?:\s*[ap]\.?\s?m\.?)?|(?:0?[1-9]|1[0-2])\s*[ap]\.?\s?m\.?`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)`;
const CALENDAR_DATE = String.raw`${MONTH}\s+${DAY}(?:,?\s+\d{4})?|${DAY}\s+${MONTH}(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4}\.?`;

// ---------------------------------------------------------------- lists

const BULLET = /^(?<marker>[-*•–·▪●◦‣])\s+(?<text>\S.*)$/;
const NUMBERED = /^(?<marker>\d{1,3}[.)])\s+(?<text>\S.*)$/;

/** A list item line: a bullet ("- …", "• …") or a number ("1. …", "2) …"). */
export function parseListItem(line: string): (ListItem & { ordered: boolean }) | undefined {
  const bullet = BULLET.exec(line);
  if (bullet?.groups) return { marker: bullet.groups['marker']!, text: bullet.groups['text']!, ordered: false };
  const numbered = NUMBERED.exec(line);
  if (numbered?.groups) return { marker: numbered.groups['marker']!, text: numbered.groups['text']!, ordered: true };
  return undefined;
}

// ---------------------------------------------------------------- timestamps

const TIMESTAMP_TOKENS = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`(?<published>(?:first\s+|last\s+)?(?:published|updated|posted|modified|last\s+modified))\b:?`,
      String.raw`(?<date>${CALENDAR_DATE})`,
      String.raw`(?<clock>${CLOCK})`,
      String.raw`(?<relative>\d{1,3}\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago|just\s+now)`,
      String.raw`(?<weekday>${WEEKDAY})(?![\p{L}])`,
      String.raw`(?<year>\d{4})(?!\d)`,
      String.raw`(?<glue>at|on|by)\b`,
      // German-language date lines give the hour as "07:15 Uhr", as translated and foreign editions paste them.
      String.raw`Uhr\b`,
      String.raw`[,·•|/–—\-()]+`,
      String.raw`\s+`,
    ].join('|') +
    ')',
  'iu',
);

/** Time zones are capitals ("GMT", "EDT"): matched apart, case-sensitive, so that words like "Post" are not zones. */
// A capital may follow: pasted pages glue "GMT" to the next word ("6:42 PM GMTUpdated …").
const TIME_ZONE = /^(?:(?:UTC|GMT)[+\-−]\d{1,2}(?::?\d{2})?|GMT|UTC|MSK|IST|JST|[A-Z]{1,3}[DS]?T)(?![\p{Ll}])/u;

/** A live blog's list of its key entries: "Key events", "Key updates", "Key moments". */
const KEY_EVENTS_LABEL = /^key\s+(?:events|updates|moments)\s*:?$/i;
/** A title led by its time, as a live blog's key-events list gives each entry ("13:40 Peak expected at 7pm", "2h ago · Schools closed"). */
const TIMED_TITLE = new RegExp(String.raw`^(?:${CLOCK}|\d{1,3}\s*(?:m|min|mins|h|hr|hrs|d)\s+ago)(?:\s*(?:[A-Z]{2,4}|GMT[+-]\d{1,2}))?\s*[-–—:|·•]?\s+\S`, 'i');

export function isKeyEventsLabel(line: string): boolean {
  return KEY_EVENTS_LABEL.test(line.trim());
}

/** An entry of a key-events list: a short title led by its time. */
export function isTimedTitle(line: string): boolean {
  return TIMED_TITLE.test(line.trim()) && parseTimestamp(line) === undefined && countWords(line) <= 20 && !/[.!;]$/.test(line.trim());
}

/** A line that gives only a date and/or time ("18:05 GMT", "Updated 5:14 p.m. ET March 18, 2025"). */
export interface TimestampShape {
  /** It names itself a publication or update time ("Published …", "Updated …"). */
  published: boolean;
  /** It gives a clock time or a relative time ("2h ago"): the shape of a live-blog entry's time. */
  hasTime: boolean;
  /** It gives a calendar date. */
  hasDate: boolean;
  /** The clock time as `HH:MM` (24-hour) when unambiguous, else null. */
  time: string | null;
}

/** Reads a line made only of dates, times, time zones and "Published"/"Updated" words; undefined otherwise. */
export function parseTimestamp(line: string): TimestampShape | undefined {
  let rest = line.trim();
  if (rest.length === 0 || rest.length > 80) return undefined;
  const shape: TimestampShape = { published: false, hasTime: false, hasDate: false, time: null };
  let clocks = 0;
  while (rest.length > 0) {
    const zone = TIME_ZONE.exec(rest);
    if (zone) {
      rest = rest.slice(zone[0].length);
      continue;
    }
    const match = TIMESTAMP_TOKENS.exec(rest);
    if (!match || match[0].length === 0) return undefined;
    const groups = match.groups ?? {};
    if (groups['published']) shape.published = true;
    if (groups['date']) shape.hasDate = true;
    if (groups['clock']) {
      shape.hasTime = true;
      clocks++;
      shape.time = clocks === 1 ? clockTime(groups['clock']) : null;
    }
    if (groups['relative']) shape.hasTime = true;
    rest = rest.slice(match[0].length);
  }
  return shape.hasTime || shape.hasDate ? shape : undefined;
}

/** "5:14 PM" → "17:14", "18.05" → "18:05"; null for a bare hour ("5 pm" is kept, with minutes 00). */
function clockTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?:[:.]\d{2})?\s*(?:([ap])\.?\s?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = match[2] ?? '00';
  const half = match[3]?.toLowerCase();
  if (half === 'p' && hour < 12) hour += 12;
  if (half === 'a' && hour === 12) hour = 0;
  if (hour > 23) return null;
  return `${String(hour).padStart(2, '0')}:${minute}`;
}

// ---------------------------------------------------------------- bylines

/** "By" in the languages of foreign and translated editions (German, French, Spanish and Portuguese, Italian, Dutch, Nordic, Polish and Czech), before a capitalised name. */
const FOREIGN_BYLINE_START = /^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Ff]rån|[Oo]d)\s+(?=\p{Lu})/u;
const BYLINE_START = /^(?:(?:written|words|story|text|reported)\s+by|by|authors?\s*:)\s+(?=\S)/i;
/** A word of a person's name: capitalised, an initial, hyphenated or with an apostrophe ("O'Neil", "J.", "Al-Hassan"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
/** Lower-case particles of names ("de", "van der", "bin", "al"). */
const NAME_PARTICLES = new Set(['de', 'da', 'das', 'di', 'do', 'dos', 'du', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'ben', 'st.']);
/** Words that make a capitalised phrase an organisation or a job, not a person. */
const NOT_PERSON_WORDS = new Set(
  [
    'the', 'press', 'news', 'agency', 'agencies', 'times', 'post', 'journal', 'network', 'media', 'staff', 'correspondent',
    'correspondents', 'reporter', 'reporters', 'editor', 'editors', 'writer', 'writers', 'bureau', 'service', 'desk', 'team',
    'wire', 'wires', 'daily', 'group', 'associated', 'international', 'online', 'report', 'reports', 'contributor',
    'contributors', 'senior', 'chief', 'political', 'foreign', 'diplomatic', 'white', 'house', 'newsroom', 'radio',
    'television', 'tv', 'magazine', 'herald', 'tribune', 'gazette', 'global', 'world', 'digital', 'live',
  ].map((word) => word.toLowerCase()),
);
const CALENDAR_WORD = new RegExp(String.raw`^(?:${MONTH}|${WEEKDAY}|today|yesterday|tomorrow)$`, 'i');
const BYLINE_TAIL = new RegExp(String.raw`\s+(?=(?:published|updated|posted|last updated)\b|${MONTH}\s+\d|\d)`, 'i');

/**
 * A publication time set before the byline, as blog and CMS themes print it ("Posted on May 6,
 * 2025 by Jane Doe", "Published 10:42 BST 6 May 2025 by Jane Doe", "Updated … by …"): WordPress
 * themes, newsletter platforms and regional CMSs put the date first; the byline parser reads what
 * follows "by" the same way as "By Jane Doe".
 */
const STAMP_BEFORE_BYLINE = /\s+(?=by\s+\S)/gi;

/** Reads a byline ("By Jane Doe and John Roe, Reuters"); the authors are the parts that read as people's names. */
export function parseByline(line: string): { authors: string[] } | undefined {
  // A foreign edition's byline in its own language ("Von Katrin Aulich, Kessal", "Par Jeanne Roux"): short, no sentence.
  const foreign = FOREIGN_BYLINE_START.exec(line);
  if (foreign && countWords(line) <= 8 && !/[.!?]$/.test(line.trim())) return parseByline(`By ${line.slice(foreign[0].length)}`);
  if (!BYLINE_START.test(line)) {
    // "Posted on May 6, 2025 by Jane Doe": a line that names itself a publication time, then a byline.
    for (const match of line.matchAll(STAMP_BEFORE_BYLINE)) {
      const stamp = parseTimestamp(line.slice(0, match.index));
      if (stamp?.published && (stamp.hasDate || stamp.hasTime)) return parseByline(line.slice(match.index + match[0].length));
    }
    return undefined;
  }
  const start = BYLINE_START.exec(line);
  if (!start || countWords(line) > 30) return undefined;
  const [names = ''] = line.slice(start[0].length).split(/\s+[|·•]\s+|\s+[-–—]\s+|\s*\|\s*/);
  const [beforeDate = ''] = names.split(BYLINE_TAIL);
  const parts = beforeDate
    .replace(/[.,;:]$/, '')
    .split(/\s*,\s*|\s+(?:and|&)\s+/i)
    .map((part) => part.trim())
    .filter(Boolean);
  const first = parts[0];
  if (!first || !isCapitalisedPhrase(first)) return undefined;
  // Parts after the first may be a job or an outlet ("staff writer", "Reuters"), so any short phrase is allowed.
  if (parts.slice(1).some((part) => countWords(part) > 6 || /[.!?]$/.test(part.replace(/\b\p{Lu}\.$/u, '')))) return undefined;
  return { authors: parts.filter(isPersonName) };
}

function isCapitalisedPhrase(phrase: string) {
  const words = phrase.split(/\s+/);
  if (words.length > 6) return false;
  if (words.length === 1 && CALENDAR_WORD.test(words[0]!)) return false;
  return words.every((word, at) => NAME_WORD.test(word) || (at > 0 && NAME_PARTICLES.has(word.toLowerCase())));
}

/** Two to five name words, none of them an organisation's or a job's ("Jane Doe", "Anne-Marie de la Cruz"). */
export function isPersonName(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  const named = words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
  if (named.length < 2 || words.length > 5 || !isCapitalisedPhrase(phrase)) return false;
  return !words.some((word) => NOT_PERSON_WORDS.has(word.toLowerCase().replace(/[.'’]+$/, '')) || CALENDAR_WORD.test(word));
}

const JOB_TITLE = /\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|producer|presenter|analyst|staff|bureau\s+chief)s?\b/i;

/** A job title standing under a name at the top of a story ("Diplomatic correspondent", "Staff writer, Example Wire"). */
export function isJobTitle(line: string): boolean {
  return countWords(line) <= 8 && JOB_TITLE.test(line) && !/[.!?]$/.test(line.trim());
}

// ---------------------------------------------------------------- datelines

/** Labels set in capitals at the start of a story that are not places ("BREAKING —"). */
const KICKERS = new Set([
  'BREAKING', 'BREAKING NEWS', 'EXCLUSIVE', 'UPDATE', 'UPDATED', 'LIVE', 'WATCH', 'ANALYSIS', 'OPINION', 'EDITORIAL',
  'COMMENTARY', 'REVIEW', 'FACT CHECK', 'JUST IN', 'ALERT', 'NEW', 'VIDEO', 'PHOTOS', 'DEVELOPING', 'URGENT', 'FLASH',
  'NOTE', "EDITOR'S NOTE", 'EDITOR’S NOTE', 'CORRECTION', 'EXPLAINER', 'Q&A', 'FILE', 'PHOTO', 'IMAGE', 'WARNING',
  // Opinion desks' labels, British and American: "Comment", "Viewpoint", "Op-Ed", "Perspective".
  'COMMENT', 'COLUMN', 'VIEWPOINT', 'PERSPECTIVE', 'OP-ED', 'OPED', 'LETTERS', 'INTERVIEW', 'FEATURE',
]);
const CAPS_PLACE = String.raw`\p{Lu}[\p{Lu}.'’/-]*\p{Lu}\.?(?:\s+\p{Lu}[\p{Lu}.'’/-]*\.?)*`;
const TITLE_PLACE = String.raw`\p{Lu}[\p{Ll}.'’-]+(?:\s+\p{Lu}[\p{Ll}.'’-]+){0,2}`;
const REGION = String.raw`,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}`;
const DATE_PART = String.raw`,?\s+(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH})(?:,?\s+\d{4})?`;
const AGENCY = String.raw`\s*\((?<agency>\p{L}[\p{L}&.'’ ]{0,29})\)`;
/** A newswire's tag between slashes, as PR Newswire, Business Wire and Cision set it: "/PRNewswire/", "/CNW/". */
const WIRE_TAG = String.raw`\s+/(?<wire>\p{L}[\p{L}\p{N}&.'’ -]{0,29})/`;
const DASH_END = String.raw`\s*[-–—]{1,2}(?:\s+|$)`;
/** A press release puts the date after the place: "OTTAWA, Ont. – May 4, 2024 –". */
const DATE_AFTER = String.raw`(?:(?:${MONTH}\s+${DAY}|${DAY}\s+${MONTH}),?\s+\d{4}${DASH_END})?`;
const DATELINES = [
  // "OTTAWA -", "LAGOS, Nigeria (AP) —", "LONDON, May 4 (Reuters) -"
  new RegExp(String.raw`^(?<place>${CAPS_PLACE}(?:${REGION})?)(?:${DATE_PART})?(?:${AGENCY}|${WIRE_TAG})?${DASH_END}${DATE_AFTER}`, 'u'),
  // "Lisbon, May 4 (Lusa) -", "Ottawa (CNN) —": a place in ordinary case needs a date or an agency.
  new RegExp(String.raw`^(?<place>${TITLE_PLACE}(?:${REGION})?)(?:${DATE_PART}(?:${AGENCY})?|${AGENCY})${DASH_END}`, 'u'),
  // "(CNN) —": the agency alone.
  new RegExp(String.raw`^${AGENCY.replace(String.raw`\s*`, '')}${DASH_END}`, 'u'),
];

/** A dateline opening a line: its text (dash included), place and agency. */
export function parseDateline(line: string): { text: string; place: string | null; agency: string | null } | undefined {
  for (const pattern of DATELINES) {
    const match = pattern.exec(line);
    if (!match?.groups) continue;
    const place = match.groups['place']?.trim() ?? null;
    if (place !== null && (KICKERS.has(place.toUpperCase()) || place.replace(/[^\p{L}]/gu, '').length < 2)) continue;
    return { text: match[0].trim(), place, agency: (match.groups['agency'] ?? match.groups['wire'])?.trim() ?? null };
  }
  return undefined;
}

// ---------------------------------------------------------------- furniture lines

const AD_SLUG =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored(?:\s+(?:content|post|links?|stories))?|promoted(?:\s+content)?|paid\s+(?:content|post|partner\s+content)|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?|continue\s+reading\s+(?:the\s+main\s+story|below)|scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|advertisement\s*[-–—:·•|]?\s*scroll\s+(?:down\s+)?to\s+continue(?:\s+(?:reading|with\s+content))?|skip\s+(?:advertisement|ad)|remove\s+ads|report\s+this\s+ad|ad\s+feedback)$/i;

/** An advertisement slug ("Advertisement", "- ADVERTISEMENT -", "Story continues below advertisement"). */
export function isAdSlug(line: string): boolean {
  const trimmed = trimDecoration(line);
  return (
    AD_SLUG.test(trimmed) ||
    (SPONSOR_LINE.test(trimmed) && countWords(trimmed) <= 10 && !/[.!?]$/.test(trimmed)) ||
    (LABELLED_AD.test(trimmed) && countWords(trimmed) <= MAX_LABELLED_AD_WORDS)
  );
}

/**
 * A line that names itself an advertisement or a sponsor before a colon: "Sponsored: Keep warm …",
 * "Advertisement: …", "Match sponsor: Name", "Kit sponsors: A, B". The label says what the line is.
 */
const LABELLED_AD = /^(?:sponsored|advertisement|advert|promoted|promotion|paid\s+partnership|partner\s+content|(?:\p{L}[\p{L}'’-]*\s+){0,2}sponsors?)\s*[:|–—]\s*\S/iu;
const MAX_LABELLED_AD_WORDS = 40;

/** A sponsor's line in a newsletter or on a page: "Presented by …", "Sponsored by …", "In partnership with …". */
const SPONSOR_LINE = /^(?:sponsored|presented|brought\s+to\s+you|supported|powered)\s+by\s+\S|^in\s+partnership\s+with\s+\S/i;

const READ_MORE_LABEL =
  String.raw`(?:most\s+(?:read|popular|viewed|shared)(?:\s+(?:stories|articles|now|today))?|trending(?:\s+(?:now|stories|today))?|popular\s+now|explore\s+more\s+on\s+(?:these|this)\s+topics?|more\s+on\s+(?:these|this)\s+topics?|read\s+more|read\s+also|also\s+read|more\s+reading|read\s+next|related(?:\s+(?:articles?|stories|story|coverage|content|links?|reading|topics?|news))?|see\s+also|more\s+on\s+(?:this|that)(?:\s+(?:story|topic))?|recommended(?:\s+(?:reading|stories))?|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)|don['’]?t\s+miss|must\s+read|editor['’]?s\s+picks?|further\s+reading|more\s+coverage|top\s+stories|explore\s+more|more\s+stories|more\s+news|click\s+here\s+to\s+read\s+more|read\s+the\s+full\s+story|(?:read\s+)?(?:our\s+)?(?:earlier|previous|past|prior|ongoing|continuing)\s+coverage|(?:next|previous)\s+(?:story|article)|topics|tags|subjects|filed\s+under|more\s+about|more\s+from\s+(?:the\s+|our\s+)?[a-z0-9][^.!?:|]{0,40})`;
const READ_MORE_WITH_TITLE = new RegExp(String.raw`^[►▶»>→]?\s*${READ_MORE_LABEL}\s*(?:[:›»>|–—-]|\.\.\.|…)\s*\S`, 'i');
const READ_MORE_ALONE = new RegExp(String.raw`^[►▶»>→]?\s*${READ_MORE_LABEL}\s*[:›»>…]?$`, 'i');

/** A read-more line ("Read more: …", "RELATED: …") or a read-more label alone ("Related stories"). */
export function readMoreShape(line: string): 'with-title' | 'label' | undefined {
  const trimmed = line.trim();
  if (READ_MORE_WITH_TITLE.test(trimmed) && countWords(trimmed) <= 30) return 'with-title';
  if (READ_MORE_ALONE.test(trimmed)) return 'label';
  return undefined;
}

const CREDIT_LABEL = String.raw`(?:photo(?:graph)?s?|image|images|picture|pic|credit|credits|photo\s+credit|image\s+credit|image\s+source|main\s+image|top\s+image|header\s+image|illustration|graphic)`;
/** Agencies and picture libraries that sign photos: a closed list of the trade's credit lines. */
const PICTURE_SOURCES =
  String.raw`(?:Getty\s+Images|Shutterstock|Alamy|Reuters|AFP|AP|EPA(?:-EFE)?|Pool|Handout|Sipa|Anadolu|Bloomberg|dpa|Xinhua|TASS|Sputnik|Kyodo|Zuma|ZUMA\s+Press|NurPhoto|SOPA\s+Images|Imagn|Wikimedia\s+Commons|file\s+photo)`;
const CREDIT_ALONE = [
  // "Photo: Jane Doe/Agency", "Image source, Getty Images", "Credit: Jane Doe"
  new RegExp(String.raw`^\(?\s*(?:${CREDIT_LABEL}(?:\s+(?:by|courtesy(?:\s+of)?))?\s*[:：]|image\s+source\s*,)\s*\S.{0,90}$`, 'i'),
  // "Photo by Jane Doe/AFP via Getty Images"
  new RegExp(String.raw`^\(?\s*(?:photo(?:graph)?|image|picture|illustration|graphic)s?(?:\s+and\s+(?:words|text|video))?\s+(?:by|courtesy\s+of)\s+\S.{0,90}$`, 'i'),
  // "AFP via Getty Images", "© Reuters", "Pool"
  new RegExp(String.raw`^\(?\s*(?:©\s*)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:via\s+)?${PICTURE_SOURCES}\)?$`, 'u'),
];
/** "(AP Photo/Jane Doe)", "Jane Doe/Reuters", "City Hall/Handout": capitalised words either side of a slash. */
const SLASH_CREDIT = new RegExp(
  String.raw`^\(?\s*(?:©\s*)?(?<left>(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})\/\s*(?<right>(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})(?:via\s+${PICTURE_SOURCES})?\)?$`,
  'u',
);
const PICTURE_WORD = new RegExp(String.raw`\b(?:photos?|images?|${PICTURE_SOURCES})\b`, 'iu');
/** A credit glued to the end of a caption: a parenthesis naming a photo or picture source, or "Photo: …". */
const CREDIT_GLUED = [
  new RegExp(String.raw`\s(?<credit>\((?:[^()]*\b(?:Photos?|Photograph|Image|Credit|${PICTURE_SOURCES})\b[^()]*)\))$`, 'iu'),
  new RegExp(String.raw`(?<=[.!?"”’)]\s+|\s[|/]\s+)(?<credit>${CREDIT_LABEL}(?:\s+(?:by|courtesy(?:\s+of)?))?\s*[:：]\s*\S[^!?:]{0,80})$`, 'iu'),
  new RegExp(String.raw`(?<=[.!?"”’)]\s+)(?<credit>(?:photo|image|picture)s?\s+(?:by|courtesy\s+of)\s+\S[^!?:]{0,80})$`, 'iu'),
];

/** A line that is only a photo credit. */
export function isPhotoCredit(line: string): boolean {
  const trimmed = line.trim();
  if (countWords(trimmed) > 14 || SENTENCE_INSIDE.test(trimmed) || !namesASource(trimmed)) return false;
  if (CREDIT_ALONE.some((pattern) => pattern.test(trimmed))) return true;
  const slash = SLASH_CREDIT.exec(trimmed)?.groups;
  if (!slash) return false;
  // A slash between capitalised words is a credit when it names a picture source or a person and an outlet.
  return PICTURE_WORD.test(trimmed) || (countWords(slash['left']!) >= 2 && countWords(slash['left']!) <= 4);
}

/** Words a credit may hold in lower case ("via", "for", "courtesy of"); a credit names people and sources. */
const CREDIT_LOWERCASE = new Set(['via', 'for', 'of', 'courtesy', 'and', 'by', 'source', 'credit', 'photo', 'image', 'photograph', 'picture', 'de', 'van', 'von', 'da', 'del', 'la', 'le', 'al', 'bin']);

/** The words after a credit's label are names of people and sources ("Jane Doe/Reuters"), not a phrase ("Scenes from the summit"). */
function namesASource(credit: string) {
  const words = credit.replace(/^[^:：,]*[:：,]\s*/, '').split(/[\s/]+/).filter((word) => /^\p{Ll}/u.test(word));
  return words.filter((word) => !CREDIT_LOWERCASE.has(word.toLowerCase())).length === 0 && !/\?\s*\)?$/.test(credit);
}

/** A full stop followed by a lower-case word: prose, not a credit. */
const SENTENCE_INSIDE = /[.!?]\s+\p{Ll}/u;

/** A caption with its credit glued on: the two parts, every character kept; undefined when there is no credit. */
export function splitGluedCredit(line: string): { caption: string; credit: string } | undefined {
  for (const pattern of CREDIT_GLUED) {
    const match = pattern.exec(line);
    const credit = match?.groups?.['credit'];
    if (!match || !credit) continue;
    const caption = line.slice(0, match.index + match[0].length - credit.length).trimEnd();
    if (countWords(caption) === 0 || countWords(credit) > 16 || SENTENCE_INSIDE.test(credit) || !namesASource(credit.replace(/^\(|\)$/g, ''))) continue;
    return { caption, credit };
  }
  return undefined;
}

const CREDIT_ROLES = String.raw`(?:(?:additional|further|extra)\s+)?(?:reporting|writing|editing|edited|compiled|research|graphics|translated|translation|produced|production|fact[-\s]?checking|contributing(?:\s+(?:reporting|writers?|reporters?|editors?))?|with\s+(?:additional\s+)?(?:reporting|assistance)|written)`;
const REPORTING_CREDIT = [
  new RegExp(String.raw`^\(?\s*(?:${CREDIT_ROLES}\s+by|with\s+(?:additional\s+)?(?:reporting|assistance)\s+from)\s+\S`, 'i'),
  /^\(?\s*(?:contributing|contributors?|additional\s+reporting|translation|translator|translated\s+by)\s*:\s*\S/i,
  // A wire's closing credit line: "Fenwick reported from Brellholm.", "Jane Doe and John Roe reported from Kessal and Vessna." (names and places only).
  /^\(?\s*\p{Lu}[\p{L}'’-]+(?:\s+(?:and\s+)?\p{Lu}[\p{L}'’.-]+){0,5},?\s+(?:reported|wrote)\s+(?:from|in)\s+\p{Lu}[\p{L}'’-]+(?:(?:,|\s+and)?\s+\p{Lu}[\p{L}'’-]+){0,4}\.?\)?$/u,
  /\bcontributed\s+(?:reporting\s+)?(?:to\s+)?(?:this|the)\s+(?:report|story|article)\.?\)?$/i,
];
/** A credit closing a paragraph: "(Reporting by …; Editing by …)". */
const REPORTING_CREDIT_GLUED = new RegExp(String.raw`\s(?<credit>\(\s*(?:${CREDIT_ROLES}\s+by|with\s+(?:additional\s+)?(?:reporting|assistance)\s+from)\s[^()]*\))$`, 'i');

/** A line crediting reporters and editors ("Reporting by …; Editing by …", "… contributed to this report."). */
export function isReportingCredit(line: string): boolean {
  const trimmed = line.trim();
  if (countWords(trimmed) > 60 || !REPORTING_CREDIT.some((pattern) => pattern.test(trimmed))) return false;
  // "Editing by hand …" is prose: a credit's first "by" names someone.
  const named = /\b(?:by|from)\s+(\S)/i.exec(trimmed);
  return named === null || /\p{Lu}/u.test(named[1]!);
}

/** A paragraph with a reporting credit in parentheses at its end: the two parts, every character kept. */
export function splitGluedReportingCredit(text: string): { body: string; credit: string } | undefined {
  const match = REPORTING_CREDIT_GLUED.exec(text);
  const credit = match?.groups?.['credit'];
  if (!match || !credit) return undefined;
  const body = text.slice(0, match.index).trimEnd();
  return countWords(body) === 0 ? undefined : { body, credit };
}

const SHARE_WORDS = new Set([
  'share', 'shares', 'sharing', 'shared', 'this', 'article', 'story', 'page', 'post', 'on', 'via', 'to', 'with', 'and', 'or',
  'the', 'a', 'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'email', 'e-mail', 'mail', 'reddit', 'telegram',
  'pinterest', 'bluesky', 'threads', 'messenger', 'flipboard', 'tumblr', 'copy', 'copied', 'link', 'url', 'print', 'save',
  'saved', 'tweet', 'gift', 'bookmark', 'send', 'friend', 'clipboard', 'options', 'icon', 'button', 'opens', 'open', 'in',
  'new', 'window', 'tab', 'sms', 'text', 'message', 'full', 'screen', 'fullscreen', 'comment', 'comments', 'show', 'more',
  'newsletter', 'gallery', 'video', 'episode', 'podcast', 'photos', 'pictures', 'interview', 'column', 'thread', 'update',
  'updates', 'blog', 'live', 'your', 'friends', 'social', 'media', 'networks', 'click', 'here', 'tap',
]);
const SHARE_CUES = new Set(['share', 'shares', 'sharing', 'tweet', 'facebook', 'twitter', 'linkedin', 'whatsapp', 'email', 'e-mail', 'reddit', 'telegram', 'pinterest', 'bluesky', 'print', 'bookmark', 'gift', 'copy', 'copied', 'save', 'flipboard', 'messenger']);
const FOLLOW = /^follow\s+(?:us|me|@\w+|(?:\S+\s+){0,3}?\S+)\s+on\s+(?:x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube|telegram|whatsapp|mastodon|google\s+news)\b/i;
/**
 * The line a phone's share sheet adds to what it shares: "Shared from the Example News app",
 * "Sent from the Example app", "Shared via Apple News", "Sent from my iPhone" (news apps and
 * mail clients alike).
 */
const SHARED_FROM = /^(?:shared|sent)\s+(?:from|via|with|using)\s+(?:the\s+|my\s+|our\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,5}?(?:app|news|iphone|ipad|android|phone|mobile)\b/iu;
/**
 * A wire's note on its standards or funding closing a story: "Our Standards: The … Trust
 * Principles." (Reuters' form), "… is solely responsible for all content." and "Find …'s
 * standards for working with philanthropies at …" (AP's).
 */
const STANDARDS_NOTE = /^(?:our\s+standards\s*:|find\s+\S+\s+standards\s+for\b)|\bsolely\s+responsible\s+for\s+all\s+(?:the\s+)?content\b/i;
// The sign may follow a label ("Transcript © 2026 …", "Text and photos © 2026 …"): with a year after it, it is a notice.
const COPYRIGHT = /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4}))|\ball\s+rights\s+reserved\b|(?:^|\s)(?:©|copyright\s+©?)\s*(?:19|20)\d{2}\b/i;
/** "Sign up" and "Subscribe" open newsletter lines only with a word of the trade after them. */
const SIGN_UP = /^(?:sign\s+up|subscribe)\b/i;
const SIGN_UP_OBJECT = /\b(?:newsletters?|inbox|e-?mail|here|now|free|today|updates|alerts|briefing|digest|podcast)\b/i;
const NEWSLETTER_START =
  /^(?:having\s+trouble\s+viewing\b|get\s+(?:the|our|this)\b.*\b(?:newsletter|inbox|email|briefing)|want\s+(?:more|to\s+get|to\s+receive)\b|enter\s+your\s+e-?mail|thanks?(?:\s+you)?\s+for\s+(?:signing\s+up|subscribing|reading)|forwarded\s+this|you\s+(?:received|got)\s+this\s+(?:e-?mail|newsletter)|was\s+this\s+(?:e-?mail|newsletter)\s+forwarded|you(?:['’]re|\s+are)\s+(?:reading|receiving)|view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?in\s+(?:your\s+)?browser|unsubscribe|manage\s+(?:your\s+)?(?:preferences|subscriptions?|newsletters?)|update\s+your\s+preferences|this\s+(?:article|story|email|newsletter)\s+(?:first|originally)\s+appeared)/i;
const NEWSLETTER_WORDS = /\b(?:newsletters?|inbox)\b/i;
const NEWSLETTER_ACTION = /\b(?:sign(?:ing)?\s+up|subscribe|subscription|delivered|e-?mail|inbox|free|click|here)\b/i;
const PAGE_CONTROLS = new RegExp(
  String.raw`^(?:` +
    [
      String.raw`listen(?:\s+to\s+(?:this|the)\s+(?:article|story|episode|podcast|interview))?(?:\s*[·•|(-]?\s*\d{1,3}(?::\d{2})?\s*(?:min(?:utes?|s)?|m)\)?)?`,
      String.raw`\d{1,3}\s*(?:-|\s)?\s*min(?:ute)?s?\s+read`,
      String.raw`reading\s+time\s*:?\s*\d{1,3}\s*min(?:ute)?s?`,
      String.raw`(?:view|show|hide|read|see|leave\s+a|post\s+a|add\s+a|load|open)\s+(?:\d+\s+)?(?:comments?|replies)`,
      String.raw`comments?(?:\s*\(\d+\))?`,
      String.raw`\d+\s+comments?`,
      String.raw`(?:open|continue|read)\s+in\s+(?:the\s+)?app`,
      String.raw`skip\s+to\s+(?:main\s+)?(?:content|navigation)`,
      String.raw`(?:toggle|hide|show)\s+caption`,
      String.raw`enlarge\s+(?:this\s+)?image`,
      String.raw`(?:open|view|expand)\s+(?:image\s+)?gallery`,
      String.raw`(?:image|photo|picture|slide)\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}`,
      String.raw`\(?\d{1,3}\s*(?:of|\/)\s*\d{1,3}\)?`,
      // Where a piece sits in a series, a programme or a document: "Segment 2 of 5", "Part 3 of 4", "Page 1 / 3".
      String.raw`[a-z]+\s+\d{1,3}\s*(?:of|\/)\s*\d{1,3}`,
      String.raw`(?:previous|next)(?:\s+(?:image|photo|slide|article|story))?`,
      String.raw`back\s+to\s+top`,
      String.raw`(?:show|load|see)\s+more`,
      String.raw`(?:please\s+)?(?:enable|turn\s+on|activate)\s+javascript.*`,
      String.raw`this\s+video\s+(?:can\s*not|cannot)\s+be\s+played.*`,
      String.raw`(?:show\s+)?key\s+events(?:\s+only)?`,
      String.raw`pinned\s+(?:post|message)`,
      String.raw`live(?:\s+updates?)?`,
      // A transcript's or a podcast page's own labels.
      String.raw`(?:full\s+|episode\s+|read\s+(?:the\s+)?|show\s+|view\s+)?transcript|show\s+notes|episode\s+notes`,
      String.raw`sign\s+in|log\s+in|register`,
      String.raw`for\s+immediate\s+release|(?:for\s+release\s*:|embargo(?:ed)?\s*(?::|until\b|till\b))\s*\S.{0,60}|(?:press|news|media)\s+(?:release|advisory|statement)|(?:media|press)\s+contacts?\s*:.*|(?:keep|continue)\s+reading|list\s+of\s+\d+\s+items?|list\s+\d+\s+of\s+\d+|end\s+of\s+list`,
      String.raw`save\s+(?:this\s+)?(?:articles?|stor(?:y|ies))\b.{0,60}`,
      String.raw`paid\s+(?:partnership|post|promotion)|sponsored(?:\s+(?:content|post|story))?|(?:view|see|watch)\s+(?:this\s+)?(?:post|video)\s+on\s+(?:instagram|x|twitter|facebook|tiktok|threads|youtube|bluesky)`,
      String.raw`watch\s+on\s+(?:youtube|x|tiktok|instagram)|a\s+post\s+shared\s+by\s+.{1,60}`,
      String.raw`repl(?:y|ies)|repost|retweet|like|follow|[\d.,]+\s*[km]?`,
      String.raw`privacy\s+(?:policy|notice)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+(?:policy|settings)|contact\s+us|about\s+us`,
      String.raw`[\d.,]+\s*[km]?\s+(?:reposts?|retweets?|likes?|views?|replies|quotes?|bookmarks?)(?:\s+[\d.,]+\s*[km]?\s+(?:reposts?|retweets?|likes?|views?|replies|quotes?|bookmarks?))*`,
      String.raw`read\s+[\d.,]+\s*[km]?\s+repl(?:y|ies)`,
      String.raw`copy\s+link\s+to\s+(?:post|tweet)`,
      String.raw`(?:watch|play)\s+(?:video|now)`,
      // A phone app's own controls and prompts: "Tap to read more", "Get breaking news alerts — turn on notifications".
      String.raw`(?:tap|click|swipe|scroll)(?:\s+(?:up|down|left|right|here))?\s+(?:to|for)\s+(?:read|see|view|load|expand|open|continue|show|more|next|the\s+next|full|watch|listen|play|share|save|follow|get)\b.{0,40}`,
      String.raw`comments?\s*:?\s*\d+`,
      String.raw`(?:get|turn\s+on|enable|allow)\s+(?:breaking\s+)?(?:news\s+)?(?:alerts|notifications)\b.{0,60}`,
      String.raw`reuse\s+this\s+content|(?:join|read)\s+the\s+(?:discussion|conversation)`,
      // Saving, subscribing, apps and comment controls as sites and apps print them.
      String.raw`save(?:\s+(?:for\s+later|to\s+(?:my\s+)?(?:list|reading\s+list)))?|add\s+to\s+(?:my\s*\w+|(?:my\s+)?(?:favourites|favorites|reading\s+list|list))`,
      String.raw`subscribe(?:\s+now)?|already\s+(?:a\s+)?(?:subscriber|member|registered)\??\s*(?:log|sign)\s+in|(?:log|sign)\s+in\s+or\s+(?:register|subscribe)`,
      String.raw`(?:download|get|install)\s+(?:the\s+|our\s+)?(?:[\w'’&.-]+\s+){0,3}?app|notifications`,
      String.raw`\d{1,3}\s*(?:-|\s)?\s*min(?:ute)?s?\s+(?:listen|watch|video)`,
      String.raw`have\s+your\s+say|join\s+the\s+debate|comments\s+are\s+(?:closed|open|turned\s+off|disabled)|sort\s+by\s*:?\s*\w+(?:\s+\w+)?`,
    ].join('|') +
    String.raw`)[.!]?$`,
  'i',
);

/**
 * A channel's or a post's counts alone on a line ("12.4K subscribers", "1.2K comments", "48,700 views",
 * "312 members"): a number, maybe abbreviated, and what it counts, nothing else.
 */
const AUDIENCE_COUNT = /^\d[\d.,]*\s*[KkMm]?\+?\s+(?:subscribers?|followers?|members?|views?|comments?|likes?|shares?|reactions?|reposts?|retweets?|listeners?|watching|online)$/;
/** A subscription link with its address after a colon: "Subscribe: t.me/…", "Follow: example.org/…", "Join: @handle". */
const SUBSCRIBE_AT = /^(?:subscribe|follow|join)\s*:\s*(?:@[\w.]+|(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}\/\S*|(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,})$/i;

/** A line of the page around the article (share buttons, newsletter, copyright, page controls), with its role. */
export function boilerplateRole(line: string): BoilerplateRole | undefined {
  // A line of symbols only ("###", "___", "* * *") separates parts of the page; it says nothing.
  if (line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line)) return 'page';
  // End marks of releases and transcripts ("END", "-30-", "# # #"), stage directions ("(COMMERCIAL BREAK)") and translation notes.
  if (END_MARK.test(line.trim()) || STAGE_DIRECTION.test(line.trim()) || TIME_CODE.test(line.trim()) || TRANSLATION_NOTE.test(line.trim()) || isForwardDivider(line)) return 'page';
  if (TRANSCRIPT_NOTE.test(line.trim()) && countWords(line) <= 60) return 'page';
  const cue = cueRole(line);
  if (cue !== undefined) return cue;
  const trimmed = trimDecoration(line);
  if (trimmed === '') return undefined;
  const words = countWords(trimmed);
  if (words <= 40 && COPYRIGHT.test(trimmed)) return 'copyright';
  if (words <= 45 && ((SIGN_UP.test(trimmed) && SIGN_UP_OBJECT.test(trimmed)) || NEWSLETTER_START.test(trimmed) || (NEWSLETTER_WORDS.test(trimmed) && NEWSLETTER_ACTION.test(trimmed) && !/[“"]/.test(trimmed)))) {
    return 'newsletter';
  }
  if (words <= 12 && (isShareLine(trimmed) || FOLLOW.test(trimmed))) return 'share';
  if (words <= 30 && SHARED_FROM.test(trimmed)) return 'share';
  if (words <= 60 && STANDARDS_NOTE.test(trimmed)) return 'page';
  if (isContactLine(line) || isContactLabel(line)) return 'page';
  if (words <= 16 && PAGE_CONTROLS.test(trimmed)) return 'page';
  if (words <= 60 && (VIEWS_EXPRESSED.test(trimmed) || UPDATE_NOTE.test(trimmed) || MAIL_DISCLAIMER.test(trimmed) || NEWSLETTER_NOTICE.test(trimmed))) return 'page';
  if (words <= 40 && (EDITORS_NOTE.test(trimmed) || KEYWORD_LINE.test(trimmed) || FOLLOW_AT.test(trimmed))) return 'page';
  if (isWireSlug(trimmed) || isRundown(line)) return 'masthead';
  if (isMenuLine(line)) return 'page';
  if (words <= 30 && (LISTEN_ON.test(trimmed) || FUNDING_NOTE.test(trimmed) || DEVELOPING_NOTE.test(trimmed) || ORIGINAL_NOTE.test(trimmed) || REFERENCE_LINE.test(trimmed))) return 'page';
  if (words <= 20 && ATTACHMENT.test(trimmed)) return 'page';
  if (SHORTCODE.test(trimmed)) return 'page';
  if (words <= MAX_CALL_OUT_WORDS && isCallOut(trimmed)) return 'page';
  if (words <= 6 && (AUDIENCE_COUNT.test(trimmed) || SUBSCRIBE_AT.test(trimmed))) return 'share';
  return undefined;
}

/** A link to a file, its format and size after it: "Zone map (PDF, 1.2 MB)", "Annual report [PDF 340KB]", "Data (XLSX, 48 KB)". */
const ATTACHMENT = /[([]\s*(?:PDF|DOCX?|XLSX?|CSV|ODT|ODS|PPTX?|ZIP|RTF|TXT|EPUB|MP3|MP4)\b[\s,;:–-]*(?:\d[\d.,]*\s*(?:[KMG]i?B|bytes|pages?))?\s*[)\]]\.?$/i;
/** A publishing system's shortcode or template tag pasted with the text: "{{< signup list="…" >}}", "{% include promo.html %}", "[embed]…[/embed]". */
const SHORTCODE = /^(?:\{\{[<%].*[%>]\}\}|\{%.*%\}|\[(\w[\w-]*)(?:\s[^\]]*)?\].*\[\/\1\]|\[\w[\w-]*(?:\s+\w[\w-]*=(?:"[^"]*"|'[^']*'|\S+))+\s*\/?\])$/;

/** A programme's or a video's pointer to where it can be heard or watched: "Listen again on the … app", "Watch the full interview on YouTube". */
const LISTEN_ON = /^(?:listen|watch|hear|catch\s+up|stream|download)\b.{0,80}?\b(?:on|via|in|at|from)\s+(?:the\s+|our\s+|your\s+)?(?:[\p{L}\p{N}&'’.-]+\s+){0,3}?(?:app|apps|website|site|channel|podcast|podcasts|spotify|apple\s+podcasts|youtube|iplayer|sounds|player|radio|feed)\b|\bwherever\s+you\s+get\s+your\s+podcasts\b/iu;
/** A story still being written: "Developing story", "This is a developing story and will be updated", "More to follow", "Check back for updates". */
const DEVELOPING_NOTE = /^(?:(?:this\s+is\s+an?\s+)?(?:developing|breaking)\s+(?:news\s+)?story\b.{0,80}|more\s+(?:to\s+follow|details\s+(?:to|will)\s+follow.{0,30}|soon)|check\s+back\s+(?:later\s+)?for\s+(?:updates|more).{0,30}|(?:this|the)\s+(?:story|article|page)\s+will\s+be\s+updated.{0,60})[.!…]*$/i;
/** The original's title or address beside a translation: "Original article: …", "Original title: …" ("Translated by …", "Translation: …" are reporting credits). */
const ORIGINAL_NOTE = /^[[(]?(?:original\s+(?:article|title|headline|story|version)\s*:\s*\S.{0,120})[\])]?$/i;
/** A document's reference: "Ref: SHB/2026/014", "Our ref: …", "Reference: 2026-03-04-ferry", "Release no. 14/2026". */
const REFERENCE_LINE = /^(?:(?:our\s+)?ref(?:erence)?\.?(?:\s+no\.?)?|(?:press\s+)?release\s+(?:no\.?|number))\s*:?\s*[\p{L}\p{N}][\p{L}\p{N}/._-]{1,40}$/iu;

/** How the journalism is paid for: "Our journalism is funded by …", "This reporting was supported by a grant from …". */
const FUNDING_NOTE = /^(?:(?:our|this)\s+(?:journalism|reporting|story|article|coverage|series|project|investigation|content)\s+(?:is|was|has\s+been)\s+(?:(?:part[- ]?|partly\s+|in\s+part\s+)?(?:funded|supported|paid\s+for|made\s+possible))\s+(?:in\s+part\s+)?(?:by|through|with)\b|support\s+(?:our|independent|local)\s+journalism\b)/i;

const MAX_CALL_OUT_WORDS = 45;
/** An address to write to: an e-mail address, a telephone number, a web address. */
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{7,}\d|(?:https?:\/\/|www\.)\S+/i;
/** A sentence that tells the reader to write or call: "Email us at …", "Contact her at …", "Get in touch: …". */
const CONTACT_ASK = /^(?:for\s+(?:more|further)\s+(?:information|details)\s*,?\s*(?:please\s+)?)?(?:e-?mail|contact|write(?:\s+to)?|get\s+in\s+touch|call|phone|ring|text|message|whatsapp|tell\s+us|send|reach|follow)\b/i;

/**
 * The outlet's call-out or contact note, closing a story or a column: its last sentence asks the
 * reader to write or call and gives the address ("Do you have a story about …? Email …", "Jane Doe
 * is our transport correspondent. Contact her at …"). A story's sentence that gives an address
 * reports it ("Residents can e-mail objections to …"), never opens with the verb.
 */
function isCallOut(line: string): boolean {
  if (!ADDRESS.test(line)) return false;
  const sentences = line.split(/(?<=[.!?])\s+(?=\S)/);
  const last = sentences.at(-1)!;
  return CONTACT_ASK.test(last) && ADDRESS.test(last);
}

/** A title has at most this many words. */
const MAX_TITLE_WORDS = 25;
/** Closing quotation marks and brackets, looked through for the punctuation before them. */
const CLOSING_MARKS = /["'”’»)\]]+$/u;

/** The shape of a title: one to `MAX_TITLE_WORDS` words, no closing punctuation but a question's or an exclamation's. */
export function isTitleShape(line: string): boolean {
  const words = countWords(line);
  return words > 0 && words <= MAX_TITLE_WORDS && !/[.…:;,]$/u.test(line.trim().replace(CLOSING_MARKS, ''));
}

/**
 * A line that reads as a headline: a title's shape, no list item or dateline, and when it opens with a
 * quotation mark, a quoted title (`isQuotedTitle`); `capitalised`, it opens with a capital or a figure too.
 */
export function isTitleLine(line: string, { capitalised = false }: { capitalised?: boolean } = {}): boolean {
  if (!isTitleShape(line) || parseListItem(line) !== undefined || parseDateline(line) !== undefined) return false;
  if (/^["'“‘«]/u.test(line)) return isQuotedTitle(line);
  return !capitalised || /^[\p{Lu}\p{N}]/u.test(line);
}

/**
 * A headline that opens with a quotation and goes on after a colon or a dash ("'A pause, not a peace': …"),
 * or after a comma with the few words that say whose it is ("'We will rebuild the pier by spring', harbour master vows").
 */
const QUOTED_TITLE = /^["'“‘«][^"“”«»]+?["'”’»]\s*[:–—-]\s+\S/u;
const QUOTED_TITLE_SAYS = /^["'“‘«][^"“”«»]+?,?["'”’»],?\s+(?<tail>[^\s.!?]+(?:\s+[^\s.!?]+){0,5})$/u;
/** A pronoun or a past tense of saying: the words after a quotation that narrate rather than title it ("“Not yet,” she said"). */
const NARRATED = /\b(?:he|she|they|it|i|we|you|said|told|asked|added|replied|wrote|explained|continued|insisted|recalled)\b/iu;

export function isQuotedTitle(line: string): boolean {
  const trimmed = line.trim();
  if (QUOTED_TITLE.test(trimmed)) return true;
  const tail = QUOTED_TITLE_SAYS.exec(trimmed)?.groups?.['tail'];
  return tail !== undefined && !NARRATED.test(tail);
}

/** A menu has at least this many items. */
const MIN_MENU_ITEMS = 3;

/**
 * A site's menu pasted as a line: three or more short items, each opened by a capital, between bars
 * or dots ("Home | Products | Investors | Newsroom", "News · Sport · About us"), no figure or sentence in any.
 */
export function isMenuLine(line: string): boolean {
  const items = line.trim().split(/\s+[|·•]\s+/);
  return (
    items.length >= MIN_MENU_ITEMS &&
    items.every((item) => {
      const words = item.split(/\s+/);
      return words.length <= 3 && /^\p{Lu}/u.test(words[0]!) && !/[.!?,;:]$/.test(item) && !/\d/.test(item);
    })
  );
}

/** An opinion page's disclaimer: "The views expressed (in this column) are the author's own …". */
const VIEWS_EXPRESSED = /^(?:(?:the\s+)?(?:views|opinions)\s+expressed\b|this\s+is\s+an?\s+(?:opinion|op-ed|comment|guest|analysis)\s*(?:piece|column|article|essay)?\b|(?:read\s+)?(?:the\s+)?original\s+(?:article|story|version)?\s*in\s+\p{Lu}\p{Ll}+\b|issued\s+(?:by|on\s+behalf\s+of)\s+(?:the\s+)?\p{Lu})/iu;
/**
 * A note that the story changed since it first ran: "This story has been updated with …", "This
 * article was amended on …" (news sites and wires print it at the end or under the byline).
 */
// It may carry a label and a time before it ("UPDATE 3.20pm: This story has been …", "Correction, 4 May: This article was …").
const UPDATE_NOTE = /^(?:(?:update[ds]?|correction|clarification|editor['’]?s\s+note)\b[^:]{0,30}:\s*)?(?:this\s+(?:story|article|report|post|piece)\s+(?:has\s+been|was|is\s+being)\s+(?:updated|corrected|amended|clarified)\b)/i;
/** A mail client's or an office's closing note: "This e-mail and any attachments are confidential …", "Please consider the environment before printing …". */
const MAIL_DISCLAIMER = /^(?:(?:this|the\s+information\s+in\s+this)\s+(?:e-?mail|message|communication)\b.{0,80}\b(?:confidential|privileged|intended\s+(?:solely|only))|please\s+consider\s+the\s+environment\s+before\s+printing|(?:disclaimer|confidentiality\s+notice)\s*:)/i;
/** The small print and markers around a newsletter promotion set inside an article ("Privacy Notice: Newsletters may contain …", "after newsletter promotion"). */
const NEWSLETTER_NOTICE = /^(?:privacy\s+notice\s*:.*\bnewsletters?\b|(?:after|skip\s+past)\s+newsletter\s+promotion$)/i;
/** A wire's note to editors above the story: "Eds: UPDATES with …", "Editors: …", "Editor's note: Moves on …". */
const EDITORS_NOTE = /^(?:eds?|editors)\s*:\s*\S/i;
/** A line of keywords or tags: "Keywords: strikes, ports, labour", "Tags: …", "Topics: …" (a few short items). */
const KEYWORD_LINE = /^(?:key\s*words?|tags?|topics?|subjects?)\s*:\s*[^.!?]{1,200}$/i;
/** "Follow NPS coverage of … at https://…": a line that sends the reader to a web address. */
const FOLLOW_AT = /^(?:follow|read|find|see|get|visit|watch|listen\s+to)\b.{0,160}\s(?:at|on|via)\s+(?:https?:\/\/|www\.)\S+$/i;

/**
 * A wire's slug line: a budget code and keywords joined by hyphens and closed by a slash, perhaps
 * with the version after it ("BC-EU-Trade/", "BC-NL-Port-Strike/1st Ld-Writethru", "AM-Strike-Port/").
 */
export function isWireSlug(line: string): boolean {
  const trimmed = line.trim();
  return /^[\p{Lu}\p{N}]{1,4}-[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\/(?:\s*\S.{0,40})?$/u.test(trimmed) && countWords(trimmed) <= 8 && !/[.!?]$/.test(trimmed);
}

/**
 * A broadcast transcript's rundown: the segments' titles in title case between semicolons, perhaps
 * ending with the airing hours ("Talks Collapse; Ships Queue Offshore; Storm Warning. Aired 9-10p ET").
 */
export function isRundown(line: string): boolean {
  const segments = line.trim().replace(/[.\s]*aired\b.*$/i, '').split(/\s*;\s*/).filter(Boolean);
  if (segments.length < 3) return false;
  return segments.every((segment) => {
    const words = segment.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    const capitalised = words.filter((word) => /^[\p{Lu}\p{N}'‘“"]/u.test(word)).length;
    return words.length > 0 && words.length <= 12 && capitalised / words.length >= 0.6 && !/[.!?]$/.test(segment);
  });
}

// "-ends-" between dashes in any case, as British press offices print it.
const END_MARK = /^(?:[-–—]?\s*(?:END|ENDS|-?30-?)\s*[-–—]?|#\s*#\s*#|[-–—]\s*[Ee]nds?\s*[-–—])$/;
/** The heading of a page's comments: "Comments", "Comments (34)", "Reader comments", "12 comments", "Join the conversation". */
const COMMENTS_HEADING = /^(?:(?:reader(?:s['’])?\s+|your\s+)?comments?(?:\s*\(\d+\))?|\d+\s+comments?|(?:join|read)\s+the\s+(?:discussion|conversation)|what\s+(?:readers|you)\s+(?:say|said|think))\s*:?$/i;
/** A comment's own controls: "Reply | Report", "Reply", "Like · Reply", "12 likes". */
const COMMENT_CONTROLS = /^(?:(?:reply|report|like|likes|flag|share|upvote|downvote|recommend|\d+\s+(?:likes?|replies|recommends?))(?:\s*[|·•]\s*|\s+|$))+$/i;

export function isCommentsHeading(line: string): boolean {
  return COMMENTS_HEADING.test(line.trim());
}

export function isCommentControls(line: string): boolean {
  return COMMENT_CONTROLS.test(line.trim());
}

/** An end mark alone on its line: a release's ("ENDS", "###", "-30-"). */
export function isEndMark(line: string): boolean {
  return END_MARK.test(line.trim());
}

/** A cue that says the broadcast or its transcript ends here: "[END OF SEGMENT]", "(END OF TRANSCRIPT)", "[END]" (not "(END VIDEOTAPE)": the programme goes on). */
const END_CUE = /^[[(]\s*END(?:\s+OF\s+(?:SEGMENT|TRANSCRIPT|PROGRAMME|PROGRAM|SHOW|BROADCAST|BULLETIN|EPISODE|RECORDING|REPORT))?\s*[\])]$/i;

export function isEndCue(line: string): boolean {
  return END_CUE.test(line.trim());
}

// In parentheses as TV transcripts set them ("(COMMERCIAL BREAK)"), in brackets as podcast and radio
// transcripts and subtitles do ("[MUSIC]", "[LAUGHTER]").
const STAGE_DIRECTION = /^(?:\((?=[^)]*\p{Lu}{2})[^\p{Ll}()]{2,60}\)|\[(?=[^\]]*\p{Lu}{2})[^\p{Ll}[\]]{2,60}\])$/u;
/**
 * A production cue, a whole line in brackets opened by a label and a colon: a broadcast script's and a
 * transcript's notes on sound, captions and graphics ("[MUSIC: theme fades]", "[CAPTION: Jo Park, mayor]",
 * "(SFX: door closes)"), and an e-mail's or an app's stand-in for a picture ("[Image: …]", "[Photo: …]").
 * In parentheses only with the label in capitals: a parenthesis in ordinary case may be a sentence.
 */
const CUE_LINE = /^(?:\[(?<label>\p{Lu}[\p{L}'’ -]{1,24}?)\s*:\s*[^[\]]{1,240}\]|\((?<caps>\p{Lu}[\p{Lu}'’ -]{1,24}?)\s*:\s*[^()]{1,240}\))$/u;
const PICTURE_LABEL = /^(?:image|photo|photograph|picture|pic|graphic|illustration|video|gallery|chart|map)s?$/i;

/**
 * A transcript's short note in brackets, in any case, as captioning services and podcast transcripts set
 * them ("[inaudible]", "[Applause]", "[Music playing]", "(laughs)"): three words at most, no sentence (a longer aside in brackets may be the text's own).
 */
const SOUND_NOTE = /^(?:\[[^[\].!?:;]{2,60}\]|\(\p{Ll}[^().!?:;]{1,30}\))$/u;
const MAX_SOUND_NOTE_WORDS = 3;
/**
 * A broadcast script's production labels set before what they cue, in capitals ("CHYRON: …", "CG: …",
 * "LOWER THIRD: …", "GFX: …", "NAT SOUND: …"): the closed vocabulary of TV and radio scripts.
 */
const PRODUCTION_LABEL = /^(?:CHYRON|CG|SUPER|LOWER[- ]THIRD|L3|GRAPHIC|GRAPHICS|GFX|FULL[- ]SCREEN|OTS|ON[- ]SCREEN(?:\s+TEXT)?|TEXT\s+ON\s+SCREEN|CAPTION|NAT(?:\s+SOUND)?|NATS|SFX|MUSIC|SOUND|SOT|VO|VO\/SOT|PKG|TAKE\s+(?:VO|SOT|PKG)|ROLL(?:\s+VT)?|VT|CUE|STING|BUMP|TEASE|BUMPER|STANDUP|STAND-UP|B-ROLL)\s*:\s*\S/;
/** A broadcast script's production label ("CHYRON: …", "LOWER THIRD: …"): a cue, never a speaker. */
export function isProductionLabel(line: string): boolean {
  return PRODUCTION_LABEL.test(line.trim());
}
/** A time code alone on its line without brackets, hours, minutes and seconds ("00:04:12", "1:02:33.5"). */
const BARE_TIME_CODE = /^\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?$/;

/** The role of a production cue line ("[SOUND: rain]", "[Image: …]"): a picture's stand-in or a note of the page. */
export function cueRole(line: string): 'image' | 'page' | undefined {
  const trimmed = line.trim();
  if ((SOUND_NOTE.test(trimmed) && countWords(trimmed) <= MAX_SOUND_NOTE_WORDS) || PRODUCTION_LABEL.test(trimmed) || BARE_TIME_CODE.test(trimmed)) return 'page';
  const groups = CUE_LINE.exec(trimmed)?.groups;
  if (!groups) return undefined;
  return PICTURE_LABEL.test((groups['label'] ?? groups['caps'] ?? '').trim()) ? 'image' : 'page';
}

/** A time code alone on its line, in brackets or parentheses, as transcripts set it over a turn ("[00:04:12]"). */
const TIME_CODE = /^[[(]\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]$/;
/** A transcript's note on how it was made ("This transcript was produced automatically …"), as broadcasters and podcasts print it. */
// Cable-news transcript pages open with "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM …".
const TRANSCRIPT_NOTE = /^(?:this\s+copy\s+may\s+not\s+be\s+in\s+its\s+final\s+form|this\s+(?:is\s+an?\s+)?(?:[\w-]+\s+){0,2}?(?:transcript|episode\s+transcript)\b.{0,40}?\b(?:produced|generated|created|made|edited|transcribed|automatically|machine|rush|deadline|may\s+(?:contain|not\s+be))|transcripts?\s+(?:are|is)\s+(?:produced|generated|created|made|edited|machine)\b)/i;
// Set in brackets or parentheses too ("[Translated from German]"), as foreign editions print it.
const TRANSLATION_NOTE = /^[[(]?(?:(?:this\s+(?:article|story|text|report|piece|column)\s+was\s+)?(?:originally\s+published\s+(?:in|by|on)|first\s+published\s+(?:in|by))\s+\S.{0,60}$|this\s+(?:article|story|text|report)\s+(?:was|has\s+been|is)\s+(?:machine[-\s])?translated\b|translated\s+from\s+(?:the\s+)?\p{L}+(?:\s+by\b.*?)?\.?[\])]?$)/iu;

function isShareLine(line: string) {
  const words = line.toLowerCase().split(/[\s,|·•/:()]+/).filter(Boolean);
  return words.length > 0 && words.every((word) => SHARE_WORDS.has(word)) && words.some((word) => SHARE_CUES.has(word));
}

/** Decoration around a slug ("- ADVERTISEMENT -", "▶ Share"): dashes, arrows and spaces at either end. */
function trimDecoration(line: string) {
  return line.trim().replace(/^[-–—_=*•·|►▶»>\s]+|[-–—_=*•·|◄◀«<\s]+$/g, '');
}

/**
 * Pictographs set before a label in news apps and social cards ("🔴 LIVE", "📌 Key facts",
 * "👉 Tap to read more", "💬 214"): the line without them, for reading its shape.
 */
export function withoutPictographs(line: string): string {
  return line.replace(/^\s*(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}]+\s*)+/u, '');
}

/**
 * Segments of a line set apart by a middle dot, a bar or a bullet ("6 min read · Fri 4 Dec 2026",
 * "www.example.org | @Example", "Media enquiries: +47 … | press@…"): page furniture when every
 * segment is furniture on its own (read times, dates, contacts, handles, controls), as app and
 * site headers and e-mail signatures run them together.
 */
export function furnitureSegments(line: string, isFurniture: (segment: string) => boolean): boolean {
  const segments = line.trim().split(/\s+[|·•]\s+/);
  return segments.length >= 2 && segments.every((segment) => segment.trim() !== '' && (isFurniture(segment) || parseHandleLine(segment) !== undefined || isContactLine(segment)));
}

// ---------------------------------------------------------------- social posts

/** A handle standing on its own line, as a post pasted from its card shows it ("@maria", "@maria · Follow"). */
const HANDLE_LINE = /^(?<handle>@[\w.]{1,50}(?:@[\w-]+(?:\.[\w-]+)+)?)(?:\s*[·•]\s*(?:follow|following|subscribe))?$/i;

/** The handle of a line that is only a handle. */
export function parseHandleLine(line: string): string | undefined {
  const handle = HANDLE_LINE.exec(line.trim())?.groups?.['handle'];
  return handle?.replace(/\.$/, '');
}

const POST_TIME = new RegExp(
  String.raw`^(?:(?<time1>${CLOCK})\s*(?:[·•|,-]|on)?\s*(?<date1>${CALENDAR_DATE})|(?<date2>${CALENDAR_DATE})\s*(?:[·•|,-]|at)?\s*(?<time2>${CLOCK}))(?:\s*[·•|]\s*.{0,40})?$`,
  'i',
);

/** The time line of a post pasted as a card ("5:14 PM · Mar 18, 2025"): its date and time as written. */
export function parsePostTime(line: string): { date: string; time: string } | undefined {
  const groups = POST_TIME.exec(line.trim())?.groups;
  if (!groups) return undefined;
  const date = groups['date1'] ?? groups['date2'];
  const time = groups['time1'] ?? groups['time2'];
  return date && time ? { date: date.trim(), time: time.trim() } : undefined;
}

// ---------------------------------------------------------------- lines above the headline

/** The version slugs wires set before a story's title, in capitals and run in with a hyphen: "UPDATE 2-", "REFILE-", "EXCLUSIVE-". */
const WIRE_SLUG = /^(?<slug>(?:(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|WRAPUP|INSIGHT|FACTBOX|EXCLUSIVE|ANALYSIS|EXPLAINER|BREAKINGVIEWS|TIMELINE|GRAPHIC|PREVIEW|URGENT|FEATURE|COLUMN|SNAPSHOT|HIGHLIGHTS|BRIEF|BREAKING)(?:\s+\d{1,2})?-)+)(?<title>\S.*)$/u;

/** A wire's version slug run into the title ("UPDATE 2-Dockers end strike"): the slug and the title. */
export function splitWireSlug(line: string): { slug: string; title: string } | undefined {
  const groups = WIRE_SLUG.exec(line.trim())?.groups;
  return groups ? { slug: groups['slug']!, title: groups['title']! } : undefined;
}

/** A kicker alone on its line ("OPINION", "Breaking", "Analysis:"). */
export function isKicker(line: string): boolean {
  return KICKERS.has(line.trim().replace(/\s*[:|–—-]+$/, '').toUpperCase());
}

const CRUMB_SEPARATOR = /\s+[>›»/|]\s+/;

/** A breadcrumb: two or more short steps between `>`, `›`, `»`, `/` or `|` ("Home > World > Europe"). */
export function isBreadcrumb(line: string): boolean {
  const steps = line.trim().split(CRUMB_SEPARATOR);
  return steps.length >= 2 && /[>›»]/.test(line) && steps.every((step) => countWords(step) >= 1 && countWords(step) <= 4 && !/[.!?]$/.test(step));
}

const DATE_OR_TIME = new RegExp(String.raw`(?:${WEEKDAY},?\s+)?(?:${CALENDAR_DATE})(?:,?\s+(?:at\s+)?(?:${CLOCK})(?:\s*[A-Z]{2,4}\b)?)?|\d{1,3}\s*(?:m|min|h|hr|d)\s+ago\b|\b(?:${CLOCK})(?:\s*[A-Z]{2,4}\b)?`, 'giu');
const CLOCK_IN_LINE = new RegExp(String.raw`(?:^|\s)(?:${CLOCK})(?:\s|$)`, 'iu');
const SEGMENT_SEPARATOR = /\s*[|·•]\s*|\s{2,}|\s+[-–—]\s+/;
/** Words a date line may give besides its date ("Transcript: …", "Aired …", "Posted …"). */
const MAX_DATE_LABEL_WORDS = 2;
const MAX_DATED_HEADER_WORDS = 7;

/**
 * A short line that is a date with a label or a name: a date line ("Transcript: May 14, 2025",
 * "Aired May 15, 2025 - 07:00 ET", "World · 2h ago") gives a timestamp; a name set beside the
 * date in capitals or between separators ("THE DAILY LEDGER | Friday, 10 October 2025", a
 * running header or a newsletter's issue line) gives a masthead. Undefined for anything else.
 */
export function datedLineShape(line: string): 'timestamp' | 'masthead' | undefined {
  const trimmed = line.trim();
  if (countWords(trimmed) > 14 || /[.!?]$/.test(trimmed.replace(/\b(?:a|p)\.m\.$/i, ''))) return undefined;
  DATE_OR_TIME.lastIndex = 0;
  if (!DATE_OR_TIME.test(trimmed)) return undefined;
  const rest = trimmed.replace(DATE_OR_TIME, ' ').replace(/\b(?:ET|GMT|BST|UTC|CET|CEST)\b/g, ' ');
  const words = countWords(rest.replace(/\b\d{1,4}\b/g, ' '));
  // A date line's other words are a label ("Transcript:", "World ·") or go with a clock time ("Aired … 07:00 ET"), never a title's words ("Strike ends May 4").
  const labelled = words === 0 || /[:|·•]/.test(rest) || CLOCK_IN_LINE.test(trimmed) || /\bago\b/i.test(trimmed);
  if (words <= MAX_DATE_LABEL_WORDS && labelled && /^[\s\p{L}:,|·•()\-–—\d]*$/u.test(rest)) return 'timestamp';
  if (words > MAX_DATED_HEADER_WORDS) return undefined;
  const separated = SEGMENT_SEPARATOR.test(trimmed);
  const capitals = !/\p{Ll}/u.test(rest);
  return separated || capitals ? 'masthead' : undefined;
}

/** A field of a page's header: one word, a colon, a short value ("Show: Morning Report", "Section: World"). */
export function isFieldLine(line: string): boolean {
  const match = /^\p{Lu}\p{L}+:\s+(?<value>\S.*)$/u.exec(line.trim());
  return match !== null && countWords(match.groups!['value']!) <= 4 && !/[.!?,;]$/.test(line.trim());
}

/** A line in capitals (a masthead, a show's or an office's name, a kicker): letters, none of them lower case. */
export function isCapitalsLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && !/\p{Ll}/u.test(letters) && countWords(line) <= 10;
}

/** The title of an official document: "Readout of …", "Statement by …", "Remarks of …", "Joint statement on …". */
const DOCUMENT_TITLE = /^(?:readout|statement|joint\s+statement|remarks|press\s+release|communiqu[ée]|transcript|fact\s+sheet|declaration|briefing)\s+(?:of|by|from|on|at|following)\s+\S/i;

export function isDocumentTitle(line: string): boolean {
  // A title, not a sentence about one ("Transcript of an interview broadcast on Tuesday. Our host …").
  return DOCUMENT_TITLE.test(line.trim()) && countWords(line) <= 30 && !/[.!?]["'”’]?(?:\s|$)/.test(line.trim().replace(/\b(?:\p{Lu}|[Nn]o|[Mm]r|[Mm]rs|[Dd]r|[Ss]t|[Gg]ov|[Ss]en|[Rr]ep|U\.S|U\.K|a\.m|p\.m)\.(?=\s|$)/gu, ''));
}

/** An edition's name: "Example Daily – English edition", "International Edition". */
export function isEditionLine(line: string): boolean {
  return /(?:^|[-–—|·:]\s*)(?:\p{L}+\s+)?edition$/iu.test(line.trim()) && countWords(line) <= 8;
}

/**
 * The line a mail client sets between a forwarder's note and the message forwarded (Gmail's
 * "---------- Forwarded message ---------", Outlook's "-----Original Message-----", Apple Mail's
 * "Begin forwarded message:", Thunderbird's "-------- Forwarded Message --------").
 */
const FORWARD_DIVIDER = /^[-–—_=*\s]*(?:forwarded\s+(?:message|e-?mail)|original\s+(?:message|e-?mail)|begin\s+forwarded\s+message\s*:?)[-–—_=*\s]*$/i;

/** A line that is only an e-mail address, a telephone number or a web address, perhaps labelled ("Tel: …", "E-mail: …"). */
const CONTACT_LINE =
  /^(?:(?:tel|telephone|phone|mobile|mob|cell|fax|e-?mail|web|website|m|t|e|w)\.?\s*:?\s*)?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d\s().-]{6,}\d|(?:https?:\/\/|www\.)\S+)$/i;

/** A contact line: an e-mail address, a telephone number or a web address alone on its line. */
export function isContactLine(line: string): boolean {
  const trimmed = line.trim();
  if (!CONTACT_LINE.test(trimmed) || /^\d{4}\s*[-–]\s*\d{2,4}$/.test(trimmed)) return false;
  // A telephone number has at least seven digits; an address has its "@" or its scheme.
  return /@|^(?:\S+\s*:?\s*)?(?:https?:\/\/|www\.)/i.test(trimmed) || (trimmed.match(/\d/g)?.length ?? 0) >= 7;
}

/** The label over a press office's contact block ("Media contact:", "For more information, contact:", "Notes to editors"). */
// Alone on its line the colon may go ("Media enquiries", "Press contacts"), as government and company pages set the heading.
const CONTACT_LABEL = /^(?:(?:(?:media|press|news|investor)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|enquiries|inquiries|for\s+(?:more|further)\s+(?:information|details)(?:\s*,?\s*(?:please\s+)?contact)?)\s*:|(?:media|press|news|investor)\s+(?:contacts?|enquiries|inquiries)\s*$)/i;

/** A contact block's label, perhaps with the first contact after it ("Media contact: Jane Doe"). */
export function isContactLabel(line: string): boolean {
  return CONTACT_LABEL.test(line.trim()) && countWords(line) <= 14;
}

/** The divider a mail client sets above a forwarded message. */
export function isForwardDivider(line: string): boolean {
  return FORWARD_DIVIDER.test(line.trim());
}

const EMAIL_HEADER = /^(?:from|to|cc|bcc|date|sent|subject|reply-to)\s*:\s*\S/i;

/** A header line of an e-mail pasted with it ("From: …", "Subject: …", "Date: …"). */
export function isEmailHeader(line: string): boolean {
  return EMAIL_HEADER.test(line.trim()) && countWords(line) <= 30;
}
