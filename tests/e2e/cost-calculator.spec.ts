import { readFile } from 'node:fs/promises';
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

const PATH = sitePath('calculators/cost/');

/**
 * The defaults, by hand from content/pricing (R = 10,000 x 730 / 24 = 304,166.67 requests a month;
 * Claude Sonnet 5.5 global $2 / $10 per 1M tokens):
 *   model              R x (2,000 x $2 + 500 x $10) / 1M                          = $2,737.50
 *   retrieval          2 OCU x 730 h x $0.24                                     = $350.40
 *   retrieval-storage  10 GB x $0.024                                            = $0.24
 *   embeddings         R x 2 x 50 tokens x $0.02 / 1M                            = $0.6083
 *   logs               R x 4 KB / 1M x $0.50                                     = $0.6083
 *   Bedrock Agents     2,737.50 + 350.40 + 0.24 + 0.6083 + 0.6083                = $3,089.36
 *   runtime-cpu        R x 2 vCPU-s / 3,600 x $0.1276                            = $21.5607
 *   runtime-memory     R x (1 GB x 180 s + 0.125 GB x 780 s) / 3,600 x $0.0169   = $396.2404
 *   AgentCore Runtime  3,089.3567 + 21.5607 + 396.2404                           = $3,507.16
 *   fargate            2 tasks x 730 h x ($0.04048 + 2 GB x $0.004445)           = $72.0802
 *   load balancer      730 h x $0.0225 + LCU 730 h x (0.1157 req/s / 25) x $0.008 = $16.4520
 *   nat gateway        730 h x $0.045 + R x 20 KB / 1M x $0.045                  = $33.1238
 *   public IPv4        (2 load balancer + 1 NAT gateway) addresses x 730 h x $0.005 = $10.95
 *   ECS on Fargate     2,737.50 + 350.40 + 0.24 + 0.6083 + 72.0802 + 16.4520 + 33.1238 + 10.95 + 0.6083 = $3,221.96
 */
const DEFAULT_TOTALS = { 'bedrock-agents': '3089.36', 'agentcore-runtime': '3507.16', 'ecs-fargate': '3221.96' };

/**
 * The same, hosting only: each total less the lines every option pays the same (model
 * $2,737.50, retrieval $350.40, storage $0.24, embeddings $0.6083):
 *   Bedrock Agents     logs                                  = $0.6083   -> 0.61
 *   AgentCore Runtime  21.5607 + 396.2404 + 0.6083           = $418.4094 -> 418.41
 *   ECS on Fargate     72.0802 + 16.4520 + 33.1238 + 10.95 + 0.6083 = $133.2143 -> 133.21
 */
const DEFAULT_HOSTING = { 'bedrock-agents': '0.61', 'agentcore-runtime': '418.41', 'ecs-fargate': '133.21' };

/**
 * The example link, every other input at its default. By hand from content/pricing
 * (R = 2,500 x 730 / 24 = 76,041.67 requests a month; Claude Haiku 4.5 global $1 / $5 per 1M tokens):
 *   model              R x (2,000 x $1.00 + 500 x $5.00) / 1M        = $342.1875   -> 342.19
 *   retrieval          2 OCU x 730 h x $0.24                         = $350.40
 *   retrieval-storage  10 GB x $0.024                                = $0.24
 *   embeddings         R x 2 x 50 tokens x $0.02 / 1M                = $0.1521     -> 0.15
 *   logs               R x 4 KB / 1M x $0.50                         = $0.1521     -> 0.15
 *   Bedrock Agents     342.1875 + 350.40 + 0.24 + 0.1521 + 0.1521    = $693.13
 *   runtime-cpu        R x 2 vCPU-s / 3,600 x $0.1276                = $5.39
 *   runtime-memory     R x (1 GB x 180 s + 0.125 GB x 780 s) / 3,600 x $0.0169 = $99.06
 *   AgentCore Runtime  693.13 - 0 + 5.3905 + 99.0601                 = $797.58
 *   fargate-cpu        2 tasks x 730 h x 1 vCPU x $0.04048           = $59.10
 *   fargate-memory     2 x 730 x 2 GB x $0.004445                    = $12.98
 *   load-balancer      730 h x $0.0225                               = $16.43 (16.425)
 *   nat-gateway        730 h x $0.045                                = $32.85
 *   nat-gateway-data   R x 20 KB / 1M x $0.045                       = $0.07
 *   public-ipv4        3 addresses x 730 h x $0.005                  = $10.95
 *   ECS on Fargate     (with LCU $0.0068)                            = $825.51
 */
const EXAMPLE = `${PATH}?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2`;

/** How a formula lists the Fargate x86 vCPU price of `region` ($0.04048 in us-east-1 and us-east-2; both sources are dated). */
const FARGATE_CPU_SOURCE = (region: string) =>
  new RegExp(
    `^Fargate Linux/x86 vCPU \\(${region}\\): \\$0\\.04048 per vCPU-hour\\. Source: .+, source dated \\w+ \\d{1,2}, 20\\d\\d, checked \\w+ \\d{1,2}, 20\\d\\d\\.$`,
  );

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForIslands(page);
}

const field = (page: Page, name: string) => page.locator(`.calc-form [name="${name}"]`);

test.describe('links made with older prices', () => {
  test("a link of 2026-12-01 keeps that day's default model and offers today's prices", async ({ page }) => {
    await open(page, `${PATH}?prices=2026-12-01&requests_per_day=10000`);
    // Until 2026-12-05 the default model was Claude Sonnet 5 ($2 / $10 per 1M tokens global, like
    // Sonnet 5.5 today), so the totals are the defaults' and the model field says Sonnet 5.
    await expect(field(page, 'model')).toHaveValue('claude-sonnet-5');
    for (const [option, usd] of Object.entries(DEFAULT_TOTALS)) {
      await expect(page.locator(`[data-option="${option}"] [data-line="total"]`)).toHaveAttribute('data-usd', usd);
    }
    const note = page.locator('.calc-prices-note');
    await expect(note).toContainText('Prices of December 1, 2026.');
    await expect(note).toContainText('No price this estimate uses has changed since.');
    await note.getByRole('button', { name: "Use today's prices" }).click();
    await expect(note).toHaveCount(0);
    // The inputs stay (the old default is now written out); the prices are today's.
    await expect(page).toHaveURL(new RegExp(`\\?model=claude-sonnet-5&prices=${LATEST_PRICES}$`));
    await expect(field(page, 'model')).toHaveValue('claude-sonnet-5');
  });

  test("an unknown version gets today's prices and a message; no version gets no message", async ({ page }) => {
    await open(page, `${PATH}?prices=1999-01-01`);
    await expect(page.locator('.calc-prices-note')).toHaveText(
      "This link names a price version the guide does not know (“1999-01-01”); the figures use today's prices.",
    );
    await expect(field(page, 'model')).toHaveValue('claude-sonnet-5-5');
    await open(page, PATH);
    await expect(page.locator('.calc-prices-note')).toHaveCount(0);
    expect(await pageProblems(page)).toEqual(noProblems);
  });
});

