import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures.ts';
import { noProblems, pageProblems } from '../support/calculators.ts';
import { sitePath } from '../support/site.ts';

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForIslands(page);
}

test.describe('embeds', () => {
  test('/embed/cost/ takes the same parameters, has no site chrome, is not indexed and links back with the inputs', async ({ page }) => {
    const response = await page.goto(sitePath('embed/cost/?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2'));
    await waitForIslands(page);
    expect(response?.headers()['content-security-policy']).toContain('frame-ancestors *');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('.site-header, .sidebar, .site-footer')).toHaveCount(0);
    // Hand-computed in cost-calculator.spec.ts.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '814.56');
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
    await expect(page.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '11349');
    await expect(page.getByRole('link', { name: 'Open these inputs in the full calculator' })).toHaveAttribute('href', sitePath('calculators/break-even/?idle_seconds=0'));
  });

  test('in an iframe, the embed posts its height and the iframe can follow it', async ({ page, baseURL }) => {
    // A page of the site as the host (same origin, its own CSP allows framing 'self').
    await page.goto(sitePath('sources/'));
    await page.setContent(`<!doctype html><title>Host</title><iframe title="Cost calculator" src="${baseURL}${sitePath('embed/cost/')}" width="600" height="200"></iframe>`);
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
    await expect(frame.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '3211.01');
    await page.evaluate(() => (document.querySelector('iframe') as HTMLIFrameElement).contentWindow!.dispatchEvent(new Event('resize')));
    await frame.locator('details[data-group="fargate"] > summary').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length)).toBeGreaterThan(0);
    const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
    expect(Math.max(...heights)).toBeGreaterThan(1500);
    await expect.poll(async () => Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(1500);
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
    await calc.locator('[name="requests_per_day"]').fill('2400');
    // 2,400 x 730 / 24 = 73,000 requests x (2,000 x $3 + 500 x $15) / 1M = $985.50.
    await expect(calc.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '985.50');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(sitePath('guide/cost/'));
    await expect(full).toHaveAttribute('href', /requests_per_day=2400/);
    await calc.getByRole('button', { name: 'Back to the scenario' }).click();
    await expect(calc.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '4106.25');
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
    // AgentCore v2 (10 vCPU-s x $0.1276 + 2 GB x 120 s x $0.0169) / 3,600 x 30.4167 = $0.0450500;
    // Fargate adds LCU and NAT data, $0.0000301. Fixed: 2 ARM tasks of 2 vCPU / 4 GB
    // 1,460 h x (2 x $0.03238 + 4 x $0.00356) = $115.34, plus ALB $16.425 and NAT $32.85 = $164.615.
    // 164.615 / (0.0450500 - 0.0000301) = 3,656.5, where 2 tasks still suffice (they hold 20,160 a day).
    await expect(calc.locator('[data-breakeven]')).toHaveAttribute('data-breakeven', '3656');
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
