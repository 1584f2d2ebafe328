// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import markdownCopies from './src/integrations/markdown-copies.ts';
import pagefind from './src/integrations/pagefind.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import slimPricing from './src/integrations/slim-pricing.ts';
import searchOnOpen from './src/integrations/search-on-open.ts';
import { staticReachGroups } from './src/integrations/chunk-groups.ts';
import { siteUrlFor } from './src/lib/site/deploy-site.ts';

// Deploy targets differ: a domain root (SITE_URL only) or a sub-path such as GitHub Pages
// (SITE_URL=https://you.github.io BASE_PATH=/agent-deploy-guide). Both come from the environment
// so the same commit builds for either. A deploy build (`npm run build:deploy`, DEPLOY=true)
// fails without a public SITE_URL instead of shipping localhost addresses; local builds fall back
// to http://localhost:4321.
const site = siteUrlFor(process.env);
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [
    mdx(),
    preact(),
    // The calculators' browser bundle gets content/pricing without notes and second sources.
    slimPricing(),
    // Search's code loads when the dialog first opens.
    searchOnOpen(),
    // Embeds are fragments for iframes, not pages to land on from a search engine.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }),
    // Before Pagefind and the headers: they see the finished set of files.
    markdownCopies(),
    pagefind(),
    securityHeaders(),
  ],
  // Prism emits classes, not inline styles, which the strict style CSP needs.
  markdown: { syntaxHighlight: 'prism' },
  devToolbar: { enabled: false },
  vite: {
    build: {
      // Inline the small site-chrome script (theme, menu, search dialog) so content pages make
      // no request for JavaScript at load. Other assets (images, fonts) are never inlined.
      assetsInlineLimit: (file, content) => (file.endsWith('.js') ? content.length < 12_000 : false),
    },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  // Preact, its hooks and Astro's Preact renderer, with what they import, in one
                  // file: every island needs all of them, and each extra file costs its import
                  // lists and a fresh compression window (0.8 KB gzipped on each calculator page).
                  { name: 'preact', priority: 100, test: /[\\/]node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/ },
                  // The site's modules, by the islands that import them (see chunk-groups.ts).
                  ...staticReachGroups(fileURLToPath(new URL('.', import.meta.url))),
                ],
              },
              chunkFileNames: (chunk) => `_astro/${chunkName(chunk)}.[hash].js`,
            },
          },
        },
      },
    },
  },
});

/**
 * A file's name says what it holds. Rolldown names a shared file after a module in it (the
 * calculators' common code was "ChapterFrame.*.js") or after its group (a list of islands).
 * A part loaded on demand keeps its module's name, and a file of chart code only (what the
 * charts share) is "chart-figure".
 * @param {{ name: string, isEntry: boolean, isDynamicEntry: boolean, moduleIds: readonly string[] }} chunk
 */
function chunkName(chunk) {
  if (chunk.isEntry || chunk.isDynamicEntry) return '[name]';
  if (chunk.moduleIds.some((id) => /[\\/]src[\\/]islands[\\/]calculator[\\/]/.test(id))) return 'calculator-shared';
  if (chunk.moduleIds.every((id) => /[\\/]src[\\/]islands[\\/]charts[\\/]/.test(id))) return 'chart-figure';
  return chunk.name.startsWith('shared~') ? 'shared' : '[name]';
}
