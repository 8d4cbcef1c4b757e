import type { ArticleBlock, BoilerplateRole } from '../schemas/article-block.ts';
import { BOILERPLATE_ROLES } from '../schemas/article-block.ts';
import { parseByline, parseDateline, parseTimestamp } from './line-shapes.ts';

/**
 * What a line of a text file is, when something other than its shape decides: the editor's
 * layout corrections (`content/layout.yaml`), or a reading of the whole file (a running
 * header that repeats page after page, a footnote, a Markdown heading). `body` makes a line
 * ordinary text, read by its shape but never as furniture or the headline.
 */
export const LINE_KINDS = ['headline', 'body', 'byline', 'dateline', 'timestamp', 'ad', 'photo-credit', 'reporting-credit', 'pull-quote', 'section-label', ...BOILERPLATE_ROLES] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** Line kinds by a line's exact text (outer whitespace aside). */
export type LineKinds = ReadonlyMap<string, LineKind>;

const ROLES: ReadonlySet<string> = new Set(BOILERPLATE_ROLES);

/** The block a line becomes when its kind is given; undefined for `body` (read by its shape, as prose). */
export function blockOfKind(line: string, kind: LineKind): ArticleBlock | undefined {
  switch (kind) {
    case 'body':
      return undefined;
    case 'headline':
      return { type: 'headline', text: line };
    case 'byline':
      return { type: 'byline', text: line, authors: parseByline(line)?.authors ?? [] };
    case 'dateline': {
      const dateline = parseDateline(line);
      return { type: 'dateline', text: line, place: dateline?.place ?? null, agency: dateline?.agency ?? null };
    }
    case 'timestamp':
      return { type: 'timestamp', text: line, opensEntry: false, time: parseTimestamp(line)?.time ?? null };
    case 'ad':
    case 'photo-credit':
    case 'reporting-credit':
    case 'pull-quote':
    case 'section-label':
      return { type: kind, text: line };
    default:
      if (ROLES.has(kind)) return { type: 'boilerplate', role: kind as BoilerplateRole, text: line };
      return undefined;
  }
}

/** The key a line is looked up by: its text without outer whitespace. */
export function lineKey(line: string): string {
  return line.trim();
}
