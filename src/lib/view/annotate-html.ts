import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { SentenceAnnotation, SentenceNote } from '../schemas/view/annotations.ts';

/** Class of the element holding a sentence's notes: pages hide it on demand, tests strip it to compare article text. */
export const NOTES_CLASS = 'sentence-notes';

const HEADING = /^h[1-6]$/;

/**
 * Adds each sentence's notes to an article's rendered HTML: right after the sentence's
 * `<span class="sentence" id="s-…">`, or after the heading a sentence sits in (so a heading's
 * text stays its own). The HTML is parsed into a tree and serialised again, so article text
 * stays text: nothing in it is ever interpreted as markup.
 */
export function annotateArticleHtml(html: string, annotations: readonly SentenceAnnotation[]): string {
  if (annotations.length === 0) return html;
  const byAnchor = new Map(annotations.map((annotation) => [annotation.anchor, annotation.notes]));
  const tree = fromHtml(html, { fragment: true });
  annotateChildren(tree, byAnchor);
  return toHtml(tree);
}

function annotateChildren(parent: Root | Element, byAnchor: Map<string, SentenceNote[]>) {
  const children: Array<RootContent | ElementContent> = [];
  for (const child of parent.children) {
    children.push(child);
    if (child.type !== 'element') continue;
    if (isSentence(child)) {
      const notes = byAnchor.get(String(child.properties['id']));
      if (notes && notes.length > 0) children.push({ type: 'text', value: ' ' }, notesElement(notes, 'span'));
      continue;
    }
    if (HEADING.test(child.tagName)) {
      const notes = sentencesIn(child).flatMap((sentence) => byAnchor.get(String(sentence.properties['id'])) ?? []);
      if (notes.length > 0) children.push(notesElement(notes, 'p'));
      continue;
    }
    annotateChildren(child, byAnchor);
  }
  parent.children = children as typeof parent.children;
}

function isSentence(element: Element): boolean {
  const classes = element.properties['className'];
  return element.tagName === 'span' && Array.isArray(classes) && classes.includes('sentence') && typeof element.properties['id'] === 'string';
}

function sentencesIn(element: Element): Element[] {
  const found: Element[] = [];
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    if (isSentence(child)) found.push(child);
    else found.push(...sentencesIn(child));
  }
  return found;
}

function notesElement(notes: readonly SentenceNote[], tagName: 'span' | 'p'): Element {
  return {
    type: 'element',
    tagName,
    properties: { className: [NOTES_CLASS] },
    children: notes.flatMap((note, at): ElementContent[] => {
      const className = ['note', `note-${note.kind}`];
      const text: ElementContent[] = [{ type: 'text', value: note.text }];
      if (note.mark) {
        text.push({ type: 'text', value: ' ' }, { type: 'element', tagName: 'span', properties: { className: ['note-mark'] }, children: [{ type: 'text', value: `(${note.mark})` }] });
      }
      const element: Element = note.href
        ? { type: 'element', tagName: 'a', properties: { className, href: note.href }, children: text }
        : { type: 'element', tagName: 'span', properties: { className }, children: text };
      // A space between notes keeps them apart for screen readers and copied text.
      return at === 0 ? [element] : [{ type: 'text', value: ' ' }, element];
    }),
  };
}
