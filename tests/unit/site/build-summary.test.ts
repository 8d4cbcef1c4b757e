import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../../src/lib/site/build-summary.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });

describe('buildSummary', () => {
  it('counts pages and reports a search index with its record count', () => {
    const index = '{"outline":{"kinds":"ssc"}}';
    const lines = buildSummary([file('index.html', 'x'.repeat(2048)), file('a/index.html', 'y'), file('search/index.json', index), file('data/x.json', '{}')], 1234.4);
    expect(lines[0]).toBe('pages    2 pages (2.0 KB HTML), 4 files in all, in 1234 ms');
    expect(lines[1]).toMatch(/^index    3 search records in search\/index\.json: 0\.0 KB \(0\.0 KB gzip\)$/);
  });

  it('counts a split index’s parts with it', () => {
    const index = JSON.stringify({ outline: { kinds: 's'.repeat(2048) } });
    const lines = buildSummary([file('search/index.json', index), file('search/rows-0.json', 'r'.repeat(1024)), file('search/lexicon-0.json', 'l'.repeat(1024))], 1);
    expect(lines[1]).toMatch(/^index    2048 search records in search\/index\.json and 2 parts: 4\.0 KB \(0\.\d KB gzip\)$/);
  });

  it('ignores JSON under search/ that is not an index', () => {
    expect(buildSummary([file('search/meta.json', '{"x":1}'), file('search/bad.json', '{'), file('search/index.json', '{"records":[]}')], 1)).toHaveLength(1);
  });
});
