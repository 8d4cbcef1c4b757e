import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../../src/lib/ingest/ingest-articles.ts';
import { relabelBlocks } from '../../../src/lib/ingest/line-kind.ts';
import { checkLayoutCorrections, layoutCorrectionLines, lineKindsFor, parseLayoutFile } from '../../../src/lib/review/layout-corrections.ts';

const PATH = 'content/layout.yaml';
const ARTICLE = ['RIVERSIDE RADIO', 'Bridge to reopen in May', 'The old bridge will reopen in May, the council said on Monday.', 'Repairs cost £2 million.', 'Hear the station live every morning.'].join('\n');
const file = (text: string) => ({ name: 'bridge.txt', bytes: new TextEncoder().encode(text) });

describe('parseLayoutFile', () => {
  it('reads corrections per raw file', () => {
    const parsed = parseLayoutFile('bridge.txt:\n  - line: "Hear the station live every morning."\n    is: page\n    note: the station’s button\n', PATH);
    expect(parsed).toEqual({ ok: true, corrections: { 'bridge.txt': [{ line: 'Hear the station live every morning.', is: 'page', note: 'the station’s button' }] } });
  });

  it('holds no corrections when empty', () => {
    expect(parseLayoutFile('', PATH)).toEqual({ ok: true, corrections: {} });
  });

  it.each([
    ['bridge.txt: [\n', /^invalid YAML/],
    ['bridge.txt:\n  - line: x\n    is: title\n', /^field bridge\.txt\[0\]\.is: /],
    ['bridge.txt:\n  - line: x\n    is: page\n    colour: red\n', /^unknown field "colour"/],
    ['bridge.txt:\n  - line: x\n    is: page\n  - line: x\n    is: body\n', /^bridge\.txt: the line "x" is listed twice/],
    ['raw/bridge.txt:\n  - line: x\n    is: page\n', /^field raw\/bridge\.txt: /],
  ])('one line naming the file for %j', (text, message) => {
    const parsed = parseLayoutFile(text, PATH);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.path).toBe(PATH);
      expect(parsed.problem.message).toMatch(message);
      expect(parsed.problem.message).not.toContain('\n');
    }
  });
});

describe('checkLayoutCorrections and layoutCorrectionLines', () => {
  const corrections = { 'bridge.txt': [{ line: 'Gone line', is: 'body' as const }, { line: 'Repairs cost £2 million.', is: 'footnote' as const }], 'other.txt': [{ line: 'x', is: 'page' as const }] };

  it('names a line that is no longer in its file, and a file that is not in the raw folder', () => {
    const problems = checkLayoutCorrections(corrections, (name) => (name === 'bridge.txt' ? ARTICLE.split('\n') : undefined), PATH);
    expect(problems).toEqual([
      { path: PATH, message: 'bridge.txt has no line "Gone line" any more; copy the line as it now reads in content/raw/bridge.txt (or on its article page), or remove the entry' },
      { path: PATH, message: 'other.txt is not a file of content/raw; correct the name or remove its entries' },
    ]);
  });

  it('lists each correction on a line', () => {
    expect(layoutCorrectionLines(corrections)).toEqual(['  bridge.txt: "Gone line" is body', '  bridge.txt: "Repairs cost £2 million." is footnote', '  other.txt: "x" is page']);
    expect(lineKindsFor(corrections, 'bridge.txt').get('Repairs cost £2 million.')).toBe('footnote');
    expect(lineKindsFor(corrections, 'none.txt').size).toBe(0);
  });
});

describe('ingestArticles with layout corrections', () => {
  it('applies them before anything else reads the file', () => {
    const plain = ingestArticles([file(ARTICLE)], { articles: [] });
    expect(plain.ok && plain.articles[0]!.frontmatter.headline).toBe('Bridge to reopen in May');
    expect(plain.ok && plain.articles[0]!.blocks.at(-1)).toEqual({ type: 'paragraph', text: 'Hear the station live every morning.' });
    const corrections = { 'bridge.txt': [{ line: 'Hear the station live every morning.', is: 'page' as const }, { line: 'RIVERSIDE RADIO', is: 'body' as const }] };
    const corrected = ingestArticles([file(ARTICLE)], { articles: [] }, 'content/raw', { corrections, path: PATH });
    expect(corrected.ok).toBe(true);
    if (!corrected.ok) return;
    const blocks = corrected.articles[0]!.blocks;
    expect(blocks.at(-1)).toEqual({ type: 'boilerplate', role: 'page', text: 'Hear the station live every morning.' });
    expect(blocks[0]).toEqual({ type: 'paragraph', text: 'RIVERSIDE RADIO' });
    // A body line at the top is no furniture: nothing above the title is skipped, so the file has no headline.
    expect(corrected.articles[0]!.frontmatter.headline).toBeNull();
  });

  it('fails with one line naming the layout file when a line is gone, and writes nothing', () => {
    const result = ingestArticles([file(ARTICLE)], { articles: [] }, 'content/raw', { corrections: { 'bridge.txt': [{ line: 'Listen to us', is: 'page' }] }, path: PATH });
    expect(result).toEqual({ ok: false, problems: ['content/layout.yaml: bridge.txt has no line "Listen to us" any more; copy the line as it now reads in content/raw/bridge.txt (or on its article page), or remove the entry'] });
  });
});

describe('relabelBlocks (saved pages)', () => {
  it('relabels whole blocks and keeps one headline', () => {
    const blocks = [
      { type: 'headline' as const, text: 'Site name' },
      { type: 'paragraph' as const, text: 'Bridge to reopen in May' },
      { type: 'paragraph' as const, text: 'The bridge reopens in May.' },
    ];
    expect(relabelBlocks(blocks, new Map([['Bridge to reopen in May', 'headline']]))).toEqual([
      { type: 'paragraph', text: 'Site name' },
      { type: 'headline', text: 'Bridge to reopen in May' },
      { type: 'paragraph', text: 'The bridge reopens in May.' },
    ]);
  });
});
