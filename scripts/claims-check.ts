// Lists every problem in the editor's files (content/claims/*.md, content/review.yaml,
// content/speakers.yaml, content/layout.yaml) against the articles as they are now, one line each;
// then the layout corrections in force, one line each; then warnings
// (hints: a member that is a question or a fragment, a title whose verb no member uses); then
// the sentences of reviewed articles that no reviewed claim holds yet.
// Usage: node scripts/claims-check.ts [--articles DIR] [--content DIR]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyzeArticles } from '../src/lib/analysis/analyze.ts';
import { EVENT_FILE, readEventSettingsIfAny } from '../src/lib/event/event-settings.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { unreviewedSentences } from '../src/lib/review/check-claims.ts';
import { claimWarnings } from '../src/lib/review/claim-warnings.ts';
import { editorialProblems } from '../src/lib/review/check-editorial.ts';
import { problemLine } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';
import { ingestArticles } from '../src/lib/ingest/ingest-articles.ts';
import { readRawFolder } from '../src/lib/io/read-raw-folder.ts';
import { layoutCorrectionLines, parseLayoutFile, type LayoutCorrections } from '../src/lib/review/layout-corrections.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';

try {
  const articles = await readCollection(values.articles, show(values.articles));
  const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
  const eventFile = join(values.content, EVENT_FILE);
  const machine = analyzeArticles(articles, await readEventSettingsIfAny(eventFile, show(eventFile)));
  problems.push(...editorialProblems(editorial, machine.sentences, machine.quotes));
  const layout = await checkLayout(resolve(values.content, 'layout.yaml'));
  problems.push(...layout.problems);
  for (const problem of problems) console.log(problemLine(problem));
  if (layout.lines.length > 0) console.log(`\n${layout.path}: ${layout.lines.length} layout correction${layout.lines.length === 1 ? '' : 's'}\n${layout.lines.join('\n')}`);
  const warnings = claimWarnings(editorial.claims);
  for (const warning of warnings) console.log(`warning: ${problemLine(warning)}`);

  const reviewed = editorial.claims.filter((claim) => claim.status === 'reviewed');
  const open = unreviewedSentences(editorial.claims, machine.sentences, editorial.reviewedArticleIds, editorial.statesNoFact);
  const unreviewedArticles = machine.articles.filter((article) => !editorial.reviewedArticleIds.has(article.id));
  console.log(
    `\n${editorial.claims.length} claim files (${reviewed.length} reviewed, ${editorial.claims.length - reviewed.length} proposals), ` +
      `${editorial.speakerCorrections.length} speaker corrections, ${editorial.statesNoFact.length} sentences that state no fact; ${editorial.reviewedArticleIds.size} of ${machine.articles.length} articles reviewed` +
      (warnings.length > 0 ? `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (hints, not errors)` : ''),
  );
  if (unreviewedArticles.length > 0) console.log(`not reviewed (the machine matches them): ${unreviewedArticles.map((article) => article.sourceFile).join(', ')}`);
  if (open.length > 0) {
    console.log(`sentences of reviewed articles in no reviewed claim (${open.length}):`);
    for (const sentence of open) console.log(`  ${sentence.id} "${sentence.text.slice(0, 100)}"`);
  }
  if (problems.length > 0) {
    console.log(`${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    console.log('(for another event, npm run event:new -- --title "…" --date YYYY-MM-DD removes the old event’s files and starts an empty one)');
    process.exit(1);
  }
  console.log('no problems');
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/** The layout corrections (content/layout.yaml, optional): one line each, and their problems against the raw files as they are now. */
async function checkLayout(path: string): Promise<{ path: string; lines: string[]; problems: Array<{ path: string; message: string }> }> {
  const shown = show(path);
  if (!existsSync(path)) return { path: shown, lines: [], problems: [] };
  const parsed = parseLayoutFile(await readFile(path, 'utf8'), shown);
  if (!parsed.ok) return { path: shown, lines: [], problems: [parsed.problem] };
  const corrections: LayoutCorrections = parsed.corrections;
  const raw = resolve(values.content, 'raw');
  const folder = await readRawFolder(raw, show(raw));
  const provenance = provenanceSchema.parse(JSON.parse(await readFile(resolve(values.content, 'provenance.json'), 'utf8')));
  const result = ingestArticles(folder.files, provenance, show(raw), { corrections, path: shown });
  const problems = result.ok ? [] : result.problems.filter((line) => line.startsWith(`${shown}: `)).map((line) => ({ path: shown, message: line.slice(shown.length + 2) }));
  return { path: shown, lines: layoutCorrectionLines(corrections), problems };
}
