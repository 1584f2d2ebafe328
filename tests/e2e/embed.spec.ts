import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures.ts';
import { noProblems, pageProblems } from '../support/calculators.ts';
import { sitePath } from '../support/site.ts';

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForIslands(page);
}

// Another origin as the host, as a reader's site would be: a second server on this machine
// (Chromium keeps pages from elsewhere from framing loopback addresses, and the site's own
// pages may frame nothing: default-src 'none' and no frame-src).
const hosts: Server[] = [];
test.afterEach(() => {
  for (const host of hosts.splice(0)) host.close();
});

async function openHostPage(page: Page, body: string): Promise<void> {
  const host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(body));
  hosts.push(host);
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
}

test.describe('embeds', () => {
  test('/embed/cost/ takes the same parameters, has no site chrome, is not indexed and links back with the inputs', async ({ page }) => {
    const response = await page.goto(sitePath('embed/cost/?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2'));
    await waitForIslands(page);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('.site-header, .sidebar, .site-footer')).toHaveCount(0);
    // Hand-computed in cost-calculator.spec.ts.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '825.51');
    const back = page.getByRole('link', { name: 'Open these inputs in the full calculator' });
    await expect(back).toHaveAttribute('href', sitePath('calculators/cost/?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2'));
    // Presets, Reset and the no-JavaScript form stay inside the frame.
    await expect(page.locator('form.calc-form')).toHaveAttribute('action', sitePath('embed/cost/'));
    await expect(page.getByRole('link', { name: 'Reset to the defaults' })).toHaveAttribute('href', sitePath('embed/cost/'));
    await page.locator('.calc-form [name="requests_per_day"]').fill('3000');
    await expect(back).toHaveAttribute('href', /requests_per_day=3000/);
    await expect(page).toHaveURL(new RegExp(`${sitePath('embed/cost/')}\\?requests_per_day=3000&`));
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test('/embed/break-even/ shows the break-even with the same data-* contract', async ({ page }) => {
    await open(page, sitePath('embed/break-even/?idle_seconds=0'));
    // By hand in break-even.spec.ts.
    await expect(page.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '12373');
    await expect(page.getByRole('link', { name: 'Open these inputs in the full calculator' })).toHaveAttribute(
      'href',
      sitePath('calculators/break-even/?idle_seconds=0'),
    );
  });

  test('?view=hosting opens each embed in the hosting view, and the way back keeps it', async ({ page }) => {
    await open(page, sitePath('embed/cost/?requests_per_day=2500&view=hosting'));
    await expect(page.getByRole('radio', { name: 'Hosting only' })).toBeChecked();
    await expect(page.locator('.calc-category-table caption')).toHaveText('Monthly hosting cost by category');
    const back = page.getByRole('link', { name: 'Open these inputs in the full calculator' });
    await expect(back).toHaveAttribute('href', sitePath('calculators/cost/?requests_per_day=2500&view=hosting'));
    await page.getByRole('radio', { name: 'All costs' }).check();
    await expect(page).toHaveURL(new RegExp(`${sitePath('embed/cost/')}\\?requests_per_day=2500$`));
    await expect(back).toHaveAttribute('href', sitePath('calculators/cost/?requests_per_day=2500'));

    await open(page, sitePath('embed/break-even/?view=hosting'));
    await expect(page.locator('.chart-table caption')).toHaveText('Monthly hosting cost by volume');
    await expect(page.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '3169');
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test('in an iframe on another site, the embed posts its height and the iframe can follow it', async ({ page, baseURL }) => {
    await openHostPage(
      page,
      `<!doctype html><title>Host</title><iframe title="Cost calculator" src="${baseURL}${sitePath('embed/cost/')}" width="600" height="200"></iframe>`,
    );
    await page.evaluate(() => {
      const w = window as unknown as { heights: number[] };
      w.heights = [];
      addEventListener('message', (e) => {
        if (e.data?.type === 'agent-deploy-guide:height') {
          w.heights.push(e.data.height);
          document.querySelector('iframe')!.height = String(e.data.height);
        }
      });
    });
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '3221.96');
    await frame.locator('body').evaluate(() => dispatchEvent(new Event('resize')));
    await frame.locator('details[data-group="fargate"] > summary').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(1500);
    await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(1500);
  });
});

test.describe('embeds on another site', () => {
  // The README's snippet, as an integrator copies it, on a host page of another origin.
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const snippet = /### Embedding\s+```html\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  async function hostTwoEmbeds(page: Page, baseURL: string): Promise<void> {
    const site = new URL(baseURL);
    const ours = snippet.replaceAll('https://guide.example.com', site.origin);
    const second = ours.replaceAll('adg-cost', 'adg-break-even').replace(/\/embed\/cost\/\?[^"]*/, '/embed/break-even/');
    await openHostPage(page, `<!doctype html><title>Host</title>${ours}${second}`);
  }

  const styleHeight = (page: Page, id: string) => page.evaluate((i) => document.getElementById(i)!.style.height, id);
  const frameHeight = (page: Page, name: string) =>
    page
      .frame({ url: new RegExp(`/embed/${name}/`) })!
      .evaluate(() => `${Math.ceil(document.documentElement.getBoundingClientRect().height)}px`);

  test("the README's snippet sizes each of two embeds to its own height and ignores other messages", async ({ page, baseURL }) => {
    expect(snippet).toContain('event.source');
    await hostTwoEmbeds(page, baseURL!);
    // Let the cost embed finish loading, with the parts it loads on demand for its inputs in place,
    // so the only height messages from here on are the ones this test sends. (The break-even embed
    // has no inputs and hydrates only when scrolled into view.)
    const costFrame = page.frameLocator('#adg-cost');
    await expect(costFrame.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(costFrame.locator('.deferred[data-loading]')).toHaveCount(0);
    await expect.poll(() => styleHeight(page, 'adg-cost')).toMatch(/px$/);
    await expect.poll(() => styleHeight(page, 'adg-break-even')).toMatch(/px$/);
    await expect.poll(async () => (await styleHeight(page, 'adg-cost')) === (await frameHeight(page, 'cost'))).toBe(true);
    await expect.poll(async () => (await styleHeight(page, 'adg-break-even')) === (await frameHeight(page, 'break-even'))).toBe(true);
    expect(await styleHeight(page, 'adg-cost')).not.toBe(await styleHeight(page, 'adg-break-even'));

    // Count messages after the snippet's listeners have seen them (listeners run in order).
    await page.evaluate(() => {
      const w = window as unknown as { seen: number };
      w.seen = 0;
      addEventListener('message', () => (w.seen += 1));
    });
    const seen = () => page.evaluate(() => (window as unknown as { seen: number }).seen);
    const before = await styleHeight(page, 'adg-cost');
    const message = (height: unknown) => ({ type: 'agent-deploy-guide:height', height });
    const cost = page.frame({ url: /\/embed\/cost\// })!;
    const breakEven = page.frame({ url: /\/embed\/break-even\// })!;
    const start = await seen();
    // From the host page itself, from the other embed, and from the cost embed with heights
    // that are not usable: none of them resizes the cost embed.
    await page.evaluate((m) => window.postMessage(m, '*'), message(40));
    await breakEven.evaluate((m) => parent.postMessage(m, '*'), message(123));
    for (const bad of [1e9, -5, 'tall', null, Number.POSITIVE_INFINITY])
      await cost.evaluate((m) => parent.postMessage(m, '*'), message(bad));
    await expect.poll(seen).toBeGreaterThanOrEqual(start + 7);
    expect(await styleHeight(page, 'adg-cost')).toBe(before);
    expect(await styleHeight(page, 'adg-break-even')).toBe('123px');
    // A usable height from the cost embed applies to it alone.
    await cost.evaluate((m) => parent.postMessage(m, '*'), message(777.2));
    await expect.poll(() => styleHeight(page, 'adg-cost')).toBe('778px');
    expect(await styleHeight(page, 'adg-break-even')).toBe('123px');
  });

  test('the frame shrinks again when the embed gets shorter', async ({ page, baseURL }) => {
    await hostTwoEmbeds(page, baseURL!);
    const frame = page.frameLocator('#adg-cost');
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(frame.locator('.deferred[data-loading]')).toHaveCount(0);
    await expect.poll(async () => (await styleHeight(page, 'adg-cost')) === (await frameHeight(page, 'cost'))).toBe(true);
    const closed = parseInt(await styleHeight(page, 'adg-cost'), 10);
    const notes = frame.locator('[data-option="ecs-fargate"] .calc-notes > summary');
    await notes.click();
    await expect.poll(async () => parseInt(await styleHeight(page, 'adg-cost'), 10)).toBeGreaterThan(closed);
    await notes.click();
    // A body at least as tall as the frame kept it at the taller height.
    await expect.poll(async () => parseInt(await styleHeight(page, 'adg-cost'), 10)).toBe(closed);
  });

  test('links that leave the calculator open a new tab; the presets, the form and in-page links stay in the frame', async ({
    page,
    baseURL,
    context,
  }) => {
    await hostTwoEmbeds(page, baseURL!);
    const frame = page.frameLocator('#adg-cost');
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
    await frame.locator('[data-option="ecs-fargate"] [data-line]:not([data-line="total"]) details.calc-formula > summary').first().click();
    const links = await frame
      .locator('a[href]')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), preset: a.closest('.calc-presets') !== null })),
      );
    const leaving = links.filter((l) => !l.href.startsWith('#') && !l.preset);
    expect(leaving.length).toBeGreaterThanOrEqual(5);
    expect(leaving.filter((l) => l.target !== '_blank')).toEqual([]);
    expect(links.filter((l) => l.href.startsWith('#') || l.preset).every((l) => l.target === null)).toBe(true);

    // A price's source opens in a new tab and the embed stays where it was.
    const source = frame.locator('.calc-sources a[href^="http"]').first();
    const [tab] = await Promise.all([context.waitForEvent('page'), source.click()]);
    await tab.close();
    expect(page.frame({ url: /\/embed\/cost\// })).not.toBeNull();
  });
});

test.describe('copy embed code', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the break-even calculator copies an embed with its inputs that works pasted into a plain page', async ({ page }) => {
    await open(page, sitePath('calculators/break-even/?idle_seconds=0'));
    await page.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Embed code copied' })).toBeVisible();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain(`${sitePath('embed/break-even/')}?idle_seconds=0&amp;prices=`);
    // Pasted as is into a page of another origin: the embed shows the same break-even and sizes itself.
    await openHostPage(page, `<!doctype html><title>Someone's notes</title><h1>Our hosting notes</h1>${code}`);
    const frame = page.frameLocator('#adg-break-even');
    await expect(frame.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '12373');
    await expect.poll(() => page.evaluate(() => document.getElementById('adg-break-even')!.style.height)).toMatch(/^\d+px$/);
  });

  test.describe('offline', () => {
    test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

    test('the embed code loads on first use: offline it says so, and the next press copies it', async ({ page }) => {
      // The template is a file of its own, fetched when a reader reaches the buttons.
      const template = /\/_astro\/embed-snippet\.[\w-]+\.js$/;
      await page.route(template, (route) => route.abort('internetdisconnected'));
      await open(page, sitePath('calculators/cost/?requests_per_day=3000'));
      const button = page.getByRole('button', { name: 'Copy embed code' });
      await button.click();
      const status = page.locator('.calc-export').getByRole('status');
      await expect(status).toHaveText('The embed code could not load. Check your connection and press the button again.');
      await page.unroute(template);
      await button.click();
      await expect(status).toHaveText(/^Embed code copied/);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
        `${sitePath('embed/cost/')}?requests_per_day=3000&amp;prices=`,
      );
    });
  });
});

test.describe('embeds as a host page asks', () => {
  test('?theme=light keeps the embed light in a dark color scheme, ?theme=dark the reverse', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(page, sitePath('embed/cost/?theme=light'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
    await open(page, sitePath('embed/cost/?theme=dark'));
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(20, 22, 27)');
    // The page parameters stay in the address as the reader edits, and are not reported as ignored.
    await page.locator('.calc-form [name="requests_per_day"]').fill('3000');
    await expect(page).toHaveURL(/\?requests_per_day=3000&theme=dark$/);
    await expect(page.locator('.calc-ignored')).toHaveCount(0);
  });

  test('?layout=compact shows the results first and the inputs on request', async ({ page }) => {
    await open(page, sitePath('embed/cost/?layout=compact'));
    const form = page.locator('form.calc-form');
    await expect(form).toBeHidden();
    // All three totals in the first screen of a 1280 x 720 frame.
    for (const option of ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate']) {
      await expect(page.locator(`[data-option="${option}"] [data-line="total"]`).first()).toBeInViewport();
    }
    await page.getByRole('button', { name: 'Change the inputs' }).click();
    await expect(form).toBeVisible();
  });
});

test.describe('calculators in chapters', () => {
  test('the cost chapter shows the preset, then a live form that never rewrites the chapter address', async ({ page }) => {
    await page.goto(sitePath('guide/cost/'));
    const calc = page.locator('[data-calculator="cost"]');
    // Rendered at build time from the seed-example preset: 304,166.67 x (2,000 x $3 + 500 x $15) / 1M = $4,106.25.
    await expect(calc.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '4106.25');
    const full = calc.getByRole('link', { name: /in the full calculator/ });
    await expect(full).toHaveAttribute('href', new RegExp(`^${sitePath('calculators/cost/')}\\?.*model=claude-sonnet-4-5`));
    await calc.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await calc.getByRole('button', { name: 'Change the inputs' }).click();
    // The browser builds this form; its hints arrive as data (730 hours / 24 = 30.42 days).
    await expect(calc.locator('[data-field="requests_per_day"] .calc-hint')).toHaveText(/so monthly volume is this x 30\.42\.$/);
    await calc.locator('[name="requests_per_day"]').fill('2400');
    // 2,400 x 730 / 24 = 73,000 requests x (2,000 x $3 + 500 x $15) / 1M = $985.50.
    await expect(calc.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '985.50');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(sitePath('guide/cost/'));
    await expect(full).toHaveAttribute('href', /requests_per_day=2400/);
    await expect(calc.locator('.calc-chapter-lede')).toContainText('Your inputs, changed from this scenario.');
    await calc.getByRole('button', { name: 'Back to the scenario' }).click();
    await expect(calc.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '4106.25');
    // The preset's summary is back (the page hands it to the island: the browser's presets have none).
    await expect(calc.locator('.calc-chapter-lede')).toContainText(
      '10,000 requests a day, 2,000 input and 500 output tokens on Claude Sonnet 4.5',
    );
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test('on a phone the chapter calculator shows all three totals without a sideways swipe', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(sitePath('guide/cost/'));
    const calc = page.locator('[data-calculator="cost"]');
    for (const option of ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate']) {
      const total = calc.locator(`[data-option="${option}"] [data-line="total"]`);
      await total.scrollIntoViewIfNeeded();
      const box = (await total.boundingBox())!;
      expect(box.x + box.width, option).toBeLessThanOrEqual(375);
      expect(box.x, option).toBeGreaterThanOrEqual(0);
    }
  });

  test('the break-even chapter shows the steady pipeline crossing', async ({ page }) => {
    await page.goto(sitePath('guide/break-even/'));
    const calc = page.locator('[data-calculator="break-even"]');
    // By hand (content/scenarios/steady-pipeline.json; model tokens and logs cancel): per invocation a day,
    // AgentCore v2 (10 vCPU-s x $0.1276 + 2 GB x 120 s x $0.0169) / 3,600 x 30.4167 = $0.0450505;
    // Fargate adds LCU and NAT data, $0.0000301. Fixed: 2 ARM tasks of 2 vCPU / 4 GB
    // 1,460 h x (2 x $0.03238 + 4 x $0.00356) = $115.34, plus ALB $16.425, NAT $32.85 and their 3 public
    // IPv4 addresses 3 x 730 h x $0.005 = $10.95: $175.565.
    // 175.565 / (0.0450505 - 0.0000301) = 3,899.7, where 2 tasks still suffice (they hold 20,160 a day).
    await expect(calc.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '3900');
    await calc.scrollIntoViewIfNeeded();
    await waitForIslands(page);
    await expect(calc.getByRole('button', { name: 'Change the inputs' })).toBeVisible();
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('chapters show the preset figures and a working link to the full calculator', async ({ page }) => {
      await page.goto(sitePath('guide/cost/'));
      const calc = page.locator('[data-calculator="cost"]');
      await expect(calc.locator('[data-option="agentcore-runtime"] [data-line="total"]')).toBeVisible();
      await expect(calc.getByRole('button')).toHaveCount(0);
      await expect(calc.getByRole('link', { name: /in the full calculator/ })).toBeVisible();
    });
  });
});
