import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Property tests run thousands of cases through wink-nlp; give them room on 2-core machines.
    testTimeout: 60_000,
    // Hooks that run the scripts (ingest, analyze) wait on the same shared cores.
    hookTimeout: 60_000,
  },
});
