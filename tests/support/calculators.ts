/**
 * Shared by the calculator tests (in the browser and on a DOM in unit tests): reading the data-* contract, checking a page for
 * broken figures or injected markup, and generating hostile query strings.
 */
import type { Page } from '@playwright/test';

/** `data-usd` of a line (or `total`) of an option, as the page shows it. */
export async function usd(page: Page, option: string, line: string, scope = ''): Promise<string | null> {
  return page.locator(`${scope} [data-option="${option}"] [data-line="${line}"]`.trim()).first().getAttribute('data-usd');
}

export interface PageProblems {
  /** NaN, Infinity or undefined anywhere in the visible text or in a data-usd / data-breakeven. */
  brokenFigures: string[];
  /** Elements inside the calculator that only markup from a parameter could have created. */
  injected: string[];
  /** Messages not tied to their field (aria-describedby, aria-invalid). */
  untied: string[];
  /** ids used more than once in the document. */
  duplicateIds: string[];
}

/**
 * The problems in a rendered calculator. Self-contained (it runs inside the browser through
 * `page.evaluate` as well as in unit tests on a DOM), so it may use nothing from this module.
 */
export function problemsIn(document: Document): PageProblems {
  const brokenFigures: string[] = [];
  // The page's text, hidden parts included, without code and without the list of ignored
  // parameter names (it repeats what the link had, whatever it was).
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest('script, style, template, .calc-ignored')) parts.push(node.nodeValue ?? '');
  }
  const text = parts.join(' ');
  for (const word of ['NaN', 'Infinity', 'undefined']) {
    const at = text.search(new RegExp(`\\b${word}\\b`));
    if (at !== -1) brokenFigures.push(`${word} in text: …${text.slice(Math.max(0, at - 60), at + 20)}…`);
  }
  for (const el of document.querySelectorAll('[data-usd]')) {
    const v = el.getAttribute('data-usd') ?? '';
    if (!/^\d+\.\d\d$/.test(v)) brokenFigures.push(`data-usd="${v}"`);
  }
  for (const el of document.querySelectorAll('[data-breakeven], [data-pair-breakeven]')) {
    const v = el.getAttribute('data-breakeven') ?? el.getAttribute('data-pair-breakeven') ?? '';
    if (!/^(\d+|none)$/.test(v)) brokenFigures.push(`data-breakeven="${v}"`);
  }
  const injected: string[] = [];
  for (const calc of document.querySelectorAll('[data-calculator]')) {
    for (const el of calc.querySelectorAll('script, iframe, object, embed, img, svg, style, link, meta, marquee, b, i, u')) {
      injected.push(el.outerHTML.slice(0, 80));
    }
    for (const el of calc.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) injected.push(`${el.tagName} ${attr}`);
    }
  }
  const untied: string[] = [];
  for (const msg of document.querySelectorAll('.calc-field-message')) {
    const field = msg.closest('.calc-field');
    const control = field?.querySelector('input, select');
    const ids = (control?.getAttribute('aria-describedby') ?? '').split(/\s+/);
    if (!control || !ids.includes(msg.id) || control.getAttribute('aria-invalid') !== 'true') {
      untied.push(`${field?.getAttribute('data-field') ?? '?'}: ${msg.textContent?.slice(0, 60)}`);
    }
  }
  const seen = new Map<string, number>();
  for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
  const duplicateIds = [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  return { brokenFigures, injected, untied, duplicateIds };
}

export async function pageProblems(page: Page): Promise<PageProblems> {
  return page.evaluate(`(${problemsIn.toString()})(document)`);
}

export const noProblems: PageProblems = { brokenFigures: [], injected: [], untied: [], duplicateIds: [] };

