import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below a directory (not the directories), as full paths in code-unit order. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(directory, entry.name)) : Promise.resolve([join(directory, entry.name)]))));
  return nested.flat().sort();
}

/**
 * Whether a folder holds at least one file whose name ends with `extension` (".md"); a missing
 * folder holds none. Lets a new event's empty collections build without Astro's warnings.
 */
export async function holdsFiles(directory: string, extension: string): Promise<boolean> {
  try {
    return (await readdir(directory)).some((name) => name.endsWith(extension));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}
