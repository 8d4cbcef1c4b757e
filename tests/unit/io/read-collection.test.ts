import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCollection } from '../../../src/lib/io/read-collection.ts';
import { ingestRealArticles } from '../../helpers/render.ts';

describe('readCollection', () => {
  it('reads frontmatter and the sentences the pages show', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-read-'));
    const [first] = ingestRealArticles();
    await writeFile(join(dir, first!.fileName), first!.markdown);
    await writeFile(join(dir, 'notes.txt'), 'ignored');
    const [article] = await readCollection(dir);
    expect(article).toMatchObject({ id: first!.frontmatter.id, outlet: first!.frontmatter.outlet, headline: first!.frontmatter.headline });
    expect(article!.sentences[0]).toMatchObject({ block: 'headline', text: first!.frontmatter.headline });
  });

  it.each([
    ['no frontmatter', 'Just text.\n', 'content/articles/x.md: has no frontmatter; run npm run ingest'],
    ['invalid frontmatter', '---\nid: Not A Slug\n---\n\nText.\n', /^content\/articles\/x\.md: frontmatter id: /],
  ])('names the file on %s', async (_, content, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'parallax-read-'));
    await writeFile(join(dir, 'x.md'), content);
    await expect(readCollection(dir, 'content/articles')).rejects.toThrow(message);
  });
});
