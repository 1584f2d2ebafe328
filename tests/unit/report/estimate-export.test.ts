import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimate } from '../../../src/lib/cost/estimate.ts';
import { decodeScenario } from '../../../src/lib/params/url-state.ts';
import { fields } from '../../../src/lib/params/fields.ts';
import {
  csvCell,
  estimateCsv,
  estimateJson,
  estimateMarkdown,
  estimateRecord,
  markdownCell,
} from '../../../src/lib/report/estimate-export.ts';

/**
 * The example link, defaults otherwise. By hand (R = 2,500 x 730 / 24 = 76,041.67 requests a month):
 *   model             R x (2,000 x $1.00 + 500 x $5.00) / 1M            = $342.1875 -> $342.19
 *   retrieval         2 OCU x 730 h x $0.24                              = $350.40
 *   retrieval-storage 10 GB x $0.024                                     = $0.24
 *   embeddings        R x 2 queries x 50 tokens x $0.02 / 1M             = $0.1521 -> $0.15
 *   logs              R x 4 KB / 1M x $0.50 per GB                       = $0.1521 -> $0.15
 *   Bedrock Agents    342.1875 + 350.40 + 0.24 + 0.1521 + 0.1521         = $693.13
 *   AgentCore adds    runtime-cpu R x 2 / 3,600 x $0.1276 = $5.39; runtime-memory R x 277.5 GB-s / 3,600 x $0.0169 = $99.06
 *                     total                                              = $797.58
 *   Fargate adds      2 x 730 x $0.04048 = $59.10; 2 x 730 x 2 x $0.004445 = $12.98; ALB 730 x $0.0225 = $16.43;
 *                     LCU $0.0068; NAT 730 x $0.045 = $32.85; NAT data R x 20 KB / 1M x $0.045 = $0.0684;
 *                     public IPv4 (2 load balancer + 1 NAT) x 730 x $0.005 = $10.95
 *                     total                                              = $825.51
 */
const url = 'https://guide.example.com/calculators/cost/?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2';
const ctx = { url, generated: '2026-11-25T10:00:00.000Z' };
const est = estimate(decodeScenario('requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2').scenario);

