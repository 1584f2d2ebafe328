import { withBase } from '../../lib/site/navigation.ts';
import { toQuery, type Step } from '../../lib/decisions/walk.ts';

const page = (): string => withBase(import.meta.env.BASE_URL, 'decide/');

/** The walkthrough's address for a set of answers: `/decide/?starting-point=new&...`. */
export function walkHref(path: readonly Step[]): string {
  const q = toQuery(path);
  return q ? `${page()}?${q}` : page();
}

/** A guide link from the tree (`/guide/<slug>/#...`) under the site's base path. */
export function guideHref(link: string): string {
  return withBase(import.meta.env.BASE_URL, link);
}

export function calculatorHref(query: string | undefined): string {
  const url = withBase(import.meta.env.BASE_URL, 'calculators/cost/');
  return query ? `${url}?${query}` : url;
}
