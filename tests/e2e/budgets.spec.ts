import { test, expect } from './fixtures.ts';
import { sitemapPaths } from '../support/site.ts';
import { kib, measurePage } from '../support/page-weight.ts';

// Budgets in gzipped bytes, not times, so they hold on any machine. For scale: a default
// Starlight page loads about 59 KB gzipped, 31 KB of it JavaScript.
const KB = 1024;
const CONTENT_PAGE_TOTAL = 30 * KB; // HTML + CSS + images at load
const CSS_PER_PAGE = 20 * KB;

const paths = sitemapPaths();
const chapters = paths.filter((p) => p.startsWith('/guide/'));

test.describe('page weight budgets', () => {
  for (const path of chapters) {
    test(`${path}: no external JavaScript at load, at most 30 KB in all`, async ({ page }) => {
      const weight = await measurePage(page, path);
      const scripts = weight.resources.filter((r) => r.kind === 'js').map((r) => r.url);
      expect(scripts, 'JavaScript files loaded by a content page').toEqual([]);
      const total = weight.byKind.html + weight.byKind.css + weight.byKind.image + weight.byKind.font;
      expect(total, `${path} loads ${kib(total)} (HTML ${kib(weight.byKind.html)}, CSS ${kib(weight.byKind.css)})`).toBeLessThanOrEqual(
        CONTENT_PAGE_TOTAL,
      );
    });
  }

  test('every page loads at most 20 KB of CSS and nothing from another origin', async ({ page }) => {
    for (const path of paths) {
      const weight = await measurePage(page, path);
      expect(weight.byKind.css, `${path} CSS ${kib(weight.byKind.css)}`).toBeLessThanOrEqual(CSS_PER_PAGE);
      expect(weight.thirdParty, `${path} third-party requests`).toEqual([]);
      expect(weight.byKind.font, `${path} loads web fonts`).toBe(0);
    }
  });
});
