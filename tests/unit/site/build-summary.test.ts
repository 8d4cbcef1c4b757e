import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/lib/site/build-summary.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('buildSummary', () => {
  it('counts pages and reports a search index with its record count', () => {
    const lines = buildSummary(
      [file('index.html', 'x'.repeat(2048)), file('a/index.html', 'y'), file('search/index.json', '{"records":[1,2,3]}'), file('data/x.json', '{}')],
      1234.4,
    );
    expect(lines[0]).toBe('pages    2 pages (2.0 KB HTML), 4 files in all, in 1234 ms');
    expect(lines[1]).toMatch(/^index    3 search records in search\/index\.json: 0\.0 KB \(0\.0 KB gzip\)$/);
  });

  it('ignores JSON under search/ that is not an index', () => {
    expect(buildSummary([file('search/meta.json', '{"x":1}'), file('search/bad.json', '{')], 1)).toHaveLength(1);
  });
});
