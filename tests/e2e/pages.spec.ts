import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures.ts';
import { sitemapPaths, sitePath } from '../support/site.ts';
import { kib, measurePage } from '../support/page-weight.ts';
import { axeViolations } from '../support/axe.ts';

/**
 * Every page in the sitemap and both embed views, loaded once: what a reader gets at load
 * (status, CSP, one h1, weight), what axe finds in the light and dark schemes, and whether
 * the page scrolls sideways on a phone or at 200% zoom. One load per page keeps the suite fast.
 */

const paths = sitemapPaths();
// Embeds are left out of the sitemap (they are not pages to land on), but readers see them.
const embeds = ['embed/cost/', 'embed/break-even/'].map(sitePath);

// Budgets in gzipped bytes, not times, so they hold on any machine. For scale: a default
// Starlight page loads about 59 KB gzipped, 31 KB of it JavaScript.
const KB = 1024;
const CONTENT_PAGE_TOTAL = 30 * KB; // HTML + CSS + images at load
// A chapter that embeds a calculator also carries the calculator's server-rendered results
// (what a reader without JavaScript gets: the table and the totals list phones show, about
// 1.7 KB) and Astro's inline island loader (about 1.8 KB). Those are the calculator's weight,
// not the prose's, so such a chapter gets this much on top; the JavaScript of the island
// itself still waits until it is in view. The cost chapter, the longest, loads about 35.2 KB.
const EMBEDDED_CALCULATOR_ALLOWANCE = 6 * KB;
const CSS_PER_PAGE = 20 * KB;
// The calculators hydrate at once on their own pages. The chart (its figure and table, and
// Chart.js, about 51 KB gzipped with just the parts used) loads its code only when it comes near
// the screen; the quota checks and the sensitivity table load theirs once the reader changes an
// input (the server wrote them for the defaults); the old-prices notice and the walkthrough's
// arrival note when the address asks for them; the exports and the embed template when a reader
// reaches the buttons. Before the chart, on 2026-12-05, the cost page loads 43.4 KB and the
// break-even page 44.3 KB (48.9 and 47.4 KB that morning). With the chart: 97.8 and 98.6 KB.
const CALCULATOR_JS_BEFORE_CHART = 45 * KB;
const CALCULATOR_JS_WITH_CHART = 102 * KB;

// A chapter's calculator is an island of its own (the preset's totals and a form): it loads only
// what it shows, 36.9 KB for the cost chapter and 39.6 KB for the break-even chapter on 2026-12-05,
// where the full calculator's island made them load 48.3 and 46.5 KB.
const CHAPTER_CALCULATOR_JS = 41 * KB;

// The chart, loaded when it comes near the screen: its component (figure and table),
// the frame both charts share, Chart.js and the two modules that draw with it.
const CHART_FILE = /\/_astro\/(CostChart|BreakEvenChart|chart-figure|chart|line-chart|bar-chart)\.[\w-]+\.js$/;

async function loadCalculatorAndChart(page: Page): Promise<void> {
  await waitForIslands(page);
  const canvas = page.locator('.calc-chart canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('height', /\d+/);
}

// 320 px is the narrowest phone layout; 640 px is a 1280 px window zoomed to 200 %.
const NARROW_WIDTHS = [320, 640];

/** How far the page is wider than the window, and the first element that pokes out. */
async function sidewaysScroll(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const overflow = document.documentElement.scrollWidth - limit;
    if (overflow <= 0) return null;
    // Tables and code scroll inside their own boxes; anything else that pokes out is the culprit.
    const culprit = [...document.querySelectorAll('body *')].find((e) => {
      const r = e.getBoundingClientRect();
      return r.right > limit + 1 && !e.closest('.table-scroll, pre, .option-table');
    });
    return `${overflow}px wider (${culprit ? `${culprit.tagName.toLowerCase()}.${culprit.className}` : 'unknown'})`;
  });
}

test('the sitemap lists the home page and the chapters', () => {
  expect(paths).toContain(sitePath(''));
  expect(paths.filter((p) => p.startsWith(sitePath('guide/'))).length).toBeGreaterThan(15);
});

