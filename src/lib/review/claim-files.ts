import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLAIM_SLUG, claimFrontmatterSchema, type ClaimSentenceRef, type ClaimStatus } from '../schemas/claim-file.ts';
import { noteProblems } from './editor-note.ts';
import { schemaProblem, splitFrontmatter, type EditorialProblem } from './frontmatter.ts';

/** A claim file as the rest of the program uses it. */
export interface ClaimFile {
  /** The file name without `.md`; a reviewed claim's id in the data and its page's address. */
  slug: string;
  /** The file, as the editor would type it (`content/claims/<slug>.md`). */
  path: string;
  title: string;
  status: ClaimStatus;
  sentences: ClaimSentenceRef[];
  confidence: number | null;
  /** The editor's note (Markdown), or null when the body is empty. */
  note: string | null;
}

/**
 * Reads one claim file's text. Returns the claim, or the problems that stop it being read: no
 * frontmatter, bad YAML, an unknown or missing field, a bad slug, a sentence listed twice, a
 * note with raw HTML, images or links elsewhere than http(s) and the site.
 */
export function parseClaimFile(text: string, slug: string, path: string): { claim: ClaimFile } | { problems: EditorialProblem[] } {
  const fail = (...messages: string[]) => ({ problems: messages.map((message) => ({ path, message })) });
  if (!CLAIM_SLUG.test(slug)) return fail(`the file name must be lower-case words joined by hyphens (like "ministry-bridge-reopens.md"), not "${slug}.md"`);
  const split = splitFrontmatter(text);
  if ('problem' in split) return fail(split.problem);
  const parsed = claimFrontmatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) return fail(schemaProblem(parsed.error));
  const data = parsed.data;
  const messages: string[] = [];
  const seen = new Set<string>();
  for (const sentence of data.sentences) {
    if (seen.has(sentence.id)) messages.push(`sentence ${sentence.id} is listed twice; keep one`);
    seen.add(sentence.id);
  }
  if (data.status === 'reviewed' && data.confidence !== undefined) messages.push('a reviewed claim has no machine confidence; remove the "confidence" field');
  messages.push(...noteProblems(split.body, split.bodyLine));
  if (messages.length > 0) return fail(...messages);
  const note = split.body.trim();
  return {
    claim: {
      slug,
      path,
      title: data.title,
      status: data.status,
      sentences: data.sentences,
      confidence: data.confidence ?? null,
      note: note === '' ? null : note,
    },
  };
}

/**
 * Reads every `*.md` claim file of a folder, in name order. A missing folder holds no claims.
 * Problems of all files are collected, so an editor sees every one at once; two files whose
 * names differ only in case are one slug and a problem.
 */
export async function readClaimFiles(directory: string, displayName = directory): Promise<{ claims: ClaimFile[]; problems: EditorialProblem[] }> {
  let names: string[];
  try {
    names = (await readdir(directory)).filter((name) => name.endsWith('.md')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { claims: [], problems: [] };
    throw error;
  }
  const claims: ClaimFile[] = [];
  const problems: EditorialProblem[] = [];
  const bySlug = new Map<string, string>();
  for (const name of names) {
    const path = `${displayName}/${name}`;
    const slug = name.slice(0, -'.md'.length);
    const clash = bySlug.get(slug.toLowerCase());
    if (clash) {
      problems.push({ path, message: `has the same slug as ${clash}; rename one of them` });
      continue;
    }
    bySlug.set(slug.toLowerCase(), path);
    const result = parseClaimFile(await readFile(join(directory, name), 'utf8'), slug, path);
    if ('claim' in result) claims.push(result.claim);
    else problems.push(...result.problems);
  }
  return { claims, problems };
}
