import { describe, expect, it } from 'vitest';
import { element, label } from '../../../src/lib/markdown/nodes.ts';

describe('element', () => {
  it('builds an mdast node that renders as the given HTML element', () => {
    expect(element('ul', { className: ['x'] }, [], { parallaxBlock: 'list-item' })).toEqual({
      type: 'articleElement',
      data: { hName: 'ul', hProperties: { className: ['x'] }, parallaxBlock: 'list-item' },
      children: [],
    });
  });
});

describe('label', () => {
  it('is a paragraph with the block-label class by default', () => {
    expect(label('Key points')).toEqual({
      type: 'articleElement',
      data: { hName: 'p', hProperties: { className: ['block-label'] } },
      children: [{ type: 'text', value: 'Key points' }],
    });
    expect(label('x', 'span').data.hName).toBe('span');
  });
});
