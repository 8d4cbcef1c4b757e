/**
 * Text of a page's elements read the way a reader sees them: the text of separate elements never
 * runs together. Browsers lay out sibling fields apart (a name span and a station span, a caption
 * and its credit, a label and a value), while a DOM's `textContent` glues them ("Dana
 * WhitlockValley 7 News"); so wherever page text is read from the DOM, it is read here.
 */

/**
 * Whether the text of two separate elements set flush against each other needs a space between
 * them: always, unless one side already has a space or the next opens with a closing mark (a
 * full stop, comma or closing bracket set in an element of its own) or the first ends with an
 * opening one.
 */
export function fieldsTouch(before: string, after: string): boolean {
  return before !== '' && !/[\s(\[{‘“«\u00a0]$/u.test(before) && after !== '' && !/^[\s.,;:!?)\]}’'”»%\u00a0]/u.test(after);
}

/** Elements whose text is never the page's: scripts, styles, templates. */
const WITHOUT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Elements a browser sets on lines of their own. */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

/**
 * An element's text, whitespace collapsed, with a space wherever the text of one element meets
 * the text of another set flush against it (not after a one-letter element, a drop capital, nor
 * before a superscript), and around block elements and line breaks. A text node touching an
 * element ("<a>Trump</a>’s") joins it as written.
 */
export function elementText(root: Node): string {
  let text = '';
  let spaceNext = false;
  let elementEnded = false;
  const add = (value: string) => {
    if (spaceNext && fieldsTouch(text, value)) text += ' ';
    spaceNext = false;
    elementEnded = false;
    text += value;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      add(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (WITHOUT_TEXT.has(tag)) return;
    if (tag === 'BR') {
      spaceNext = true;
      return;
    }
    const block = BLOCK.has(tag);
    if (block || (elementEnded && tag !== 'SUP' && tag !== 'SUB')) spaceNext = true;
    const start = text.length;
    for (const child of node.childNodes) walk(child);
    const own = text.slice(start).trim();
    elementEnded = own.length >= 2 || /^[^\p{L}\p{N}\s]$/u.test(own);
    if (block) spaceNext = true;
  };
  for (const child of root.childNodes) walk(child);
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/**
 * The fields of an element: its child elements' texts apart when it holds nothing but elements
 * set side by side (a byline box's name and station, a meta row's spans), else its text as one
 * field. An element holding one element with text is read through to it.
 */
export function elementFields(element: Element): string[] {
  const children = [...element.childNodes].filter((node) => {
    if (node.nodeType === 3) return (node.textContent ?? '').trim() !== '';
    return node.nodeType === 1 && !WITHOUT_TEXT.has((node as Element).tagName.toUpperCase()) && elementText(node).trim() !== '';
  });
  if (children.length === 1 && children[0]!.nodeType === 1) return elementFields(children[0] as Element);
  if (children.length >= 2 && children.every((node) => node.nodeType === 1)) return children.flatMap((node) => elementFields(node as Element));
  const text = elementText(element);
  return text ? [text] : [];
}