test.describe('cost calculator', () => {
  test('a link with parameters shows the hand-computed amounts', async ({ page }) => {
    await open(page, EXAMPLE);
    await expect(field(page, 'requests_per_day')).toHaveValue('2500');
    await expect(field(page, 'model')).toHaveValue('claude-haiku-4-5');
    const expected: [string, string, string][] = [
      ['bedrock-agents', 'model', '342.19'],
      ['bedrock-agents', 'retrieval', '350.40'],
      ['bedrock-agents', 'embeddings', '0.15'],
      ['bedrock-agents', 'logs', '0.15'],
      ['bedrock-agents', 'total', '693.13'],
      ['agentcore-runtime', 'runtime-cpu', '5.39'],
      ['agentcore-runtime', 'runtime-memory', '99.06'],
      ['agentcore-runtime', 'total', '797.58'],
      ['ecs-fargate', 'model', '342.19'],
      ['ecs-fargate', 'fargate-cpu', '59.10'],
      ['ecs-fargate', 'fargate-memory', '12.98'],
      ['ecs-fargate', 'load-balancer', '16.43'],
      ['ecs-fargate', 'nat-gateway', '32.85'],
      ['ecs-fargate', 'nat-gateway-data', '0.07'],
      ['ecs-fargate', 'public-ipv4', '10.95'],
      ['ecs-fargate', 'total', '825.51'],
    ];
    for (const [option, line, amount] of expected) {
      await expect(page.locator(`[data-option="${option}"] [data-line="${line}"]`), `${option} ${line}`).toHaveAttribute(
        'data-usd',
        amount,
      );
    }
    await expect(page.locator('[data-option="ecs-fargate"] output[data-line="total"]')).toContainText('$825.51');
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test('editing an input updates every figure, the chart table and the address at once', async ({ page }) => {
    await open(page, PATH);
    // Defaults: Claude Sonnet 5.5 global ($2 / $10), 10,000 a day: 304,166.67 x 9,000 / 1M = $2,737.50.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '2737.50');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute(
      'data-usd',
      DEFAULT_TOTALS['ecs-fargate'],
    );
    await field(page, 'requests_per_day').fill('5000');
    // 5,000 x 730 / 24 = 152,083.33 requests x 9,000 / 1M = $1,368.75 on every option.
    for (const option of ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate']) {
      await expect(page.locator(`[data-option="${option}"] [data-line="model"]`)).toHaveAttribute('data-usd', '1368.75');
    }
    await expect(page.locator('.calc-category-table tbody tr').first()).toContainText('$1,368.75');
    await expect(page.locator('.calc-line-table tbody tr').first()).toContainText('$1,368.75');
    await expect(page.locator('.calc-totals-bar')).not.toContainText('$3,222');
    await expect(page).toHaveURL(/\/calculators\/cost\/\?requests_per_day=5000$/);

    await field(page, 'traffic').selectOption('business-hours');
    await expect(page).toHaveURL(/\?requests_per_day=5000&traffic=business-hours$/);

    // Only non-default values are written: back to 10,000 drops the parameter.
    await field(page, 'requests_per_day').fill('10000');
    await expect(page).toHaveURL(/\?traffic=business-hours$/);

    await page.getByRole('link', { name: 'Reset to the defaults' }).click();
    await expect(page).toHaveURL(/\/calculators\/cost\/$/);
    await expect(field(page, 'traffic')).toHaveValue('steady');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute(
      'data-usd',
      DEFAULT_TOTALS['ecs-fargate'],
    );
  });

  test('presets apply in place, mark themselves and explain the seed post', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, PATH);
    // The corrected seed example first, then from a small workload to a large one; Reset last.
    await expect(page.locator('.calc-preset-list a')).toHaveText([
      "The seed post's example, corrected",
      'Support bot, business hours',
      'Steady 24/7 pipeline',
      'Bursty batch jobs',
      'Reset to the defaults',
    ]);
    const seed = page.getByRole('link', { name: "The seed post's example, corrected" });
    await seed.click();
    await expect(seed).toHaveAttribute('aria-current', 'true');
    // The summaries and notes are fetched once a preset is active, not with the page.
    const note = page.locator('.calc-preset-note');
    await expect(note).toContainText(
      "The seed post's example, corrected. 10,000 requests a day, 2,000 input and 500 output tokens on Claude Sonnet 4.5",
    );
    await expect(note).toContainText("What the seed post got wrong: The original post gave one day's tokens as the month's bill");
    expect(fetched.filter((p) => p.endsWith('/scenario-notes.json'))).toHaveLength(1);
    // 304,166.67 x (2,000 x $3 + 500 x $15) / 1M = $4,106.25; 10 x 730 x 4 x $0.04048 = $1,182.02.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '4106.25');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]')).toHaveAttribute('data-usd', '1182.02');
    await expect(page).toHaveURL(/model=claude-sonnet-4-5/);
    await expect(field(page, 'fargate_tasks')).toHaveValue('10');
  });

  test.describe('when the scenario notes cannot load', () => {
    test.use({ expectedConsoleErrors: [/status of 503/] });
    test('a preset still applies and shows its name', async ({ page }) => {
      await page.route('**/scenario-notes.json', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
      await open(page, PATH);
      await page.getByRole('link', { name: 'Bursty batch jobs' }).click();
      await expect(page.locator('.calc-preset-note')).toHaveText('Bursty batch jobs.');
      await expect(field(page, 'traffic')).toHaveValue('bursty');
      expect(await pageProblems(page)).toEqual(noProblems);
    });
  });

  test('a formula is one click away, with each figure named, sourced and dated', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await open(page, EXAMPLE);
    // The figures' labels, sources and source dates are not in the page's JavaScript: they are
    // fetched for the first formula opened, not with the page.
    expect(fetched.filter((p) => p.endsWith('/price-citations.json'))).toEqual([]);
    const line = page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]');
    await line.getByText('Formula').click();
    await expect(line.locator('.calc-formula-text')).toHaveText('2 tasks x 730 h x 1 vCPU x $0.04048 per vCPU-hour = $59.10');
    await expect(line.locator('.calc-sources li')).toHaveText(FARGATE_CPU_SOURCE('us-east-1'));
    expect(fetched.filter((p) => p.endsWith('/price-citations.json'))).toHaveLength(1);
    // The label links to the figure's row on the sources page, the source out of the site.
    await expect(line.locator('.calc-sources a[href^="https://"]')).toHaveCount(1);
    await expect(line.locator('.calc-sources a[href$="sources/#fargate-x86-vcpu-hour--us-east-1"]')).toHaveText('Fargate Linux/x86 vCPU');
  });

  test('a formula opened before the page hydrates keeps what the server wrote, until its figures change', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // Hold the island's code until the formula is open.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/CostCalculatorIsland.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(PATH, { waitUntil: 'domcontentloaded' });
    const line = page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]');
    const sources = line.locator('.calc-sources li');
    await line.getByText('Formula').click();
    await expect(sources).toHaveText(FARGATE_CPU_SOURCE('us-east-1'));
    release();
    await waitForIslands(page);
    // Live now (5,000 x 730 / 24 x 9,000 / 1M = $1,368.75), and the server's list is still there, never fetched.
    await field(page, 'requests_per_day').fill('5000');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="model"]')).toHaveAttribute('data-usd', '1368.75');
    await expect(line.locator('details')).toHaveAttribute('open', '');
    await expect(sources).toHaveText(FARGATE_CPU_SOURCE('us-east-1'));
    expect(fetched.filter((p) => p.endsWith('/price-citations.json'))).toEqual([]);
    // A formula opened now loads the labels, sources and dates...
    const memory = page.locator('[data-option="ecs-fargate"] [data-line="fargate-memory"]');
    await memory.getByText('Formula').click();
    await expect(memory.locator('.calc-sources li')).toHaveCount(1);
    expect(fetched.filter((p) => p.endsWith('/price-citations.json'))).toHaveLength(1);
    // ...so when another Region brings other figures, the early formula's list is replaced at once.
    await field(page, 'region').selectOption('us-east-2');
    await expect(sources).toHaveText(FARGATE_CPU_SOURCE('us-east-2'));
    expect(fetched.filter((p) => p.endsWith('/price-citations.json'))).toHaveLength(1);
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test.describe('when the figures cannot be fetched', () => {
    test.use({ expectedConsoleErrors: [/status of 503/] });

    test('an opened formula says so and links to the sources page; opening it again tries again', async ({ page }) => {
      await page.route('**/price-citations.json', (route) => route.fulfill({ status: 503, body: 'down' }));
      await open(page, EXAMPLE);
      const line = page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]');
      const summary = line.getByText('Formula');
      await summary.click();
      await expect(line.locator('.calc-sources-status')).toHaveText(
        'The sources of these figures could not load: see them on the sources page.',
      );
      await expect(line.locator('.calc-sources-status a')).toHaveAttribute('href', sitePath('sources/'));
      await page.unroute('**/price-citations.json');
      await summary.click();
      await summary.click();
      await expect(line.locator('.calc-sources li')).toHaveText(FARGATE_CPU_SOURCE('us-east-1'));
    });
  });

  test.describe('share and export', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('copy link, CSV, JSON, Markdown and print all work and confirm', async ({ page }) => {
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => {
          (window as unknown as { printed: number }).printed += 1;
        };
      });
      await open(page, EXAMPLE);
      const status = page.locator('.calc-export [role="status"]');

      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(status).toContainText('Link copied');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      // The shared link carries the data version it was computed with: the newest file in content/price-history/.
      expect(new URL(link).pathname + new URL(link).search).toBe(`${EXAMPLE}&prices=${LATEST_PRICES}`);

      const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
      expect(csvDownload.suggestedFilename()).toMatch(/^agent-cost-estimate-\d{4}-\d\d-\d\d\.csv$/);
      const csv = await readFile((await csvDownload.path())!, 'utf8');
      expect(csv.split('\r\n')[0]).toBe('section,option,id,label,value,unit,formula,prices,source,source_date,checked,quota_url');
      expect(csv).toContain('input,,requests_per_day,Requests per day,2500,requests,,,,,,');
      expect(csv).toContain('total,ecs-fargate,total,"Total, ECS on Fargate",825.51,USD per month,');
      // Each figure with its label, source and both dates, which the page loads for the export.
      expect(csv).toMatch(
        /price,,claude-haiku-4-5-global-input@us-east-1,Claude Haiku 4\.5 input \(global profile\),1,USD per 1M tokens,,,[^,]+ <https:\/\/[^>]+>,20\d\d-\d\d-\d\d,20\d\d-\d\d-\d\d,\r\n/,
      );
      await expect(status).toContainText('CSV downloaded');

      const [jsonDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download JSON' }).click(),
      ]);
      const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8'));
      expect(json.options.map((o: { totalUsd: number }) => o.totalUsd)).toEqual([693.13, 797.58, 825.51]);
      expect(json.inputs.find((i: { param: string }) => i.param === 'fargate_tasks').value).toBe(2);
      expect(json.prices.length).toBeGreaterThan(5);
      expect(json.prices.find((p: { id: string }) => p.id === 'fargate-x86-vcpu-hour')).toMatchObject({
        region: 'us-east-1',
        label: 'Fargate Linux/x86 vCPU',
        value: 0.04048,
        source: { url: expect.stringMatching(/^https:\/\//) },
        sourceDate: expect.stringMatching(/^20\d\d-\d\d-\d\d$/),
        checked: expect.stringMatching(/^20\d\d-\d\d-\d\d$/),
      });
      // The limits behind the fit checks are listed like prices: the active-session quota of us-east-1.
      expect(json.prices.find((p: { id: string }) => p.id === 'agentcore-active-sessions-us')).toMatchObject({
        region: 'us-east-1',
        value: 5000,
        source: { url: 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/bedrock-agentcore-limits.html' },
        checked: expect.stringMatching(/^20\d\d-\d\d-\d\d$/),
      });
      expect(new URL(json.url).search).toBe(`?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2&prices=${LATEST_PRICES}`);

      await page.getByRole('button', { name: 'Copy Markdown table' }).click();
      await expect(status).toContainText('Markdown table copied');
      const md = await page.evaluate(() => navigator.clipboard.readText());
      expect(md).toContain('| Cost line | Bedrock Agents (Classic) | AgentCore Runtime | ECS on Fargate |');
      expect(md).toContain('| **Total** | **$693.13** | **$797.58** | **$825.51** |');

      await page.getByRole('button', { name: 'Print' }).click();
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    });
  });

  test('print shows a clean estimate: inputs, tables and no controls', async ({ page }) => {
    await open(page, EXAMPLE);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.calc-form')).toBeHidden();
    await expect(page.locator('.calc-export')).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.calc-line-table')).toBeVisible();
    await expect(page.locator('.calc-print-summary')).toContainText('Requests per day 2,500 requests');
    await expect(page.locator('.calc-print-summary')).toContainText('Fargate tasks 2 tasks');
  });

  test('bad values in a link: after hydration each field shows its message and the value used, tied to it', async ({ page }) => {
    // Every rule has its own unit test (tests/unit/islands); this checks they survive hydration.
    await open(page, `${PATH}?requests_per_day=1e400&input_tokens=NaN&model=gpt-5&task_vcpu=3&output_tokens=&output_tokens=7`);
    const cases: [string, string, RegExp][] = [
      ['requests_per_day', '100000000', /using 100,000,000\.$/],
      ['input_tokens', '2000', /^Input tokens per model call must be a whole number .*; using 2,000\.$/],
      ['model', 'claude-sonnet-5-5', /^Model must be one of: .*; using claude-sonnet-5-5\.$/],
      ['task_vcpu', '2', /^Task vCPU must be one of: .*; using 2\.$/],
      ['task_memory_gb', '4', /^2 vCPU tasks take 4 to 16 GB .*using 4\.$/],
      ['output_tokens', '500', /is empty; using 500\./],
    ];
    for (const [param, value, message] of cases) {
      const input = field(page, param);
      const text = page.locator(`.calc-form [data-field="${param}"] .calc-field-message`);
      await expect(text.first(), param).toHaveText(message);
      await expect(input, param).toHaveValue(value);
      await expect(input, param).toHaveAttribute('aria-invalid', 'true');
      const label = await page.locator(`label[for="${await input.getAttribute('id')}"]`).textContent();
      await expect(page.locator('.calc-issues-list a', { hasText: label! }).first(), param).toBeVisible();
    }
    expect(await pageProblems(page)).toEqual(noProblems);
  });

  test('each field keeps its hint, read with it, through hydration, messages and edits (and the results keep their lede)', async ({
    page,
  }) => {
    // The hints come with the page's HTML only (the browser's JavaScript leaves them out).
    await open(page, `${PATH}?idle_seconds=-3`);
    const hint = (param: string) => page.locator(`.calc-form [data-field="${param}"] .calc-hint`);
    // 730 hours / 24 = 30.42 days; agentcore-idle-timeout-default-seconds = 900.
    await expect(hint('requests_per_day')).toHaveText(/so monthly volume is this x 30\.42\.$/);
    await expect(hint('idle_seconds')).toHaveText(/otherwise the idle timeout, 900 s by default\.$/);
    await expect(page.locator('.calc-form [data-field="idle_seconds"] .calc-field-message')).toBeVisible();
    const described = await field(page, 'idle_seconds').getAttribute('aria-describedby');
    expect(described?.split(' ')).toContain(await hint('idle_seconds').getAttribute('id'));

    await field(page, 'requests_per_day').fill('5000');
    await field(page, 'idle_seconds').fill('60');
    await field(page, 'idle_seconds').blur();
    await expect(page.locator('.calc-form [data-field="idle_seconds"] .calc-field-message')).toHaveCount(0);
    await expect(hint('requests_per_day')).toHaveText(/so monthly volume is this x 30\.42\.$/);
    await expect(hint('idle_seconds')).toHaveText(/otherwise the idle timeout, 900 s by default\.$/);
    await page.getByRole('link', { name: 'Reset to the defaults' }).click();
    for (const param of ['requests_per_day', 'idle_seconds', 'task_memory_gb', 'lambda_memory_mb']) {
      await expect(hint(param), param).not.toBeEmpty();
    }
    // The results' opening sentence comes with the HTML only, too.
    await expect(page.locator('.calc-results-lede')).toHaveText(/^US dollars for a 730-hour month at on-demand prices\./);
  });

  test('the issue summary links to the field, opening its group', async ({ page }) => {
    await open(page, `${PATH}?idle_seconds=-3&utm_source=newsletter`);
    await expect(page.locator('.calc-ignored')).toContainText('“utm_source”');
    await page.locator('.calc-issues-list a', { hasText: 'Idle time after the last response' }).click();
    await expect(field(page, 'idle_seconds')).toBeFocused();
    await expect(field(page, 'idle_seconds')).toHaveValue('0');
  });

  test('retyping a value moves nothing; leaving the field settles it, with a message only when it needed correcting', async ({ page }) => {
    await open(page, PATH);
    const input = field(page, 'requests_per_day');
    const message = page.locator('[data-field="requests_per_day"] .calc-field-message');
    const model = page.locator('[data-option="ecs-fargate"] [data-line="model"]');
    // Select all and Backspace, the usual way to retype: no message, no summary, nothing moves.
    await input.focus();
    const pageTop = () => input.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const top = await pageTop();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('-5');
    await expect(page.locator('.calc-issues')).toHaveCount(0);
    await expect(message).toHaveCount(0);
    expect(await pageTop()).toBe(top);
    // The results keep the last valid value (the default 10,000) while the text is not a valid one.
    await expect(model).toHaveAttribute('data-usd', '2737.50');
    // Leaving the field settles it: -5 becomes 0, as it would in a link, and says so at the field.
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('0');
    await expect(message).toHaveText(/using 0\.$/);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(model).toHaveAttribute('data-usd', '0.00');
    // 1e400 typed is judged as in a link: the maximum, not the default.
    await input.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1e400');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('100000000');
    await expect(message).toHaveText(/must be a whole number between 0 and 100,000,000; using 100,000,000\.$/);
    // An emptied field goes back to its last valid value when it is left.
    await input.focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Tab');
    await expect(input).toHaveValue('100000000');
    expect(await pageProblems(page)).toEqual(noProblems);
    // A good value clears the message.
    await input.fill('300');
    await input.press('Tab');
    await expect(message).toHaveCount(0);
    await expect(input).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('the badge goes to the cheapest option you can choose: Classic only when you already run it', async ({ page }) => {
    // Defaults (hand-computed above): Classic $3,089.36 < Fargate $3,221.96 < AgentCore $3,507.16.
    await open(page, PATH);
    const badge = (option: string) => page.locator(`[data-option="${option}"] .calc-badge`);
    await expect(badge('ecs-fargate')).toHaveText('Lowest total');
    await expect(badge('bedrock-agents')).toHaveCount(0);
    await expect(page.locator('[data-option="bedrock-agents"] .calc-card-status')).toContainText(
      'closed to new customers since July 30, 2026',
    );
    await field(page, 'runs_bedrock_agents').selectOption('true');
    await expect(badge('bedrock-agents')).toHaveText('Lowest total');
    await expect(badge('ecs-fargate')).toHaveCount(0);
    await expect(page).toHaveURL(/runs_bedrock_agents=true/);
  });

  test('jumping to the links under the results moves nothing on screen while the rest loads, at 1280 and 375 px', async ({ page }) => {
    await watchLayoutShifts(page);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 740 });
      await open(page, `${PATH}?requests_per_day=40000`);
      expect(await shiftsAfterFocusing(page, '.calc-next a'), `layout shifts at ${width} px`).toEqual([]);
    }
  });

  test('the sections under the results keep their height as they come into view, at 1280 and 375 px', async ({ page }) => {
    // A height that changed when a section was reached moved the share buttons under the pointer:
    // a click on "Copy link" landed on the text above it.
    const heights = () =>
      page.evaluate(() =>
        ['.calc-chart', '.calc-line-section'].map((q) => Math.round(document.querySelector(q)!.getBoundingClientRect().height)),
      );
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 740 });
      await open(page, `${EXAMPLE}&view=hosting`);
      await expect(page.locator('.calc-category-table caption')).toHaveText('Monthly hosting cost by category');
      const far = await heights();
      await page.locator('.calc-export').scrollIntoViewIfNeeded();
      // The browser lays out what came into view on its next frames.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await heights(), `at ${width} px`).toEqual(far);
    }
  });

  test('the inputs travel to the break-even calculator and back', async ({ page }) => {
    await open(page, `${PATH}?requests_per_day=40000&region=eu-central-1`);
    const inputs = (url: string) => Object.fromEntries(new URL(url).searchParams);
    await page.getByRole('link', { name: 'Find the break-even for these inputs' }).click();
    await expect(page).toHaveURL(new RegExp(`${sitePath('calculators/break-even/')}\\?`));
    expect(inputs(page.url())).toEqual({ requests_per_day: '40000', region: 'eu-central-1' });
    await waitForIslands(page);
    await expect(page.locator('.calc-form [name="requests_per_day"]')).toHaveValue('40000');
    await expect(page.locator('.calc-form [name="region"]')).toHaveValue('eu-central-1');
    // Nothing above this link changes height as it comes into view (see the note on
    // content-visibility in calculators.css): a placeholder that did moved it from under the pointer.
    await page.getByRole('link', { name: 'See the monthly cost and quota checks for these inputs' }).click();
    await expect(page).toHaveURL(new RegExp(`${PATH}\\?`));
    expect(inputs(page.url())).toEqual({ requests_per_day: '40000', region: 'eu-central-1' });
    // The Region is chosen up front, and a card says in plain words which lines use us-east-1 prices.
    await waitForIslands(page);
    await expect(page.locator('.calc-group[data-group="start"] [name="region"]')).toBeVisible();
    await expect(page.locator('[data-option="ecs-fargate"] .calc-card-region')).toHaveText(
      /^\d+ lines use us-east-1 prices, for want of eu-central-1 figures: .*OpenSearch Serverless/,
    );
  });

  test('the running totals show all three options and never cover the field being edited or its hint', async ({ page }) => {
    for (const size of [
      { width: 1280, height: 800 },
      { width: 375, height: 740 },
    ]) {
      await page.setViewportSize(size);
      await open(page, PATH);
      const bar = page.locator('.calc-totals-bar');
      for (const name of ['requests_per_day', 'traffic', 'model', 'input_tokens', 'output_tokens', 'model_calls_per_request']) {
        await field(page, name).focus();
        // The page scrolls on the frame after focus, so the check waits for it.
        await expect
          .poll(
            async () => {
              const fieldBox = (await page.locator(`.calc-form [data-field="${name}"]`).boundingBox())!;
              const barBox = (await bar.boundingBox())!;
              return fieldBox.y + fieldBox.height > barBox.y && barBox.y + barBox.height > fieldBox.y;
            },
            { message: `${size.width} px: the totals bar covers ${name}` },
          )
          .toBe(false);
      }
      // Two short lines, with all three totals inside the bar: none cut off at its edge.
      const barBox = (await bar.boundingBox())!;
      expect(barBox.height, `${size.width} px bar height`).toBeLessThan(50);
      for (const option of ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate']) {
        const item = (await bar.locator(`[data-mark="${option}"]`).boundingBox())!;
        expect(item.x + item.width, `${size.width} px: ${option}'s total inside the bar`).toBeLessThanOrEqual(barBox.x + barBox.width);
      }
      await expect(bar).toContainText(/Fargate\s*\$3,222/);
    }
  });

  test('hostile links: a page load and Back/Forward to the same link show the same page, with nothing broken', async ({ page }) => {
    // 200 links per calculator run as unit tests on a DOM (tests/unit/islands); ten here
    // check the same invariants through hydration and the history API.
    const queries = hostileQueries(20261125, 10);
    for (const [i, q] of queries.slice(0, 5).entries()) {
      await open(page, `${PATH}?${q}`);
      const loaded = await snapshot(page);
      expect(await pageProblems(page), `case ${i}: ?${q}`).toEqual(noProblems);
      await applyQuery(page, 'requests_per_day=1234');
      await applyQuery(page, q);
      expect(await snapshot(page), `case ${i} applied in place: ?${q}`).toEqual(loaded);
    }
    for (const [i, q] of queries.slice(5).entries()) {
      await applyQuery(page, q);
      expect(await pageProblems(page), `case ${i + 5}: ?${q}`).toEqual(noProblems);
    }
  });

  test('Back returns to the inputs before a preset', async ({ page }) => {
    await open(page, EXAMPLE);
    await page.getByRole('link', { name: 'Bursty batch jobs' }).click();
    await expect(page).toHaveURL(/traffic=bursty/);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${EXAMPLE.replace(/[?]/g, '\\?')}$`));
    await expect(field(page, 'requests_per_day')).toHaveValue('2500');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="total"]')).toHaveAttribute('data-usd', '825.51');
  });

  test('keyboard only: change an input, pick from a list, open a group and a formula, copy the link', async ({ page }) => {
    await open(page, PATH);
    const focusedName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    await field(page, 'requests_per_day').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('5000');
    await expect(page.locator('[data-option="agentcore-runtime"] [data-line="model"]')).toHaveAttribute('data-usd', '1368.75');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('traffic');
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/traffic=business-hours/);
    // The collapsed "Fargate tasks" group opens with Enter, and Tab goes on into it.
    const summary = page.locator('details[data-group="fargate"] > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details[data-group="fargate"]')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('fargate_tasks');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('3');
    // Business hours (picked above): 730 x 5/7 x 10/24 = 217.26 h; 3 tasks x 217.26 h x 1 vCPU x $0.04048 = $26.38.
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]')).toHaveAttribute('data-usd', '26.38');
    // A formula disclosure opens with the keyboard too.
    const formula = page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"] summary');
    await formula.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"] .calc-formula-text')).toBeVisible();
    const copy = page.getByRole('button', { name: 'Copy link' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.calc-export [role="status"]')).not.toBeEmpty();
  });

  test('axe finds nothing with messages, open groups, formulas and the chart, in light and dark', async ({ page }) => {
    await open(page, `${PATH}?requests_per_day=abc&task_vcpu=3&utm_source=x`);
    await page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"] summary').click();
    await page.locator('details[data-group="agentcore"] > summary').click();
    await page.locator('.calc-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('.calc-chart canvas')).toHaveAttribute('height', /\d+/);
    // The messages, open groups and chart are not on the plain page that pages.spec.ts checks.
    for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme), scheme).toEqual([]);
  });

  test('the chart draws after scrolling into view, and follows the theme', async ({ page }) => {
    await open(page, PATH);
    const canvas = page.locator('.calc-chart canvas');
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect(canvas).toHaveAttribute('aria-label', /ECS on Fargate \$3,221\.96/); // DEFAULT_TOTALS
    await canvas.scrollIntoViewIfNeeded();
    const inked = () =>
      canvas.evaluate((c: HTMLCanvasElement) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      });
    await expect.poll(inked).toBeGreaterThan(1000);
    const pixel = () =>
      canvas.evaluate((c: HTMLCanvasElement) =>
        [...c.getContext('2d')!.getImageData(Math.round(c.width * 0.3), Math.round(c.height * 0.45), 1, 1).data].join(','),
      );
    const before = await pixel();
    await page.evaluate(() =>
      document.documentElement.setAttribute(
        'data-theme',
        document.documentElement.getAttribute('data-theme') === 'dark' ? 'light' : 'dark',
      ),
    );
    await expect.poll(pixel).not.toBe(before);
  });

  test("on a phone the chart's axis names every option without cutting one off at the edge", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await open(page, PATH);
    const canvas = page.locator('.calc-chart canvas');
    await canvas.scrollIntoViewIfNeeded();
    const ink = (columns: 'left edge' | 'all') =>
      canvas.evaluate((c: HTMLCanvasElement, which) => {
        const width = which === 'all' ? c.width : 2;
        const d = c.getContext('2d')!.getImageData(0, 0, width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
        return n;
      }, columns);
    await expect.poll(() => ink('all')).toBeGreaterThan(1000);
    // "Bedrock Agents (Classic)" and its status ran past the canvas's left edge at this width.
    expect(await ink('left edge')).toBe(0);
  });

  test.describe('will it fit', () => {
    const check = (page: Page, option: string, id: string) => page.locator(`[data-option="${option}"] [data-check="${id}"]`);

    test('a Region with the lower session quota: the check says by how much, links Service Quotas, and opens itself', async ({ page }) => {
      // 400,000 a day = 4.62963 requests per second, one 60 s session each with a 900 s idle tail:
      // 4.62963 x 960 = 4,444.444 sessions open at once; eu-west-1 allows 2,500 by default.
      await open(page, `${PATH}?requests_per_day=400000&region=eu-west-1`);
      const active = check(page, 'agentcore-runtime', 'active-sessions');
      await expect(active).toHaveAttribute('data-status', 'over-default');
      await expect(active).toHaveAttribute('data-need', '4444.444');
      await expect(active).toHaveAttribute('data-limit', '2500');
      await expect(active).toBeVisible();
      await expect(active).toContainText('Over the default quota');
      await expect(active).toContainText('4,444 sessions at peak, 78% over the default of 2,500');
      await expect(active.getByRole('link', { name: /Service Quotas/ })).toHaveAttribute(
        'href',
        'https://eu-west-1.console.aws.amazon.com/servicequotas/home/services/bedrock-agentcore/quotas',
      );
      // Every option card carries the contract; the ones this reader is fine on stay closed.
      for (const id of ['active-sessions', 'new-sessions-per-second', 'invocations-per-second', 'session-hardware', 'session-length']) {
        await expect(check(page, 'agentcore-runtime', id), id).toHaveCount(1);
      }
      await expect(check(page, 'ecs-fargate', 'fargate-vcpu')).toHaveCount(1);
      await expect(check(page, 'bedrock-agents', 'invocations-per-second')).toHaveAttribute('data-status', 'not-published');
      await expect(check(page, 'bedrock-agents', 'invocations-per-second')).not.toHaveAttribute('data-limit');
      await expect(page.locator('[data-option="agentcore-runtime"] .calc-fit > summary')).toHaveText(
        /Will it fit: 1 over a default quota, 1 without a published quota/,
      );
      expect(await pageProblems(page)).toEqual(noProblems);
    });

    test('editing an input moves the checks: more traffic needs more Fargate vCPU than the default quota', async ({ page }) => {
      await open(page, PATH);
      const vcpu = check(page, 'ecs-fargate', 'fargate-vcpu');
      // The defaults: 2 tasks (the availability minimum) x 1 vCPU of the 6 allowed.
      await expect(vcpu).toHaveAttribute('data-status', 'ok');
      await expect(vcpu).toHaveAttribute('data-need', '2');
      await expect(vcpu).toBeHidden();
      // 1,000,000 a day = 11.574 per second x 10 s = 115.74 at once, 7 per task: 17 tasks x 1 vCPU.
      await field(page, 'requests_per_day').fill('1000000');
      await field(page, 'requests_per_day').press('Tab');
      await expect(vcpu).toHaveAttribute('data-need', '17');
      await expect(vcpu).toHaveAttribute('data-status', 'over-default');
      await expect(vcpu).toBeVisible();
      await expect(vcpu.getByRole('link', { name: /Service Quotas/ })).toHaveAttribute('href', /services\/fargate\/quotas\/L-3032A538$/);
    });

    test('the session lifecycle shows what stopping sessions saves and what a leaked one costs', async ({ page }) => {
      await open(page, PATH);
      const lifecycle = page.locator('[data-option="agentcore-runtime"] .calc-lifecycle');
      await lifecycle.locator('summary').click();
      // Per session 1 GB x 180 s + 0.125 GB x 780 s = 277.5 GB-s, 60 GB-s without the idle tail:
      // 304,166.67 x 217.5 / 3,600 x $0.0169 = $310.57 a month.
      await expect(lifecycle.locator('[data-lifecycle="idle-tail"]')).toHaveAttribute('data-usd', '310.57');
      await expect(lifecycle.locator('[data-lifecycle="idle-tail"]')).toContainText('saves $310.57 a month');
      // 1 GB x 8 h x $0.0169 + 2 vCPU x 8 h x $0.1276 = $2.18.
      await expect(lifecycle.locator('[data-lifecycle="leaked-session"]')).toHaveAttribute('data-usd', '2.18');
      // Each figure AWS or a user report gives links its row on the sources page.
      const startSource = lifecycle
        .locator('[data-lifecycle="session-starts"]')
        .getByRole('link', { name: 'Source of the session start times' });
      await expect(startSource).toHaveAttribute('href', /\/sources\/#agentcore-v2-cold-start-seconds--global$/);
      await startSource.click();
      await expect(page.locator('[id="agentcore-v2-cold-start-seconds--global"]')).toBeInViewport();
    });

    test('axe finds nothing in open checks and the lifecycle, in light and dark', async ({ page }) => {
      // 30 vCPU-seconds of work in 10 s of busy time needs 3 vCPU; a session has 2 (a hard limit).
      await open(page, `${PATH}?requests_per_day=1000000&region=eu-west-1&active_cpu_seconds=30`);
      await expect(check(page, 'agentcore-runtime', 'session-hardware')).toHaveAttribute('data-status', 'over-limit');
      await expect(check(page, 'agentcore-runtime', 'session-hardware')).toContainText('3 vCPU busy on average, 50% over the limit of 2');
      await page.locator('[data-option="agentcore-runtime"] .calc-lifecycle > summary').click();
      for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme), scheme).toEqual([]);
    });
  });

  test.describe('hosting view', () => {
    test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

    test('switching the view rewrites the chart and its table and the address, and changes no figure', async ({ page }) => {
      await open(page, PATH);
      for (const [option, usd] of Object.entries(DEFAULT_HOSTING)) {
        await expect(page.locator(`[data-option="${option}"] [data-line="hosting"]`), option).toHaveAttribute('data-usd', usd);
      }
      const table = page.locator('.calc-category-table');
      await expect(table.locator('caption')).toHaveText('Monthly cost by category');
      await expect(table.locator('tbody th')).toHaveText(['Model tokens', 'Retrieval', 'Compute', 'Networking', 'Logs']);
      await expect(page.getByRole('radio', { name: 'All costs' })).toBeChecked();

      await page.getByRole('radio', { name: 'Hosting only' }).check();
      await expect(page).toHaveURL(/\/calculators\/cost\/\?view=hosting$/);
      await expect(table.locator('caption')).toHaveText('Monthly hosting cost by category');
      await expect(table.locator('tbody th')).toHaveText(['Compute', 'Networking', 'Logs']);
      await expect(table.locator('tfoot td')).toHaveText(['$0.61', '$418.41', '$133.21']);
      await expect(page.getByRole('heading', { name: 'Hosting compared by category' })).toBeVisible();
      await expect(page.locator('.calc-chart canvas')).toHaveAttribute('aria-label', /monthly hosting cost .*ECS on Fargate \$133\.21/);
      // A display setting, not an input: every figure stays.
      for (const [option, total] of Object.entries(DEFAULT_TOTALS)) {
        await expect(page.locator(`[data-option="${option}"] [data-line="total"]`)).toHaveAttribute('data-usd', total);
      }

      // An edit keeps the view in the address; the table follows the new inputs.
      // 5,000 a day halves AgentCore's hosting: (21.5607 + 396.2404 + 0.6083) / 2 = $209.21.
      await field(page, 'requests_per_day').fill('5000');
      await expect(page).toHaveURL(/\?requests_per_day=5000&view=hosting$/);
      await expect(table.locator('tfoot td').nth(1)).toHaveText('$209.21');

      await page.getByRole('radio', { name: 'All costs' }).check();
      await expect(page).toHaveURL(/\?requests_per_day=5000$/);
      await expect(table.locator('caption')).toHaveText('Monthly cost by category');
      expect(await pageProblems(page)).toEqual(noProblems);
    });

    test('?view=hosting opens in the hosting view; Copy link and the embed code keep it', async ({ page }) => {
      await open(page, `${EXAMPLE}&view=hosting`);
      await expect(page.getByRole('radio', { name: 'Hosting only' })).toBeChecked();
      // The example link by hand (see EXAMPLE): hosting is the total less model $342.1875 and retrieval $350.7921 (Fargate: $825.51 - $692.98 = $132.53).
      await expect(page.locator('.calc-category-table tfoot td')).toHaveText(['$0.15', '$104.60', '$132.53']);
      // Copying is asynchronous: read the clipboard once the page says it is done, as a reader would paste.
      const status = page.locator('.calc-export').getByRole('status');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await expect(status).toContainText('Link copied');
      const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
      expect(link.pathname + link.search).toBe(`${EXAMPLE}&prices=${LATEST_PRICES}&view=hosting`);
      await page.getByRole('button', { name: 'Copy embed code' }).click();
      await expect(status).toContainText('Embed code copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`&amp;prices=${LATEST_PRICES}&amp;view=hosting"`);
      await expect(page.getByRole('link', { name: 'Find the break-even for these inputs' })).toHaveAttribute(
        'href',
        /\?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2&view=hosting$/,
      );
    });

    test('a bad view in the link shows all costs and says why; choosing a view clears the message', async ({ page }) => {
      await open(page, `${PATH}?view=bogus`);
      const notice = page.locator('[data-notice="view"]');
      await expect(notice).toHaveText(/^The view in the link must be all or hosting; showing all costs\./);
      await expect(page.getByRole('radio', { name: 'All costs' })).toBeChecked();
      await expect(page.locator('.calc-category-table caption')).toHaveText('Monthly cost by category');
      expect(await pageProblems(page)).toEqual(noProblems);
      await page.getByRole('radio', { name: 'Hosting only' }).check();
      await expect(notice).toHaveCount(0);
      await expect(page).toHaveURL(/\?view=hosting$/);
    });

    test('keyboard: the arrow keys move between the two views', async ({ page }) => {
      await open(page, PATH);
      await page.getByRole('radio', { name: 'All costs' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.getByRole('radio', { name: 'Hosting only' })).toBeFocused();
      await expect(page).toHaveURL(/\?view=hosting$/);
      await expect(page.getByRole('group', { name: 'Compare' })).toHaveAccessibleDescription(/model tokens and retrieval/);
    });

    test('axe finds nothing in the hosting view with the notice and the chart, in light and dark', async ({ page }) => {
      await open(page, `${PATH}?view=hosting&view=all&agents_extra_model_calls=1`);
      await expect(page.locator('[data-notice="view"]')).toBeVisible();
      await page.locator('.calc-chart').scrollIntoViewIfNeeded();
      await expect(page.locator('.calc-chart canvas')).toHaveAttribute('height', /\d+/);
      await expect(page.locator('.calc-category-table tbody th').first()).toHaveText('Extra orchestration calls');
      for (const scheme of ['light', 'dark'] as const) expect(await axeViolations(page, scheme), scheme).toEqual([]);
    });
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('shows the default results, the tables and a plain GET form', async ({ page }) => {
      await page.goto(`${EXAMPLE}`);
      await expect(page.locator('.calc-nojs')).toBeVisible();
      await expect(page.locator('.calc-nojs')).toContainText('default scenario');
      // Default scenario, rendered at build time (see the editing test for the figures).
      for (const [option, total] of Object.entries(DEFAULT_TOTALS)) {
        await expect(page.locator(`[data-option="${option}"] [data-line="total"]`)).toHaveAttribute('data-usd', total);
      }
      for (const [option, hosting] of Object.entries(DEFAULT_HOSTING)) {
        await expect(page.locator(`[data-option="${option}"] [data-line="hosting"]`)).toHaveAttribute('data-usd', hosting);
      }
      await expect(page.locator('.calc-line-table')).toBeVisible();
      await expect(page.locator('.calc-line-table tfoot tr').nth(1)).toContainText('$133.21');
      await expect(page.locator('.calc-category-table')).toBeVisible();
      // The fit checks are in the HTML too: 0.115741 sessions start per second x 960 s = 111.111 open.
      await expect(page.locator('[data-option="agentcore-runtime"] [data-check="active-sessions"]')).toHaveAttribute(
        'data-need',
        '111.111',
      );
      await expect(page.locator('[data-option="agentcore-runtime"] [data-check="active-sessions"]')).toHaveAttribute('data-limit', '5000');
      await page.locator('[data-option="ecs-fargate"] .calc-fit > summary').click();
      await expect(page.locator('[data-option="ecs-fargate"] [data-check="fargate-vcpu"]')).toContainText(
        '2 vCPU at peak, within the default of 6',
      );
      await expect(page.locator('.chart-canvas')).toBeHidden();
      // The page cannot redraw: no view control, and the chart's table shows all costs.
      await expect(page.locator('.calc-view')).toBeHidden();
      await expect(page.locator('.calc-category-table caption')).toHaveText('Monthly cost by category');
      const form = page.locator('form.calc-form');
      await expect(form).toHaveAttribute('method', 'get');
      await expect(form).toHaveAttribute('action', PATH);
      await expect(form.locator('[name="requests_per_day"]')).toHaveValue('10000');
      await form.locator('[name="requests_per_day"]').fill('2500');
      await page.getByRole('button', { name: 'Put these inputs in the address' }).click();
      await expect(page).toHaveURL(/requests_per_day=2500/);
      expect(await pageProblems(page)).toEqual(noProblems);
    });

    test('a formula names, sources and dates each figure it uses', async ({ page }) => {
      await page.goto(PATH);
      const line = page.locator('[data-option="ecs-fargate"] [data-line="fargate-cpu"]');
      await line.getByText('Formula').click();
      await expect(line.locator('.calc-formula-text')).toHaveText('2 tasks x 730 h x 1 vCPU x $0.04048 per vCPU-hour = $59.10');
      await expect(line.locator('.calc-sources li')).toHaveText(FARGATE_CPU_SOURCE('us-east-1'));
      await expect(line.locator('.calc-sources a[href^="https://"]')).toHaveCount(1);
    });
  });
});

