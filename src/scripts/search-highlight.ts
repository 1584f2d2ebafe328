/**
 * Marks the searched words on the page a search result led to. Result links carry one
 * `?highlight=<word>` per word (Pagefind's `highlightParam`); only then does this load
 * Pagefind's highlighter, so a page opened any other way loads no script file at all.
 * `addStyles: false`: its default injects an inline <style>, which the site's CSP blocks; the
 * marks (`mark.pagefind-highlight`) are styled in SearchDialog.astro instead.
 */
import { siteBase } from './site-base.ts';

/** The address parameter result links carry; search.ts gives the same name to Pagefind. */
export const HIGHLIGHT_PARAM = 'highlight';

type Highlighter = new (options: { highlightParam: string; addStyles: boolean }) => unknown;

export function startHighlight(): void {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const url = `${siteBase}pagefind/pagefind-highlight.js`;
  (import(/* @vite-ignore */ url) as Promise<{ default: Highlighter }>).then(
    ({ default: PagefindHighlight }) => {
      // Wraps each word inside [data-pagefind-body] in <mark>, which changes no layout, so the
      // browser's scroll to the section anchor stays where it was.
      new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
    },
    () => {
      // Without the index deployed the page still reads fine, just without marks.
    },
  );
}
