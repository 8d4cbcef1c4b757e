import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleFile, blocksToMarkdown } from '../../../src/lib/ingest/article-markdown.ts';
import type { ArticleFrontmatter } from '../../../src/lib/schemas/article.ts';
import { articleTextOf, renderArticleHtml } from '../../helpers/render.ts';

describe('blocksToMarkdown', () => {
  it('writes each block kind as Markdown or a directive', () => {
    expect(
      blocksToMarkdown([
        { type: 'headline', text: 'Title' },
        { type: 'key-points', ordered: false, items: [{ marker: '•', text: 'First point.' }] },
        { type: 'subheading', text: 'Sub' },
        { type: 'section-label', text: 'What they said:' },
        { type: 'paragraph', text: 'Body.' },
        {
          type: 'social-post',
          lines: ['Post text.'],
          attribution: { text: '— A B (@ab) May 1, 2024', author: 'A B', handle: '@ab', date: 'May 1, 2024' },
        },
        { type: 'photo-caption', text: 'FILE - A photo.' },
        { type: 'video', title: 'Clip', caption: 'About the clip.' },
        { type: 'source-note', text: 'The Source: wires.' },
        { type: 'related-links', items: ['more on this'] },
      ]),
    ).toMatchInlineSnapshot(`
      "# Title

      ::::key-points
      :::key-point{marker="•"}
      First point.
      :::
      ::::

      ## Sub

      :::section-label
      What they said:
      :::

      Body.

      ::::social-post{author="A B" handle="@ab" date="May 1, 2024"}
      Post text.

      :::post-attribution
      — A B (@ab) May 1, 2024
      :::
      ::::

      :::photo-caption
      FILE - A photo.
      :::

      ::::video
      :::video-title
      Clip
      :::

      About the clip.
      ::::

      :::source-note
      The Source: wires.
      :::

      ::::related-links
      :::related-link
      more on this
      :::
      ::::
      "
    `);
  });

  it.each([
    ['emphasis and links', '*not bold* _nor this_ [not a link](javascript:alert(1)) ![no image](x.png)'],
    ['raw HTML', '<script>alert(1)</script> <img src=x onerror=alert(1)> &amp; &lt;'],
    ['a thematic break or front-matter fence', '---'],
    ['heading and list markers', '# not a heading'],
    ['list markers at line start', '- not a list\n1. nor this'],
    ['directives', ':::social-post\n::key-point[x]\n:text[y]{a=b}'],
    ['braces and template syntax', '{x} {{ y }} ${z} <% a %>'],
    ['table pipes and backslashes', '| a | b |\\ end \\'],
    ['code markers', '`code` ```fence```\n    indented'],
    ['a Setext underline', 'Title\n==='],
  ])('escapes %s so the text renders as written', async (_, text) => {
    const html = await renderArticleHtml(blocksToMarkdown([{ type: 'paragraph', text }]));
    expect(articleTextOf(html).replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
    expect(html).not.toMatch(/<(script|img|a|em|strong|code|h1|hr|ul|ol|table)\b/);
  });
});

describe('articleFile', () => {
  it('writes YAML frontmatter that reads back as the same values, dates as strings', () => {
    const frontmatter = {
      id: 'x',
      sourceFile: 'x.txt',
      publishedDate: '2025-03-18',
      outlet: null,
      title: 'Title: with "quotes" and # signs',
      headline: 'yes',
    } as unknown as ArticleFrontmatter;
    const file = articleFile(frontmatter, [{ type: 'paragraph', text: 'Body.' }]);
    const [, yaml, body] = file.split(/^---$/m);
    expect(parse(yaml!, { version: '1.1' })).toEqual(frontmatter);
    expect(yaml).toContain('publishedDate: "2025-03-18"');
    expect(yaml).toContain('headline: "yes"');
    expect(body).toBe('\n\nBody.\n');
  });
});

describe('blocksToMarkdown: furniture, lists, turns and card posts', () => {
  it('writes each as a directive around escaped text', () => {
    expect(
      blocksToMarkdown([
        { type: 'byline', text: 'By *A* B', authors: ['A B'] },
        { type: 'timestamp', text: '18:05 GMT', opensEntry: true, time: '18:05' },
        { type: 'list', ordered: true, items: [{ marker: '1.', text: '[one](x)' }] },
        { type: 'turn', speaker: 'Q:', text: 'Why <b>?' },
        {
          type: 'social-post',
          header: ['A B', '@ab'],
          lines: ['Text.'],
          attribution: { text: '5:14 PM · Mar 18, 2025', author: 'A B', handle: '@ab', date: 'Mar 18, 2025', time: '5:14 PM' },
        },
        { type: 'boilerplate', role: 'share', text: 'Share' },
      ]),
    ).toMatchInlineSnapshot(`
      ":::byline
      By \\*A\\* B
      :::

      :::timestamp{entry="true" time="18:05"}
      18\\:05 GMT
      :::

      ::::list{ordered="true"}
      :::list-item{marker="1."}
      \\[one]\\(x)
      :::
      ::::

      :::turn
      Q:

      Why \\<b>?
      :::

      ::::social-post{author="A B" handle="@ab" date="Mar 18, 2025"}
      :::post-header
      A B

      @ab
      :::

      Text.

      :::post-attribution
      5\\:14 PM · Mar 18, 2025
      :::
      ::::

      :::boilerplate{role="share"}
      Share
      :::
      "
    `);
  });
});

describe('blocksToMarkdown: escaping found by fuzzing', () => {
  it.each(["<'@a>", "Write to <'x@example.org> today", '<a@b>'])('keeps %s as text', async (line) => {
    const html = await renderArticleHtml(blocksToMarkdown([{ type: 'headline', text: line }, { type: 'paragraph', text: line }]));
    expect(html).not.toMatch(/<a\b/);
    expect(articleTextOf(html).replace(/\s+/g, '')).toBe(`${line}${line}`.replace(/\s+/g, ''));
  });
});
