import { describe, expect, it } from 'vitest';
import { assignArticleIds, compareCodeUnits } from '../../../src/lib/ingest/article-id.ts';

describe('assignArticleIds', () => {
  it('uses the outlet, then the headline, then the file name', () => {
    const ids = assignArticleIds([
      { sourceFile: 'b.txt', outlet: null, headline: 'Leaders Agree On A Partial Ceasefire After Long Call' },
      { sourceFile: 'a.txt', outlet: 'Evrim Ağacı', headline: null },
      { sourceFile: '004_b7e7.txt', outlet: null, headline: null },
    ]);
    expect(Object.fromEntries(ids)).toEqual({
      'a.txt': 'evrim-agaci',
      'b.txt': 'leaders-agree-on-a-partial-ceasefire',
      '004_b7e7.txt': '004-b7e7',
    });
  });

  it('numbers clashing ids in file-name order, whatever the input order', () => {
    const sources = [
      { sourceFile: 'z.txt', outlet: 'Same Outlet', headline: null },
      { sourceFile: 'a.txt', outlet: 'Same Outlet', headline: null },
      { sourceFile: 'm.txt', outlet: 'Same Outlet', headline: null },
    ];
    expect(Object.fromEntries(assignArticleIds(sources))).toEqual({
      'a.txt': 'same-outlet',
      'm.txt': 'same-outlet-2',
      'z.txt': 'same-outlet-3',
    });
    expect(assignArticleIds([...sources].reverse())).toEqual(assignArticleIds(sources));
  });

  it('falls back past an outlet or headline with nothing sluggable', () => {
    expect(assignArticleIds([{ sourceFile: '!!.txt', outlet: '—', headline: '“…”' }]).get('!!.txt')).toBe('article');
  });
});

describe('compareCodeUnits', () => {
  it('orders by code unit, not locale', () => {
    expect(['b', 'B', 'a', 'ä'].sort(compareCodeUnits)).toEqual(['B', 'a', 'b', 'ä']);
  });
});
