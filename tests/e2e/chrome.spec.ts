import { test, expect } from './fixtures.ts';
import { sitePath } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

test.describe('search', () => {
  test('opens from the header button, Ctrl+K and /, closes with Esc and returns focus to the button', async ({ page }) => {
    await page.goto(sitePath('guide/overview/'));
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    const button = page.getByRole('button', { name: /^Search/ });

    await button.click();
    await expect(dialog).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    await page.keyboard.press('Control+k');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    // "/" opens search from anywhere but a text field.
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await expect(dialog).toBeVisible();
  });

  test('keyboard only: Tab to the search button, Enter, type, arrow to a result and follow it', async ({ page }) => {
    await page.goto(sitePath(''));
    // Skip link first, then the site title, then search.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: /^Search/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.type('microVM');
    const firstResult = page.locator('[data-search-results] a').first();
    // The first search loads Pagefind's WebAssembly and index: over 5 s on a busy machine.
    await expect(firstResult).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    await expect(firstResult).toBeFocused();
    const href = await firstResult.getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test.describe('without an index', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test('shows a clear message, not a broken dialog, when the search index is missing', async ({ page }) => {
      await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(sitePath('guide/overview/'));
      await page.keyboard.press('Control+k');
      await page.keyboard.type('agent');
      await expect(page.getByRole('status')).toContainText('Search is unavailable');
    });
  });

  test('loads no JavaScript file until search opens, then loads the search code and Pagefind', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(sitePath('guide/overview/'));
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('cost');
    await expect(page.locator('[data-search-results] li').first()).toBeVisible({ timeout: 15_000 });
    expect(scripts.some((s) => s.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(scripts.filter((s) => /\/_astro\/search\.[\w-]+\.js$/.test(s))).toHaveLength(1);
  });
});

test.describe('search under the enforced Trusted Types policy', () => {
  test("search runs in Pagefind's worker and a result opens with its words marked, with no policy violation", async ({ page }) => {
    // Recorded by the page itself, so a violation inside Pagefind's code counts too.
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const response = await page.goto(sitePath('guide/overview/'));
    // The test means something only while the header enforces the policy.
    expect(response?.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'; trusted-types default");

    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('microVM');
    const sub = page.locator('[data-search-results] .sub-results a').first();
    await expect(sub).toBeVisible({ timeout: 15_000 });
    // Without the policy, new Worker() throws and Pagefind searches on the main thread instead.
    expect(workers).toEqual([sitePath('pagefind/pagefind-worker.js')]);
    // The excerpt's hits arrive as <mark> elements, built without an HTML parser.
    await expect(sub.locator('.result-excerpt mark').first()).toHaveText(/^microvm\b/i);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);

    await sub.click();
    await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });

  test.describe('a script URL the site does not use', () => {
    test.use({ expectedConsoleErrors: [/TrustedScriptURL|CSP violation: (require-trusted-types-for|trusted-types)/] });
    test("is refused: the policy vouches only for Pagefind's worker", async ({ page }) => {
      await page.goto(sitePath('guide/overview/'));
      await page.keyboard.press('Control+k');
      await page.getByRole('searchbox', { name: 'Search the guide' }).fill('microVM');
      await expect(page.locator('[data-search-results] > li').first()).toBeVisible({ timeout: 15_000 });
      // The same file under another name, then another origin's: both must throw.
      const outcomes = await page.evaluate(() =>
        [`${location.origin}/pagefind/pagefind.js`, 'https://elsewhere.example/pagefind/pagefind-worker.js'].map((url) => {
          try {
            new Worker(url).terminate();
            return 'started';
          } catch (error) {
            return (error as Error).name;
          }
        }),
      );
      expect(outcomes).toEqual(['TypeError', 'TypeError']);
    });
  });
});

test.describe('small screens', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the menu button opens the chapter list by keyboard and Escape closes it', async ({ page }) => {
    await page.goto(sitePath('guide/overview/'));
    const menu = page.getByRole('button', { name: 'Menu' });
    const nav = page.getByRole('navigation', { name: 'Guide' });
    await expect(nav).toBeHidden();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.locator('[aria-current="page"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();
  });
});

test.describe('theme', () => {
  test('a dark choice persists across pages and is applied before the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor;
      });
    });
    await page.goto(sitePath('guide/overview/'));
    await page.getByRole('combobox', { name: 'Color theme' }).selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.goto(sitePath(''));
    // The init script records the first frame's color once; `load` can come before that frame.
    const firstFrame = () => page.evaluate(() => (window as unknown as { firstFrame?: string }).firstFrame);
    await expect.poll(firstFrame).toBe('rgb(20, 22, 27)');
    await expect(page.getByRole('combobox', { name: 'Color theme' })).toHaveValue('dark');

    await page.getByRole('combobox', { name: 'Color theme' }).selectOption('auto');
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    await expect.poll(firstFrame).toBe('rgb(255, 255, 255)');
  });

  test('with no stored choice the page follows the system color scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(sitePath(''));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 22, 27)');
  });
});

test.describe('headings', () => {
  test('every h2 and h3 in a chapter has an id and a link to itself that shows on focus', async ({ page }) => {
    await page.goto(sitePath('guide/overview/'));
    const headings = page.locator('.prose h2, .prose h3');
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const id = await headings.nth(i).getAttribute('id');
      expect(id, `heading ${i} id`).toBeTruthy();
      const anchor = page.locator(`a.anchor-link[href="#${id}"]`);
      await expect(anchor).toHaveCount(1);
    }
    const first = page.locator('a.anchor-link').first();
    await first.focus();
    await expect(first).toHaveCSS('opacity', '1');
  });
});

