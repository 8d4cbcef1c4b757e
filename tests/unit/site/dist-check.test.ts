import { describe, expect, it } from 'vitest';
import { checkPage, checkTarget, collectIds, findLeftovers, stringsOf, type DistFacts } from '../../../src/lib/site/dist-check.ts';
import { CONTENT_SECURITY_POLICY, headersFile } from '../../../src/lib/site/security-policy.ts';

const csp = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
const page = (body: string, head = csp) => `<!doctype html><html lang="en"><head><title>t</title>${head}</head><body>${body}</body></html>`;
const facts: DistFacts = {
  files: new Set(['/sub/index.html', '/sub/articles/a/index.html', '/sub/style.css', '/sub/app.js', '/sub/data/comparison.json']),
  ids: new Map([
    ['/sub/', new Set(['main'])],
    ['/sub/articles/a/', new Set(['s-123abc'])],
  ]),
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
};
const check = (body: string, head?: string) => checkPage({ path: '/sub/', html: page(body, head) }, facts).map((problem) => problem.problem);

describe('checkPage', () => {
  it('accepts a clean page with internal links, anchors, data files and links to other sites', () => {
    expect(
      check(
        '<a href="articles/a/#s-123abc">s</a><a href="/sub/#main">top</a><a href="data/comparison.json">data</a>' +
          '<a href="https://example.org/story">original</a><script type="module" src="/sub/app.js"></script><link rel="stylesheet" href="style.css">' +
          '<link rel="canonical" href="https://parallax.example/sub/">',
      ),
    ).toEqual([]);
  });

  it.each([
    ['<a href="articles/b/">x</a>', 'links to a missing page or file: articles/b/'],
    ['<a href="articles/a/#s-nothere">x</a>', 'links to a missing anchor: articles/a/#s-nothere'],
    ['<script src="https://cdn.example.com/x.js"></script>', 'loads a resource from another host: https://cdn.example.com/x.js'],
    ['<link rel="stylesheet" href="https://fonts.example.com/x.css">', 'loads a resource from another host: https://fonts.example.com/x.css'],
    ['<link rel="canonical" href="/sub/missing/">', 'links to a missing page or file: /sub/missing/'],
    ['<img src="https://tracker.example.com/p.gif" alt="">', 'loads a resource from another host: https://tracker.example.com/p.gif'],
    ['<script>alert(1)</script>', 'has an inline <script>'],
    ['<img src="/sub/style.css" alt="" onerror="alert(1)">', 'has an inline event handler (onerror) on <img>'],
    ['<p style="color:red">x</p>', 'has an inline style attribute on <p>'],
    ['<style>p{}</style>', 'has an inline <style> element'],
    ['<a href="javascript:alert(1)">x</a>', 'links to a javascript: URL'],
  ])('reports %s', (body, problem) => {
    expect(check(body)).toEqual([problem]);
  });

  it('requires the exact Content-Security-Policy', () => {
    expect(check('', '')).toEqual(['has no Content-Security-Policy meta tag']);
    expect(check('', `<meta http-equiv="content-security-policy" content="default-src *">`)).toEqual(['has a different Content-Security-Policy: "default-src *"']);
  });
});

describe('checkTarget', () => {
  it('resolves links made outside HTML', () => {
    expect(checkTarget('/sub/articles/a/#s-123abc', '/sub/', facts)).toEqual([]);
    expect(checkTarget('/sub/articles/a/#s-000000', '/sub/', facts)).toEqual(['links to a missing anchor: /sub/articles/a/#s-000000']);
  });
});

describe('collectIds', () => {
  it('finds every id', () => {
    expect(collectIds(page('<main id="main"><span id="s-1">a</span></main>'))).toEqual(new Set(['main', 's-1']));
  });
});

describe('headersFile', () => {
  it('carries the page policy plus frame-ancestors and hardening headers', () => {
    const headers = headersFile();
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toContain('X-Content-Type-Options: nosniff');
  });
});

describe('public/_headers', () => {
  it('is exactly what headersFile() writes', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    expect(readFileSync(join(import.meta.dirname, '..', '..', '..', 'public', '_headers'), 'utf8')).toBe(headersFile());
  });
});

