// Parses content/raw/* into the typed Markdown collection content/articles/<id>.md, with the
// editor's layout corrections (content/layout.yaml, optional) applied.
// Usage: node scripts/ingest.ts [--raw DIR] [--provenance FILE] [--layout FILE] [--out DIR]
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { readLayoutFile } from '../src/lib/io/read-layout.ts';
import { readRawFolderIfAny } from '../src/lib/io/read-raw-folder.ts';
import { replaceDirectory } from '../src/lib/io/replace-directory.ts';
import { EMPTY_PROVENANCE, provenanceSchema } from '../src/lib/schemas/provenance.ts';

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

// No provenance file yet (a new event before its first add): every article's origin is unknown.
const provenanceText = await readFile(values.provenance, 'utf8').catch((error: NodeJS.ErrnoException) => {
  if (error.code === 'ENOENT') return JSON.stringify(EMPTY_PROVENANCE);
  throw error;
});
let provenanceJson: unknown;
try {
  provenanceJson = JSON.parse(provenanceText);
} catch (error) {
  fail([`${show(values.provenance)}: is not valid JSON (${(error as Error).message})`]);
}
const provenanceResult = provenanceSchema.safeParse(provenanceJson);
if (!provenanceResult.success) {
  const issue = provenanceResult.error.issues[0]!;
  fail([`${show(values.provenance)}: ${issue.path.join('.') || 'file'}: ${issue.message}`]);
}

const layoutRead = await readLayoutFile(values.layout, show(values.layout));
if (!layoutRead.ok) fail([layoutRead.problem]);
const layout = layoutRead.layout;

const folder = await readRawFolderIfAny(values.raw, show(values.raw));
if (folder.problems.length === 0 && folder.files.length === 0) {
  // A new event before its first article (npm run event:new): an empty collection, which builds.
  await replaceDirectory(values.out, []);
  console.log(`ingest   0 articles: ${show(values.raw)} holds none yet (add one with npm run add -- FILE --outlet NAME) → ${show(values.out)}`);
  process.exit(0);
}
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
