// Parses content/raw/* into the typed Markdown collection content/articles/<id>.md, with the
// editor's layout corrections (content/layout.yaml, optional) applied.
// Usage: node scripts/ingest.ts [--raw DIR] [--provenance FILE] [--layout FILE] [--out DIR]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticles, type LayoutInput } from '../src/lib/ingest/ingest-articles.ts';
import { problemLine } from '../src/lib/review/frontmatter.ts';
import { parseLayoutFile } from '../src/lib/review/layout-corrections.ts';
import { readRawFolder } from '../src/lib/io/read-raw-folder.ts';
import { replaceDirectory } from '../src/lib/io/replace-directory.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';

const started = performance.now();
const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    raw: { type: 'string', default: resolve(root, 'content/raw') },
    provenance: { type: 'string', default: resolve(root, 'content/provenance.json') },
    layout: { type: 'string', default: resolve(root, 'content/layout.yaml') },
    out: { type: 'string', default: resolve(root, 'content/articles') },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';

const provenanceResult = provenanceSchema.safeParse(JSON.parse(await readFile(values.provenance, 'utf8')));
if (!provenanceResult.success) {
  const issue = provenanceResult.error.issues[0]!;
  fail([`${show(values.provenance)}: ${issue.path.join('.') || 'file'}: ${issue.message}`]);
}

let layout: LayoutInput | undefined;
if (existsSync(values.layout)) {
  const parsed = parseLayoutFile(await readFile(values.layout, 'utf8'), show(values.layout));
  if (!parsed.ok) fail([problemLine(parsed.problem)]);
  layout = { corrections: parsed.corrections, path: show(values.layout) };
}

const folder = await readRawFolder(values.raw, show(values.raw));
const result = ingestArticles(folder.files, provenanceResult.data, show(values.raw), layout);
const problems = [...folder.problems, ...(result.ok ? [] : result.problems)];
if (problems.length > 0 || !result.ok) fail(problems);

await replaceDirectory(
  values.out,
  result.articles.map((article) => ({ path: article.fileName, content: article.markdown })),
);
const blocks = result.articles.reduce((sum, article) => sum + article.blocks.length, 0);
const unknown = result.articles.filter((article) => article.frontmatter.outlet === null).length;
console.log(
  `ingest   ${result.articles.length} articles, ${blocks} blocks (${unknown} with outlet unknown) → ${show(values.out)} in ${Math.round(performance.now() - started)} ms`,
);

function fail(lines: string[]): never {
  for (const line of lines) console.error(line);
  console.error(`ingest failed: ${lines.length} problem${lines.length === 1 ? '' : 's'}; ${show(values.out)} was left as it was`);
  process.exit(1);
}