test.describe('search results', () => {
  async function search(page: import('@playwright/test').Page, query: string) {
    await page.goto(sitePath(''));
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query);
    // The status names the query once that query's results are in the list. The first search
    // also loads Pagefind's WebAssembly and index, which on a busy machine can take over 5 s.
    await expect(page.locator('[data-search-status]')).toContainText(`“${query}”`, { timeout: 15_000 });
    const results = page.locator('[data-search-results] > li');
    await expect(results.first()).toBeVisible();
    return results;
  }

  test('a phrase from one chapter section links straight to that section', async ({ page }) => {
    // "TSTALIASID" (Bedrock Agents' built-in test alias) is explained under one heading of the
    // deployment-model chapter.
    const results = await search(page, 'TSTALIASID');
    const sub = results.locator(
      `a[href^="${sitePath('guide/deployment-model/')}?"][href$="#bedrock-agents-prepare-a-draft-then-move-an-alias"]`,
    );
    await expect(sub).toBeVisible();
    await sub.click();
    await expect(page).toHaveURL(/\/guide\/deployment-model\/\?highlight=tstaliasid#bedrock-agents-prepare-a-draft-then-move-an-alias$/);
    await expect(page.locator('#bedrock-agents-prepare-a-draft-then-move-an-alias')).toBeInViewport();
  });

  test('“microVM”, “idle timeout” and “Savings Plans” each find their chapter among the first five results', async ({ page }) => {
    const results = await search(page, 'microVM');
    for (const [query, chapter] of [
      ['microVM', sitePath('guide/options/')],
      ['idle timeout', sitePath('guide/state-and-sessions/')],
      ['Savings Plans', sitePath('guide/cost/')],
    ]) {
      await page.getByRole('searchbox', { name: 'Search the guide' }).fill(query!);
      await expect(results.first()).toBeVisible();
      await expect
        .poll(
          async () =>
            (await results.locator(':scope > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 5),
          query,
        )
        .toContain(chapter);
    }
  });

  // The section each phrase is about, as built: a heading that holds the whole phrase.
  // In page order, as Pagefind lists them, these were the chapter's fifth, sixth and third
  // sections, behind stem matches such as "plan on the saving" (and the fifth was cut off).
  const phrases: { query: string; chapters: string[]; section: string }[] = [
    { query: 'Savings Plans', chapters: [sitePath('guide/cost/')], section: 'Spot and Savings Plans' },
    { query: 'idle timeout', chapters: [sitePath('guide/state-and-sessions/')], section: 'Choosing the idle timeout' },
    // Two chapters have a microVM heading and Pagefind scores them within 0.1% of each other,
    // so either may come first: "A session is a microVM, …" or "…your code in a managed microVM".
    { query: 'microVM', chapters: [sitePath('guide/state-and-sessions/'), sitePath('guide/options/')], section: 'microVM' },
  ];
  for (const { query, chapters, section } of phrases) {
    test(`“${query}”: a section titled with the phrase comes first and opens with the words marked`, async ({ page }) => {
      const results = await search(page, query);
      const first = results.first();
      const path = await first.locator(':scope > a').evaluate((a) => (a as HTMLAnchorElement).pathname);
      expect(chapters, `${query}: first result`).toContain(path);
      const link = first.locator('.sub-results a').first();
      await expect(link.locator('.sub-title')).toContainText(section);
      await expect(link.locator('.sub-title')).toContainText(query, { ignoreCase: true });

      // The link carries one highlight parameter per word, then the section anchor.
      const target = new URL((await link.getAttribute('href'))!, page.url());
      const words = query.toLowerCase().split(' ');
      expect(target.searchParams.getAll('highlight')).toEqual(words);
      await link.click();
      await expect(page).toHaveURL(target.href);

      const heading = page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`);
      const marks = heading.locator('mark.pagefind-highlight');
      for (const word of words) {
        const mark = marks.filter({ hasText: new RegExp(`^${word}$`, 'i') }).first();
        await expect(mark, `“${word}” marked in the section heading`).toBeVisible();
        await expect(mark).toBeInViewport();
      }
      // Marking moved nothing: the section is still where the anchor put it.
      await expect(heading).toBeInViewport();
    });
  }

  test('marked words use the site’s colors and pass axe in the light and dark schemes', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(sitePath('guide/cost/?highlight=savings&highlight=plans#spot-and-savings-plans'));
    const marks = page.locator('#spot-and-savings-plans mark.pagefind-highlight');
    await expect(marks).toHaveText([/^savings$/i, /^plans$/i]);
    // The site's own colors: the highlighter's inline <style> is left out (the CSP blocks it).
    await expect(marks.first()).toHaveCSS('background-color', 'rgb(255, 226, 122)');
    expect(await axeViolations(page, 'light', 'mark.pagefind-highlight'), 'axe on the marks (light)').toEqual([]);
    expect(await axeViolations(page, 'dark', 'mark.pagefind-highlight'), 'axe on the marks (dark)').toEqual([]);
    await expect(marks.first()).toHaveCSS('background-color', 'rgb(87, 69, 0)');
  });

  test('a page opened without the highlight parameter marks nothing and loads no script file', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(sitePath('guide/cost/#spot-and-savings-plans'));
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await expect(page.locator('#spot-and-savings-plans')).toBeInViewport();
    await expect(page.locator('mark')).toHaveCount(0);
  });
});
