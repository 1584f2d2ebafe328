import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests (`tests/unit`, pure code and islands rendered to HTML) and the checks over the
 * built site (`tests/dist`). Vitest runs them through Vite, as Astro builds the site, so
 * islands see `import.meta.env` and asset imports exactly as they do in the build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dist/**/*.test.ts'],
    // Hand-computed expectations and property tests are CPU-bound; no test waits on I/O for long.
    testTimeout: 20_000,
    // The tests share no mutable state, so files reuse workers instead of paying a start-up each.
    isolate: false,
    maxWorkers: 2,
  },
});
