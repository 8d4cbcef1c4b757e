import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file below a directory (not the directories), as full paths in code-unit order. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? listFiles(join(directory, entry.name)) : Promise.resolve([join(directory, entry.name)]))));
  return nested.flat().sort();
}
