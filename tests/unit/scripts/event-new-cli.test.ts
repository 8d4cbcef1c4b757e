import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEventSettings } from '../../../src/lib/event/event-settings.ts';
import { listFiles } from '../../../src/lib/io/list-files.ts';
import { ownEventArticleFiles, ownEventSettings } from '../../helpers/own-event.ts';
import { projectRoot } from '../../helpers/render.ts';

const script = (name: string) => join(projectRoot, 'scripts', `${name}.ts`);

function run(name: string, cwd: string, args: string[]) {
  // stdin is not a terminal here, as in CI: event:new must not wait for an answer.
  const result = spawnSync(process.execPath, [script(name), ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { status: result.status, stdout: result.stdout.trim().split('\n'), stderr: result.stderr.trim() };
}

/** Every file of a folder with its bytes, by path relative to it. */
async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = await listFiles(folder).catch(() => []);
  return new Map(await Promise.all(files.map(async (file) => [relative(folder, file), await readFile(file, 'latin1')] as const)));
}

/** A content folder as an old event leaves it: every kind of file an event owns, and two it does not. */
async function oldEvent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'parallax-event-new-'));
  const files: Record<string, string> = {
    'raw/000_harbour-gazette.txt': 'Bridge Shut\nThe harbour bridge shut on Monday.\n',
    'raw/001_coast-radio.html': '<html><body><article><p>The bridge is closed.</p></article></body></html>',
    'articles/harbour-gazette.md': '---\nid: harbour-gazette\n---\n',
    'data/comparison.json': '{}',
    'data/sentences.csv': '',
    'claims/bridge-shut.md': '---\ntitle: The bridge shut\n---\n',
    'claims/.gitkeep': '',
    'review.yaml': 'articles: []\n',
    'speakers.yaml': 'corrections: []\n',
    'labels/claims.json': '{}',
    'evaluation.json': '{}',
    'pair-model.json': '{}',
    'provenance.json': JSON.stringify({ articles: [{ sourceFile: '000_harbour-gazette.txt', outlet: 'Harbour Gazette' }] }),
    'event.yaml': 'title: Harbour bridge closes\ndate: 2031-04-02\n',
    'NOTES.md': 'the editor’s own notes',
    'drafts/idea.txt': 'not an article yet',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, 'content', path, '..'), { recursive: true });
    await writeFile(join(root, 'content', path), text);
  }
  return root;
}

const newEvent = ['--title', 'Ashgrove council approves the Millbank tram extension', '--date', '2026-05-12', '--place', 'Ashgrove, Canada'];

describe('npm run event:new', () => {
  it('without --yes and without a terminal, lists what it would remove, refuses in one line and changes nothing', async () => {
    const root = await oldEvent();
    const before = await snapshot(join(root, 'content'));
    const result = run('event-new', root, [...newEvent, '--content', 'content']);
    expect(result.status).toBe(1);
    expect(result.stdout[0]).toBe('event:new will remove:');
    expect(result.stderr).toBe('event:new: nothing was changed; run it again with --yes to remove what is listed above (or in a terminal, to be asked)');
    expect(await snapshot(join(root, 'content'))).toEqual(before);
  });

  it('with --yes removes exactly what it listed, keeps every other file byte for byte, and writes the new event', async () => {
    const root = await oldEvent();
    const before = await snapshot(join(root, 'content'));
    const result = run('event-new', root, [...newEvent, '--content', 'content', '--yes']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const after = await snapshot(join(root, 'content'));

    // What was listed: "  content/<path>/ (n files): …" for a folder, "  content/<path>: …" for a file.
    const parts = result.stdout.flatMap((line) => {
      const match = /^ {2}content\/([^\s:]+?)(\/?)(?: \((\d+) files?\))?: /.exec(line);
      return match ? [{ path: match[1]!, folder: match[2] === '/', count: Number(match[3] ?? 1) }] : [];
    });
    const covered = (file: string) => parts.some((part) => (part.folder ? file.startsWith(`${part.path}/`) : file === part.path));
    const gone = [...before.keys()].filter((file) => !after.has(file)).sort();
    // Everything that went was listed, with the right count; nothing listed is still there.
    expect(gone.filter((file) => !covered(file))).toEqual([]);
    for (const part of parts) expect(gone.filter((file) => (part.folder ? file.startsWith(`${part.path}/`) : file === part.path))).toHaveLength(part.count);
    expect(parts.map((part) => part.path)).toEqual(['raw', 'articles', 'data', 'claims', 'review.yaml', 'speakers.yaml', 'labels', 'evaluation.json', 'pair-model.json']);
    // Everything else is as it was, and named as kept.
    for (const file of ['NOTES.md', 'drafts/idea.txt', 'claims/.gitkeep']) expect(after.get(file)).toBe(before.get(file));
    expect(result.stdout).toContain('and keep, as no event owns them: content/NOTES.md, content/claims/.gitkeep, content/drafts/idea.txt');
    expect(result.stdout).toContain('  1 entry of content/provenance.json: where the old articles came from');
    // The new event, and provenance with no entries.
    expect(parseEventSettings(after.get('event.yaml')!, 'event.yaml')).toEqual({ title: 'Ashgrove council approves the Millbank tram extension', date: '2026-05-12', place: 'Ashgrove, Canada', summary: null, source: null });
    expect(JSON.parse(after.get('provenance.json')!).articles).toEqual([]);
    expect([...after.keys()].sort()).toEqual(['NOTES.md', 'claims/.gitkeep', 'drafts/idea.txt', 'event.yaml', 'provenance.json']);
  });

  it.each([
    [['--date', '2026-05-12'], 'event:new: --title is missing; usage: npm run event:new -- --title "…" --date YYYY-MM-DD [--summary "…"] [--place "…"] [--source URL] [--yes]'],
    [['--title', 'T', '--date', '12 May 2026'], 'event:new: --date: date must be a day written YYYY-MM-DD; nothing was changed'],
    [['--title', 'T', '--date', '2026-05-12', '--source', 'ftp://example.org'], 'event:new: --source: source must be an http(s) address; nothing was changed'],
  ])('refuses %j in one line, changing nothing', async (args, line) => {
    const root = await oldEvent();
    const before = await snapshot(join(root, 'content'));
    const result = run('event-new', root, [...args, '--content', 'content', '--yes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(line);
    expect(await snapshot(join(root, 'content'))).toEqual(before);
  });

  it('leaves a content folder that add fills: no raw folder needed, --date recorded', async () => {
    const root = await oldEvent();
    expect(run('event-new', root, [...newEvent, '--content', 'content', '--yes']).status).toBe(0);
    const [first] = ownEventArticleFiles();
    const added = run('add', root, [first!.path, '--outlet', first!.outlet, '--date', first!.date, '--raw', 'content/raw', '--provenance', 'content/provenance.json', '--out', 'content/articles']);
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    const provenance = JSON.parse(await readFile(join(root, 'content', 'provenance.json'), 'utf8'));
    expect(provenance.articles).toEqual([expect.objectContaining({ sourceFile: `000_${first!.name.slice(4)}`, outlet: first!.outlet, publishedDate: first!.date })]);
    expect(ownEventSettings().title).toBe('Ashgrove council approves the Millbank tram extension');
  });
});