describe('findLeftovers', () => {
  const event = { title: 'Harbour bridge closes', date: '2031-04-02', place: null, summary: null, source: null };
  const current = {
    event,
    articles: [
      { id: 'harbour-gazette', texts: ['headline', 'Bridge shut', 'paragraph', 'The harbour bridge shut on Monday for $4 million of repairs.'] },
      { id: 'coast-radio', texts: ['The bridge is closed.'] },
    ],
    claimFiles: [{ slug: 'bridge-shut', title: 'The harbour bridge shut on Monday' }],
  };
  const published = {
    comparison: {
      event,
      articles: [{ id: 'harbour-gazette' }, { id: 'coast-radio' }],
      sentences: [
        { id: 'harbour-gazette/s-1', articleId: 'harbour-gazette', text: 'The harbour bridge shut on Monday for $4 million of repairs.' },
        { id: 'coast-radio/s-1', articleId: 'coast-radio', text: 'The bridge is  closed.' },
      ],
      claims: [
        { id: 'bridge-shut', label: 'The harbour bridge shut on Monday', reviewed: true },
        { id: 'bridge-closed', label: 'The bridge is closed.', reviewed: false },
      ],
      figures: [{ mentions: [{ articleId: 'harbour-gazette', text: '$4 million' }] }],
    },
    articlePages: ['harbour-gazette', 'coast-radio'],
    titles: [
      { page: '/', title: 'Harbour bridge closes · Parallax' },
      { page: '/about/', title: 'Method · Harbour bridge closes · Parallax' },
    ],
  };

  it('finds nothing when the build shows what content/ holds', () => {
    expect(findLeftovers(published, current)).toEqual([]);
  });

  it('names a build of another event: its event, titles, articles and sentences', () => {
    const other = { ...current, event: { ...event, title: 'Ferry strike ends' }, articles: [{ id: 'ferry-news', texts: ['The ferry strike ended.'] }], claimFiles: [] };
    expect(findLeftovers(published, other)).toEqual([
      { page: 'data/comparison.json', problem: 'its event ("Harbour bridge closes") is not the one content/event.yaml describes ("Ferry strike ends"); build again' },
      { page: '/', problem: 'its title does not name the event of content/event.yaml ("Ferry strike ends")' },
      { page: '/about/', problem: 'its title does not name the event of content/event.yaml ("Ferry strike ends")' },
      { page: 'articles/coast-radio/', problem: 'shows an article that is not in content/raw now' },
      { page: 'articles/harbour-gazette/', problem: 'shows an article that is not in content/raw now' },
      { page: 'data/comparison.json', problem: 'has no article ferry-news, which content/raw holds now; build again' },
      { page: 'claims/bridge-shut/', problem: 'shows a reviewed claim with no file content/claims/bridge-shut.md now' },
    ]);
  });

  it('names an edited sentence, a figure no longer given and a retitled claim', () => {
    const edited = {
      ...current,
      articles: [{ id: 'harbour-gazette', texts: ['Bridge shut', 'The harbour bridge shut on Monday for repairs.'] }, current.articles[1]!],
      claimFiles: [{ slug: 'bridge-shut', title: 'The bridge shut on Monday' }],
    };
    expect(findLeftovers(published, edited).map((problem) => problem.problem)).toEqual([
      'shows sentence harbour-gazette/s-1, "The harbour bridge shut on Monday for $4 million of repairs.", which its article in content/raw no longer has',
      'shows a figure, "$4 million", that its article in content/raw does not give',
      'shows the claim title "The harbour bridge shut on Monday", but content/claims/bridge-shut.md now says "The bridge shut on Monday"',
    ]);
  });

  it('lists five problems of a kind, then counts the rest', () => {
    const titles = Array.from({ length: 8 }, (_, index) => ({ page: `/p${index}/`, title: 'Ferry strike ends · Parallax' }));
    const problems = findLeftovers({ ...published, titles }, current);
    expect(problems).toHaveLength(6);
    expect(problems.at(-1)).toEqual({ page: '…', problem: '3 more pages whose title does not name the event' });
  });
});

describe('stringsOf', () => {
  it('collects every string of a nested value, in order', () => {
    expect(stringsOf([{ type: 'post', lines: ['a', 'b'], attribution: { author: 'c', date: null } }, 'd', 3])).toEqual(['post', 'a', 'b', 'c', 'd']);
  });
});
