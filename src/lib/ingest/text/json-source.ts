import { collapse, htmlLines, looksLikeHtml, otherStoriesLines } from './xml-source.ts';

/*
 * JSON pasted as text: a CMS's export or an API's answer for a post (WordPress's REST API,
 * a headless CMS), the article's title, body and fields as string values, its body often
 * HTML. Read as plain text, every key and brace became a "paragraph" and every quoted key a
 * quotation. Read as JSON, every value is a line, in order (HTML inside a value block by block),
 * for the text reader to tell headline, furniture and story apart; keys, braces and quotes,
 * the syntax, go. In a list of several posts, the one with the most text is the article and the
 * others' lines the page's.
 */

/** A JSON document worth reading so: an object or an array that parses, with a string value of eight words or more. */
export function looksLikeJsonSource(text: string): boolean {
  const value = parseJson(text);
  return value !== undefined && hasProse(value);
}

/** A string of eight words or more somewhere in a JSON value: a story's text, not only fields. */
function hasProse(value: unknown): boolean {
  return strings(value).some((string) => string.trim().split(/\s+/u).length >= 8);
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed)) return undefined;
  try {
    const value: unknown = JSON.parse(trimmed);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every string of a JSON value, in order. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The lines of a JSON document, in order: each string value a line (HTML source block by block),
 * each number and true or false too; keys and syntax left out. `otherEntries` holds the lines of
 * the posts of a list other than the one with the most text. Null when the text is no JSON object
 * or array.
 */
export function jsonLines(text: string): { lines: string[]; otherEntries: Set<string> } | null {
  const root = parseJson(text);
  if (root === undefined) return null;
  const otherEntries = new Set(postLists(root).flatMap((posts) => [...otherStoriesLines(posts, linesOf, textLength)]));
  return { lines: linesOf(root), otherEntries };
}

function linesOf(value: unknown): string[] {
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    return looksLikeHtml(value) ? htmlLines(value) : [collapse(value)];
  }
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(linesOf);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(linesOf);
  return [];
}

/** Lists of two or more objects each holding text of eight words or more: posts, one of which is the article. */
function postLists(value: unknown): object[][] {
  if (Array.isArray(value)) {
    const posts = value.filter((item): item is object => typeof item === 'object' && item !== null && !Array.isArray(item));
    if (posts.filter(hasProse).length >= 2) return [posts];
    return value.flatMap(postLists);
  }
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(postLists);
  return [];
}

function textLength(value: unknown): number {
  return strings(value).join(' ').length;
}
