import type { ArticleBlock } from '../schemas/article-block.ts';
import { countWords } from './article-stats.ts';
import { datedLineShape, isBreadcrumb, isEmailHeader, isCapitalsLine, isDocumentTitle, isEditionLine, isFieldLine, isJobTitle, isKicker, isPersonName, parseDateline, parseListItem, splitWireSlug } from './line-shapes.ts';
import { isTitleLike, type LineGroup, type Slots } from './line-groups.ts';

/** A kicker, a separator and a title on one line. */
const RUN_IN_KICKER = /^(?<kicker>[^:|–—]{2,20}?\s*[:|–—])\s+(?<title>\S.*)$/u;

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
    if (!isCapitalsLine(line(at)) || !below.some((other) => !isCapitalsLine(line(other)) && isTitleLike(line(other)))) continue;
    set(at, { type: 'boilerplate', role: 'masthead', text: line(at) });
    const next = groups[at + 1];
    const tagline = next !== undefined && kinds[at + 1] === undefined && next.firstLine === groups[at]!.lastLine + 1 && next.lines.length === 1 && isTitleLike(next.lines[0]!);
    const later = groups[at + 2];
    if (tagline && later !== undefined && later.firstLine > next.lastLine + 1 && below.filter((other) => other > at + 1).some((other) => isTitleLike(line(other)))) {
      set(at + 1, { type: 'boilerplate', role: 'masthead', text: next.lines[0]! });
    }
  }
  for (const at of open()) {
    if (isFieldLine(line(at)) && open().some((other) => other > at && isTitleLike(line(other)) && !isFieldLine(line(other)))) {
      set(at, { type: 'boilerplate', role: 'masthead', text: line(at) });
    }
  }
  // A short label over a longer title ("UK news" over the headline).
  const [first, second] = open();
  if (first !== undefined && second !== undefined && countWords(line(first)) <= MAX_LABEL_WORDS && isTitleLike(line(first)) && isTitleLike(line(second)) && countWords(line(second)) > MAX_LABEL_WORDS) {
    if (!isPersonName(line(first))) set(first, { type: 'section-label', text: line(first) });
  }
}

/** A line that can stand above a headline: short, no sentence, no list item or dateline. */
function standsAtTop(line: string): boolean {
  if (parseListItem(line) !== undefined) return false;
  // "Aired May 15, 2025 - 07:00 ET" opens like a dateline ("Place, May 15 -") but is a date line.
  const dateline = parseDateline(line);
  if (dateline !== undefined && (datedLineShape(line) === undefined || dateline.text === line.trim())) return false;
  if (isTitleLike(line, { allowLowercase: true }) || isDocumentTitle(line) || isBreadcrumb(line) || isJobTitle(line) || isEmailHeader(line)) return true;
  return datedLineShape(line) !== undefined || isKicker(line);
}
