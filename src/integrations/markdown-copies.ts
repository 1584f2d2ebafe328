import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chapterMarkdown, markdownCopyOf, readChapterPage } from '../lib/site/markdown-copy.ts';

/**
 * Writes each chapter's Markdown copy (`guide/cost/index.html` -> `guide/cost.md`) after the
 * build, from the HTML the build wrote: the copy cannot show a figure, link or correction the
 * page does not, because it is made from the page. (An endpoint rendering the MDX a second
 * time would also work in `astro dev`, but would be a second path that could drift.) The file
 * goes where the page's own `<link rel="alternate" type="text/markdown">` says, so the page and
 * the file never disagree about the address. Runs before Pagefind and the security headers,
 * which then see the finished set of files.
 */
export default function markdownCopies(): AstroIntegration {
  let base = '/';
  return {
    name: 'agent-deploy-guide:markdown-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const guideDir = join(outDir, 'guide');
        let written = 0;
        for (const entry of await readdir(guideDir, { withFileTypes: true })) {
          if (!entry.isDirectory()) continue;
          const html = await readFile(join(guideDir, entry.name, 'index.html'), 'utf8').catch(() => null);
          const copy = html === null ? undefined : markdownCopyOf(html);
          if (!html || !copy) throw new Error(`guide/${entry.name}/ is not a chapter page with a Markdown copy.`);
          const path = decodeURIComponent(new URL(copy.href, 'http://site').pathname);
          if (!path.startsWith(base) || !path.endsWith('.md'))
            throw new Error(`guide/${entry.name}/: "${copy.href}" is not a .md file under ${base}`);
          await writeFile(join(outDir, path.slice(base.length)), chapterMarkdown(readChapterPage(html)));
          written++;
        }
        logger.info(`Wrote Markdown copies of ${written} chapters.`);
      },
    },
  };
}