describe('JSON export', () => {
  const r = estimateRecord(est, ctx);

  it('carries the link, the date and the 730-hour month', () => {
    assert.equal(r.url, url);
    assert.equal(r.generated, '2026-11-25T10:00:00.000Z');
    assert.equal(r.hoursPerMonth, 730);
    // The frozen price book's figures were checked between these days (tests/fixtures/price-book).
    assert.deepEqual(r.figuresChecked, { oldest: '2026-11-24', newest: '2026-12-05' });
  });

  it('lists every input with its value and default', () => {
    assert.equal(r.inputs.length, fields.length);
    assert.deepEqual(
      r.inputs.find((i) => i.param === 'requests_per_day'),
      {
        param: 'requests_per_day',
        label: 'Requests per day',
        unit: 'requests',
        value: 2500,
        default: 10000,
      },
    );
    assert.equal(r.inputs.find((i) => i.param === 'fargate_tasks')?.value, 2);
  });

  it('has every line and total, rounded to the cent, by hand', () => {
    assert.deepEqual(
      r.options.map((o) => [o.option, o.totalUsd]),
      [
        ['bedrock-agents', 693.13],
        ['agentcore-runtime', 797.58],
        ['ecs-fargate', 825.51],
      ],
    );
    const fargate = r.options[2]!;
    assert.deepEqual(
      fargate.lines.map((l) => [l.id, l.usd]),
      [
        ['model', 342.19],
        ['retrieval', 350.4],
        ['retrieval-storage', 0.24],
        ['embeddings', 0.15],
        ['fargate-cpu', 59.1],
        ['fargate-memory', 12.98],
        ['load-balancer', 16.43],
        ['load-balancer-lcu', 0.01],
        ['nat-gateway', 32.85],
        ['nat-gateway-data', 0.07],
        ['public-ipv4', 10.95],
        ['logs', 0.15],
      ],
    );
    assert.deepEqual(fargate.lines[0]!.prices, ['claude-haiku-4-5-global-input@us-east-1', 'claude-haiku-4-5-global-output@us-east-1']);
  });

  it('lists each price once with its source and date', () => {
    const input = r.prices.filter((p) => p.id === 'claude-haiku-4-5-global-input');
    assert.equal(input.length, 1);
    assert.equal(input[0]!.value, 1);
    // As in tests/fixtures/price-book/models.json: the source is dated, and was checked later.
    assert.equal(input[0]!.sourceDate, '2026-10-05');
    assert.equal(input[0]!.checked, '2026-11-25');
    assert.match(input[0]!.source.url, /^https:\/\//);
    assert.ok(r.prices.some((p) => p.id === 'fargate-x86-vcpu-hour' && p.value === 0.04048));
  });

  it('is valid JSON that reads back the same', () => {
    assert.deepEqual(JSON.parse(estimateJson(est, ctx)), JSON.parse(JSON.stringify(r)));
  });
});

describe('hosting subtotals in the exports', () => {
  // Hosting leaves out model tokens and retrieval (the same on every option), by hand from the figures above:
  //   Bedrock Agents  logs                                        = $0.1521 -> $0.15
  //   AgentCore       5.3905 + 99.0601 + 0.1521                    = $104.60
  //   Fargate         59.1008 + 12.9794 + 16.425 + 0.0068 + 32.85 + 0.0684 + 10.95 + 0.1521 = $132.53
  it('JSON: hostingUsd per option, to the cent', () => {
    assert.deepEqual(
      estimateRecord(est, ctx).options.map((o) => o.hostingUsd),
      [0.15, 104.6, 132.53],
    );
  });

  it('CSV: a hosting row after each total', () => {
    const rows = estimateCsv(est, ctx).trimEnd().split('\r\n');
    const hosting = rows.filter((l) => l.startsWith('hosting,'));
    assert.deepEqual(
      hosting.map((l) => l.split(',').slice(0, 3).join(',')),
      ['hosting,bedrock-agents,hosting', 'hosting,agentcore-runtime,hosting', 'hosting,ecs-fargate,hosting'],
    );
    assert.ok(hosting[2]?.includes(',132.53,USD per month,'), hosting[2]);
    const total = rows.findIndex((l) => l.startsWith('total,ecs-fargate,'));
    assert.ok(rows[total + 1]?.startsWith('hosting,ecs-fargate,'));
  });

  it('Markdown: a hosting row under the totals', () => {
    const rows = estimateMarkdown(est, ctx).split('\n');
    const total = rows.indexOf('| **Total** | **$693.13** | **$797.58** | **$825.51** |');
    assert.equal(
      rows[total + 1],
      '| Hosting: the total without the model tokens and retrieval every option pays | $0.15 | $104.60 | $132.53 |',
    );
  });
});

describe('fit checks and the session lifecycle in the exports', () => {
  // 2,500 a day = 0.028935 requests per second, one per session open 60 + 900 s: 27.78 sessions
  // at once (us-east-1 allows 5,000). Two fixed tasks x 1 vCPU of the 6 allowed. The idle tail:
  // R x (277.5 - 60) GB-s / 3,600 x $0.0169 = $77.64 a month.
  it('JSON: each option has its checks with need, limit and the limit source; AgentCore has its lifecycle', () => {
    const r = estimateRecord(est, ctx);
    const agentcore = r.options.find((o) => o.option === 'agentcore-runtime');
    const active = agentcore?.fit.find((c) => c.id === 'active-sessions');
    assert.ok(active && Math.abs(active.need - 27.7778) < 1e-4, JSON.stringify(active));
    assert.deepEqual([active.limit, active.status, active.limitSource], [5000, 'ok', 'agentcore-active-sessions-us@us-east-1']);
    assert.equal(agentcore?.lifecycle?.find((f) => f.id === 'idle-tail')?.usd, 77.64);
    const fargate = r.options.find((o) => o.option === 'ecs-fargate');
    assert.deepEqual(
      fargate?.fit.filter((c) => c.id === 'fargate-vcpu').map((c) => [c.need, c.limit, c.status]),
      [[2, 6, 'ok']],
    );
    assert.equal(r.options.find((o) => o.option === 'bedrock-agents')?.lifecycle, undefined);
  });

  it('CSV: a row per check, with its status, need and limit', () => {
    const rows = estimateCsv(est, ctx).trimEnd().split('\r\n');
    const row = rows.find((l) => l.startsWith('fit,ecs-fargate,fargate-vcpu,'));
    assert.ok(row?.startsWith('fit,ecs-fargate,fargate-vcpu,Fargate On-Demand vCPU at peak: Fits,2,vCPU (limit 6),'), row);
  });

  // 600,000 a day in us-east-1: 6.944 sessions start a second, each open 60 + 900 s, so 6,666.67
  // sessions at once, a third over the default of 5,000 (adjustable: raise it in Service Quotas).
  const busy = estimate(decodeScenario('requests_per_day=600000').scenario);
  const quotas = 'https://us-east-1.console.aws.amazon.com/servicequotas/home/services/bedrock-agentcore/quotas';
  const limitsPage = 'https://docs.aws.amazon.com/bedrock-agentcore/latest/devguide/bedrock-agentcore-limits.html';

  it('JSON: a missed quota links Service Quotas, and every limit quoted is listed with its source and dates', () => {
    const r = estimateRecord(busy, ctx);
    const agentcore = r.options.find((o) => o.option === 'agentcore-runtime')!;
    const active = agentcore.fit.find((c) => c.id === 'active-sessions')!;
    assert.equal(active.status, 'over-default');
    assert.ok(Math.abs(active.need - 6666.67) < 0.01, String(active.need));
    assert.equal(active.quotaUrl, quotas);
    // The same adjustable quota, met (2,500 a day: 27.78 sessions), has nothing to raise.
    const met = estimateRecord(est, ctx)
      .options.find((o) => o.option === 'agentcore-runtime')!
      .fit.find((c) => c.id === 'active-sessions');
    assert.deepEqual([met?.status, met?.quotaUrl], ['ok', undefined]);
    const listed = r.prices.find((p) => p.id === 'agentcore-active-sessions-us' && p.region === 'us-east-1');
    assert.equal(listed?.value, 5000);
    assert.equal(listed?.source.url, limitsPage);
    assert.match(listed?.checked ?? '', /^2026-\d\d-\d\d$/);
    // The lifecycle's figures are listed too: the v2 start time, the 8-hour lifetime.
    const starts = agentcore.lifecycle?.find((f) => f.id === 'session-starts');
    assert.deepEqual(starts?.limitSources, ['agentcore-v2-cold-start-seconds@global']);
    for (const key of ['agentcore-v2-cold-start-seconds@global', 'agentcore-max-session-hours@global']) {
      assert.ok(
        r.prices.some((p) => `${p.id}@${p.region}` === key),
        key,
      );
    }
  });

  it('CSV: a missed quota carries its Service Quotas link, and the limit has a row with its source', () => {
    const rows = estimateCsv(busy, ctx).trimEnd().split('\r\n');
    const fit = rows.find((l) => l.startsWith('fit,agentcore-runtime,active-sessions,'));
    assert.ok(fit?.includes(',agentcore-active-sessions-us@us-east-1,'), fit);
    assert.ok(fit?.endsWith(`,${quotas}`), fit);
    const price = rows.find((l) => l.startsWith('price,,agentcore-active-sessions-us@us-east-1,'));
    assert.ok(price?.includes(`Quotas for Amazon Bedrock AgentCore (developer guide) <${limitsPage}>`), price);
  });

  it('Markdown: a missed quota links Service Quotas to raise it, one AWS does not publish to look it up, one met not at all', () => {
    const rows = estimateMarkdown(busy, ctx).split('\n');
    const row = (start: string): string | undefined => rows.find((l) => l.startsWith(start));
    const active = row('| AgentCore Runtime | Active sessions at peak |');
    assert.ok(
      active?.startsWith(
        '| AgentCore Runtime | Active sessions at peak | Over the default quota | 6,667 sessions at peak, 33% over the default of 5,000.',
      ),
      active,
    );
    assert.ok(active?.endsWith(` [Raise it in Service Quotas](${quotas}) |`), active);
    // Claude Sonnet 5.5 has no published tokens-per-minute default: Bedrock's quotas page, to look.
    const model = row('| AgentCore Runtime | Model tokens per minute at peak | No published quota |');
    assert.ok(
      model?.endsWith(
        ' [Check yours in Service Quotas](https://us-east-1.console.aws.amazon.com/servicequotas/home/services/bedrock/quotas) |',
      ),
      model,
    );
    const length = row('| AgentCore Runtime | Session lifetime |');
    assert.ok(length && !length.includes('Service Quotas'), length);
  });

  it('Markdown: a table of every check', () => {
    const rows = estimateMarkdown(est, ctx).split('\n');
    assert.ok(rows.includes('| Option | Check | Status | Details |'));
    assert.ok(
      rows.includes(
        '| AgentCore Runtime | Active sessions at peak | Fits | 27.78 sessions at peak, within the default of 5,000. Idle sessions count until they end. |',
      ),
      rows.filter((r) => r.includes('Active sessions')).join('\n'),
    );
  });
});

describe('CSV export', () => {
  const csv = estimateCsv(est, ctx);
  const lines = csv.trimEnd().split('\r\n');

  it('starts with a header row and uses CRLF', () => {
    assert.equal(lines[0], 'section,option,id,label,value,unit,formula,prices,source,source_date,checked,quota_url');
    assert.ok(csv.endsWith('\r\n'));
  });

  it('has an input row per field, a row per line and a total per option', () => {
    assert.ok(lines.includes('input,,requests_per_day,Requests per day,2500,requests,,,,,,'));
    assert.equal(lines.filter((l) => l.startsWith('input,')).length, fields.length);
    assert.ok(
      lines.includes(
        'line,ecs-fargate,fargate-cpu,"Fargate vCPU (1 vCPU per task, x86)",59.10,USD per month,2 tasks x 730 h x 1 vCPU x $0.04048 per vCPU-hour = $59.10,fargate-x86-vcpu-hour@us-east-1,,,,',
      ),
    );
    const total = lines.find((l) => l.startsWith('total,ecs-fargate,total,'));
    assert.ok(total?.includes(',825.51,USD per month,'), total);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    assert.equal(csvCell('a,b'), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell('=SUM(A1:A9)'), "'=SUM(A1:A9)");
    assert.equal(csvCell('@cmd'), "'@cmd");
    assert.equal(csvCell(5), '5');
    assert.equal(csvCell(true), 'true');
  });

  it('has a price row with the date its source states and the day it was checked', () => {
    const row = lines.find((l) => l.startsWith('price,,claude-haiku-4-5-global-output@us-east-1,'));
    assert.ok(row?.endsWith(',2026-10-05,2026-11-25,'), row);
  });

  it('says "undated" for a source that states no date, instead of borrowing the check day', () => {
    // Fargate in eu-west-1 comes from raw Price List SKUs with no date (tests/fixtures/price-book/fargate.json).
    const eu = estimateCsv(estimate(decodeScenario('region=eu-west-1').scenario), ctx)
      .trimEnd()
      .split('\r\n');
    const row = eu.find((l) => l.startsWith('price,,fargate-x86-vcpu-hour@eu-west-1,'));
    assert.match(row ?? '', /,undated,\d{4}-\d\d-\d\d,$/);
  });
});

describe('Markdown export', () => {
  const md = estimateMarkdown(est, ctx);

  it('is a table with one row per line and the totals, by hand', () => {
    const rows = md.split('\n');
    assert.ok(rows[0]!.includes(`[Open this estimate in the calculator](${url})`));
    assert.ok(rows.includes('| Cost line | Bedrock Agents (Classic) | AgentCore Runtime | ECS on Fargate |'));
    assert.ok(rows.includes('| --- | ---: | ---: | ---: |'));
    assert.ok(rows.includes('| Model tokens (Claude Haiku 4.5, global profile) | $342.19 | $342.19 | $342.19 |'));
    assert.ok(rows.includes('| Runtime CPU (platform v2, active time only) | n/a | $5.39 | n/a |'));
    assert.ok(rows.includes('| Public IPv4 addresses (2 for the load balancer, 1 for the NAT gateway) | n/a | n/a | $10.95 |'));
    assert.ok(rows.includes('| **Total** | **$693.13** | **$797.58** | **$825.51** |'));
  });

  it('escapes pipes and line breaks in cells', () => {
    assert.equal(markdownCell('a | b\nc'), 'a \\| b c');
  });
});
