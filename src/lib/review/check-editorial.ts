import type { NoFactSentence, SpeakerCorrection } from '../schemas/claim-file.ts';
import type { Quote } from '../schemas/comparison.ts';
import type { ClaimFile } from './claim-files.ts';
import { checkClaimSentences, sentenceChecker, type KnownSentence } from './check-claims.ts';
import type { EditorialProblem } from './frontmatter.ts';
import { checkSpeakerCorrections } from './speaker-corrections.ts';

/** Everything an editor decided, as the analysis applies it. */
export interface EditorialInput {
  /** Claim files; only `reviewed` ones shape what is published (proposals are the editor's worklist). */
  claims: readonly ClaimFile[];
  /** Articles an editor reviewed in full (`content/review.yaml`, hashes current). */
  reviewedArticleIds: ReadonlySet<string>;
  speakerCorrections: readonly SpeakerCorrection[];
  /** The speaker corrections' file, for messages. */
  speakerCorrectionsPath: string;
  /** Sentences an editor found state no checkable fact (`content/review.yaml` `statesNoFact`). */
  statesNoFact: readonly NoFactSentence[];
  /** The review record's file, for messages. */
  reviewPath: string;
}

/** Every stale reference in the editor's files, one problem per line, claim files first. */
export function editorialProblems(
  editorial: EditorialInput,
  sentences: readonly KnownSentence[],
  quotes: readonly Pick<Quote, 'sentenceIds' | 'text'>[],
): EditorialProblem[] {
  return [
    ...checkClaimSentences(editorial.claims, sentences),
    ...checkNoFactSentences(editorial, sentences),
    ...checkSpeakerCorrections(editorial.speakerCorrections, sentences, quotes, editorial.speakerCorrectionsPath),
  ];
}

/**
 * The review record's `statesNoFact` list: each entry must name a current reporting sentence by
 * its exact words, once, and no reviewed claim may hold it (a sentence cannot both state a claim
 * and state no fact).
 */
export function checkNoFactSentences(editorial: Pick<EditorialInput, 'claims' | 'statesNoFact' | 'reviewPath'>, sentences: readonly KnownSentence[]): EditorialProblem[] {
  const check = sentenceChecker(sentences);
  const heldBy = new Map<string, string>();
  for (const claim of editorial.claims) {
    if (claim.status !== 'reviewed') continue;
    for (const sentence of claim.sentences) if (!heldBy.has(sentence.id)) heldBy.set(sentence.id, claim.path);
  }
  const seen = new Set<string>();
  const problems: EditorialProblem[] = [];
  for (const entry of editorial.statesNoFact) {
    const where = `statesNoFact: `;
    if (seen.has(entry.id)) {
      problems.push({ path: editorial.reviewPath, message: `${where}sentence ${entry.id} is listed twice; keep one entry` });
      continue;
    }
    seen.add(entry.id);
    const stale = check(entry);
    if (stale !== null) problems.push({ path: editorial.reviewPath, message: `${where}${stale.replace('remove it from the claim', 'remove it from the list')}` });
    const claim = heldBy.get(entry.id);
    if (claim) problems.push({ path: editorial.reviewPath, message: `${where}sentence ${entry.id} is also a member of ${claim}; a sentence either states a claim or states no fact: remove it from one of the two` });
  }
  return problems;
}
