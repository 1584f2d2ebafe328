import type { Page } from '@playwright/test';
import { test, expect, waitForIslands } from './fixtures.ts';
import {
  applyQuery,
  hostileQueries,
  noProblems,
  pageProblems,
  shiftsAfterFocusing,
  snapshot,
  watchLayoutShifts,
} from '../support/calculators.ts';
import { LATEST_PRICES, sitePath } from '../support/site.ts';
import { axeViolations } from '../support/axe.ts';

const PATH = sitePath('calculators/break-even/');

/**
 * AgentCore Runtime against ECS on Fargate, defaults, by hand. Per invocation a day (x 730 / 24 = 30.4167 a month):
 *   AgentCore   CPU 2 vCPU-s x $0.1276 / 3,600 = $0.00007089, memory (v2) 1 GB x (60 + 120) s + 0.125 GB x 780 s
 *               = 277.5 GB-s x $0.0169 / 3,600 = $0.00130271; together x 30.4167            = $0.0417802
 *   Fargate     LCU 730 h x (1 / 86,400 / 25) x $0.008 = $0.0000027, NAT data 30.4167 x 20 KB / 1M x $0.045
 *               = $0.0000274; together                                                      = $0.0000301
 *   Fixed       2 tasks x 730 h x (1 x $0.04048 + 2 x $0.004445) + ALB 730 x $0.0225 + NAT 730 x $0.045
 *               + 3 public IPv4 addresses (2 for the ALB, 1 for the NAT gateway) x 730 x $0.005 = $132.3052
 *               (model, retrieval and logs are the same on both and cancel; 2 tasks hold up to 28,800 a day)
 *   Break-even  132.3052 / (0.0417802 - 0.0000301)                                          = 3,169.0 -> 3169
 * With idle_seconds=0 the memory is 1 GB x 60 s: AgentCore $0.0107236 a day-unit, so
 *               132.3052 / (0.0107236 - 0.0000301)                                          = 12,372.5 -> 12373
 * With 2 requests per session (1 x 1.5, rounded): AgentCore memory halves per request, CPU stays:
 *   AgentCore   (2 x $0.1276 + 277.5 / 2 x $0.0169) / 3,600 x 30.4167                   = $0.0219682
 *   Fargate     a request holds a task 60 / 2 = 30 s; new connections still set the LCUs   = $0.0000301
 *   Break-even  132.3052 / (0.0219682 - 0.0000301)                                          = 6,030.8 -> 6031
 * Platform v1 bills 1 GB for the whole 60 s + 900 s idle at $0.00945, CPU at $0.0895:
 *   AgentCore   (2 x $0.0895 + 960 x $0.00945) / 3,600 x 30.4167                        = $0.0781624
 *   Break-even  132.3052 / (0.0781624 - 0.0000301)                                          = 1,693.3 -> 1693
 */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForIslands(page);
}

const headline = (page: Page) => page.locator('[data-breakeven]');