/** A small seeded generator, so a failing fuzz case can be reproduced from its index. */
export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const params = [
  'requests_per_day',
  'input_tokens',
  'output_tokens',
  'model',
  'retrievals_per_request',
  'session_seconds',
  'active_cpu_seconds',
  'session_memory_gb',
  'idle_seconds',
  'requests_per_session',
  'agentcore_platform',
  'inference_profile',
  'fargate_tasks',
  'task_vcpu',
  'task_memory_gb',
  'arch',
  'region',
  'traffic',
  'vector_store',
  'opensearch_redundancy',
  'peak_to_average',
  'concurrency_per_task',
  'min_tasks',
  'spot_percent',
  'egress',
  'load_balancer',
  'custom_cost_per_1k_queries',
  'ingest_tokens_per_month',
  'nat_gateways',
  'lambda_ms',
];
const hostileNames = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'utm_source',
  '__proto__',
  'constructor',
  'ré_qüest',
  '',
  '💥',
];
const values = [
  '',
  ' ',
  '0',
  '-0',
  '-1',
  '-5',
  '1',
  '2',
  '3',
  '7',
  '0.5',
  '1.5',
  '2.25',
  '1e3',
  '1e400',
  '-1e400',
  '1e-400',
  '99999999999999999999',
  '9007199254740993',
  '100000000',
  '100000001',
  'NaN',
  'Infinity',
  '-Infinity',
  'abc',
  '0x10',
  '1,000',
  '10,000.5',
  '1.2.3',
  'auto',
  'AUTO',
  'true',
  'false',
  'yes',
  'off',
  'v1',
  'v2',
  'v3',
  'global',
  'geo',
  'arm64',
  'x86_64',
  'mips',
  'us-east-1',
  'eu-west-1',
  'mars-north-1',
  'claude-haiku-4-5',
  'nova-pro',
  'gpt-5',
  'steady',
  'bursty',
  'business-hours',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE x; --",
  '{{7*7}}',
  '${7*7}',
  '%00',
  '\u202e123',
  '١٢٣',
  '１２３',
  '😀',
  'a'.repeat(300),
  '8'.repeat(400),
  'undefined',
  'null',
];

/** `count` query strings mixing real and unknown names, repeated keys, and bad, huge or hostile values. */
export function hostileQueries(seed: number, count: number): string[] {
  const rand = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const q = new URLSearchParams();
    const n = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < n; k++) {
      const name = rand() < 0.85 ? pick(params) : pick(hostileNames);
      q.append(name, pick(values));
      if (rand() < 0.15) q.append(name, pick(values));
    }
    out.push(q.toString());
  }
  return out;
}

/**
 * Applies a query string to an already loaded calculator the way Back and Forward do
 * (pushState + popstate), then waits for the render: the same parsing and rendering as a
 * page load, without reloading 50 inputs' worth of page for every fuzz case.
 */
export async function applyQuery(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', `${location.pathname}?${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/** Every figure and message a rendered calculator shows, to compare two ways of reaching a scenario. Self-contained, like `problemsIn`. */
export function snapshotOf(document: Document): string[] {
  return [
    ...[...document.querySelectorAll('[data-usd], [data-breakeven], [data-pair-breakeven]')].map(
      (el) =>
        `${el.closest('[data-option]')?.getAttribute('data-option') ?? ''} ${el.getAttribute('data-line') ?? ''} ${el.getAttribute('data-usd') ?? el.getAttribute('data-breakeven') ?? el.getAttribute('data-pair-breakeven')}`,
    ),
    ...[...document.querySelectorAll('.calc-field-message, .calc-ignored')].map((el) => el.textContent ?? ''),
    ...[...document.querySelectorAll('.calc-form input, .calc-form select')].map(
      (el) => `${(el as HTMLInputElement).name}=${(el as HTMLInputElement).value}`,
    ),
  ];
}

export async function snapshot(page: Page): Promise<string[]> {
  return page.evaluate(`(${snapshotOf.toString()})(document)`);
}

/**
 * Records every layout shift the browser reports from the next page load on (the Layout
 * Instability API: content on screen that moved without the reader's input), with when it happened.
 */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: { at: number; text: string }[] = [];
    (window as unknown as { layoutShifts: typeof seen }).layoutShifts = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const shift = entry as unknown as { value: number; sources: { node?: Node | null; previousRect: DOMRect; currentRect: DOMRect }[] };
        const moved = shift.sources.map((s) => {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          return `${el ? `${el.tagName.toLowerCase()}.${el.className}` : 'text'} ${Math.round(s.previousRect.y)} -> ${Math.round(s.currentRect.y)}`;
        });
        seen.push({ at: entry.startTime, text: `${shift.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}` });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Moves focus to `selector` as the Tab key does, which scrolls the page straight to it, waits while
 * what came into view settles (Chart.js loads and draws), and returns the layout shifts recorded
 * once the HTML was parsed: what the page's own code moves (hydration, parts that load, the chart).
 *
 * Shifts before that are Chrome painting a half-parsed page, which it does only when parsing is
 * slow: under an 8x CPU slowdown, a preset chip drawn before its text arrived moved 5 px, and on a
 * loaded machine one run in nine failed that way. The shifts a page could avoid are gone: the theme
 * control has a minimum width, and the scrollbar's room is kept from the first paint.
 */
export async function shiftsAfterFocusing(page: Page, selector: string): Promise<string[]> {
  await page.locator(selector).focus();
  await page.waitForTimeout(2500);
  return page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    const parsed = navigation?.domInteractive ?? 0;
    return (window as unknown as { layoutShifts: { at: number; text: string }[] }).layoutShifts
      .filter((s) => s.at >= parsed)
      .map((s) => s.text);
  });
}
