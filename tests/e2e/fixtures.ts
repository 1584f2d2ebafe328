import { test as base, expect, type Page } from '@playwright/test';

interface Fixtures {
  /** Console errors a test expects (e.g. the 404 of a missing page); anything else fails it. */
  expectedConsoleErrors: RegExp[];
  consoleErrors: string[];
}

/**
 * Every test fails on a console error or an uncaught exception on the page: a user would
 * not see them, but they mean something on the page is broken.
 */
export const test = base.extend<Fixtures>({
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(m.text()))) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(`Uncaught: ${e.message}`));
      // The server sends the built _headers, so a blocked inline script or style shows here.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`);
        });
      });
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until every island on the page has hydrated, so typing reaches Preact, not dead HTML. */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')));
}
