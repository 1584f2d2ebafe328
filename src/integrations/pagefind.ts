import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Indexes the built site with Pagefind after every `astro build`. `astro build` empties
 * `dist/`, so the index has to be written after the pages, never before.
 * Only elements marked `data-pagefind-body` (the main content) are indexed, and only in HTML
 * files: the chapters' Markdown copies (`guide/<slug>.md`) repeat their pages and stay out.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'agent-deploy-guide:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir, glob: '**/*.html' });
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: `${outDir}pagefind` });
          if (written.errors.length > 0) throw new Error(written.errors.join('; '));
          logger.info(`Indexed ${added.page_count} pages for search.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
