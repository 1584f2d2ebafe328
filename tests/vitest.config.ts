import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { slimPricingPlugin } from '../src/integrations/slim-pricing.ts';

/**
 * Unit tests (`tests/unit`, pure code and islands rendered on a DOM) and the checks over the
 * built site (`tests/dist`). Vitest runs them through Vite, as Astro builds the site, so
 * islands see `import.meta.env` and asset imports exactly as they do in the build.
 *
 * Two projects:
 *  - `model`: the cost model, formulas, exports and validation, with expectations computed by
 *    hand. They read a frozen price book (tests/fixtures/price-book, a copy of content/pricing
 *    taken on 2026-12-05) and a frozen price history (tests/fixtures/price-history, with one
 *    made-up change), so a real price update changes no hand-computed expectation.
 *  - `browser`: the calculator islands on a DOM, with the price book the browser gets (figures
 *    only the chapters cite are left out of it), so a figure wrongly left out fails here.
 *  - `data`: everything else that must hold for the real data: its schema and sources, the
 *    presets, the decision tree, and the built site.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const frozen = [
  'tests/unit/cost/**/*.test.ts',
  'tests/unit/report/**/*.test.ts',
  'tests/unit/chart-data/**/*.test.ts',
  'tests/unit/params/**/*.test.ts',
  'tests/unit/format/**/*.test.ts',
  'tests/unit/pricing/catalog.test.ts',
  'tests/unit/site/link-cards.test.ts',
];

export default defineConfig({
  root,
  resolve: {
    alias: { 'astro:config/client': `${root}tests/support/astro-config-client.ts` },
  },
  test: {
    // Hand-computed expectations and property tests are CPU-bound; no test waits on I/O for long.
    testTimeout: 20_000,
    // The tests share no mutable state, so files reuse workers instead of paying a start-up each.
    isolate: false,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          include: frozen,
          alias: [
            {
              find: /^(?:\.\.\/)+content\/pricing\/([a-z0-9-]+\.json)$/,
              replacement: `${root}tests/fixtures/price-book/$1`,
            },
            {
              find: /^(?:\.\.\/)+content\/price-history\/([0-9-]+\.json)$/,
              replacement: `${root}tests/fixtures/price-history/$1`,
            },
          ],
        },
      },
      {
        extends: true,
        plugins: [slimPricingPlugin({ everywhere: true })],
        test: { name: 'browser', include: ['tests/unit/islands/**/*.test.{ts,tsx}'] },
      },
      {
        extends: true,
        test: {
          name: 'data',
          include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dist/**/*.test.ts'],
          exclude: [...frozen, 'tests/unit/islands/**'],
        },
      },
    ],
  },
});
