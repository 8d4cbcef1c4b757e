import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A file to write: its path relative to the directory, and its content. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/**
 * Replaces `directory` with one holding exactly `files`, so that readers see either the old
 * contents or the new, never a half-written mix: the files are written to a sibling temporary
 * directory first, which is then renamed into place. On any error the old directory is left
 * as it was and the temporary one is removed.
 */
export async function replaceDirectory(directory: string, files: readonly OutputFile[]): Promise<void> {
  const parent = dirname(directory);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = join(parent, `.${basename(directory)}.new-${stamp}`);
  const retired = join(parent, `.${basename(directory)}.old-${stamp}`);
  await mkdir(staging, { recursive: true });
  try {
    for (const file of files) {
      const target = join(staging, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  let hadPrevious = true;
  try {
    await rename(directory, retired);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(staging, { recursive: true, force: true });
      throw error;
    }
    hadPrevious = false;
  }
  try {
    await rename(staging, directory);
  } catch (error) {
    if (hadPrevious) await rename(retired, directory);
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
}
