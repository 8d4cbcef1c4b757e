import type { ArticleBlock } from '../schemas/article-block.ts';
import { countWords } from './article-stats.ts';
import { isProductionLabel, parseDateline, parseTimestamp } from './line-shapes.ts';

/**
 * Decisions that need the whole article rather than one line: whether a list opens the
 * article (its key points), whether timestamps open live-blog entries, where datelines sit,
 * which lines repeat the body (pull quotes) and whether lines are the turns of a transcript.
 * Blocks are only re-labelled or split, never merged, so no character moves or is lost.
 */
export function refineBlocks(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  let out = markLiveEntries(blocks);
  out = markNumberedHeadings(out);
  out = markNumberedParagraphs(out);
  out = markKeyPoints(out);
  out = splitDatelines(out);
  out = markTurns(out);
  out = markAuthorNotes(out);
  out = markAboutSections(out);
  out = markListLabels(out);
  out = markReaderAddressedClose(out);
  out = markHeadingRuns(out);
  out = markAddressLists(out);
  out = markTrailingSections(out);
  return markPullQuotes(out);
}

/**
 * The heading of a press release's closing boilerplate: "About Example Rail" (a name, so
 * capitalised: "About the deal" is a subheading of the story), "About us", "Notes to editors".
 */
const ABOUT_HEADING = /^(?:(?:About|ABOUT)\s+(?:[Uu]s|US|(?:the\s+|THE\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:of|for|and|&|the|de|[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)){0,7})|(?:[Nn]otes?|NOTES?)\s+(?:to|for|TO|FOR)\s+(?:[Ee]ditors|EDITORS)|(?:[Ee]ditor|EDITOR)['’]?[Ss]\s+(?:[Nn]otes?|NOTES?))\s*:?$/u;

/**
 * "About X" boilerplate closes a press release (companies', agencies', charities' and
 * governments' alike): the heading and the paragraphs under it, up to the next heading that is
 * not another such one, describe the issuer, never the news. Only after the body has begun.
 */
function markAboutSections(blocks: ArticleBlock[]): ArticleBlock[] {
  let inAbout = false;
  let sawBody = false;
  return blocks.map((block, at) => {
    const heading = block.type === 'subheading' || block.type === 'section-label';
    if (heading && sawBody && ABOUT_HEADING.test(block.text.trim())) {
      inAbout = true;
      return { type: 'boilerplate', role: 'page', text: block.text };
    }
    // Once the closing boilerplate has begun, later headings of it go on it ("Forward-looking statements",
    // "Notes to editors"); a headline, or a heading with quoted speech under it, is the story again.
    if (block.type === 'headline') inAbout = false;
    if (heading && inAbout && storyResumes(blocks, at)) inAbout = false;
    if (heading && inAbout) return { type: 'boilerplate', role: 'page', text: block.text };
    if (block.type === 'paragraph' && inAbout) return { type: 'boilerplate', role: 'page', text: block.text };
    if (block.type === 'paragraph') sawBody = true;
    return block;
  });
}

/** Whether the story goes on under a heading: a paragraph under it holds quoted speech or a reporting verb. */
function storyResumes(blocks: readonly ArticleBlock[], heading: number): boolean {
  for (let at = heading + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'subheading' || block.type === 'section-label' || block.type === 'headline') return false;
    if (block.type === 'paragraph' && /["“”]|\b(?:said|says|told)\b/.test(block.text)) return true;
  }
  return false;
}

/**
 * Sections after the story's last paragraph of prose: once the story has begun, a heading after its last long
 * paragraph, under which only short lines and lists follow to the end (sources, notes, a glossary, questions
 * for a class), heads the page's matter, not the story's: the heading and its lines are set apart. Lists stay
 * as they are (a story may close on its figures, "By the numbers"), and a line that reports someone's words
 * keeps the story going.
 */
export function markTrailingSections(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const isProseParagraph = (block: ArticleBlock) => block.type === 'paragraph' && countWords(block.text) >= MIN_SECTION_WORDS && !/^\s*\d{1,2}[.)]\s/.test(block.text);
  let last = -1;
  blocks.forEach((block, at) => {
    if (isProseParagraph(block)) last = at;
  });
  if (last === -1 || !storyBegun(blocks, last + 1)) return [...blocks];
  const heading = blocks.findIndex((block, at) => at > last && (block.type === 'subheading' || block.type === 'section-label'));
  if (heading === -1) return [...blocks];
  // A label over a list is the story's ("Key facts"), and so is a section with a sentence of reporting under it.
  if (blocks[heading + 1]?.type === 'list' || blocks[heading + 1]?.type === 'key-points') return [...blocks];
  const rest = blocks.slice(heading);
  const reports = (block: ArticleBlock) =>
    (block.type === 'paragraph' || block.type === 'subheading') && (REPORTS_SPEECH.test(block.text) || (block.type === 'paragraph' && countWords(block.text) >= MIN_SENTENCE_WORDS && /[.!]["'”’]?$/u.test(block.text.trim()) && !asksReader(block.text)));
  if (rest.some(reports)) return [...blocks];
  return blocks.map((block, at): ArticleBlock => {
    if (at < heading) return block;
    if (block.type === 'paragraph' || block.type === 'subheading' || block.type === 'section-label') return { type: 'boilerplate', role: 'page', text: block.text };
    return block;
  });
}

/** A line that is a web address and nothing else, perhaps numbered as a text browser numbers its references ("[12] https://…"). */
const BARE_ADDRESS = /^(?:\[\d+\]\s*)?<?(?:https?:\/\/|www\.|mailto:)\S+>?$/iu;

/**
 * A list every item of which is a bare web address (a text browser's "References", a clipper's source
 * links) is the page's links: no sentence of reporting is a bare address. So is a paragraph whose every
 * line is one. Items keep their markers, so no character is lost.
 */
export function markAddressLists(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block): ArticleBlock => {
    if ((block.type === 'list' || block.type === 'key-points') && block.items.every((item) => BARE_ADDRESS.test(item.text.trim()))) {
      return { type: 'related-links', items: block.items.map((item) => `${item.marker} ${item.text}`) };
    }
    if (block.type === 'paragraph' && block.text.split('\n').every((line) => BARE_ADDRESS.test(line.trim()))) return { type: 'boilerplate', role: 'page', text: block.text };
    return block;
  });
}

/** A label over a list is this short. */
const MAX_LIST_LABEL_WORDS = 6;

/**
 * A short heading set directly over a list is the list's label ("What we know so far", "Key facts",
 * "At a glance"): follow-up stories, explainers and news apps box their summaries so. A label, not
 * reporting; the list under it stays reporting.
 */
function markListLabels(blocks: ArticleBlock[]): ArticleBlock[] {
  return blocks.map((block, at) => {
    const next = blocks[at + 1];
    if (block.type !== 'subheading' || countWords(block.text) > MAX_LIST_LABEL_WORDS || (next?.type !== 'list' && next?.type !== 'key-points')) return block;
    return { type: 'section-label', text: block.text };
  });
}

/** Prose that shows the story has begun: this many paragraphs of at least this many words. */
const MIN_STORY_PARAGRAPHS = 2;
const MIN_STORY_WORDS = 12;
/** A run of this many short lines in a row, none heading any prose of its own, is not the story's headings. */
const MIN_HEADING_RUN = 3;

function storyBegun(blocks: readonly ArticleBlock[], before: number): boolean {
  return blocks.slice(0, before).filter((block) => block.type === 'paragraph' && countWords(block.text) >= MIN_STORY_WORDS).length >= MIN_STORY_PARAGRAPHS;
}

/**
 * A story's subheadings each head prose. Once the story has begun, three or more short lines in a
 * row with no prose between them (a list of service times, a diary of dates, a row of link titles
 * such as "Sign the guestbook", "Light a candle") are the page's, not headings of the story.
 */
function markHeadingRuns(blocks: ArticleBlock[]): ArticleBlock[] {
  const out = [...blocks];
  let at = 0;
  while (at < out.length) {
    if (out[at]!.type !== 'subheading') {
      at++;
      continue;
    }
    let end = at;
    while (end < out.length && out[end]!.type === 'subheading') end++;
    const run = out.slice(at, end).map((block) => (block as { text: string }).text);
    // The last of them may head the prose under it; a line ending in a colon leads into a list of the story's.
    const after = out[end];
    const last = after?.type === 'paragraph' && countWords(after.text) >= MIN_SECTION_WORDS ? end - 1 : end;
    if (last - at >= MIN_HEADING_RUN && !run.some((text) => /:\s*$/.test(text)) && storyBegun(out, at)) {
      for (let line = at; line < last; line++) out[line] = { type: 'boilerplate', role: 'page', text: (out[line] as { text: string }).text };
    }
    at = end;
  }
  return out;
}

/** A heading over a paragraph of this many words that does not address the reader opens another section of the story. */
const MIN_SECTION_WORDS = 15;
/** A sentence of reporting under a closing heading has at least this many words ("Tickets go on sale to season ticket holders on Monday."). */
const MIN_SENTENCE_WORDS = 10;
/** Someone's words reported: "X said", "told", "according to". */
const REPORTS_SPEECH = /\b(?:said|says|told|tells|according\s+to|added|confirmed|announced)\b/i;
/** Closing lines are short. */
const MAX_CLOSING_LINE_WORDS = 30;
/** Quoted words, left out when asking whom a line addresses. */
const QUOTED_SPAN = /"[^"]*"|“[^”]*”|‘[^’]*’(?![\p{L}])/gu;
/**
 * A line that asks something of the reader: "please"; a request opened by its verb and aimed at the
 * reader or the publisher ("Add your name", "Share your memories", "Support us", "Book your …"); a
 * short question put to the reader ("Can you help?", "Was this forwarded to you?"). A "you" in a
 * statement ("That depends on whose account you read") is the generic one of an explainer, not this.
 */
const PLEASE = /\bplease\b/i;
const REQUEST = /(?:^|[.!?:]\s+)(?:just\s+)?\p{Lu}\p{Ll}+\s+(?:your|us)\b/u;
const READER_QUESTION = /(?:^|[.!?:]\s+)(?:[^.!?:]*?\b(?:you|your)\b[^.!?:]*)\?/i;
const MAX_READER_QUESTION_WORDS = 8;

function asksReader(text: string): boolean {
  if (PLEASE.test(text) || REQUEST.test(text)) return true;
  const question = READER_QUESTION.exec(text);
  return question !== null && countWords(question[0]) <= MAX_READER_QUESTION_WORDS;
}
const QUOTE_MARK = /["“”«»]/;

function isShortLine(block: ArticleBlock): block is Extract<ArticleBlock, { type: 'paragraph' | 'subheading' }> {
  return (block.type === 'paragraph' || block.type === 'subheading') && !block.text.includes('\n') && countWords(block.text) <= MAX_CLOSING_LINE_WORDS;
}

/**
 * The close of a page after the story: once the story has begun and its last quotation is past, the
 * first short line that addresses the reader ("Can you help?", "Add your name", "Was this forwarded
 * to you?", "Reminder: please …") opens the page's own matter (appeals, notices, sign-offs): from
 * it (and the heading right above it) to the end, every short line without quotation marks is
 * furniture. A reporting sentence is told in the third person; these are said to whoever reads.
 */
function markReaderAddressedClose(blocks: ArticleBlock[]): ArticleBlock[] {
  let lastQuote = -1;
  blocks.forEach((block, at) => {
    const text = block.type === 'list' ? block.items.map((item) => item.text).join(' ') : block.type === 'paragraph' || block.type === 'subheading' ? block.text : '';
    if (QUOTE_MARK.test(text)) lastQuote = at;
  });
  const addresses = (block: ArticleBlock) => isShortLine(block) && asksReader(block.text.replace(QUOTED_SPAN, ' '));
  const out = [...blocks];
  let closing = false;
  for (let at = lastQuote + 1; at < out.length; at++) {
    const block = out[at]!;
    const next = out[at + 1];
    // A heading over prose that does not speak to the reader opens another section of the story.
    if (closing && block.type === 'subheading' && next?.type === 'paragraph' && countWords(next.text) >= MIN_SECTION_WORDS && !addresses(next)) closing = false;
    // A line that gives someone's words is reporting: the story goes on.
    if (closing && isShortLine(block) && REPORTS_SPEECH.test(block.text)) closing = false;
    // A question heading over a section of prose is the story's (an explainer's "What can you do?").
    const headsSection = block.type === 'subheading' && next?.type === 'paragraph' && countWords(next.text) >= MIN_SECTION_WORDS && !addresses(next);
    if (!closing && !headsSection && addresses(block) && storyBegun(out, at)) {
      closing = true;
      // The heading right above the first such line is its heading ("Can you help?" over the appeal).
      const above = out[at - 1];
      if (above?.type === 'subheading' && block.type === 'paragraph' && at - 1 > lastQuote) out[at - 1] = { type: 'boilerplate', role: 'page', text: above.text };
    }
    if (closing && isShortLine(block) && !QUOTE_MARK.test(block.text)) out[at] = { type: 'boilerplate', role: 'page', text: block.text };
  }
  return out;
}

/** How a note about the author goes on after the name ("Jane Doe is a columnist …"). */
const AUTHOR_NOTE = /^\s*(?:is|was|has|writes|covers|reports|teaches|works|lives)\b/;

/** A one-line paragraph that opens with the name of an author from the byline is a note about that author. */
function markAuthorNotes(blocks: ArticleBlock[]): ArticleBlock[] {
  const authors = blocks.flatMap((block) => (block.type === 'byline' ? block.authors : []));
  if (authors.length === 0) return blocks;
  return blocks.map((block) => {
    if (block.type !== 'paragraph' || block.text.includes('\n')) return block;
    // The note may be set in italics, its marks pasted with it ("_Jane Doe is a …_", "*Jane Doe writes …*").
    const text = block.text.replace(/^[_*]+/, '');
    const isNote = authors.some((author) => text.startsWith(author) && AUTHOR_NOTE.test(text.slice(author.length)));
    return isNote ? { type: 'boilerplate', role: 'author', text: block.text } : block;
  });
}

/** Blocks that end the opening of an article: once one has been read, a list is no longer its summary. */
function isBody(block: ArticleBlock) {
  switch (block.type) {
    case 'headline':
    case 'subheading':
    case 'section-label':
    case 'photo-caption':
    case 'photo-credit':
    case 'video':
    case 'byline':
    case 'dateline':
    case 'ad':
    case 'boilerplate':
      return false;
    case 'timestamp':
      return block.opensEntry;
    default:
      return true;
  }
}

/** The first list, when nothing but a headline and page furniture comes before it, is the article's key points. */
function markKeyPoints(blocks: ArticleBlock[]): ArticleBlock[] {
  const first = blocks.findIndex(isBody);
  const opening = blocks[first];
  if (opening?.type !== 'list') return blocks;
  return blocks.map((block, at) => (at === first && block.type === 'list' ? { ...block, type: 'key-points' } : block));
}

/** Numbered lines that head sections: at least this many, each followed by prose. */
const MIN_NUMBERED_HEADINGS = 2;
const MAX_HEADING_WORDS = 14;

/**
 * "1. It covers rail lines only", then a paragraph, then "2. …": numbered lines that each
 * open a section of prose are the section headings of a listicle, not lists of one item.
 */
function markNumberedHeadings(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const heads = blocks.map((block, at) => {
    if (block.type !== 'list' || !block.ordered || block.items.length !== 1) return false;
    const { text } = block.items[0]!;
    const next = blocks[at + 1];
    return countWords(text) <= MAX_HEADING_WORDS && !/[.;,:…]["'”’)]*$/.test(text) && (next?.type === 'paragraph' || next?.type === 'list');
  });
  if (heads.filter(Boolean).length < MIN_NUMBERED_HEADINGS) return [...blocks];
  return blocks.map((block, at) => {
    if (!heads[at] || block.type !== 'list') return block;
    const { marker, text } = block.items[0]!;
    return { type: 'subheading', text: `${marker} ${text}` };
  });
}

/** Numbered paragraphs are prose: each at least this many words on average… */
const MIN_NUMBERED_PARAGRAPH_WORDS = 20;
/** …and numbered paragraphs cut apart run on over at least this many. */
const MIN_RUN_ON_ITEMS = 3;

/**
 * "1. The Prime Minister was briefed …", "2. The Government recognises …": numbered items that are
 * each a paragraph of prose (closed by a full stop, long) are the numbered paragraphs of an official
 * statement, a ruling or a resolution, not a list of points. They become paragraphs, their numbers kept.
 */
function markNumberedParagraphs(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  // A ruling's or a report's numbered paragraphs are often cut apart (an indented quotation, a footnote, a
  // page's header between two of them), so each reads as a list of one. Taken together they are numbered
  // paragraphs when their numbers run on from one to the next (1, 2, 3 …) and they are prose: long, each
  // closing a sentence, or with a colon over the quotation it introduces.
  const lists = blocks.filter((block): block is Extract<ArticleBlock, { type: 'list' }> => block.type === 'list' && block.ordered);
  const items = lists.flatMap((block) => block.items);
  const numbers = items.map((item) => Number.parseInt(item.marker, 10));
  const runOn = lists.length >= 2 && items.length >= MIN_RUN_ON_ITEMS && numbers.every((n, k) => Number.isInteger(n) && (k === 0 || n === numbers[k - 1]! + 1));
  const closes = items.every((item) => /[.!?:]["'”’»)\]]*[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*$/u.test(item.text.trim()));
  const long = items.reduce((sum, item) => sum + countWords(item.text), 0) / Math.max(1, items.length) >= MIN_NUMBERED_PARAGRAPH_WORDS;
  if (runOn && closes && long) return blocks.flatMap((block): ArticleBlock[] => (block.type === 'list' && block.ordered ? block.items.map((item) => ({ type: 'paragraph', text: `${item.marker} ${item.text}` })) : [block]));
  return blocks.flatMap((block): ArticleBlock[] => {
    if (block.type !== 'list' || !block.ordered || block.items.length < 2) return [block];
    const prose = block.items.every((item) => /[.!?]["'”’)]*$/.test(item.text.trim()));
    const words = block.items.reduce((sum, item) => sum + countWords(item.text), 0) / block.items.length;
    if (!prose || words < MIN_NUMBERED_PARAGRAPH_WORDS) return [block];
    return block.items.map((item) => ({ type: 'paragraph', text: `${item.marker} ${item.text}` }));
  });
}

/** At least this many entry-shaped timestamps make a live blog. */
const MIN_LIVE_ENTRIES = 2;

/**
 * A live blog is a run of entries, each opened by a line giving only its time ("18:05 GMT",
 * "2h ago"). Lines that call themselves publication times ("Updated …") never open entries.
 */
function markLiveEntries(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const shapes = blocks.map((block) => (block.type === 'timestamp' ? parseTimestamp(block.text) : undefined));
  // An entry's time is followed by the entry, not by another time (a page header's dates are).
  const candidates = shapes.map((shape, at) => shape !== undefined && shape.hasTime && !shape.published && blocks[at + 1]?.type !== 'timestamp');
  // When entries give times alone, a line that also gives a date is the page's own date.
  const timeOnly = candidates.filter((candidate, at) => candidate && !shapes[at]!.hasDate).length >= MIN_LIVE_ENTRIES;
  const opens = candidates.map((candidate, at) => candidate && (!timeOnly || !shapes[at]!.hasDate));
  if (opens.filter(Boolean).length < MIN_LIVE_ENTRIES) return [...blocks];
  return blocks.map((block, at) => (block.type === 'timestamp' && opens[at] ? { ...block, opensEntry: true } : block));
}

/** A standfirst is at most this long. */
const MAX_STANDFIRST_WORDS = 40;

/**
 * A dateline opens the first paragraph of a story (or the one after a short standfirst without a full stop), and of each live-blog entry. It becomes its
 * own block, so the first sentence starts where the reporting starts.
 */
function splitDatelines(blocks: readonly ArticleBlock[]): ArticleBlock[] {
  const out: ArticleBlock[] = [];
  let awaiting = true;
  // A standfirst set as a paragraph may come before the paragraph the dateline opens: one short paragraph, no full stop.
  let standfirst = false;
  for (const block of blocks) {
    if (block.type === 'timestamp' && block.opensEntry) {
      awaiting = true;
      standfirst = false;
    }
    if (block.type !== 'paragraph' || !awaiting) {
      out.push(block);
      continue;
    }
    const dateline = parseDateline(block.text);
    // A standfirst: short, and set like a title, without the full stop that closes a story's paragraph.
    awaiting = !dateline && !standfirst && countWords(block.text) <= MAX_STANDFIRST_WORDS && !block.text.includes('\n') && !/[.!?…]["'”’»)]*$/.test(block.text.trim());
    standfirst = awaiting;
    if (!dateline) {
      out.push(block);
      continue;
    }
    const rest = block.text.slice(block.text.indexOf(dateline.text) + dateline.text.length).trim();
    out.push({ type: 'dateline', text: dateline.text, place: dateline.place, agency: dateline.agency });
    if (rest) out.push({ type: 'paragraph', text: rest });
  }
  return out;
}

// A speaker in capitals may carry a role as transcript services print it: "HOST (JANE DOE):", "JANE DOE, TRADE MINISTER:",
// "JANE DOE, PRESIDENT, DOCKWORKERS' UNION:", and a cue of how they are heard as cable-news transcripts add it: "(voice-over)", "(through translator)".
// A time code may open the turn, as podcast and radio transcripts print one: "[00:04:12] JANE DOE: …".
const TURN =
  /^(?<code>[[(]\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?[\])]\s*)?(?<speaker>(?:Q|A)|\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:\s*\([^()\p{Ll}]{2,40}\)|,(?:,?\s+[\p{Lu}.'’&-]+){1,8})?(?:\s*\((?:voice[-\s]?over|on\s+camera|off\s+camera|through\s+(?:a\s+)?translator|via\s+(?:tele)?phone|on\s+the\s+phone|via\s+video(?:\s+link)?)\))?|\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2})\s*:\s+(?<text>\S.*)$/u;
/** Run-in words that are not speakers ("Update: …", "Note: …"). */
const NOT_SPEAKERS = new Set([
  'UPDATE', 'UPDATED', 'NOTE', 'EDITOR’S NOTE', "EDITOR'S NOTE", 'CORRECTION', 'BREAKING', 'WATCH', 'READ', 'LISTEN', 'WARNING',
  'CLARIFICATION', 'DISCLOSURE', 'DISCLAIMER', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'CONTEXT', 'BACKGROUND', 'DETAILS', 'FLASHBACK',
  'LATEST', 'THE LATEST', 'ALSO', 'MEANWHILE', 'PLUS', 'SOURCE', 'SOURCES', 'PHOTO', 'VIDEO', 'RELATED', 'CREDIT', 'TIMELINE',
]);
/** Whether a line opens with a speaker's label, as a transcript's turns do ("JANE DOE: …", "HOST (JANE DOE): …", "[00:04:12] Q: …"). */
export function isSpeakerLine(line: string): boolean {
  const groups = TURN.exec(line.trim())?.groups;
  return groups !== undefined && !NOT_SPEAKERS.has(groups['speaker']!.toUpperCase()) && !isProductionLabel(line);
}

/** A transcript has at least this many turns, by at least two speakers, one of whom speaks twice. */
const MIN_TURNS = 3;

/** Lines opened by a speaker's label ("SMITH: …", "Q: …"), when the article reads as a transcript. */
function markTurns(blocks: ArticleBlock[]): ArticleBlock[] {
  const turns = blocks.map((block) => {
    if ((block.type !== 'paragraph' && block.type !== 'subheading') || block.text.includes('\n')) return undefined;
    const groups = TURN.exec(block.text)?.groups;
    if (!groups || NOT_SPEAKERS.has(groups['speaker']!.toUpperCase()) || isProductionLabel(block.text)) return undefined;
    const colon = block.text.indexOf(':', (groups['code'] ?? '').length);
    return { speaker: block.text.slice(0, colon + 1), text: groups['text']!, key: groups['speaker']!.toUpperCase() };
  });
  // Whether the article is a transcript is decided on paragraphs; a short question then also counts ("HOST: Why?").
  const found = turns.filter((turn, at): turn is NonNullable<typeof turn> => turn !== undefined && blocks[at]!.type === 'paragraph');
  const speakers = new Map<string, number>();
  for (const turn of found) speakers.set(turn.key, (speakers.get(turn.key) ?? 0) + 1);
  const isTranscript = found.length >= MIN_TURNS && speakers.size >= 2 && [...speakers.values()].some((count) => count >= 2);
  if (!isTranscript) return blocks;
  return blocks.map((block, at) => {
    const turn = turns[at];
    return turn ? { type: 'turn', speaker: turn.speaker, text: turn.text } : block;
  });
}

/** A line shorter than this is too common to call a repeat. */
const MIN_PULL_QUOTE_WORDS = 6;

/**
 * A pull quote repeats words of the body: a one-line paragraph whose words all appear, in
 * order, inside another paragraph (or, when two lines are identical, the later of the two).
 */
function markPullQuotes(blocks: ArticleBlock[]): ArticleBlock[] {
  const bodies = blocks.map((block) => (block.type === 'paragraph' || block.type === 'turn' ? ` ${normalise(block.text)} ` : undefined));
  return blocks.map((block, at) => {
    const words = bodies[at];
    if (block.type !== 'paragraph' || block.text.includes('\n') || words === undefined) return block;
    if (countWords(block.text) < MIN_PULL_QUOTE_WORDS) return block;
    const repeats = bodies.some((other, position) => {
      if (other === undefined || position === at) return false;
      return other === words ? position < at : other.length > words.length && other.includes(words);
    });
    return repeats ? { type: 'pull-quote', text: block.text } : block;
  });
}

/** Words only: case, quotation marks and punctuation differ between a pull quote and its source. */
function normalise(text: string) {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
