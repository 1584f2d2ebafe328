/**
 * Search results over Pagefind's JS API. This module is its own file, which the site script
 * (chrome.ts) imports when the reader first opens search (src/integrations/search-on-open.ts);
 * Pagefind itself (its script, WebAssembly and index chunks) loads from /pagefind/ then too.
 * Results are built with DOM methods, never innerHTML, so no page text can inject markup.
 *
 * Pagefind ranks pages well but stems words ("Savings Plans" also finds "plan" and "saves")
 * and lists a page's sections in page order, so the section a reader wants can come fifth.
 * `rank` below puts exact phrases first; see its comment for the rule.
 */
import { allowPagefindWorker } from './trusted-types.ts';

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  weighted_locations?: { weight: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;
const MAX_SUB_RESULTS = 4;
// Pages whose fragments may be loaded and re-ranked, so a phrase match further down can move up.
const MAX_CANDIDATES = 24;

let pagefind: Promise<PagefindApi> | null = null;

/**
 * Where the site lives and the highlight parameter, from the chrome script that loads this
 * module on first open: taken as arguments so the two share no module (a shared module would
 * become a file every page requests).
 */
export interface SearchSite {
  siteBase: string;
  highlightParam: string;
}

function loadPagefind({ siteBase, highlightParam }: SearchSite): Promise<PagefindApi> {
  const url = `${siteBase}pagefind/pagefind.js`;
  allowPagefindWorker(siteBase);
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    // Result links get `?highlight=<word>` per word, which search-highlight.ts marks on arrival.
    // Pagefind's `ranking` weights stay at their defaults: termSimilarity, pageLength and
    // metaWeights.title only reshuffled pages (or pushed "Further reading" first for microVM);
    // none of them can tell "Savings Plans" from "plan", which all index as the same stems.
    await api.options({ baseUrl: siteBase, excerptLength: 22, highlightParam });
    await api.init();
    return api;
  });
  return pagefind;
}

/**
 * Turns Pagefind's excerpt into DOM nodes without parsing HTML (an HTML parser is a Trusted
 * Types sink, and the page text must never become markup). Pagefind builds the excerpt from
 * the page text with only `<` and `>` escaped, then wraps each hit in `<mark>…</mark>`.
 */
