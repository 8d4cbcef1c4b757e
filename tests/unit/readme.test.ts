import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/render.ts';

const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!.trim());

describe('README', () => {
  it('has exactly two set-up commands: run the site, run every test', () => {
    expect(shellBlocks).toEqual(['npm install && npm start', 'npm install && npm test']);
  });

  it('is what CI runs: .ci/run ends with the README test command', () => {
    const ci = readFileSync(join(projectRoot, '.ci', 'run'), 'utf8').trim().split('\n');
    expect(ci.at(-1)).toBe(shellBlocks[1]);
  });

  it('documents every npm script', () => {
    const scripts = Object.keys(JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts);
    for (const script of scripts) {
      const shown = script === 'start' || script === 'test' ? `npm ${script}` : `npm run ${script}`;
      if (script === 'preview') continue; // used by the browser tests; `npm start` is what people run
      expect(readme, `README mentions ${shown}`).toContain(`\`${shown}\``);
    }
  });
});
