import { describe, expect, it } from 'vitest';
import { ingestArticles } from '../../../src/lib/ingest/ingest-articles.ts';
import { articleFrontmatterSchema } from '../../../src/lib/schemas/article.ts';
import { ingestRealArticles } from '../../helpers/render.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const noProvenance = { articles: [] };

describe('ingestArticles', () => {
  it('ingests the five real files with valid frontmatter and readable ids', () => {
    const articles = ingestRealArticles();
    expect(articles.map((article) => article.fileName)).toEqual([
      'american-scoop.md',
      'livenow-from-fox.md',
      'project-patriot.md',
      'evrim-agaci.md',
      '004-b7e71b2a7a2c1987.md',
    ]);
    for (const article of articles) expect(articleFrontmatterSchema.parse(article.frontmatter)).toEqual(article.frontmatter);
    const unknown = articles.at(-1)!.frontmatter;
    expect(unknown).toMatchObject({ outlet: null, outletLabel: 'Outlet unknown', headline: null });
    expect(unknown.title).toBe('Article from an unknown outlet (no headline in the file)');
    expect(articles[3]!.frontmatter.title).toBe('Article from Evrim Ağacı (no headline in the file)');
    expect(articles[0]!.frontmatter).toMatchObject({ wordCount: 569, readingMinutes: 3 });
    expect(articles[0]!.frontmatter.sha256).toBe('f45f10cb89fdd3bd106de143e5e45f54365a0daef6dcc3923c33d71652c575e9');
  });

  it('shows a file without a provenance entry as outlet unknown, with nothing invented', () => {
    const result = ingestArticles([{ name: 'new.txt', bytes: utf8('A Headline Here\nBody text.') }], noProvenance);
    expect(result.ok && result.articles[0]!.frontmatter).toMatchObject({
      id: 'a-headline-here',
      outlet: null,
      url: null,
      provenanceBasis: null,
      publishedDate: null,
      headline: 'A Headline Here',
      title: 'A Headline Here',
      outletLabel: 'Outlet unknown',
    });
  });

  it('gives two articles of unknown outlet distinct labels and titles, by file', () => {
    const result = ingestArticles(
      [
        { name: '002_b.txt', bytes: utf8('Officials met on Monday and agreed to meet again.') },
        { name: '001_a.txt', bytes: utf8('A different text entirely, about another meeting.') },
      ],
      noProvenance,
    );
    expect(result.ok && result.articles.map((article) => [article.frontmatter.id, article.frontmatter.outletLabel, article.frontmatter.title])).toEqual([
      ['001-a', 'Outlet unknown (file 001_a.txt)', 'Article from an unknown outlet (no headline in the file: 001_a.txt)'],
      ['002-b', 'Outlet unknown (file 002_b.txt)', 'Article from an unknown outlet (no headline in the file: 002_b.txt)'],
    ]);
  });

  it('carries bylines and datelines into the frontmatter, and leaves them empty when absent', () => {
    const result = ingestArticles(
      [
        {
          name: 'wire.txt',
          bytes: utf8('Talks End Without A Deal\nBy Jane Roe and Omar Diaz, Example Wire\nPORTVILLE, Norland (EW) - Talks ended on Monday.\nBoth sides will meet again.'),
        },
        { name: 'plain.txt', bytes: utf8('A Plain Headline\nSome text without any furniture.') },
      ],
      noProvenance,
    );
    expect(result.ok && result.articles.map(({ frontmatter: { authors, place, agency } }) => ({ authors, place, agency }))).toEqual([
      { authors: [], place: null, agency: null },
      { authors: ['Jane Roe', 'Omar Diaz'], place: 'PORTVILLE, Norland', agency: 'EW' },
    ]);
  });

  it('reports every problem, one line each, in file-name order, and returns no articles', () => {
    const result = ingestArticles(
      [
        { name: 'z.txt', bytes: utf8('Same text.\n') },
        { name: 'b.md', bytes: utf8('x') },
        { name: 'a.txt', bytes: utf8('Same text.') },
        { name: 'c.txt', bytes: utf8('   ') },
      ],
      noProvenance,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'content/raw/b.md: is not a .txt or .html file; only article text (.txt) and saved web pages (.html) belong here',
        'content/raw/c.txt: contains only whitespace',
        'content/raw/z.txt: has the same text as content/raw/a.txt; remove one of the two',
      ],
    });
  });

  it('treats CRLF and a BOM as the same text when looking for duplicates', () => {
    const result = ingestArticles(
      [
        { name: 'a.txt', bytes: utf8('Line one.\nLine two.') },
        { name: 'b.txt', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Line one.\r\nLine two.')]) },
      ],
      noProvenance,
      'raw',
    );
    expect(result).toEqual({ ok: false, problems: ['raw/b.txt: has the same text as raw/a.txt; remove one of the two'] });
  });

  it('needs at least one article', () => {
    expect(ingestArticles([], noProvenance)).toEqual({ ok: false, problems: ['content/raw: holds no article files (.txt or .html)'] });
  });
});