function excerptNodes(excerpt: string): Node[] {
  // Marks never nest, so hits sit at the odd places: "a <mark>b</mark> c" -> ["a ", "b", " c"].
  return excerpt.split(/<\/?mark>/).map((part, i) => {
    const text = part.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    if (i % 2 === 0) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** Lower-cased words, punctuation dropped: "Spot and Savings Plans." -> " spot and savings plans ". */
function words(text: string): string {
  const list = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return ` ${list.join(' ')} `;
}

/** Text of an excerpt without Pagefind's <mark> tags. */
function plain(entry: { excerpt: string; plain_excerpt?: string }): string {
  return entry.plain_excerpt ?? entry.excerpt.replace(/<\/?mark>/g, '');
}

/**
 * How well a section (or a page) matches the query, compared left to right:
 * 1. all the query's words adjacent, in order (case and punctuation ignored), in its title or excerpt;
 * 2. its title contains every query word;
 * 3. Pagefind's weight for the section's hits (a heading hit weighs 5-7, body text 1).
 */
type Rank = [phrase: number, title: number, weight: number];

function rankOf(query: string, title: string, excerpt: string, weight: number): Rank {
  const phrase = words(query);
  const titleWords = words(title);
  return [
    titleWords.includes(phrase) || words(excerpt).includes(phrase) ? 1 : 0,
    phrase
      .trim()
      .split(' ')
      .every((w) => titleWords.includes(` ${w} `))
      ? 1
      : 0,
    weight,
  ];
}

function compareRanks(a: Rank, b: Rank): number {
  return b[0] - a[0] || b[1] - a[1] || b[2] - a[2];
}

interface Ranked {
  data: PagefindResultData;
  subs: PagefindSubResult[];
  rank: Rank;
}

/**
 * Sorts each page's sections by `rankOf` (ties keep page order), keeps the best
 * MAX_SUB_RESULTS, then sorts pages by their best section's phrase and title match; among
 * equals Pagefind's page score decides (the sort is stable and the input is in score order).
 */
function rank(query: string, pages: PagefindResultData[]): Ranked[] {
  const ranked = pages.map((data): Ranked => {
    const subs = data.sub_results
      .filter((s) => s.url !== data.url && s.url.includes('#'))
      .map((s) => {
        const weight = (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
        return { s, rank: rankOf(query, s.title, plain(s), weight) };
      })
      .sort((a, b) => compareRanks(a.rank, b.rank));
    const page = rankOf(query, data.meta.title ?? '', plain(data), 0);
    const best = [page, ...subs.map((x) => x.rank)].reduce((a, b) => (compareRanks(a, b) <= 0 ? a : b));
    return { data, subs: subs.slice(0, MAX_SUB_RESULTS).map((x) => x.s), rank: [best[0], best[1], 0] };
  });
  return ranked.sort((a, b) => compareRanks(a.rank, b.rank));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult({ data, subs }: Ranked): HTMLLIElement {
  const li = el('li', 'result');
  const link = el('a');
  link.href = data.url;
  link.append(el('span', 'result-title', data.meta.title ?? data.url));
  const excerpt = el('span', 'result-excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  link.append(excerpt);
  li.append(link);

  if (subs.length > 0) {
    const list = el('ul', 'sub-results');
    list.setAttribute('aria-label', `Sections of ${data.meta.title ?? 'this page'}`);
    for (const sub of subs) {
      const item = el('li');
      const a = el('a');
      a.href = sub.url;
      a.append(el('span', 'sub-title', sub.title));
      const ex = el('span', 'result-excerpt');
      ex.append(...excerptNodes(sub.excerpt));
      a.append(ex);
      item.append(a);
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

export function startSearch(dialog: HTMLDialogElement, site: SearchSite): void {
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  if (!input || !status || !list || !form) return;

  let latest = 0;
  const run = async (): Promise<void> => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query.length < 2) {
      list.replaceChildren();
      status.textContent = 'Type at least two characters.';
      return;
    }
    status.textContent = 'Searching…';
    let api: PagefindApi;
    try {
      api = await loadPagefind(site);
    } catch {
      pagefind = null;
      list.replaceChildren();
      status.textContent =
        'Search is unavailable: the search index could not be loaded. Browse the chapters in the menu, or try again after the site finishes deploying.';
      return;
    }
    const response = await api.debouncedSearch(query, {}, 120);
    if (response === null || ticket !== latest) return; // a newer keystroke superseded this one
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (ticket !== latest) return;
    let ranked = rank(query, data);
    // A page further down can only move up past one without the phrase in a heading; when
    // every page shown has it, loading more fragments cannot change the list.
    if (response.results.length > MAX_RESULTS && ranked.some(({ rank: [phrase, title] }) => phrase + title < 2)) {
      const more = await Promise.all(response.results.slice(MAX_RESULTS, MAX_CANDIDATES).map((r) => r.data()));
      if (ticket !== latest) return;
      ranked = rank(query, [...data, ...more]);
    }
    list.replaceChildren(...ranked.slice(0, MAX_RESULTS).map(renderResult));
    const total = response.results.length;
    status.textContent =
      total === 0
        ? `No results for “${query}”. Try a shorter or different word.`
        : `${total} ${total === 1 ? 'page matches' : 'pages match'} “${query}”${total > MAX_RESULTS ? `; showing the first ${MAX_RESULTS}` : ''}.`;
  };

  input.addEventListener('input', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    list.querySelector<HTMLAnchorElement>('a')?.focus();
  });
  // Arrow keys move between results; the input stays one Tab away.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    if (links.length === 0) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    event.preventDefault();
    if (event.key === 'ArrowDown') links[Math.min(i + 1, links.length - 1)]?.focus();
    else if (i <= 0) input.focus();
    else links[i - 1]?.focus();
  });
  // Following a result to another section of the same page must close the dialog.
  list.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) dialog.close();
  });
  if (input.value.trim().length > 0) void run();
  // Start loading Pagefind (script, WebAssembly, index) while the reader types the first
  // words. A failure here is reported by the first search, which tries again.
  const loading = loadPagefind(site);
  loading.catch(() => {
    if (pagefind === loading) pagefind = null;
  });
}