test.describe('break-even calculator', () => {
  test('states the hand-computed break-even in words and in data-breakeven', async ({ page }) => {
    await open(page, PATH);
    await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
    await expect(headline(page)).toHaveAttribute('data-pair', 'agentcore-runtime ecs-fargate');
    await expect(headline(page)).toHaveText(
      'ECS on Fargate becomes cheaper than AgentCore Runtime above 3,169 invocations a day with these settings.',
    );
    // Every pair has a result; Bedrock Agents (no orchestration calls by default) stays cheapest.
    await expect(page.locator('tr[data-pair="bedrock-agents ecs-fargate"]')).toHaveAttribute('data-pair-breakeven', 'none');
    // The default total, by hand in cost-calculator.spec.ts.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '3221.96');
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test("a link to a preset's inputs marks the preset and says what it is", async ({ page }) => {
    await open(page, PATH);
    const href = await page.getByRole('link', { name: 'Steady 24/7 pipeline' }).getAttribute('href');
    // Opened afresh, as from a bookmark: the address alone makes the preset active.
    await open(page, href!);
    await expect(page.getByRole('link', { name: 'Steady 24/7 pipeline' })).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('.calc-preset-note')).toHaveText(
      'Steady 24/7 pipeline. A processing agent running around the clock: 50,000 requests a day, 3 model calls each on Claude Sonnet 5.5, no retrieval, sessions that end as soon as the work is done, Fargate on ARM.',
    );
    // By hand in embed.spec.ts ("the break-even chapter shows the steady pipeline crossing").
    await expect(headline(page)).toHaveAttribute('data-breakeven', '3900');
  });

  test('a link with parameters moves the point; editing follows at once and updates the address', async ({ page }) => {
    await open(page, `${PATH}?idle_seconds=0`);
    await expect(headline(page)).toHaveAttribute('data-breakeven', '12373');
    await page.locator('details[data-group="agentcore"] > summary').click();
    await page.locator('.calc-form [name="idle_seconds"]').fill('900');
    await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
    await expect(page).toHaveURL(new RegExp(`${PATH}$`));
    // The volume does not move the point, only "at your volume".
    await page.locator('.calc-form [name="requests_per_day"]').fill('5000');
    await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
    await expect(page.getByRole('heading', { name: 'At your volume: 5,000 invocations a day' })).toBeVisible();
    await expect(page).toHaveURL(/\?requests_per_day=5000$/);
  });

  test('shows which inputs move the point most, and marks the crossing in the chart and its table', async ({ page }) => {
    await open(page, PATH);
    const rows = page.locator('.calc-sensitivity tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toHaveAttribute('data-param', 'requests_per_session');
    await expect(rows.first()).toContainText('6,031 a day');
    const canvas = page.locator('.calc-chart canvas');
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect(canvas).toHaveAttribute('aria-label', /cross at 3,169 a day/);
    await expect(page.locator('.chart-table tbody')).toContainText('3,169 (break-even)');
    await canvas.scrollIntoViewIfNeeded();
    await expect
      .poll(() =>
        canvas.evaluate((c: HTMLCanvasElement) => {
          const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          let n = 0;
          for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
          return n;
        }),
      )
      .toBeGreaterThan(1000);
  });

  test('bad values in the link show messages; hostile links break nothing, loaded or by Back/Forward', async ({ page }) => {
    await open(page, `${PATH}?session_seconds=0&task_vcpu=banana&model=%3Cb%3Ex%3C%2Fb%3E&zzz=1`);
    await expect(page.locator('[data-field="session_seconds"] .calc-field-message')).toHaveText(/using 1\./);
    await expect(page.locator('[data-field="task_vcpu"] .calc-field-message')).toHaveText(/using 1\./);
    await expect(page.locator('[data-field="model"] .calc-field-message')).toHaveText(/using claude-sonnet-5-5\./);
    await expect(page.locator('.calc-ignored')).toContainText('“zzz”');
    expect(await pageProblems(page)).toEqual(noProblems);

    // 200 links run as unit tests on a DOM (tests/unit/islands); ten here go through hydration.
    const queries = hostileQueries(1125, 10);
    for (const [i, q] of queries.slice(0, 5).entries()) {
      await open(page, `${PATH}?${q}`);
      const loaded = await snapshot(page);
      expect(await pageProblems(page), `case ${i}: ?${q}`).toEqual(noProblems);
      await applyQuery(page, 'requests_per_day=1234');
      await applyQuery(page, q);
      expect(await snapshot(page), `case ${i} applied in place`).toEqual(loaded);
    }
    for (const [i, q] of queries.slice(5).entries()) {
      await applyQuery(page, q);
      expect(await pageProblems(page), `case ${i + 5}: ?${q}`).toEqual(noProblems);
    }
  });

  test('jumping to the links under the results moves nothing on screen while the rest loads, at 1280 and 375 px', async ({ page }) => {
    await watchLayoutShifts(page);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 740 });
      await open(page, `${PATH}?requests_per_day=40000&region=eu-central-1`);
      expect(await shiftsAfterFocusing(page, '.calc-next a'), `layout shifts at ${width} px`).toEqual([]);
    }
  });

  test('keyboard only: change the platform and the session length', async ({ page }) => {
    await open(page, PATH);
    const summary = page.locator('details[data-group="agentcore"] > summary');
    await summary.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.locator('.calc-form [name="agentcore_platform"]')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('.calc-form [name="agentcore_platform"]')).toHaveValue('v1');
    // The estimate bills v1's session peak for the whole session, idle included: the crossing comes sooner.
    await expect(headline(page)).toHaveAttribute('data-breakeven', '1693');
    await expect(page).toHaveURL(/agentcore_platform=v1/);
  });

  test('axe finds nothing with a message shown and the chart drawn, in light and dark', async ({ page }) => {
    await open(page, `${PATH}?min_tasks=0`);
    await page.locator('.calc-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('.calc-chart canvas')).toHaveAttribute('height', /\d+/);
    // The messages, open groups and chart are not on the plain page that pages.spec.ts checks.
    for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme), scheme).toEqual([]);
  });

  test.describe('hosting view', () => {
    /**
     * Hosting leaves out model tokens and retrieval, the same on both sides, so the crossing stays
     * at 3,169 a day (see above) and both hosting lines meet near Fargate's fixed $132.3052 plus,
     * at 3,169.0 a day (x 30.4167 = 96,390 requests a month), its LCU and NAT data (x $0.0000301 =
     * $0.0953) and the logs (96,390 x 4 KB / 1M x $0.50 = $0.1928): $132.59. Bedrock Agents' hosting
     * there is those logs, $0.19. With all costs, each side adds the shared 2 OCU x 730 h x $0.24 +
     * 10 GB x $0.024 = $350.64 and, per invocation a day, tokens 30.4167 x (2,000 x $2 + 500 x $10) / 1M
     * = $0.273750 and embeddings 30.4167 x 2 x 50 x $0.02 / 1M = $0.0000608: $350.64 + 3,169.0 x
     * $0.2738108 = $1,218.34, plus hosting: Bedrock Agents $1,218.53, the other two $1,350.93.
     * At your volume (10,000 a day) the cost calculator's figures: $0.61, $418.41, $133.21.
     */
    test('plots hosting totals with the same crossing; the table and the address follow', async ({ page }) => {
      await open(page, PATH);
      const table = page.locator('.chart-table table');
      await expect(table.locator('caption')).toHaveText('Monthly cost by volume');
      for (const [option, usd] of [
        ['bedrock-agents', '0.61'],
        ['agentcore-runtime', '418.41'],
        ['ecs-fargate', '133.21'],
      ]) {
        await expect(page.locator(`[data-option="${option}"] [data-line="hosting"]`), option).toHaveAttribute('data-usd', usd!);
      }
      await page.getByRole('radio', { name: 'Hosting only' }).check();
      await expect(page).toHaveURL(/\/calculators\/break-even\/\?view=hosting$/);
      await expect(table.locator('caption')).toHaveText('Monthly hosting cost by volume');
      const crossing = table.locator('tbody tr').filter({ hasText: '(break-even)' });
      await expect(crossing.locator('td')).toHaveText(['$0.19', '$132.59', '$132.59']);
      await expect(table.locator('tbody tr').filter({ hasText: '(your volume)' }).locator('td')).toHaveText([
        '$0.61',
        '$418.41',
        '$133.21',
      ]);
      await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
      await expect(page.getByRole('heading', { name: 'Hosting cost against volume' })).toBeVisible();
      // An edit keeps the view; the view never moves the point.
      await page.locator('.calc-form [name="requests_per_day"]').fill('5000');
      await expect(page).toHaveURL(/\?requests_per_day=5000&view=hosting$/);
      await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
      await page.getByRole('radio', { name: 'All costs' }).check();
      await expect(page).toHaveURL(/\?requests_per_day=5000$/);
      await expect(crossing.locator('td')).toHaveText(['$1,218.53', '$1,350.93', '$1,350.93']);
      expect(await pageProblems(page)).toEqual(noProblems);
    });

    test('?view=hosting opens in it; a bad value says why and shows all costs', async ({ page }) => {
      await open(page, `${PATH}?view=Hosting`);
      await expect(page.getByRole('radio', { name: 'Hosting only' })).toBeChecked();
      await expect(page.locator('[data-notice="view"]')).toHaveCount(0);
      await open(page, `${PATH}?view=1e400`);
      await expect(page.locator('[data-notice="view"]')).toContainText('The view in the link must be all or hosting; showing all costs.');
      await expect(page.getByRole('radio', { name: 'All costs' })).toBeChecked();
      expect(await pageProblems(page)).toEqual(noProblems);
    });

    test('axe finds nothing in the hosting view with the chart drawn, in light and dark', async ({ page }) => {
      await open(page, `${PATH}?view=hosting`);
      await page.locator('.calc-chart').scrollIntoViewIfNeeded();
      await expect(page.locator('.calc-chart canvas')).toHaveAttribute('height', /\d+/);
      for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme), scheme).toEqual([]);
    });
  });

  test("a link at today's prices, as every shared link carries, does not load the sensitivity table's code", async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await open(page, `${PATH}?prices=${LATEST_PRICES}`);
    await page.waitForLoadState('networkidle');
    expect(asked.filter((p) => /\/_astro\/SensitivityTable\./.test(p))).toEqual([]);
    await expect(page.locator('.calc-sensitivity tbody tr')).toHaveCount(3);
  });

  test('the sensitivity table follows the inputs once its code has loaded', async ({ page }) => {
    await open(page, PATH);
    const row = page.locator('.calc-sensitivity tbody tr[data-param="requests_per_session"]');
    // The server's table, for the defaults: one request a session breaks even at 3,169 a day, two at 6,031.
    await expect(row).toContainText('2 requests: 6,031 a day');
    await page.locator('details[data-group="agentcore"] > summary').click();
    await page.locator('.calc-form [name="requests_per_session"]').fill('2');
    await page.locator('.calc-form [name="requests_per_session"]').press('Tab');
    // Two requests a session is the break-even the table promised, and the table now varies it from 2.
    await expect(headline(page)).toHaveAttribute('data-breakeven', '6031');
    await expect(row.locator('th')).toHaveText('Requests per session (2 requests)');
    await expect(row.locator('td').first()).toHaveText('1 request: 3,169 a day');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the default break-even, its tables and a plain GET form', async ({ page }) => {
      await page.goto(`${PATH}?idle_seconds=0`);
      await expect(page.locator('.calc-nojs')).toContainText('default scenario');
      await expect(headline(page)).toHaveAttribute('data-breakeven', '3169');
      await expect(page.locator('.calc-sensitivity tbody tr')).toHaveCount(3);
      await expect(page.locator('.chart-table')).toBeVisible();
      // Each option's hosting subtotal at the default volume (hand-computed in cost-calculator.spec.ts), and no view control.
      await expect(page.locator('[data-option="agentcore-runtime"] [data-line="hosting"]')).toHaveAttribute('data-usd', '418.41');
      await expect(page.locator('[data-option="ecs-fargate"] [data-line="hosting"]')).toHaveAttribute('data-usd', '133.21');
      await expect(page.locator('.calc-view')).toBeHidden();
      await expect(page.locator('form.calc-form')).toHaveAttribute('method', 'get');
      expect(await pageProblems(page)).toEqual(noProblems);
    });
  });
});
