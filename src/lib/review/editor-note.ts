import type { Root } from 'mdast';
import type { Node } from 'unist';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { withBase } from '../site/paths.ts';

/** Markdown nodes an editor's note may not contain, with the reason shown to the editor. */
const FORBIDDEN: Readonly<Record<string, string>> = {
  html: 'raw HTML is not allowed in a note; write plain Markdown',
  image: 'images are not allowed in a note (the site loads nothing from other hosts)',
  imageReference: 'images are not allowed in a note (the site loads nothing from other hosts)',
};

/** A link target a note may use: a web address, or a page of this site ("/claims/…/"). */
export function allowedNoteLink(url: string): boolean {
  if (/^https?:\/\/[^\s/]+/i.test(url)) return true;
  return /^\/(?!\/)/.test(url) && !/[\s\\]/.test(url);
}

const parser = unified().use(remarkParse);

/**
 * What is wrong with an editor's note, one message per problem, each naming its line (counted
 * from `firstLine`, the body's first line in the file). Notes are input like articles: no raw
 * HTML, no images, links only to http(s) addresses and the site's own pages.
 */
export function noteProblems(markdown: string, firstLine = 1): string[] {
  const problems: string[] = [];
  const at = (line: number | undefined) => (line === undefined ? '' : ` (line ${line + firstLine - 1})`);
  visit(parser.parse(markdown), (node: Node) => {
    const reason = FORBIDDEN[node.type];
    if (reason) problems.push(`note${at(node.position?.start.line)}: ${reason}`);
    const url = 'url' in node && typeof node.url === 'string' ? node.url : null;
    if (url !== null && !allowedNoteLink(url)) {
      problems.push(
        `note${at(node.position?.start.line)}: link to "${url}" is not allowed; ` +
          'use an http(s) address or a page of this site starting with "/"',
      );
    }
  });
  return [...new Set(problems)];
}

/**
 * An editor's note as HTML for the claim page. Call `noteProblems` first (the build does): this
 * still drops raw HTML and images rather than trust the note, and sends links to the site's own
 * pages through the deployment's base path. Headings start at level 3, under the page's own.
 */
export function renderEditorNote(markdown: string, base = '/'): string {
  const tree = parser.parse(markdown) as Root;
  visit(tree, (node, index, parent) => {
    if (FORBIDDEN[node.type] && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return index;
    }
    if (node.type === 'heading') node.depth = Math.min(6, Math.max(3, node.depth)) as 3 | 4 | 5 | 6;
    if (node.type === 'link' || node.type === 'definition') {
      if (!allowedNoteLink(node.url)) node.url = '';
      else if (node.url.startsWith('/')) node.url = withBase(base, node.url);
    }
    return undefined;
  });
  const hast = unified().use(remarkRehype).runSync(tree);
  return unified().use(rehypeStringify).stringify(hast).trim();
}
