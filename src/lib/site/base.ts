/**
 * The site's base path (BASE_PATH at build time, `/` by default) and addresses under it.
 * Read from Astro's configuration, never from `import.meta.env.BASE_URL`: in server rendering
 * an ambient BASE_URL environment variable (many CI systems set one) overrides that, and the
 * favicon link became `https://ci.example.comfavicon.svg`.
 */
import { base } from 'astro:config/client';
import { withBase } from './navigation.ts';

export const siteBase: string = base.endsWith('/') ? base : `${base}/`;

/** A site path under the base: `sitePath('calculators/cost/')` -> `/calculators/cost/` (or `/sub/calculators/cost/`). */
export function sitePath(path: string): string {
  return withBase(siteBase, path);
}

export type CalculatorId = 'cost' | 'break-even';

/** A calculator's page (`/calculators/cost/`), or its chrome-less view for iframes (`/embed/cost/`). */
export function calculatorPath(calculator: CalculatorId, view: 'page' | 'embed' = 'page'): string {
  return sitePath(view === 'embed' ? `embed/${calculator}/` : `calculators/${calculator}/`);
}

/** The full calculator at `path` with a scenario's query (none for the defaults). */
export function calculatorHref(path: string, query: string): string {
  return `${path}${query ? `?${query}` : ''}`;
}
