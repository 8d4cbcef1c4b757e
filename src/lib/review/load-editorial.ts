import { join } from 'node:path';
import type { AnalysisArticle } from '../analysis/corpus.ts';
import type { EditorialInput } from './check-editorial.ts';
import { readClaimFiles } from './claim-files.ts';
import { readReviewRecord, readSpeakerCorrections, reviewedArticleIds } from './editor-files.ts';
import type { EditorialProblem } from './frontmatter.ts';

/** Where an editor's files live, relative to the content folder. */
export const EDITORIAL_PATHS = { claims: 'claims', review: 'review.yaml', speakers: 'speakers.yaml' } as const;

/**
 * Reads everything an editor keeps in `content/`: claim files, the review record and speaker
 * corrections, each checked against its schema, and the review record against the articles'
 * hashes. `shown` is how the content folder is named in messages. Problems with the files
 * themselves are returned, not thrown, so that `npm run claims:check` can list all of them;
 * references to sentences are checked later, against the analysed articles.
 */
export async function loadEditorial(
  contentDirectory: string,
  articles: readonly Pick<AnalysisArticle, 'id' | 'sourceFile' | 'sha256'>[],
  shown = 'content',
): Promise<{ editorial: EditorialInput; problems: EditorialProblem[] }> {
  const claims = await readClaimFiles(join(contentDirectory, EDITORIAL_PATHS.claims), `${shown}/${EDITORIAL_PATHS.claims}`);
  const reviewPath = `${shown}/${EDITORIAL_PATHS.review}`;
  const record = await readReviewRecord(join(contentDirectory, EDITORIAL_PATHS.review), reviewPath);
  const hashed = articles.flatMap((article) => (article.sha256 ? [{ id: article.id, sourceFile: article.sourceFile, sha256: article.sha256 }] : []));
  const reviewed = reviewedArticleIds(record.value, hashed, reviewPath);
  const speakersPath = `${shown}/${EDITORIAL_PATHS.speakers}`;
  const speakers = await readSpeakerCorrections(join(contentDirectory, EDITORIAL_PATHS.speakers), speakersPath);
  return {
    editorial: {
      claims: claims.claims,
      reviewedArticleIds: reviewed.ids,
      speakerCorrections: speakers.value ?? [],
      speakerCorrectionsPath: speakersPath,
      statesNoFact: record.value?.statesNoFact ?? [],
      reviewPath,
    },
    problems: [...claims.problems, ...record.problems, ...reviewed.problems, ...speakers.problems],
  };
}