test.describe('parts loaded on first use', () => {
  const file = (name: string) => new RegExp(`/_astro/${name}\\.[\\w-]+\\.js$`);
  /** Every script the page asks for from now on, by path. */
  function scriptsAskedFor(page: Page): string[] {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') asked.push(new URL(r.url()).pathname);
    });
    return asked;
  }
  const activeSessions = (page: Page) => page.locator('[data-option="agentcore-runtime"] [data-check="active-sessions"]');

  test('the quota checks load once the inputs change, into what the server wrote: a check the reader opened stays open', async ({
    page,
  }) => {
    const asked = scriptsAskedFor(page);
    await open(page, PATH);
    // The server's checks: 10,000 a day / 86,400 s x 960 s (60 s session + 900 s idle tail) = 111.111 open at once.
    await expect(activeSessions(page)).toHaveAttribute('data-need', '111.111');
    const details = page.locator('[data-option="agentcore-runtime"] .calc-fit');
    await details.locator('summary').click();
    await page.waitForLoadState('networkidle');
    expect(asked.filter((p) => file('FitChecks').test(p))).toEqual([]);
    await field(page, 'requests_per_day').fill('50000');
    await field(page, 'requests_per_day').press('Tab');
    // 50,000 / 86,400 x 960 = 555.556
    await expect(activeSessions(page)).toHaveAttribute('data-need', '555.556');
    await expect(details).toHaveJSProperty('open', true);
    expect(asked.filter((p) => file('FitChecks').test(p))).toHaveLength(1);
  });

  test("a link at today's prices, as every shared link and embed code carries, loads none of them at load", async ({ page }) => {
    for (const path of [PATH, sitePath('embed/cost/')]) {
      const asked = scriptsAskedFor(page);
      await open(page, `${path}?prices=${LATEST_PRICES}`);
      await page.waitForLoadState('networkidle');
      expect(
        asked.filter((p) => /\/_astro\/(FitChecks|CostChart)\./.test(p)),
        path,
      ).toEqual([]);
      page.removeAllListeners('request');
    }
  });

  test("the chart's code loads when the chart comes near the screen, not before", async ({ page }) => {
    const asked = scriptsAskedFor(page);
    const chartFiles = () => asked.filter((p) => /\/_astro\/(CostChart|chart-figure|bar-chart|chart)\./.test(p));
    await open(page, PATH);
    await page.waitForLoadState('networkidle');
    expect(chartFiles()).toEqual([]);
    await page.locator('.calc-chart canvas').scrollIntoViewIfNeeded();
    await expect.poll(() => chartFiles().length).toBe(4);
  });

  test.describe('offline', () => {
    test.use({ expectedConsoleErrors: [/ERR_INTERNET_DISCONNECTED/] });

    test('quota checks that cannot load give way to a message, and "try again" loads them', async ({ page }) => {
      await page.route(file('FitChecks'), (route) => route.abort('internetdisconnected'));
      await open(page, PATH);
      await field(page, 'requests_per_day').fill('50000');
      await field(page, 'requests_per_day').press('Tab');
      const card = page.locator('[data-option="agentcore-runtime"]');
      const message = card.locator('.deferred-failed');
      await expect(message).toHaveAttribute('role', 'status');
      await expect(message).toHaveText('The quota checks for these inputs could not load. Check your connection, and try again');
      // The server's checks were for 10,000 a day: they no longer show.
      await expect(card.locator('.calc-fit')).toBeHidden();
      await expect(page.locator('.deferred-failed')).toHaveCount(3);
      await page.unroute(file('FitChecks'));
      await message.getByRole('button', { name: 'try again' }).click();
      await expect(activeSessions(page)).toHaveAttribute('data-need', '555.556');
      await expect(card.locator('.calc-fit')).toBeVisible();
      // One press brings back every card's checks.
      await expect(page.locator('.deferred-failed')).toHaveCount(0);
      await expect(page.locator('[data-option="ecs-fargate"] .calc-fit')).toBeVisible();
    });
  });
});
