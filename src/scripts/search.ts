/**
 * Search results over Pagefind's JS API. Loaded on the first opening of the dialog; Pagefind
 * itself (its script, WebAssembly and index chunks) loads from /pagefind/ at that moment too.
 * Results are built with DOM methods, never innerHTML, so no page text can inject markup.
 */

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
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

let pagefind: Promise<PagefindApi> | null = null;

function loadPagefind(): Promise<PagefindApi> {
  const base = import.meta.env.BASE_URL;
  const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (api) => {
    await api.options({ baseUrl: base, excerptLength: 22 });
    await api.init();
    return api;
  });
  return pagefind;
}

/** Turns Pagefind's excerpt (escaped text with <mark> around hits) into safe DOM nodes. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const nodes: Node[] = [];
  for (const child of doc.body.firstChild?.childNodes ?? []) {
    if (child.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = child.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(child.textContent ?? ''));
    }
  }
  return nodes;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const li = el('li', 'result');
  const link = el('a');
  link.href = data.url;
  link.append(el('span', 'result-title', data.meta.title ?? data.url));
  const excerpt = el('span', 'result-excerpt');
  excerpt.append(...excerptNodes(data.excerpt));
  link.append(excerpt);
  li.append(link);

  const subs = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, MAX_SUB_RESULTS);
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

export function startSearch(dialog: HTMLDialogElement): void {
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
      api = await loadPagefind();
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
    list.replaceChildren(...data.map(renderResult));
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
}
