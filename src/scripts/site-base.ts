/**
 * The site's base path for the site-wide script. The same value as `siteBase` in
 * `src/lib/site/base.ts`, read here rather than imported from there: that module is shared
 * with the calculator islands, so importing it would split it into a chunk of its own and
 * every page would load two script files instead of the one inlined script.
 */
import { base } from 'astro:config/client';

export const siteBase: string = base.endsWith('/') ? base : `${base}/`;
