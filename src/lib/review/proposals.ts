import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { stringify } from 'yaml';
import type { Affinities } from '../analysis/matcher/scoring.ts';
import type { ClaimFrontmatter } from '../schemas/claim-file.ts';
import type { Comparison } from '../schemas/comparison.ts';

/** A claim file to write: its slug (file name without `.md`) and its text. */
export interface ProposalFile {
  slug: string;
  text: string;
  /** The machine's confidence, for the worklist. */
  confidence: number;
  /** How many articles the proposal joins. */
  articles: number;
  title: string;
}

/**
 * A claim file's text: YAML frontmatter with the fields in the schema's order, then the note.
 * Sentence texts are written as the articles have them, so the file reads on its own.
 */
export function claimFileText(frontmatter: ClaimFrontmatter, note: string | null = null): string {
  const yaml = stringify(frontmatter, { lineWidth: 0 });
  return `---\n${yaml}---\n${note ? `\n${note.trim()}\n` : ''}`;
}

/** Proposal files start with this, so an editor tells them from reviewed claims by name too. */
export const PROPOSAL_PREFIX = 'proposed-';

/**
 * One `status: machine` file for each machine claim of an analysis run with the editor's
 * reviewed claims applied: the machine's grouping of every sentence no reviewed claim holds.
 * Slugs come from the label's first words and a hash of the members, so re-running on the same
 * text writes the same files. Slugs in `taken` (reviewed files) are never used.
 */
export function proposalFiles(comparison: Comparison, taken: ReadonlySet<string>): ProposalFile[] {
  const text = new Map(comparison.sentences.map((sentence) => [sentence.id, sentence.text]));
  const used = new Set(taken);
  return comparison.claims
    .filter((claim) => !claim.reviewed)
    .map((claim) => {
      const hash = createHash('sha256').update(claim.sentenceIds.join(' ')).digest('hex').slice(0, 6);
      const words = slugify(claim.label).split('-').filter(Boolean).slice(0, 6).join('-') || 'claim';
      let slug = `${PROPOSAL_PREFIX}${words}-${hash}`;
      for (let suffix = 2; used.has(slug); suffix++) slug = `${PROPOSAL_PREFIX}${words}-${hash}-${suffix}`;
      used.add(slug);
      const confidence = claim.confidence ?? 0;
      const frontmatter: ClaimFrontmatter = {
        title: claim.label,
        status: 'machine',
        sentences: claim.sentenceIds.map((id) => ({ id, text: text.get(id) ?? '' })),
        confidence,
      };
      return { slug, text: claimFileText(frontmatter), confidence, articles: claim.articleIds.length, title: claim.label };
    });
}

/** Two sentences of different articles the machine nearly joined. */
export interface NearMiss {
  first: string;
  second: string;
  /** The pair's probability of stating one claim: under the merge point, above `floor`. */
  confidence: number;
}

/**
 * Pairs of sentences from different articles that share no claim although the machine gives
 * them a confidence between `floor` and `ceiling` of stating one: the "possible same claim"
 * pairs an editor should look at first. Most likely first.
 */
export function nearMisses(affinities: Affinities, comparison: Pick<Comparison, 'claims'>, floor: number, ceiling: number): NearMiss[] {
  const claimsOf = new Map<string, Set<string>>();
  for (const claim of comparison.claims) {
    for (const id of [...claim.sentenceIds, ...claim.suggestedSentenceIds]) (claimsOf.get(id) ?? claimsOf.set(id, new Set()).get(id)!).add(claim.id);
  }
  const out: NearMiss[] = [];
  for (const [first, near] of affinities) {
    for (const [second, confidence] of near) {
      if (!(first < second) || confidence < floor || confidence >= ceiling) continue;
      const shared = [...(claimsOf.get(first) ?? [])].some((claim) => claimsOf.get(second)?.has(claim));
      if (!shared) out.push({ first, second, confidence: Math.round(confidence * 1000) / 1000 });
    }
  }
  return out.sort((p, q) => q.confidence - p.confidence || (p.first < q.first ? -1 : p.first > q.first ? 1 : p.second < q.second ? -1 : 1));
}
