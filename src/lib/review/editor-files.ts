import { readFile } from 'node:fs/promises';
import { reviewRecordSchema, speakerCorrectionsSchema, type ReviewRecord, type SpeakerCorrection } from '../schemas/claim-file.ts';
import { parseYaml, schemaProblem, type EditorialProblem } from './frontmatter.ts';

/**
 * Reads a small YAML file an editor keeps beside the articles. A missing file is `null` (there is
 * nothing to apply); bad YAML or a field the schema does not know is one problem naming the file.
 */
async function readYamlFile<T>(
  file: string,
  path: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: import('zod').ZodError } },
): Promise<{ value: T | null; problems: EditorialProblem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: null, problems: [] };
    throw error;
  }
  const parsed = parseYaml(text.replace(/^\uFEFF/, ''), 0);
  if ('problem' in parsed) return { value: null, problems: [{ path, message: parsed.problem }] };
  const checked = schema.safeParse(parsed.value ?? {});
  if (!checked.success) return { value: null, problems: [{ path, message: schemaProblem(checked.error) }] };
  return { value: checked.data, problems: [] };
}

/** `content/review.yaml`: which articles an editor reviewed in full. */
export function readReviewRecord(file: string, path = file) {
  return readYamlFile<ReviewRecord>(file, path, reviewRecordSchema);
}

/** `content/speakers.yaml`: an editor's corrections of quote speakers. */
export async function readSpeakerCorrections(file: string, path = file): Promise<{ value: SpeakerCorrection[] | null; problems: EditorialProblem[] }> {
  const { value, problems } = await readYamlFile(file, path, speakerCorrectionsSchema);
  return { value: value?.corrections ?? null, problems };
}

/** An article as the review record is checked against it. */
export interface RecordedArticle {
  id: string;
  sourceFile: string;
  /** SHA-256 of the raw file's bytes now. */
  sha256: string;
}

/**
 * The articles the review covers: those the record lists with the hash their raw file has now.
 * A listed file that is gone, or whose bytes changed since the review, is a problem: its
 * "not reported" findings can no longer be trusted until an editor checks it again.
 */
export function reviewedArticleIds(record: ReviewRecord | null, articles: readonly RecordedArticle[], path: string): { ids: Set<string>; problems: EditorialProblem[] } {
  const ids = new Set<string>();
  const problems: EditorialProblem[] = [];
  const byFile = new Map(articles.map((article) => [article.sourceFile, article]));
  const seen = new Set<string>();
  for (const entry of record?.articles ?? []) {
    if (seen.has(entry.sourceFile)) {
      problems.push({ path, message: `${entry.sourceFile} is listed twice; keep one entry` });
      continue;
    }
    seen.add(entry.sourceFile);
    const article = byFile.get(entry.sourceFile);
    if (!article) problems.push({ path, message: `${entry.sourceFile} is not an article any more (no such file in content/raw); remove its entry` });
    else if (article.sha256 !== entry.sha256) {
      problems.push({
        path,
        message: `${entry.sourceFile} changed since it was reviewed (its SHA-256 is now ${article.sha256}); check its claims (npm run claims:check), then put the new hash in the file`,
      });
    } else ids.add(article.id);
  }
  return { ids, problems };
}
