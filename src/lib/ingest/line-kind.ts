import type { ArticleBlock, BoilerplateRole } from '../schemas/article-block.ts';
import { BOILERPLATE_ROLES } from '../schemas/article-block.ts';
import type { LineKind } from '../schemas/layout.ts';
import { parseByline, parseDateline, parseTimestamp } from './line-shapes.ts';

export type { LineKind } from '../schemas/layout.ts';

/**
 * What lines of a text file are, when something other than their shape decides: the editor's
 * layout corrections (`content/layout.yaml`), or a reading of the whole file (a running header
 * that repeats page after page, a footnote, a Markdown heading), by the line's exact text
 * (outer whitespace aside). `body` makes a line ordinary text, never furniture or the headline.
 */
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

/**
 * Applies line kinds to blocks already read (a saved page's): a block whose whole text is a
 * listed line becomes that kind (a `body` line a paragraph). Other blocks are kept as they are.
 */
export function relabelBlocks(blocks: readonly ArticleBlock[], lineKinds: LineKinds): ArticleBlock[] {
  if (lineKinds.size === 0) return [...blocks];
  const out = blocks.map((block) => {
    if (!('text' in block) || block.type === 'turn') return block;
    const kind = lineKinds.get(lineKey(block.text));
    if (kind === undefined) return block;
    return blockOfKind(block.text, kind) ?? { type: 'paragraph' as const, text: block.text };
  });
  // One headline: an editor's replaces the one read.
  const given = out.findIndex((block, at) => block.type === 'headline' && blocks[at]!.type !== 'headline');
  return given === -1 ? out : out.map((block, at) => (block.type === 'headline' && at !== given ? { type: 'paragraph' as const, text: block.text } : block));
}
