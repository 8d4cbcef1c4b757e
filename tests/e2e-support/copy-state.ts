import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where serve-copy.ts records the copy it serves on a port (`{ copy, dist }`), for tests that check its files. */
export function copyStateFile(port: number): string {
  return join(tmpdir(), `parallax-serve-copy-${port}.json`);
}
