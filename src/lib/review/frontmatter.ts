import { parseDocument } from 'yaml';
import type { z } from 'zod';

/** A problem with an editor's file: the file and what is wrong, printed as one line. */
export interface EditorialProblem {
  /** The file, as the editor would type it (`content/claims/x.md`). */
  path: string;
  /** What is wrong and, where it helps, what to do. */
  message: string;
}

/** Formats a problem as the one line the build and `npm run claims:check` print. */
export function problemLine(problem: EditorialProblem): string {
  return `${problem.path}: ${problem.message}`;
}

/** An error carrying every problem found, each one line; its message is all of them. */
export class EditorialError extends Error {
  readonly problems: readonly EditorialProblem[];

  constructor(problems: readonly EditorialProblem[]) {
    super(problems.map(problemLine).join('\n'));
    this.name = 'EditorialError';
    this.problems = problems;
  }
}

/** A Markdown file split into its YAML frontmatter (parsed) and its body. */
export interface FrontmatterFile {
  data: unknown;
  body: string;
  /** Line number (from 1) of the body's first line in the file, for messages about the body. */
  bodyLine: number;
}

/**
 * Splits `---` YAML frontmatter from a Markdown body. Duplicate keys and YAML syntax errors are
 * problems, reported with their line in the file; a BOM and CRLF line endings are accepted.
 */
export function splitFrontmatter(text: string): FrontmatterFile | { problem: string } {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { problem: 'has no frontmatter: the file must start with a line "---", the YAML fields, and another "---"' };
  const data = parseYaml(match[1] ?? '', 1);
  if ('problem' in data) return data;
  return { data: data.value, body: normalised.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Parses YAML text; `firstLine` is the line of the text's start in its file, for messages. */
export function parseYaml(text: string, firstLine = 0): { value: unknown } | { problem: string } {
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    const line = text.slice(0, error.pos[0]).split('\n').length;
    const where = ` (line ${line + firstLine})`;
    return { problem: `invalid YAML${where}: ${error.message.split('\n')[0]}` };
  }
  return { value: document.toJS() };
}

/** The first problem zod found, as one line: the field, then what is wrong with it. */
export function schemaProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length > 0 ? ` in ${fieldPath(issue.path)}` : '';
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}${where}`;
  }
  const field = issue.path.length > 0 ? `field ${fieldPath(issue.path)}` : 'the file';
  return `${field}: ${issue.message}`;
}

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`)).join('');
}
