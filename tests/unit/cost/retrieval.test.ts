import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimate, estimateOption, findLine, lineUsd } from '../../../src/lib/cost/estimate.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

const base = withDefaults({ requestsPerDay: 10_000, retrievalsPerRequest: 2, vectorStoreGb: 10 });

describe('retrieval', () => {
  it('classic OpenSearch Serverless bills its OCU floor all month', () => {
    // 2 OCU x 730 h x $0.24 = $350.40; without redundancy 1 OCU = $175.20
    near(lineUsd(estimateOption(base, 'agentcore-runtime'), 'retrieval'), 350.4, 1e-9);
    near(
      lineUsd(estimateOption({ ...base, opensearchRedundancy: false, opensearchOcus: 1 }, 'agentcore-runtime'), 'retrieval'),
      175.2,
      1e-9,
    );
  });

  it('NextGen sleeps after 10 idle minutes', () => {
    // 1,000/day: 30,416.667 / (730 x 60) = 0.694444 req/min; awake 1 - e^(-6.94444) = 0.9990364
    // 730 x 0.9990364 = 729.2966 h x 2 OCU x $0.24 = $350.0624
    near(
      lineUsd(estimateOption({ ...base, requestsPerDay: 1_000, vectorStore: 'opensearch-nextgen' }, 'ecs-fargate'), 'retrieval'),
      350.0624,
      1e-3,
    );
    // 10/day: 0.00694444 req/min; 1 - e^(-0.0694444) = 0.0670875; 730 x 0.0670875 = 48.9739 h x 2 x $0.24 = $23.5075
    near(
      lineUsd(estimateOption({ ...base, requestsPerDay: 10, vectorStore: 'opensearch-nextgen' }, 'ecs-fargate'), 'retrieval'),
      23.5075,
      1e-3,
    );
    // NextGen storage: 10 GB x $0.02 = $0.20
    near(lineUsd(estimateOption({ ...base, vectorStore: 'opensearch-nextgen' }, 'ecs-fargate'), 'retrieval-storage'), 0.2, 1e-9);
  });

  it('S3 Vectors bills per query and per GB stored, each query for the data in the index, tier by tier', () => {
    // 10,000 a day x 2 = 608,333.33 queries a month; $2.50 per million = $1.520833.
    // 10 GB at 4 KB a vector = 2,500,000 vectors: the first 100,000 (0.4 GB = 0.0004 TB) at $0.004 per TB,
    // the other 2,400,000 (9.6 GB = 0.0096 TB) at $0.002: $0.0000016 + $0.0000192 = $0.0000208 a query,
    // x 608,333.33 = $12.653333. Retrieval: $1.520833 + $12.653333 = $14.174167. Storage: 10 GB x $0.06 = $0.60.
    const r = estimateOption({ ...base, vectorStore: 's3-vectors' }, 'agentcore-runtime');
    near(lineUsd(r, 'retrieval'), 14.174167, 1e-5);
    near(lineUsd(r, 'retrieval-storage'), 0.6, 1e-9);
    assert.match(
      findLine(r, 'retrieval').formula,
      /^608,333 queries x \(\$2\.50 \/ 1M \+ 0\.0004 TB x \$0\.004 \+ 0\.0096 TB x \$0\.002\) = \$14\.17$/,
    );
    // No floor: no queries, no query charge.
    near(lineUsd(estimateOption({ ...base, vectorStore: 's3-vectors', requestsPerDay: 0 }, 'agentcore-runtime'), 'retrieval'), 0, 1e-12);
  });

  it('Aurora Serverless v2, always on or auto-paused', () => {
    // 0.5 ACU x 730 h x $0.12 = $43.80; storage 10 GB x $0.10 = $1.00
    const r = estimateOption({ ...base, vectorStore: 'aurora-serverless-v2', auroraAcus: 0.5 }, 'bedrock-agents');
    near(lineUsd(r, 'retrieval'), 43.8, 1e-9);
    near(lineUsd(r, 'retrieval-storage'), 1, 1e-9);
    // Auto-pause, 10/day: 1 - e^(-0.00694444 x 5) = 1 - 0.9658737 = 0.0341263; 730 x 0.0341263 = 24.9122 h x 0.5 x $0.12 = $1.49473
    const paused = estimateOption(
      { ...base, requestsPerDay: 10, vectorStore: 'aurora-serverless-v2', auroraAcus: 0.5, auroraAutoPause: true },
      'bedrock-agents',
    );
    near(lineUsd(paused, 'retrieval'), 1.49473, 1e-4);
  });

  it('embeds each query', () => {
    // 608,333.33 queries x 50 tokens = 30,416,667 tokens x $0.02 / 1M = $0.608333; + 100M document tokens = $2.00
    near(lineUsd(estimateOption(base, 'ecs-fargate'), 'embeddings'), 0.608333, 1e-6);
    near(lineUsd(estimateOption({ ...base, ingestTokensPerMonth: 100_000_000 }, 'ecs-fargate'), 'embeddings'), 2.608333, 1e-6);
  });

  it("reproduces the seed post's $0.10 a query only as a labeled custom figure", () => {
    // 608,333.33 queries / 1,000 x $100 = $60,833.33
    const r = estimateOption({ ...base, customCostPer1kQueries: 100 }, 'bedrock-agents');
    const line = findLine(r, 'retrieval-custom');
    near(line.usd, 60_833.333, 1e-3);
    assert.equal(line.label, 'Custom cost per 1,000 queries (not an AWS price)');
    assert.deepEqual(line.priceIds, []);
    assert.match(line.note ?? '', /not an AWS price/);
  });

  it('prices retrieval the same on all three options', () => {
    for (const store of ['opensearch-serverless', 'opensearch-nextgen', 'aurora-serverless-v2', 'external'] as const) {
      const [a, b, c] = estimate({ ...base, vectorStore: store, customCostPer1kQueries: 1 }).options;
      const pick = (r: typeof a) => r?.lines.filter((l) => l.id.startsWith('retrieval') || l.id === 'embeddings');
      assert.deepEqual(pick(a), pick(b), store);
      assert.deepEqual(pick(b), pick(c), store);
    }
  });

  it('costs nothing with no retrievals', () => {
    const r = estimateOption({ ...base, retrievalsPerRequest: 0 }, 'bedrock-agents');
    assert.equal(lineUsd(r, 'retrieval'), 0);
    assert.equal(findLine(r, 'retrieval').formula, 'No retrieval (0 retrievals per request) = $0.00');
  });
});
