import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildHeadersFile, inlineHashes, withMetaPolicy, type MarkdownCopy, type PageSecurity } from './csp.ts';
import { markdownCopyOf } from '../lib/site/markdown-copy.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(full);
      return e.name.endsWith('.html') ? [full] : [];
    }),
  );
  return nested.flat();
}

/**
 * Writes `dist/_headers` (Netlify / Cloudflare Pages format) after the build: a strict
 * Content-Security-Policy whose script and style hashes are computed from the HTML actually
 * built, so no inline script runs unless it is ours, plus the other security headers.
 * `/embed/` pages may be framed by any site; every other page by none. Each page also gets
 * its own policy as a <meta> element, for hosts that cannot send headers. The chapters'
 * Markdown copies get their content type and a canonical link to their page.
 */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'agent-deploy-guide:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages: PageSecurity[] = [];
        const copies: MarkdownCopy[] = [];
        for (const file of await htmlFiles(outDir)) {
          const path = relative(outDir, file).split(sep).join('/');
          const html = await readFile(file, 'utf8');
          const page = { path, ...inlineHashes(html) };
          pages.push(page);
          const copy = markdownCopyOf(html);
          if (copy) copies.push({ path: new URL(copy.href, 'http://site').pathname, canonicalUrl: copy.canonicalUrl });
          await writeFile(file, withMetaPolicy(html, page));
        }
        await writeFile(join(outDir, '_headers'), buildHeadersFile(pages, base, copies));
        logger.info(`Wrote security headers for ${pages.length} pages.`);
      },
    },
  };
}
