/** Facts about the built site that browser tests share: its page list comes from the sitemap. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, siteBase } from './built-site.ts';

/** Every page path in the sitemap(s), as served (base path included), e.g. `/guide/cost/`. */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  if (files.length === 0) throw new Error(`No sitemap in ${distDir}: run \`npm run build\` first.`);
  const paths = files.flatMap((f) =>
    [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
  );
  return [...new Set(paths)].sort();
}

/** A page of the site by its path under the base: `sitePath('calculators/cost/')`. */
export function sitePath(path: string): string {
  return `${siteBase}${path.replace(/^\//, '')}`;
}

/**
 * The prices' version a link made today carries (`prices=`): the newest file in
 * content/price-history/, read from the data, not from the code that writes links.
 */
export const LATEST_PRICES = readdirSync(new URL('../../content/price-history/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .sort()
  .at(-1)!
  .replace('.json', '');
