import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from '../support/site.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page and the chapters', () => {
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/guide/')).length).toBeGreaterThan(0);
});

// axe over a long page (the sources table has 200 rows) takes a while on a 2-core machine.
test.describe.configure({ timeout: 90_000 });

for (const path of paths) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${path} (${scheme}) loads with its CSP, has one h1, and axe finds no violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(path);
      expect(response?.status(), `${path} status`).toBe(200);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp, `${path} CSP`).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      await expect(page.locator('h1')).toHaveCount(1);
      // The markup is the same in both schemes, so the dark pass checks only what colour changes.
      const axe = new AxeBuilder({ page });
      const results = await (scheme === 'light'
        ? axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        : axe.withRules(['color-contrast', 'link-in-text-block'])
      ).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `axe violations on ${path} (${scheme})`).toEqual([]);
    });
  }
}

test.describe('missing pages', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  test('an unknown address answers 404 with a page that offers search and the main entry points', async ({ page }) => {
    const response = await page.goto('/guide/cost-calculatr/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('button', { name: 'Search the guide for this page' }).click();
    await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('cost calculatr');
  });
});
