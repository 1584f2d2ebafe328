/**
 * The only script a content page runs at load, inlined into the page by Astro (no external
 * request): theme switch, mobile menu, "on this page" highlighting, and opening the search
 * dialog. The search code, Pagefind's own script, WebAssembly and index load only when the
 * dialog first opens, and its highlighter only on a page opened from a search result
 * (`?highlight=`).
 */
import searchModule from 'virtual:search-module';
import { HIGHLIGHT_PARAM, startHighlight } from './search-highlight.ts';
import { siteBase } from './site-base.ts';

const root = document.documentElement;
const THEME_KEY = 'adg-theme';

function setupTheme(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
  if (!select) return;
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(THEME_KEY);
  } catch {
    // Storage can be blocked (private modes, strict settings): the OS preference still applies.
  }
  select.value = stored === 'light' || stored === 'dark' ? stored : 'auto';
  select.addEventListener('change', () => {
    const value = select.value;
    if (value === 'light' || value === 'dark') root.dataset['theme'] = value;
    else delete root.dataset['theme'];
    try {
      if (value === 'auto') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, value);
    } catch {
      // Not persisted; this page still switches.
    }
  });
}

function setupMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const nav = document.getElementById('site-nav');
  if (!button || !nav) return;
  const set = (open: boolean): void => {
    button.setAttribute('aria-expanded', String(open));
    if (open) nav.setAttribute('data-open', '');
    else nav.removeAttribute('data-open');
    document.body.style.overflow = open ? 'hidden' : '';
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    set(open);
    if (open) nav.querySelector<HTMLElement>('[aria-current="page"], a')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
  // Leaving the small-screen layout closes the menu so the page can scroll again.
  matchMedia('(min-width: 50rem)').addEventListener('change', (e) => {
    if (e.matches) set(false);
  });
}

function setupTocHighlight(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  if (links.length === 0 || !('IntersectionObserver' in window)) return;
  const byId = new Map(links.map((a) => [decodeURIComponent(a.hash.slice(1)), a]));
  const headings = [...byId.keys()].map((id) => document.getElementById(id)).filter((el): el is HTMLElement => el !== null);
  const visible = new Set<string>();
  const mark = (): void => {
    const first = headings.find((h) => visible.has(h.id));
    if (!first) return;
    for (const a of links) a.removeAttribute('aria-current');
    byId.get(first.id)?.setAttribute('aria-current', 'true');
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) visible.add(e.target.id);
        else visible.delete(e.target.id);
      }
      mark();
    },
    { rootMargin: '-64px 0px -60% 0px' },
  );
  for (const h of headings) observer.observe(h);
}

/**
 * The address's path as text. A broken link can carry invalid percent-encoding (`/%E0%A4%A`),
 * which decodeURIComponent rejects with a URIError; then the escapes are dropped instead.
 */
function decodedPath(): string {
  const path = location.pathname;
  try {
    return decodeURIComponent(path);
  } catch {
    return path.replace(/%[0-9a-f]{0,2}/gi, ' ');
  }
}

function setupSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  if (!dialog) return;
  let opener: HTMLElement | null = null;
  let started = false;

  const open = (trigger: HTMLElement | null, query?: string): void => {
    opener = trigger ?? (document.activeElement as HTMLElement | null);
    if (!dialog.open) dialog.showModal();
    const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
    if (input && query !== undefined) input.value = query;
    input?.focus();
    if (!started) {
      started = true;
      // Only the address of the built search module is in this script (see
      // src/integrations/search-on-open.ts); the code arrives on first open.
      void import(/* @vite-ignore */ searchModule).then((search: typeof import('./search.ts')) =>
        search.startSearch(dialog, { siteBase, highlightParam: HIGHLIGHT_PARAM }),
      );
    } else if (query !== undefined) {
      input?.dispatchEvent(new Event('input'));
    }
  };

  dialog.addEventListener('close', () => {
    opener?.focus();
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside the panel) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  // On the 404 page, offer the words of the broken address as the query.
  for (const button of document.querySelectorAll<HTMLElement>('[data-search-from-path]')) {
    const words = decodedPath()
      .replace(siteBase, '/')
      .split(/[\s/\-_.]+/)
      .filter((w) => w.length > 1 && !/^(index|html?|guide)$/i.test(w));
    if (words.length > 0) button.dataset['searchQuery'] = words.join(' ');
  }

  for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
    button.addEventListener('click', () => open(button, button.dataset['searchQuery']));
  }

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      if (dialog.open) dialog.close();
      else open(document.querySelector<HTMLElement>('[data-search-open]'));
    } else if (event.key === '/' && !typing && !dialog.open) {
      event.preventDefault();
      open(document.querySelector<HTMLElement>('[data-search-open]'));
    }
  });
}

function setupPrint(): void {
  // Closed <details> hide their content on paper; open them for printing, then restore.
  const opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
      d.open = true;
      opened.push(d);
    }
  });
  addEventListener('afterprint', () => {
    for (const d of opened.splice(0)) d.open = false;
  });
}

function setupFactPopovers(): void {
  // Escape hides a figure's source popover without moving focus (WCAG 1.4.13: dismissible).
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    const fact = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.fact');
    if (fact) fact.setAttribute('data-dismissed', '');
  });
  const reset = (event: Event): void => {
    (event.target as HTMLElement).closest?.('.fact')?.removeAttribute('data-dismissed');
  };
  document.addEventListener('focusout', reset);
  document.addEventListener('mouseout', reset);
}

setupTheme();
setupFactPopovers();
setupMenu();
setupTocHighlight();
setupSearch();
// Marks the searched words when a search result led here (`?highlight=` in the address).
startHighlight();
setupPrint();
