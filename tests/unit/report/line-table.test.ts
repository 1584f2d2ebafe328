import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimate } from '../../../src/lib/cost/estimate.ts';
import { defaultScenario, withDefaults } from '../../../src/lib/cost/scenario.ts';
import { categoryTable, lineCategory } from '../../../src/lib/report/categories.ts';
import { lineTable, mergeLineOrder } from '../../../src/lib/report/line-table.ts';
import { near } from '../helpers.ts';

describe('line table', () => {
  it('merges line orders: shared lines keep their places, option-specific ones sit before the next shared line', () => {
    assert.deepEqual(
      mergeLineOrder([
        ['model', 'orchestration', 'retrieval', 'logs'],
        ['model', 'retrieval', 'runtime-cpu', 'runtime-memory', 'logs'],
        ['model', 'retrieval', 'fargate-cpu', 'nat-gateway', 'logs'],
      ]),
      ['model', 'orchestration', 'retrieval', 'runtime-cpu', 'runtime-memory', 'fargate-cpu', 'nat-gateway', 'logs'],
    );
  });

  it('lists every line of the default scenario once, model first and logs last', () => {
    const table = lineTable(estimate(defaultScenario));
    assert.deepEqual(
      table.rows.map((r) => r.id),
      [
        'model',
        'orchestration',
        'retrieval',
        'retrieval-storage',
        'embeddings',
        'runtime-cpu',
        'runtime-memory',
        'fargate-cpu',
        'fargate-memory',
        'load-balancer',
        'load-balancer-lcu',
        'nat-gateway',
        'nat-gateway-data',
        'public-ipv4',
        'logs',
      ],
    );
    assert.deepEqual(
      table.options.map((o) => o.option),
      ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate'],
    );
  });

  it('leaves a cell empty where an option has no such line', () => {
    const row = lineTable(estimate(defaultScenario)).rows.find((r) => r.id === 'runtime-cpu');
    assert.ok(row);
    assert.equal(row.cells[0], undefined);
    assert.equal(row.cells[1]?.id, 'runtime-cpu');
    assert.equal(row.cells[2], undefined);
  });
});

describe('cost categories', () => {
  it('puts unknown line ids in Other rather than dropping them', () => {
    assert.equal(lineCategory('fargate-cpu'), 'compute');
    assert.equal(lineCategory('nat-gateway-data'), 'network');
    assert.equal(lineCategory('some-new-line'), 'other');
  });

  /**
   * ?requests_per_day=2500&model=claude-haiku-4-5&fargate_tasks=2, by hand (R = 2,500 x 730 / 24 = 76,041.67 requests):
   *   model      R x (2,000 x $1 + 500 x $5) / 1M                                   = 342.1875
   *   retrieval  2 OCU x 730 h x $0.24 + 10 GB x $0.024 + R x 2 x 50 tokens x $0.02 / 1M = 350.4 + 0.24 + 0.152083 = 350.792083
   *   compute    Fargate: 2 x 730 x 1 vCPU x $0.04048 + 2 x 730 x 2 GB x $0.004445   = 59.1008 + 12.9794 = 72.0802
   *              AgentCore v2: R x 2 s / 3,600 x $0.1276 = 5.390509;
   *              R x (1 GB x (60 + 120) s + 0.125 GB x 780 s) / 3,600 x $0.0169 = 99.060113
   *   network    730 x $0.0225 + 730 x 0.0011574 LCU x $0.008 + 730 x $0.045 + R x 20 KB / 1M x $0.045
   *              + 3 public IPv4 addresses (2 load balancer, 1 NAT) x 730 x $0.005
   *              = 16.425 + 0.006759 + 32.85 + 0.068438 + 10.95 = 60.300197
   *   logs       R x 4 KB / 1M x $0.50                                               = 0.152083
   */
  it('sums lines per category, by hand', () => {
    const s = withDefaults({ requestsPerDay: 2500, model: 'claude-haiku-4-5', fargateTasks: 2 });
    const t = categoryTable(estimate(s));
    assert.deepEqual(
      t.rows.map((r) => r.id),
      ['model', 'retrieval', 'compute', 'network', 'logs'],
    );
    const [model, retrieval, compute, network, logs] = t.rows;
    for (const v of model!.usd) near(v, 342.1875, 1e-6);
    for (const v of retrieval!.usd) near(v, 350.792083, 1e-5);
    near(compute!.usd[0]!, 0, 1e-9);
    near(compute!.usd[1]!, 5.390509 + 99.060113, 1e-5);
    near(compute!.usd[2]!, 72.0802, 1e-6);
    assert.deepEqual(network!.usd.slice(0, 2), [0, 0]);
    near(network!.usd[2]!, 60.300197, 1e-5);
    for (const v of logs!.usd) near(v, 0.152083, 1e-5);
    near(t.totals[0]!, 693.13, 0.005);
    near(t.totals[1]!, 797.58, 0.005);
    near(t.totals[2]!, 825.51, 0.005);
  });
});

