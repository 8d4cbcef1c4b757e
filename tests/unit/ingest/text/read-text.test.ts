import { describe, expect, it } from 'vitest';
import { decodeReferences, detectTextKind, readText } from '../../../../src/lib/ingest/text/read-text.ts';

const WRAPPED = [
  'Dock workers at Saltmarsh voted on Friday to end a strike',
  'that had halted the loading of grain ships for nine days,',
  'after the port authority raised its pay offer to 6 per',
  'cent, the union said.',
  'The union’s secretary, Rhea Doyle, said members had',
  'accepted the offer “with their eyes open” and would return',
  'to work on Monday.',
].join('\n');

describe('detectTextKind', () => {
  it('tells HTML source, Markdown source, hard-wrapped text and plain text apart', () => {
    expect(detectTextKind('<article><h1>Strike ends</h1><p>Workers voted.</p><p>They return Monday.</p></article>')).toBe('html');
    expect(detectTextKind('# Strike ends\n\nWorkers **voted** to return.\n\n[More](https://example.org)')).toBe('markdown');
    expect(detectTextKind(WRAPPED)).toBe('wrapped');
    expect(detectTextKind('Strike ends\nWorkers voted on Friday to end the strike.\nThey return on Monday.')).toBe('plain');
  });
});

describe('decodeReferences', () => {
  it('decodes character references once a text holds two or more', () => {
    expect(decodeReferences('He said &quot;yes&quot; at 5&nbsp;pm &#8211; twice')).toBe('He said "yes" at 5\u00a0pm – twice');
  });

  it('leaves a lone reference alone: it may be what the article printed', () => {
    expect(decodeReferences('Write &amp; to get an ampersand.')).toBe('Write &amp; to get an ampersand.');
  });
});

describe('readText', () => {
  it('reads hard-wrapped text as paragraphs', () => {
    const read = readText(`Strike ends at Saltmarsh docks\n${WRAPPED}`);
    expect(read.ok && read.kind).toBe('wrapped');
    const paragraphs = read.ok ? read.blocks.filter((block) => block.type === 'paragraph').map((block) => ('text' in block ? block.text : '')) : [];
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toBe('The union’s secretary, Rhea Doyle, said members had accepted the offer “with their eyes open” and would return to work on Monday.');
  });

  it('lets the editor’s line kinds overrule the reading', () => {
    const text = 'PORT NEWS\nStrike ends at Saltmarsh docks\nWorkers voted on Friday to end the strike.\nThey return on Monday.';
    const plain = readText(text);
    expect(plain.ok && plain.blocks[0]).toEqual({ type: 'boilerplate', role: 'masthead', text: 'PORT NEWS' });
    const corrected = readText(text, new Map([['PORT NEWS', 'headline']]));
    expect(corrected.ok && corrected.blocks.filter((block) => block.type === 'headline')).toEqual([{ type: 'headline', text: 'PORT NEWS' }]);
  });
});
