import { test, expect } from './fixtures.ts';
import { sitemapPaths } from '../support/site.ts';

const paths = sitemapPaths();

// 320 px is the narrowest phone layout; 640 px is a 1280 px window zoomed to 200 %.
for (const width of [320, 640]) {
  test(`no page scrolls sideways at ${width} px (tables and code scroll inside their own boxes)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    const overflowing: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) {
        const culprit = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          const el = [...document.querySelectorAll('body *')].find((e) => {
            const r = e.getBoundingClientRect();
            return r.right > limit + 1 && !e.closest('.table-scroll, pre, .option-table');
          });
          return el ? `${el.tagName.toLowerCase()}.${el.className}` : 'unknown';
        });
        overflowing.push(`${path}: ${overflow}px wider (${culprit})`);
      }
    }
    expect(overflowing).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every page still shows its heading and text, and the chapter list is reachable', async ({ page }) => {
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      const text = await page.locator('main').innerText();
      expect(text.length, `${path} main text`).toBeGreaterThan(400);
      if (path !== '/') await expect(page.getByRole('navigation', { name: 'Guide' }), path).toBeVisible();
    }
  });

  test('controls that need JavaScript are not shown', async ({ page }) => {
    await page.goto('/guide/overview/');
    await expect(page.getByRole('button', { name: /^Search/ })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Colour theme' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  });
});