describe('cost categories, hosting view', () => {
  /**
   * The same link (see above): hosting leaves out the model (342.1875) and retrieval (350.792083)
   * rows, which are the same on every option, and totals the hosting subtotals:
   *   Bedrock Agents  logs 0.152083                                 = 0.152083
   *   AgentCore       5.390509 + 99.060113 + 0.152083               = 104.602705
   *   Fargate         72.0802 + 60.300197 + 0.152083                = 132.532480
   */
  const s = withDefaults({ requestsPerDay: 2500, model: 'claude-haiku-4-5', fargateTasks: 2 });

  it('stacks only the hosting categories and totals the hosting subtotals, by hand', () => {
    const est = estimate(s);
    const t = categoryTable(est, 'hosting');
    assert.deepEqual(
      t.rows.map((r) => r.id),
      ['compute', 'network', 'logs'],
    );
    near(t.totals[0]!, 0.152083, 1e-5);
    near(t.totals[1]!, 104.602705, 1e-5);
    near(t.totals[2]!, 132.53248, 1e-5);
    t.totals.forEach((total, i) => assert.equal(total, est.options[i]!.hosting));
    // What it leaves out, the same on every option: the model row and the retrieval row.
    near(t.leftOut!, 342.1875 + 350.792083, 1e-5);
    assert.equal(categoryTable(est).leftOut, null);
  });

  it('rows add up to the totals in both views', () => {
    const est = estimate(withDefaults({ agentsExtraModelCalls: 1, toolCallsPerRequest: 2 }));
    for (const view of ['all', 'hosting'] as const) {
      const t = categoryTable(est, view);
      t.totals.forEach((total, i) =>
        near(
          t.rows.reduce((sum, r) => sum + r.usd[i]!, 0),
          total,
          1e-6,
          `${view} ${i}`,
        ),
      );
    }
  });

  it("shows Bedrock Agents' extra orchestration calls as their own category, only in the hosting view", () => {
    // Defaults with 1 extra call: R = 304,166.67 x (2,000 x $2 + 500 x $10) / 1M = $2,737.50.
    const est = estimate(withDefaults({ agentsExtraModelCalls: 1 }));
    const extra = categoryTable(est, 'hosting').rows.find((r) => r.id === 'extra-model-calls');
    assert.ok(extra);
    near(extra.usd[0]!, 2737.5, 1e-6);
    assert.deepEqual(extra.usd.slice(1), [0, 0]);
    assert.equal(
      categoryTable(est).rows.some((r) => r.id === 'extra-model-calls'),
      false,
    );
  });

  it('gives the line table each option’s hosting subtotal', () => {
    const est = estimate(s);
    assert.deepEqual(
      lineTable(est).options.map((o) => o.hosting),
      est.options.map((o) => o.hosting),
    );
  });
});
