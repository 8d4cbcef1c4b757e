// Runs the analysis with the editor's reviewed claims applied and writes the machine's
// proposals for every reporting sentence no reviewed claim holds, as `status: machine` files in
// content/claims/. Reviewed files are never touched; earlier proposals are replaced. Prints the
// editor's worklist: near-misses first, then suggestions for reviewed claims, then each unplaced
// sentence's possible claims (the machine's three best candidates), then the proposals.
// Usage: node scripts/claims-propose.ts [--articles DIR] [--content DIR] [--provenance FILE] [--dry-run] [--all]
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ANALYSIS_OPTIONS, runAnalysis } from '../src/lib/analysis/analyze.ts';
import { EVENT_FILE, readEventSettings } from '../src/lib/event/event-settings.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { readEventPairModel } from '../src/lib/io/read-pair-model.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { EDITORIAL_PATHS, loadEditorial } from '../src/lib/review/load-editorial.ts';
import { nearMisses, proposalFiles } from '../src/lib/review/proposals.ts';
import { provenanceSchema } from '../src/lib/schemas/provenance.ts';

/** Pairs the machine gives at least this confidence of being one claim, but did not join, are worth an editor's look. */
const NEAR_MISS_FLOOR = 0.3;
const SHOWN = 90;
/** Near-misses listed unless --all. */
const SHOWN_MISSES = 25;

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    provenance: { type: 'string', default: resolve(root, 'content/provenance.json') },
    'dry-run': { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const cut = (text: string) => (text.length <= SHOWN ? text : `${text.slice(0, SHOWN - 1)}…`);

try {
  // Checked, though the analysis needs none of it: a leftover "event" block is refused here as at ingest.
  provenanceSchema.parse(JSON.parse(await readFile(values.provenance, 'utf8')));
  const eventFile = join(values.content, EVENT_FILE);
  const event = await readEventSettings(eventFile, show(eventFile));
  const articles = await readCollection(values.articles, show(values.articles));
  const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
  if (problems.length > 0) throw new EditorialError(problems);
  const { model: pairModel } = await readEventPairModel(values.content, show(values.content));
  const { comparison, affinities } = runAnalysis(articles, event, { ...DEFAULT_ANALYSIS_OPTIONS, pairModel }, editorial);

  const reviewed = editorial.claims.filter((claim) => claim.status === 'reviewed');
  const proposals = proposalFiles(comparison, new Set(reviewed.map((claim) => claim.slug)));
  const folder = join(values.content, EDITORIAL_PATHS.claims);
  const stale = editorial.claims.filter((claim) => claim.status === 'machine');
  if (!values['dry-run']) {
    // Write every new proposal beside its final name first, so a failure leaves the old set whole.
    await mkdir(folder, { recursive: true });
    for (const proposal of proposals) await writeFile(join(folder, `.${proposal.slug}.md.new`), proposal.text);
    const keep = new Set(proposals.map((proposal) => proposal.slug));
    for (const claim of stale) if (!keep.has(claim.slug)) await rm(join(folder, `${claim.slug}.md`));
    for (const proposal of proposals) await rename(join(folder, `.${proposal.slug}.md.new`), join(folder, `${proposal.slug}.md`));
  }

  const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
  const misses = nearMisses(affinities, comparison, NEAR_MISS_FLOOR, 1.01);
  console.log(`Possible same claim: pairs the machine did not join but gives at least ${NEAR_MISS_FLOOR * 100}% confidence (${misses.length}), look at these first`);
  for (const miss of values.all ? misses : misses.slice(0, SHOWN_MISSES)) console.log(`  ${miss.confidence.toFixed(2)}  ${miss.first} "${cut(text.get(miss.first)!)}"\n        ${miss.second} "${cut(text.get(miss.second)!)}"`);
  const suggestions = comparison.claims.flatMap((claim) => claim.suggestions.map((suggestion) => ({ claim, suggestion })));
  console.log(`\nSuggested members of reviewed claims (${suggestions.length}): add the sentence to the file if it states the claim`);
  if (!values.all && misses.length > SHOWN_MISSES) console.log(`  … ${misses.length - SHOWN_MISSES} more (--all shows them)`);
  for (const { claim, suggestion } of suggestions) console.log(`  ${suggestion.confidence.toFixed(2)}  ${suggestion.sentenceId} → ${EDITORIAL_PATHS.claims}/${claim.id}.md "${cut(text.get(suggestion.sentenceId)!)}"`);
  const label = new Map(comparison.claims.map((claim) => [claim.id, claim.label]));
  const withCandidates = comparison.sentences.filter((sentence) => sentence.candidates.length > 0);
  console.log(`\nPossible claims (${withCandidates.length} sentences no reviewed claim holds): the claims each most likely also states, best first`);
  for (const sentence of values.all ? withCandidates : withCandidates.slice(0, SHOWN_MISSES)) {
    console.log(`  ${sentence.id} "${cut(sentence.text)}"`);
    for (const candidate of sentence.candidates) console.log(`        ${candidate.confidence.toFixed(2)}  ${candidate.claimId} "${cut(label.get(candidate.claimId) ?? '')}"`);
  }
  if (!values.all && withCandidates.length > SHOWN_MISSES) console.log(`  … ${withCandidates.length - SHOWN_MISSES} more (--all shows them)`);
  console.log(`\nProposals (${proposals.length}), least confident first: check, edit, then set status: reviewed`);
  for (const proposal of [...proposals].sort((a, b) => a.confidence - b.confidence || (a.slug < b.slug ? -1 : 1))) {
    console.log(`  ${proposal.confidence.toFixed(2)}  ${proposal.articles} outlet${proposal.articles === 1 ? ' ' : 's'}  ${show(folder)}/${proposal.slug}.md "${cut(proposal.title)}"`);
  }
  console.log(
    `\n${values['dry-run'] ? 'would write' : 'wrote'} ${proposals.length} proposals` +
      `${stale.length > 0 ? ` (replacing ${stale.length})` : ''}; ${reviewed.length} reviewed claims left as they were`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  console.error('claims:propose wrote nothing');
  process.exit(1);
}
