import { countWords } from '../article-stats.ts';
import type { LineKind } from '../line-kind.ts';
import { datedLineShape, isCapitalsLine, isEmailHeader, parseDateline, parseListItem } from '../line-shapes.ts';
import { isEnglishWord } from '../../text/word-list.ts';

/** Hard-wrapped text read back into one line per paragraph. */
export interface UnwrappedText {
  /** One line per paragraph or standalone line, blank lines where the file had them. */
  text: string;
  /** Kinds of the lines the reading found: running headers and page numbers, footnotes. */
  lineKinds: Map<string, LineKind>;
  /** Words hyphenated across a line break, as re-joined ("negotiations") or kept ("long-term"). */
  hyphenated: Array<{ joined: string; keptHyphen: boolean }>;
}

/** Lines of at least this many words tell wrapped text from one paragraph per line. */
const MIN_LONG_LINE_WORDS = 6;
/** A file is hard-wrapped when at least this share of its long lines stop in mid-sentence… */
const MIN_WRAPPED_SHARE = 0.4;
/** …and at least this many do. */
const MIN_WRAPPED_LINES = 3;
/** Running headers and footers are short. */
const MAX_HEADER_WORDS = 14;

/** A line this close to the text's width is full. */
const FULL_LINE = 0.9;

/** A line that closes a sentence: final punctuation, perhaps a closing mark, perhaps a footnote marker. */
const TERMINAL = /[.!?…:;"”’»)\]][¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*$/u;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:p(?:age|\.)?\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const SUPERSCRIPT = '¹²³⁴⁵⁶⁷⁸⁹⁰';
/** A footnote line: its marker (superscript digits, "[n]", "*", "†") then its text. */
const FOOTNOTE = new RegExp(String.raw`^(?<marker>[${SUPERSCRIPT}]+|\[\d{1,3}\]|\*{1,3}|[†‡])\s*(?<text>\S.*)$`, 'u');
/** Words no sentence, title or label ends with: articles, "of", and conjunctions. */
const OPEN_WORD_END = /(?:^|\s)(?:the|a|an|of|and|or|nor|but|than|whose)$/i;
 /**
 * A jump line, where a story leaves one page of a print edition for another and where it picks up
 * ("Continued on A6", "Continued from Page 1", "See STRIKE, A6", "Please turn to page 4"): newspapers
 * and magazines print one at each end of the jump.
 */
const JUMP_LINE = /^(?:(?:continued|cont(?:['’]d|\.)?)\s+(?:on|from)\s+(?:page\s+)?\p{Lu}?\d{1,3}\p{Lu}?|(?:please\s+)?turn\s+to\s+(?:page\s+)?\p{Lu}?\d{1,3}\p{Lu}?|see\s+[\p{Lu}\p{N}][^,]{0,30},?\s+(?:on\s+)?(?:page\s+)?\p{Lu}?\d{1,3}\p{Lu}?)\s*[.:]?$/iu;
/**
 * The jump's other form, where the story picks up: its slug in capitals and the page it came from
 * ("STRIKE, from page 1", "LIBRARIES from A1", "HARBOUR, continued from page 3"). Only in capitals: "Passengers, from
 * page 1 …" may be a sentence.
 */
const JUMP_SLUG = /^\p{Lu}[\p{Lu}\p{N}'’&\s-]{1,30}?,?\s+(?:[Cc]ontinued\s+)?[Ff]rom\s+(?:[Pp](?:age|\.)\s*)?[A-Z]?\d{1,3}[A-Z]?\s*[.:]?$/u;

function isJumpLine(line: string): boolean {
  return JUMP_LINE.test(line) || JUMP_SLUG.test(line);
}

/** The label a jump sets over the story's continuation ("PORT STRIKE" over "Continued from A1"): a few words in capitals. */
const MAX_JUMP_LABEL_WORDS = 4;
/** A line of prose this long (a share of the text's width) that stops in mid-sentence wraps onto a figure. */
const LONG_OPEN_LINE = 0.6;
const HYPHEN_END = /(?<left>\p{L}+)-$/u;
const FIRST_WORD = /^(?<right>\p{Ll}+)(?<rest>.*)$/su;

/**
 * Whether a text is hard-wrapped (copied from a PDF or an e-mail): many of its long lines that
 * have another line under them stop
 * in mid-sentence (no closing punctuation), and the sentence goes on on the next line (in lower
 * case, or after a comma or a hyphen).
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split('\n');
  const goesOn = goesOnTest(text);
  let long = 0;
  let open = 0;
  lines.forEach((line, at) => {
    const next = lines[at + 1]?.trim() ?? '';
    // Only a line with another under it can go on there.
    if (countWords(line) < MIN_LONG_LINE_WORDS || next === '') return;
    long++;
    // Stopped in mid-sentence, going on in lower case or after a comma or a hyphen (titles and list items stop without going on).
    if (next !== '' && !TERMINAL.test(line.trim()) && (goesOn(next) || /[,-]$/.test(line.trim()))) open++;
  });
  return open >= MIN_WRAPPED_LINES && open / long >= MIN_WRAPPED_SHARE;
}

/** A text's body letters this nearly all capitals set no case at all (teleprinter copy, a wire in capitals). */
const MAX_CASELESS_LOWER = 0.02;

/**
 * How a text shows that a line goes on the sentence of the line above: by opening in lower case. A text set
 * all in capitals (teleprinter and wire copy) shows nothing by case, so there any line that opens with a
 * letter, a figure or a quotation mark may go on a line that stops in mid-sentence; the other cues (the
 * line's end, its fullness, indentation) decide.
 */
function goesOnTest(text: string): (line: string) => boolean {
  const body = text.split('\n').filter((line) => countWords(line) >= 4).join(' ');
  const upper = (body.match(/\p{Lu}/gu) ?? []).length;
  const lower = (body.match(/\p{Ll}/gu) ?? []).length;
  const caseless = upper >= 200 && lower <= MAX_CASELESS_LOWER * (upper + lower);
  return caseless ? (line) => /^["“‘'(]?[\p{L}\p{N}]/u.test(line.trim()) : (line) => /^\p{Ll}/u.test(line.trim());
}

/**
 * Reads hard-wrapped text back into paragraphs. Lines that repeat page after page (running
 * headers and footers, once their numbers are set aside) and page numbers are page furniture;
 * a line opened by a footnote marker that the text uses is a footnote (with its continuation
 * lines). They are set on lines of their own, after the paragraph they interrupt. A line joins
 * the one before when that one stops in mid-sentence and it goes on in lower case, or when that
 * one was full (the next word would not have fitted on it). A word hyphenated across the break
 * is re-joined when the joined word is the text's own or an English word, unless the text
 * writes it with the hyphen elsewhere; otherwise the hyphen stays ("long-term").
 *
 * Only line breaks, the hyphens of re-joined words and the quote marks of an e-mail's quoted lines after the first change: every other character is kept,
 * in order, except that furniture interrupting a paragraph moves after it.
 * `standsAlone` tells lines that never join the paragraph above (list items, which may be continued below, bylines and other furniture).
 */
export function unwrapText(text: string, standsAlone: (line: string) => boolean): UnwrappedText {
  const alone = (line: string) => standsAlone(line) || standsAlone(line.trim()) || isEmailHeader(line);
  const lines = text.split('\n');
  const lineKinds = new Map<string, LineKind>();
  const hyphenated: UnwrappedText['hyphenated'] = [];
  const furniture = pageFurniture(lines);
  const markers = footnoteMarkers(text);
  const goesOn = goesOnTest(text);
  const width = lineWidth(lines.filter((_line, at) => !furniture.has(at)), goesOn);
  const vocabulary = textVocabulary(text);
  const continues = (previous: string, next: string, w: number) => continuesLine(previous, next, w, goesOn);
  const pageBreaks = pageBreakRuns(lines, furniture);

  const out: string[] = [];
  const next = (at: number) => (lines[at + 1]?.trim() === '' ? undefined : lines[at + 1]);
  /** The paragraph being read: its text so far and its last line as the file has it. */
  let open: { text: string; last: string; footnote: boolean; joined?: boolean; quoted?: number; hang?: number; figure?: boolean; indented?: boolean } | undefined;
  const indentHabit = opensParagraphsIndented(lines);
  let pending: string[] = [];
  const close = () => {
    if (open !== undefined) {
      if (open.footnote) lineKinds.set(open.text.trim(), 'footnote');
      if (open.figure) lineKinds.set(open.text.trim(), 'image');
      out.push(open.text);
    }
    out.push(...pending);
    open = undefined;
    pending = [];
  };
  lines.forEach((line, at) => {
    if (line.trim() === '') {
      // Blank lines around a page's header, footer or number are the page break, not a paragraph's end:
      // the paragraph goes on across them when the line after the break goes on its last line.
      const after = pageBreaks.get(at);
      if (open !== undefined && !open.footnote && after !== undefined && !alone(lines[after]!) && continues(open.last, lines[after]!, width)) return;
      close();
      out.push('');
      return;
    }
    if (furniture.has(at)) {
      lineKinds.set(line.trim(), furniture.get(at)!);
      if (open === undefined) out.push(line);
      else pending.push(line);
      return;
    }
    // An e-mail's quoted lines ("> …", ">> …" for a quotation inside one) join one another by the same rules,
    // read without their marks; the marks of the lines that go on are the wrapping's, like a re-joined word's
    // hyphen, and go. A quoted line never goes on an unquoted one, nor the other way round.
    const quote = QUOTED_LINE.exec(line)?.groups;
    const depth = quote ? quote['marks']!.replace(/[^>]/g, '').length : 0;
    if (depth > 0 || (open?.quoted ?? 0) > 0) {
      const bare = quote ? quote['text']! : line;
      if (open !== undefined && open.quoted === depth && bare.trim() !== '' && !alone(bare) && continues(open.last, bare.trim(), width)) {
        open = { ...open, text: join(open.text, bare, vocabulary, hyphenated), last: line, joined: true };
        return;
      }
      if (depth > 0) {
        close();
        open = { text: line.trim(), last: line, footnote: false, quoted: depth };
        return;
      }
      close();
    }
    // The line a mail program sets over the quoted lines of a reply ("On Tue, 3 Mar 2026, Jo Lee <jo@…> wrote:"):
    // closed by a colon, directly over a quoted line, short, with the date or the address it gives.
    if (isReplyHeader(line) && next(at) !== undefined && QUOTED_LINE.test(next(at)!)) {
      close();
      lineKinds.set(line.trim(), 'page');
      out.push(line);
      return;
    }
    // A figure's or a table's note ("Figure 3. …", "Table 2: …", "Chart 1 – …"), set between the paragraphs of a
    // report: it joins its own lines by the same rules and stands apart from the prose, as an image's description.
    if (FIGURE_NOTE.test(line.trim())) {
      close();
      open = { text: line.trim(), last: line, footnote: false, figure: true };
      return;
    }
    const footnote = FOOTNOTE.exec(line.trim())?.groups;
    if (footnote && markers.has(footnote['marker']!)) {
      close();
      open = { text: line.trim(), last: line, footnote: true };
      return;
    }
    // Inside a paragraph of prose (lines already joined, longer than a title, a clause or a quotation in it),
    // a line that stops on a capitalised word without closing its sentence, over a line that opens with a
    // capitalised word no sentence opens with, breaks a name ("… said Mara" / "Lind, who …"). A title wrapped
    // over two lines is not prose; a credit ending a caption ("Photo: Jo Park" / "The council …") meets a sentence's opening.
    const inside = open?.joined === true && !open.footnote && isProse(open.text) && !TERMINAL.test(open.last.trimEnd()) && splitsName(open.last, line);
    // A list item's lines that go on it may hang under its text (indented as far as the text after the marker).
    const hanging = open?.hang !== undefined && Math.abs((/^\s*/.exec(line)?.[0].length ?? 0) - open.hang) <= 1 ? line.trim() : line;
    // Where the text opens its paragraphs with an indent (its own habit, not a guess), a paragraph that opened so
    // goes on onto a line set flush, even after a line closing a sentence short of the column: a PDF set in a
    // proportional face ends lines well short of its widest, and only an indent starts a paragraph there.
    const flushAfterIndent = indentHabit && open?.indented === true && !open.footnote && open.quoted === undefined && indentOf(line) === 0 && /^["“‘'(]?[\p{L}\p{N}]/u.test(line.trim()) && countWords(open.last) >= 4 && !headingBetween(line, next(at));
    if (open !== undefined && !alone(line) && (inside || flushAfterIndent || continues(open.last, hanging, width))) {
      open = { ...open, text: join(open.text, line, vocabulary, hyphenated), last: line, joined: true };
      return;
    }
    close();
    // A line of furniture stands alone, unless it stops in mid-sentence and the line under it ends the
    // sentence (an e-mail's header lines aside) with the whole still furniture ("You are receiving this e-mail because you signed up for The" /
    // "Daily Example at example.org."): a notice wraps as prose does.
    if (alone(line) && !isEmailHeader(line) && next(at) !== undefined && !TERMINAL.test(line.trimEnd()) && TERMINAL.test(next(at)!.trimEnd()) && !alone(next(at)!) && continues(line, next(at)!, width)) {
      const whole = join(line.trim(), next(at)!, vocabulary, []);
      if (alone(whole)) {
        close();
        open = { text: line.trim(), last: line, footnote: false };
        return;
      }
    }
    // A numbered or bulleted item wraps as a paragraph does: it stands apart from the line above, and the lines
    // that go on it join it (a tribunal's numbered paragraphs, a report's bullets copied from a PDF).
    const item = parseListItem(line.trim());
    const hang = item !== undefined ? line.indexOf(item.text) : undefined;
    open = { text: line.trim(), last: line, footnote: false, indented: item === undefined && indentOf(line) >= 2, ...(hang !== undefined && hang > 0 ? { hang } : {}) };
    if (alone(line) && item === undefined) close();
  });
  close();
  return { text: out.join('\n'), lineKinds, hyphenated };
}

/** A figure's or a table's note: its label and number, then a stop, a colon or a dash ("Figure 3.", "Fig. 2:", "TABLE 4 –"). */
const FIGURE_NOTE = /^(?:figure|fig\.|table|chart|graph|map|exhibit|diagram|box)\s+\d{1,3}[a-z]?(?:\.\d{1,2})?\s*[.:–—|-]\s+\S/iu;

/** A mail program's line over a reply's quoted lines: closed by a colon, at most this many words, giving a date, a time or an address. */
const MAX_REPLY_HEADER_WORDS = 25;
function isReplyHeader(line: string): boolean {
  const text = line.trim();
  if (!/:$/.test(text) || countWords(text) > MAX_REPLY_HEADER_WORDS || QUOTED_LINE.test(line)) return false;
  return /@\S+\.\S+|\b\d{1,2}:\d{2}\b/.test(text) || (/\d/.test(text) && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/i.test(text));
}

/** A flush line that closes no sentence, over an indented line, a blank line or the end: a heading between paragraphs, not a paragraph's last line. */
function headingBetween(line: string, below: string | undefined): boolean {
  return !TERMINAL.test(line.trimEnd()) && (below === undefined || indentOf(below) >= 2);
}

/** At least this many paragraphs opened by an indent make it the text's habit… */
const MIN_INDENTED_OPENINGS = 3;
/** …when at least this share of the lines after a line closing a sentence are set in. */
const MIN_INDENTED_SHARE = 0.5;

/**
 * Whether the text opens its paragraphs with an indent, as print does: most lines that follow a line closing a
 * sentence, and at least three, are set in (a list item's marker aside), while the lines that go on a sentence are flush.
 */
function opensParagraphsIndented(lines: readonly string[]): boolean {
  let openings = 0;
  let indented = 0;
  lines.forEach((line, at) => {
    const next = lines[at + 1] ?? '';
    if (!TERMINAL.test(line.trimEnd()) || countWords(line) < 2 || next.trim() === '' || parseListItem(next.trim()) !== undefined) return;
    openings++;
    if (indentOf(next) >= 2 && indentOf(next) > indentOf(line)) indented++;
  });
  return indented >= MIN_INDENTED_OPENINGS && indented >= MIN_INDENTED_SHARE * openings;
}

/** How far a line is set in, a tab counted as four spaces. */
function indentOf(line: string): number {
  return (/^[ \t]*/.exec(line)?.[0] ?? '').replace(/\t/g, '    ').length;
}

/** An e-mail's quoted line: its marks ("> ", ">> ", "> > ") and its text. */
const QUOTED_LINE = /^(?<marks>\s{0,3}>(?:[ \t]?>)*[ \t]?)(?<text>.*)$/u;

/** Words that open sentences: a capitalised one of them after a line's end starts a sentence, not the rest of a name. */
const SENTENCE_OPENER = /^(?:the|a|an|he|she|they|it|we|i|you|in|on|at|by|for|from|to|with|but|and|or|so|yet|as|if|when|while|after|before|this|that|these|those|there|here|its|his|her|their|our|my|your|one|some|many|most|all|no|not|mr|mrs|ms|dr|however|meanwhile|also|still|then|now|later|earlier)$/i;

/** A name broken by the line: the line ends on a capitalised word, the next opens with one that opens no sentence. */
function splitsName(previous: string, next: string): boolean {
  const last = /(\p{Lu}[\p{L}'’-]*)$/u.exec(previous.trimEnd())?.[1];
  const first = /^(\p{Lu}[\p{L}'’-]*)(?=[\s,.;:'’)]|$)/u.exec(next.trim())?.[1];
  return last !== undefined && first !== undefined && !SENTENCE_OPENER.test(first);
}

/** A paragraph read so far is prose, not a wrapped title: more words than a title has, and a clause break or a quotation. */
const MIN_PROSE_WORDS = 12;
function isProse(text: string): boolean {
  return countWords(text) >= MIN_PROSE_WORDS && /[.!?,;:]["'”’»)]*\s|["“”«»]/u.test(text);
}

/** Whether `next` goes on the paragraph whose last line (as in the file) is `previous`. */
function continuesLine(previous: string, next: string, width: number, goesOn: (line: string) => boolean): boolean {
  const end = previous.trimEnd();
  // In a text set all in capitals (its test passes a capital), a line opening with any letter goes on only a long line of prose.
  const caseless = goesOn('A');
  const lowerNext = goesOn(next) && (!caseless || (countWords(end) >= 5 && end.length >= LONG_OPEN_LINE * width));
  // A hyphen at a line's end before a letter: a word broken there, or a compound ("Anglo-" / "Saxon").
  if (HYPHEN_END.test(end) && /^\p{L}/u.test(next.trim())) return true;
  // A dateline opens the story's first paragraph ("SKELBY — The board …"): it goes on nothing above it.
  if (/^\p{Lu}{2}/u.test(next.trim()) && parseDateline(next.trim()) !== undefined) return false;
  // A line set in further than the line above opens a paragraph (print indents paragraphs so) or a quotation set in.
  if (/\S/.test(next) && indentOf(next) >= indentOf(previous) + 2) return false;
  // Stopped in mid-sentence: a comma always goes on; another open end goes on in lower case.
  if (!TERMINAL.test(end) && (lowerNext || /,$/.test(end))) return true;
  // A line ending in an article, "of" or a conjunction stops in mid-sentence whatever the next line
  // opens with ("a tender of" / "£2.9 million", "agreed in Vessna on" / "Wednesday"): no sentence,
  // title or label ends so.
  if (OPEN_WORD_END.test(end) && countWords(end) >= 3) return true;
  // A figure opening the next line after a line of prose that stops in mid-sentence goes on it
  // ("The strike is due to last" / "48 hours."): news style spells out a number that opens a
  // sentence, and titles and labels stop well short of the column's width.
  if (!TERMINAL.test(end) && /^\p{N}/u.test(next.trim()) && countWords(end) >= 5 && end.length >= LONG_OPEN_LINE * width) return true;
  // A long line of prose that stops in mid-sentence goes on whatever the next line opens with (a name:
  // "on the steps of County" / "Hall. …"): a comma inside it sets a clause apart, as titles and labels,
  // set in few words without commas, do not.
  if (!TERMINAL.test(end) && /\p{L},\s+\p{L}/u.test(end) && countWords(end) >= 6 && end.length >= LONG_OPEN_LINE * width && /^\p{L}/u.test(next.trim())) return true;
  // A full line: the next line's first word would not have fitted on it. A sentence that ends
  // at a line's end goes on only from a line that is nearly full: most such lines end a paragraph.
  const firstWord = next.trim().split(/\s+/)[0] ?? '';
  const full = countWords(end) >= 4 && end.length + 1 + firstWord.length > width;
  return full && (!TERMINAL.test(end) || end.length >= FULL_LINE * width);
}

function join(paragraph: string, next: string, vocabulary: Vocabulary, hyphenated: UnwrappedText['hyphenated']): string {
  const end = paragraph.trimEnd();
  const start = next.trim();
  // A drop cap copied on a line of its own ("T" / "he council voted …"), as print editions and
  // magazine PDFs set the first letter: it joins the word it begins when that makes a word ("A" / "council" stays two).
  const dropCap = /^\p{Lu}$/u.test(end) ? /^\p{Ll}+/u.exec(start) : null;
  if (dropCap && (vocabulary.words.has(`${end}${dropCap[0]}`.toLowerCase()) || isEnglishWord(`${end}${dropCap[0]}`))) return `${end}${start}`;
  const hyphen = HYPHEN_END.exec(end)?.groups;
  const first = FIRST_WORD.exec(start)?.groups;
  if (hyphen && first) {
    const left = hyphen['left']!;
    const right = first['right']!;
    const keep = keepsHyphen(left, right, vocabulary);
    hyphenated.push({ joined: keep ? `${left}-${right}` : `${left}${right}`, keptHyphen: keep });
    return keep ? `${end}${start}` : `${end.slice(0, -1)}${start}`;
  }
  // A compound whose second part is capitalised keeps its hyphen, with no space ("Franco-German").
  if (hyphen && /^\p{Lu}/u.test(start)) return `${end}${start}`;
  return `${end} ${start}`;
}

interface Vocabulary {
  words: ReadonlySet<string>;
  hyphenated: ReadonlySet<string>;
}

/** The words the text itself writes whole (not at a line's end), and its hyphenated compounds. */
function textVocabulary(text: string): Vocabulary {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*(?!-\n)/gu)) {
    const word = match[0].toLowerCase();
    if (word.includes('-')) hyphenated.add(word);
    else words.add(word);
  }
  return { words, hyphenated };
}

/**
 * A hyphen at a line's end is kept when the text writes the compound so; it goes when the text
 * or the word list knows the joined word. Otherwise it is kept only between two words (a compound:
 * "long-term", "cross-border"); a name broken by the line ("Rein-" / "holt") is joined.
 */
function keepsHyphen(left: string, right: string, vocabulary: Vocabulary): boolean {
  const joined = `${left}${right}`.toLowerCase();
  if (vocabulary.hyphenated.has(`${left}-${right}`.toLowerCase())) return true;
  if (vocabulary.words.has(joined) || isEnglishWord(joined)) return false;
  return isEnglishWord(left) && isEnglishWord(right);
}

/** Lines that repeat as a page's header or footer (digits aside), page numbers and jump lines (page furniture), and a name and date between separators (a masthead). */
function pageFurniture(lines: readonly string[]): Map<number, LineKind> {
  const found = new Map<number, LineKind>();
  const byShape = new Map<string, number[]>();
  lines.forEach((line, at) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    // A page number; a jump line; a header of name and date between separators, even when it does
    // not repeat (a front page's date and price line, the one inside page a story jumps to).
    if (PAGE_NUMBER.test(trimmed) || isJumpLine(trimmed)) {
      found.set(at, 'page');
      if (isJumpLine(trimmed)) {
        // The jump's label in capitals, directly above or below the line.
        for (const near of [at - 1, at + 1]) {
          const label = lines[near]?.trim() ?? '';
          if (label !== '' && isCapitalsLine(label) && countWords(label) <= MAX_JUMP_LABEL_WORDS && !isJumpLine(label)) found.set(near, 'page');
        }
      }
      return;
    }
    // Separated by a bar or a dot, or by the wide gaps a PDF leaves between a header's parts ("4  THE GAZETTE  Saturday, …").
    if (datedLineShape(trimmed) === 'masthead' && /\s[|·•]\s|\S\s{2,}\S/.test(trimmed)) found.set(at, 'masthead');
    if (countWords(trimmed) > MAX_HEADER_WORDS || /[.!?]$/.test(trimmed)) return;
    // A page number may stand at either end of the header, as on left- and right-hand pages, and
    // beside a date that ends in digits too ("12  THE GAZETTE · 4 July 2025" / "THE GAZETTE · 4 July 2025  13"):
    // the shape is the header's words, every number left out.
    const shape = trimmed
      .replace(/\d+/g, ' ')
      .replace(/^[\s|·•–—-]+|[\s|·•–—-]+$/g, '')
      .replace(/\s+/g, ' ')
      .toLowerCase();
    if (!/\p{L}/u.test(shape)) return;
    byShape.set(shape, [...(byShape.get(shape) ?? []), at]);
  });
  for (const positions of byShape.values()) if (positions.length >= 2) for (const at of positions) found.set(at, 'page');
  return found;
}

/**
 * Blank lines that belong to a page break: in a run of blank lines and page furniture (a running header or
 * footer, a page number) between two lines of text, with at least one line of furniture in it. Each such
 * blank line maps to the first line of text after the run.
 */
function pageBreakRuns(lines: readonly string[], furniture: ReadonlyMap<number, LineKind>): Map<number, number> {
  const found = new Map<number, number>();
  let at = 0;
  while (at < lines.length) {
    if (lines[at]!.trim() !== '' && !furniture.has(at)) {
      at++;
      continue;
    }
    let end = at;
    let sawFurniture = false;
    while (end < lines.length && (lines[end]!.trim() === '' || furniture.has(end))) {
      if (furniture.has(end)) sawFurniture = true;
      end++;
    }
    if (sawFurniture && at > 0 && end < lines.length) for (let blank = at; blank < end; blank++) if (lines[blank]!.trim() === '') found.set(blank, end);
    at = end;
  }
  return found;
}

/** Footnote markers the running text uses (after a word or a closing mark, not at a line's start). */
function footnoteMarkers(text: string): Set<string> {
  const markers = new Set<string>();
  for (const match of text.matchAll(new RegExp(String.raw`(?<=[\p{L}\p{N}.,;:!?"”’)])([${SUPERSCRIPT}]+|\[\d{1,3}\]|\*{1,3}|[†‡])`, 'gu'))) markers.add(match[1]!);
  return markers;
}

/** At least this many lines that surely wrap measure the width by themselves. */
const MIN_WRAP_LINES = 3;

/**
 * The text's line width. Measured on the lines that surely wrap (they stop in mid-sentence and
 * the sentence goes on below, in lower case or after a comma or a hyphen): the widest of them is
 * as wide as the text's column. Lines that stand alone (a title, a newsletter's footer, an
 * e-mail's header, a footnote set in other type) say nothing of the column, and in a short text
 * one long one would make every full line look short. With too few such lines, the longest lines
 * of prose, a few outliers aside.
 */
function lineWidth(lines: readonly string[], goesOn: (line: string) => boolean): number {
  const wraps = lines
    .filter((line, at) => {
      const next = lines[at + 1]?.trim() ?? '';
      const end = line.trimEnd();
      return countWords(line) >= 4 && next !== '' && !TERMINAL.test(end) && (goesOn(next) || /[,-]$/.test(end));
    })
    .map((line) => line.trimEnd().length);
  if (wraps.length >= MIN_WRAP_LINES) return Math.max(...wraps);
  const lengths = lines.filter((line) => countWords(line) >= 5).map((line) => line.trimEnd().length).sort((a, b) => a - b);
  if (lengths.length === 0) return Infinity;
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))]!;
}