for (const path of [...paths, ...embeds]) {
  test(`${path}: CSP and one h1, weight budget, axe in light and dark, no sideways scroll at 320 and 640 px`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const calculator = path.startsWith(sitePath('calculators/')) || path.startsWith(sitePath('embed/'));
    // A calculator page hydrates its island at load, and the reader scrolls to its chart: the
    // measurement runs through both, so a chart that starts loading between two steps still counts.
    const weight = await measurePage(page, path, calculator ? loadCalculatorAndChart : undefined);

    expect(weight.response?.status(), `${path} status`).toBe(200);
    const csp = weight.response?.headers()['content-security-policy'] ?? '';
    expect(csp, `${path} CSP`).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    await expect(page.locator('h1')).toHaveCount(1);

    expect(weight.byKind.css, `${path} CSS ${kib(weight.byKind.css)}`).toBeLessThanOrEqual(CSS_PER_PAGE);
    expect(weight.thirdParty, `${path} third-party requests`).toEqual([]);
    expect(weight.byKind.font, `${path} loads web fonts`).toBe(0);
    if (path.startsWith(sitePath('guide/'))) {
      const scripts = weight.resources.filter((r) => r.kind === 'js').map((r) => r.url);
      expect(scripts, 'JavaScript files loaded by a content page').toEqual([]);
      const calculators = await page.locator('astro-island [data-calculator]').count();
      const budget = CONTENT_PAGE_TOTAL + (calculators > 0 ? EMBEDDED_CALCULATOR_ALLOWANCE : 0);
      const total = weight.byKind.html + weight.byKind.css + weight.byKind.image + weight.byKind.font;
      expect(total, `${path} loads ${kib(total)} (HTML ${kib(weight.byKind.html)}, CSS ${kib(weight.byKind.css)})`).toBeLessThanOrEqual(
        budget,
      );
    }
    if (calculator) {
      const js = weight.resources.filter((r) => r.kind === 'js');
      expect(
        js.some((r) => /Calculator/.test(r.url)),
        'the island loaded',
      ).toBe(true);
      const chartFiles = js.filter((r) => CHART_FILE.test(r.url));
      expect(chartFiles.length, 'Chart.js loaded').toBeGreaterThan(0);
      const all = weight.byKind.js + weight.inlineScriptGzipBytes;
      const before = all - chartFiles.reduce((sum, r) => sum + r.gzipBytes, 0);
      expect(before, `${path} JavaScript apart from the chart: ${kib(before)}`).toBeLessThanOrEqual(CALCULATOR_JS_BEFORE_CHART);
      expect(all, `${path} JavaScript with the chart: ${kib(all)}`).toBeLessThanOrEqual(CALCULATOR_JS_WITH_CHART);
      await page.evaluate(() => window.scrollTo(0, 0));
    }

    expect(await axeViolations(page, 'light'), `axe violations on ${path} (light)`).toEqual([]);

    const viewport = page.viewportSize();
    for (const width of NARROW_WIDTHS) {
      await page.setViewportSize({ width, height: 700 });
      expect(await sidewaysScroll(page), `${path} at ${width} px`).toBeNull();
    }
    if (viewport) await page.setViewportSize(viewport);

    expect(await axeViolations(page, 'dark'), `axe violations on ${path} (dark)`).toEqual([]);
  });
}

for (const chapter of ['guide/cost/', 'guide/break-even/'].map(sitePath)) {
  test(`${chapter}: its calculator loads at most ${CHAPTER_CALCULATOR_JS / KB} KB of JavaScript once scrolled to`, async ({ page }) => {
    const weight = await measurePage(page, chapter, async (p) => {
      await p.locator('[data-calculator]').first().scrollIntoViewIfNeeded();
      await waitForIslands(p);
      await p.waitForLoadState('networkidle');
    });
    const js = weight.resources.filter((r) => r.kind === 'js');
    expect(
      js.some((r) => /ChapterIsland/.test(r.url)),
      'the chapter island loaded',
    ).toBe(true);
    expect(
      js.filter((r) => /CalculatorIsland/.test(r.url)).map((r) => r.url),
      "the full calculator's island",
    ).toEqual([]);
    const all = weight.byKind.js + weight.inlineScriptGzipBytes;
    expect(all, `${chapter} JavaScript with its calculator: ${kib(all)}`).toBeLessThanOrEqual(CHAPTER_CALCULATOR_JS);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // One test walks every page: a browser context per page cost about 1 s each and checked nothing
  // more. Soft assertions still report every page that fails, by its path.
  test('every page still shows its heading and text, and the chapter list is reachable', async ({ page }) => {
    // A page takes well under a second here; the margin is for a loaded machine.
    test.setTimeout(paths.length * 4_000);
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        await expect.soft(page.locator('h1'), `${path}: heading`).toBeVisible();
        // A page without its main region fails here and the walk goes on to the next page.
        const main = page.locator('main');
        const text = (await main.count()) === 1 ? await main.innerText() : '';
        expect.soft(text.length, `${path}: main text`).toBeGreaterThan(400);
        if (path !== sitePath(''))
          await expect.soft(page.getByRole('navigation', { name: 'Guide' }), `${path}: chapter list`).toBeVisible();
      });
    }
  });

  test('controls that need JavaScript are not shown', async ({ page }) => {
    await page.goto(sitePath('guide/overview/'));
    await expect(page.getByRole('button', { name: /^Search/ })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Color theme' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});

test.describe('missing pages', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown address answers 404 with a page that offers search and the main entry points', async ({ page }) => {
    const response = await page.goto(sitePath('guide/cost-calculatr/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('button', { name: 'Search the guide for this page' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('cost calculatr');
  });

  test('an address with broken percent-encoding still gets a working 404 page', async ({ page }) => {
    // `%A` is an escape cut short: decodeURIComponent throws on it. The fixture fails the test
    // on any uncaught error.
    const response = await page.goto(sitePath('%E0%A4%A'));
    expect(response?.status()).toBe(404);
    await page.getByRole('button', { name: 'Search the guide for this page' }).click();
    const box = page.getByRole('searchbox', { name: 'Search the guide' });
    await expect(box).toBeFocused();
    await box.fill('microVM');
    await expect(page.locator('[data-search-results] > li').first()).toBeVisible({ timeout: 15_000 });
  });
});
