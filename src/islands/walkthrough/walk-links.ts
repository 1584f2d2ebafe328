import { toQuery, type Step } from '../../lib/decisions/walk.ts';
import { sitePath } from '../../lib/site/base.ts';

const page = (): string => sitePath('decide/');

/** The walkthrough's address for a set of answers: `/decide/?starting-point=new&...`. */
export function walkHref(path: readonly Step[]): string {
  const q = toQuery(path);
  return q ? `${page()}?${q}` : page();
}

/** A guide link from the tree (`/guide/<slug>/#...`) under the site's base path. */
export function guideHref(link: string): string {
  return sitePath(link);
}
