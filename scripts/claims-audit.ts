// The editor's check that "not reported" is true: for every reviewed claim, the sentences of every
// article that the machine ranks most likely to state it (members and sentences listed as stating
// no fact left out; sentences of other claims included, since a sentence can state two facts),
// each with its confidence. An editor decides each; content/review.yaml `checks` records when.
// Usage: node scripts/claims-audit.ts [--articles DIR] [--content DIR] [--per-article N] [--floor P] [--claim SLUG]
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ANALYSIS_OPTIONS, runAnalysis } from '../src/lib/analysis/analyze.ts';
import { claimAudit, claimFeatures, claimScorer, DEFAULT_CANDIDATE_OPTIONS, sentenceTermSets } from '../src/lib/analysis/matcher/candidates.ts';
import { readCollection } from '../src/lib/io/read-collection.ts';
import { EVENT_FILE, readEventSettingsIfAny } from '../src/lib/event/event-settings.ts';
import { readEventPairModel } from '../src/lib/io/read-pair-model.ts';
import { EditorialError } from '../src/lib/review/frontmatter.ts';
import { loadEditorial } from '../src/lib/review/load-editorial.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: resolve(root, 'content/articles') },
    content: { type: 'string', default: resolve(root, 'content') },
    'per-article': { type: 'string', default: '3' },
    floor: { type: 'string', default: '0.05' },
    claim: { type: 'string' },
  },
});
const show = (path: string) => relative(process.cwd(), path) || '.';
const SHOWN = 110;
const cut = (text: string) => (text.length <= SHOWN ? text : `${text.slice(0, SHOWN - 1)}…`);

try {
  const articles = await readCollection(values.articles, show(values.articles));
  const { editorial, problems } = await loadEditorial(values.content, articles, show(values.content));
  if (problems.length > 0) throw new EditorialError(problems);
  const { model: pairModel } = await readEventPairModel(values.content, show(values.content));
  const model = pairModel;
  const { comparison, set, affinities } = runAnalysis(articles, await readEventSettingsIfAny(join(values.content, EVENT_FILE), show(join(values.content, EVENT_FILE))), { ...DEFAULT_ANALYSIS_OPTIONS, pairModel: model }, editorial);
  const score = claimScorer(claimFeatures(set, affinities), model.claimStage);
  const terms = sentenceTermSets(set.units);
  const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
  const reporting = new Map<string, string[]>();
  for (const sentence of comparison.sentences) if (sentence.reporting) reporting.set(sentence.articleId, [...(reporting.get(sentence.articleId) ?? []), sentence.id]);
  const reviewed = comparison.claims.filter((claim) => claim.reviewed && (!values.claim || claim.id === values.claim));
  const skip = new Set(editorial.statesNoFact.map((sentence) => sentence.id));
  const options = { ...DEFAULT_CANDIDATE_OPTIONS, perArticle: Number(values['per-article']), floor: Number(values.floor), skip };
  let listed = 0;
  for (const claim of reviewed) {
    console.log(`\n${claim.id}: ${claim.label}`);
    console.log(`  reported by ${claim.articleIds.join(', ')}`);
    const audit = claimAudit({ id: claim.id, sentenceIds: claim.sentenceIds, title: claim.label }, comparison.claims.filter((other) => other.reviewed), reporting, score, terms, options);
    for (const [articleId, candidates] of audit) {
      for (const candidate of candidates) {
        listed++;
        const member = claim.articleIds.includes(articleId) ? ' ' : '!';
        console.log(`  ${member} ${candidate.confidence.toFixed(2)}  ${candidate.sentenceId} "${cut(text.get(candidate.sentenceId)!)}"`);
      }
    }
  }
  console.log(`\n${reviewed.length} reviewed claims, ${listed} candidate sentences to decide ("!" marks an article the claim does not list)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
