import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { RawFile } from '../ingest/ingest-articles.ts';

/** Entries of the raw folder that are not files, each as "<dir>/<name>: <problem>". */
export interface RawFolder {
  files: RawFile[];
  problems: string[];
}

/**
 * Reads every entry of the raw article folder. Hidden files (".DS_Store", editor swap files)
 * are skipped; a sub-folder is a problem, not something to descend into.
 */
export async function readRawFolder(directory: string, displayName = directory): Promise<RawFolder> {
  const files: RawFile[] = [];
  const problems: string[] = [];
  const names = (await readdir(directory)).filter((name) => !name.startsWith('.')).sort();
  for (const name of names) {
    const path = join(directory, name);
    if (!(await stat(path)).isFile()) {
      problems.push(`${displayName}/${name}: is a folder; article files must sit directly in ${displayName}`);
      continue;
    }
    files.push({ name, bytes: new Uint8Array(await readFile(path)) });
  }
  return { files, problems };
}

/** `readRawFolder`, where a missing folder holds no article (a new event's, before its first `add`). */
export async function readRawFolderIfAny(directory: string, displayName = directory): Promise<RawFolder> {
  try {
    return await readRawFolder(directory, displayName);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], problems: [] };
    throw error;
  }
}
