import { test, expect } from './fixtures.ts';
import { sitemapPaths } from '../support/site.ts';
import { kib, measurePage } from '../support/page-weight.ts';

// Budgets in gzipped bytes, not times, so they hold on any machine. For scale: a default
// Starlight page loads about 59 KB gzipped, 31 KB of it JavaScript.
const KB = 1024;
const CONTENT_PAGE_TOTAL = 30 * KB; // HTML + CSS + images at load
// A chapter that embeds a calculator also carries the calculator's server-rendered results
// table (what a reader without JavaScript gets, about 1.5 KB) and Astro's inline island
// loader (about 2 KB). Those are the calculator's weight, not the prose's, so such a chapter
// gets this much on top; the JavaScript of the island itself still waits until it is in view.
const EMBEDDED_CALCULATOR_ALLOWANCE = 5 * KB;
const CSS_PER_PAGE = 20 * KB;

const paths = sitemapPaths();
const chapters = paths.filter((p) => p.startsWith('/guide/'));

test.describe('page weight budgets', () => {
  for (const path of chapters) {
    test(`${path}: no external JavaScript at load, at most 30 KB in all (plus 5 KB for an embedded calculator)`, async ({ page }) => {
      const weight = await measurePage(page, path);
      const scripts = weight.resources.filter((r) => r.kind === 'js').map((r) => r.url);
      expect(scripts, 'JavaScript files loaded by a content page').toEqual([]);
      const calculators = await page.locator('astro-island [data-calculator]').count();
      const budget = CONTENT_PAGE_TOTAL + (calculators > 0 ? EMBEDDED_CALCULATOR_ALLOWANCE : 0);
      const total = weight.byKind.html + weight.byKind.css + weight.byKind.image + weight.byKind.font;
      expect(total, `${path} loads ${kib(total)} (HTML ${kib(weight.byKind.html)}, CSS ${kib(weight.byKind.css)})`).toBeLessThanOrEqual(budget);
    });
  }

  test('every page loads at most 20 KB of CSS and nothing from another origin', async ({ page }) => {
    test.setTimeout(paths.length * 5_000);
    for (const path of paths) {
      const weight = await measurePage(page, path);
      expect(weight.byKind.css, `${path} CSS ${kib(weight.byKind.css)}`).toBeLessThanOrEqual(CSS_PER_PAGE);
      expect(weight.thirdParty, `${path} third-party requests`).toEqual([]);
      expect(weight.byKind.font, `${path} loads web fonts`).toBe(0);
    }
  });
});

// The calculators hydrate when they scroll into view and load Chart.js only when the chart
// comes near the screen. Chart.js 4.6 with just the controllers, elements and scales used
// is about 51 KB gzipped on its own (bar and line charts share one chunk), so the whole
// page cannot fit the "about 70 KB including Chart.js": what loads before the chart
// stays under 70 KB, and everything, chart included (about 95 KB today), under 100 KB.
const CALCULATOR_JS_BEFORE_CHART = 70 * KB;
const CALCULATOR_JS_ALL = 100 * KB;

test.describe('calculator JavaScript budgets', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const path of ['/calculators/cost/', '/calculators/break-even/', '/embed/cost/']) {
    test(`${path}: at most 70 KB of JavaScript until the chart is in view, 100 KB with it`, async ({ browser }) => {
      // A fresh context per measurement, so nothing comes from the cache.
      const fresh = async () => (await browser.newContext()).newPage();
      const hydrated = (p: import('@playwright/test').Page) =>
        p.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
      const before = await measurePage(await fresh(), path, async (p) => {
        await hydrated(p);
        await p.waitForLoadState('networkidle');
      });
      const js = (w: typeof before) => w.byKind.js + w.inlineScriptGzipBytes;
      expect(before.resources.some((r) => r.kind === 'js' && /Calculator/.test(r.url)), 'the island loaded').toBe(true);
      expect(js(before), `${path} JavaScript before the chart: ${kib(js(before))}`).toBeLessThanOrEqual(CALCULATOR_JS_BEFORE_CHART);

      const all = await measurePage(await fresh(), path, async (p) => {
        await hydrated(p);
        await p.locator('.calc-chart canvas').scrollIntoViewIfNeeded();
        await p.waitForFunction(() => (document.querySelector('.calc-chart canvas') as HTMLCanvasElement | null)?.hasAttribute('height'));
        await p.waitForLoadState('networkidle');
      });
      expect(all.resources.some((r) => r.kind === 'js' && /\/chart\./.test(r.url)), 'Chart.js loaded').toBe(true);
      expect(js(all), `${path} JavaScript with the chart: ${kib(js(all))}`).toBeLessThanOrEqual(CALCULATOR_JS_ALL);
    });
  }
});
