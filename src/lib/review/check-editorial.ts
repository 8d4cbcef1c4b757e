import type { SpeakerCorrection } from '../schemas/claim-file.ts';
import type { Quote } from '../schemas/comparison.ts';
import type { ClaimFile } from './claim-files.ts';
import { checkClaimSentences, type KnownSentence } from './check-claims.ts';
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
}

/** Every stale reference in the editor's files, one problem per line, claim files first. */
export function editorialProblems(
  editorial: EditorialInput,
  sentences: readonly KnownSentence[],
  quotes: readonly Pick<Quote, 'sentenceIds' | 'text'>[],
): EditorialProblem[] {
  return [
    ...checkClaimSentences(editorial.claims, sentences),
    ...checkSpeakerCorrections(editorial.speakerCorrections, sentences, quotes, editorial.speakerCorrectionsPath),
  ];
}
