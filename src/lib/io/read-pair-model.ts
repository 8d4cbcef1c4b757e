import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_PAIR_MODEL } from '../analysis/matcher/default-model.ts';
import { readClaimFiles } from '../review/claim-files.ts';
import { pairModelSchema, type PairModel } from '../schemas/pair-model.ts';

/**
 * Reads the fitted pair model (`content/pair-model.json`). A missing file is null (the analysis
 * then uses the shipped default: see `eventPairModel`); a file that is not the schema's is an error naming it.
 */
export async function readPairModel(file: string, shown = file): Promise<PairModel | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${shown}: is not valid JSON (${(error as Error).message}); refit it with npm run model:fit`);
  }
  const parsed = pairModelSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${shown}: ${issue.path.join('.') || 'the file'}: ${issue.message}; refit it with npm run model:fit`);
  }
  return parsed.data;
}

/** The fitted pair model of a content folder (`<content>/pair-model.json`); `shown` names the folder in messages. */
export function readContentPairModel(contentDirectory: string, shown = contentDirectory): Promise<PairModel | null> {
  return readPairModel(join(contentDirectory, PAIR_MODEL_FILE), `${shown}/${PAIR_MODEL_FILE}`);
}

/** The pair model's file name in the content folder. */
export const PAIR_MODEL_FILE = 'pair-model.json';

/**
 * The model this event's analysis uses: the fitted `content/pair-model.json` only while the event
 * has reviewed claims (it is fitted on them); without any, the shipped default fitted across the
 * evaluation corpus. A fitted model left from another event, or from claims since removed, is
 * never used for an event whose editor has reviewed nothing.
 */
export function eventPairModel(fitted: PairModel | null, reviewedClaims: number): { model: PairModel; fitted: boolean } {
  if (fitted === null || reviewedClaims === 0 || fitted.trainedOn.reviewedClaims === 0) return { model: DEFAULT_PAIR_MODEL, fitted: false };
  return { model: fitted, fitted: true };
}

/** `eventPairModel` for a content folder: its fitted model, and its reviewed claim files counted. */
export async function readEventPairModel(contentDirectory: string, shown = contentDirectory): Promise<{ model: PairModel; fitted: boolean }> {
  const fitted = await readContentPairModel(contentDirectory, shown);
  const { claims } = await readClaimFiles(join(contentDirectory, 'claims'));
  return eventPairModel(fitted, claims.filter((claim) => claim.status === 'reviewed').length);
}
