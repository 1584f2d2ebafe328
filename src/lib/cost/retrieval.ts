import { limitNumber, priceValue, type ItemRef } from '../pricing/catalog.ts';
import { formatCount, formatNumber, formatRate, formatUsd } from '../format/money.ts';
import { makeLine, rate, type CalcContext, type LineItem } from './lines.ts';
import { HOURS_PER_MONTH, type Scenario, type VectorStore } from './scenario.ts';
import { awakeFraction, monthlyRequests, trafficHoursPerMonth } from './traffic.ts';

/**
 * Retrieval priced the same on all three options. A Bedrock knowledge base has no
 * per-query fee: what costs money is the vector store behind it, the embedding
 * tokens and the generation tokens (already in the model line). Containers that
 * query the store themselves pay for the same store.
 */

export function monthlyQueries(s: Scenario): number {
  return monthlyRequests(s) * s.retrievalsPerRequest;
}

/** Hours a scale-to-zero store is awake, given it sleeps after `idleMinutes` without requests. */
export function awakeHours(s: Scenario, idleMinutes: number): number {
  const trafficHours = trafficHoursPerMonth(s);
  const perMinute = monthlyRequests(s) / (trafficHours * 60);
  return trafficHours * awakeFraction(perMinute, idleMinutes);
}

function awakeText(s: Scenario, idleMinutes: number): string {
  const trafficHours = trafficHoursPerMonth(s);
  const perMinute = monthlyRequests(s) / (trafficHours * 60);
  return `${formatNumber(trafficHours)} traffic hours x (1 - e^(-${formatNumber(perMinute, 3)} requests/min x ${formatNumber(idleMinutes)} min)) = ${formatNumber(awakeHours(s, idleMinutes))} awake hours`;
}

function storeLine(s: Scenario, ctx: CalcContext): LineItem {
  switch (s.vectorStore) {
    case 'opensearch-serverless': {
      const ocu = rate('opensearch-serverless-ocu-hour', s.region);
      const floorId = s.opensearchRedundancy ? 'opensearch-min-ocu-redundant' : 'opensearch-min-ocu-single';
      const floor = limitNumber(floorId);
      const ocus = Math.max(floor, s.opensearchOcus);
      return makeLine(
        ctx,
        'retrieval',
        `Vector store: OpenSearch Serverless (${formatNumber(floor)} OCU floor ${s.opensearchRedundancy ? 'with' : 'without'} redundancy)`,
        ocus * HOURS_PER_MONTH * ocu.value,
        () => `${formatNumber(ocus)} OCU x ${HOURS_PER_MONTH} hours x ${formatRate(ocu.value)} per OCU-hour`,
        [ocu.ref, { id: floorId, region: 'global' }],
        'Billed every hour whether or not anyone queries it. A first vector collection gets its own set of OCUs.',
      );
    }
    case 'opensearch-nextgen': {
      const ocu = rate('opensearch-serverless-ocu-hour', s.region);
      const idle = limitNumber('opensearch-nextgen-idle-minutes');
      const hours = awakeHours(s, idle);
      return makeLine(
        ctx,
        'retrieval',
        'Vector store: OpenSearch Serverless NextGen (scales to zero)',
        s.opensearchOcus * hours * ocu.value,
        () => `${formatNumber(s.opensearchOcus)} OCU x ${formatNumber(hours)} awake hours x ${formatRate(ocu.value)} per OCU-hour`,
        [ocu.ref, { id: 'opensearch-nextgen-idle-minutes', region: 'global' }],
        `Sleeps after ${formatNumber(idle)} minutes without requests (the first request then waits up to ${formatNumber(limitNumber('opensearch-nextgen-cold-start-seconds'))} s). Awake hours assume requests arrive at random: ${ctx.text ? awakeText(s, idle) : ''}.`,
      );
    }
    case 's3-vectors': {
      const queries = monthlyQueries(s);
      const perMillion = rate('s3-vectors-queries-per-million', s.region);
      const scan = s3VectorsScanUsdPerQuery(s);
      const requestsUsd = (queries / 1e6) * perMillion.value;
      return makeLine(
        ctx,
        'retrieval',
        'Vector store: Amazon S3 Vectors (no hourly floor)',
        requestsUsd + queries * scan.usd,
        () => `${formatCount(queries)} queries x (${formatRate(perMillion.value)} / 1M + ${scan.text})`,
        [perMillion.ref, ...scan.refs],
        `Each query is billed for the data in the index it searches, tier by tier. Assumes ${formatNumber(S3_VECTOR_KB)} KB per vector (1,024-dimension float32 embeddings, Titan Text Embeddings V2's default), so ${formatCount(scan.vectors)} vectors in ${formatNumber(s.vectorStoreGb)} GB. Writes (per GB uploaded) are not included.`,
      );
    }
    case 'aurora-serverless-v2': {
      const acu = rate('aurora-serverless-v2-acu-hour', s.region);
      if (!s.auroraAutoPause) {
        return makeLine(
          ctx,
          'retrieval',
          'Vector store: Aurora Serverless v2 with pgvector',
          s.auroraAcus * HOURS_PER_MONTH * acu.value,
          () => `${formatNumber(s.auroraAcus)} ACU x ${HOURS_PER_MONTH} hours x ${formatRate(acu.value)} per ACU-hour`,
          [acu.ref],
          'Always on. With auto-pause (supported engine versions only) it can scale to 0 ACU when idle.',
        );
      }
      const pauseMinutes = limitNumber('aurora-auto-pause-min-seconds') / 60;
      const hours = awakeHours(s, pauseMinutes);
      return makeLine(
        ctx,
        'retrieval',
        'Vector store: Aurora Serverless v2 with pgvector (auto-pause)',
        s.auroraAcus * hours * acu.value,
        () => `${formatNumber(s.auroraAcus)} ACU x ${formatNumber(hours)} awake hours x ${formatRate(acu.value)} per ACU-hour`,
        [acu.ref, { id: 'aurora-auto-pause-min-seconds', region: 'global' }],
        `Pauses after ${formatNumber(pauseMinutes)} idle minutes (the shortest setting) and takes up to about ${formatNumber(limitNumber('aurora-resume-seconds'))} s to resume. Aurora pauses only when no user connection is open, so this assumes your code closes its connections between requests (an open connection pool keeps it awake all month). Awake hours assume requests arrive at random: ${ctx.text ? awakeText(s, pauseMinutes) : ''}.`,
      );
    }
    case 'external':
      return makeLine(
        ctx,
        'retrieval',
        'Vector store: another store (priced per query)',
        0,
        () => 'No AWS vector store priced here; use the custom cost per 1,000 queries',
        [],
      );
  }
}

/** Size of one stored vector, in KB: a 1,024-dimension float32 embedding (Titan Text Embeddings V2's default). */
export const S3_VECTOR_KB = 4;

/**
 * What one S3 Vectors query costs for the data it processes: the index's vectors x their size,
 * priced tier by tier (the first 100,000 vectors at one rate, the next ones lower).
 */
export function s3VectorsScanUsdPerQuery(s: Scenario): { usd: number; vectors: number; text: string; refs: ItemRef[] } {
  const vectors = (s.vectorStoreGb * 1e6) / S3_VECTOR_KB;
  const bounds = [0, limitNumber('s3-vectors-tier1-max-vectors'), limitNumber('s3-vectors-tier2-max-vectors'), Number.POSITIVE_INFINITY];
  const tiers = ['s3-vectors-query-data-tb-tier1', 's3-vectors-query-data-tb-tier2', 's3-vectors-query-data-tb-tier3'].map((id) =>
    rate(id, s.region),
  );
  let usd = 0;
  const parts: string[] = [];
  tiers.forEach((tier, i) => {
    const inTier = Math.max(0, Math.min(vectors, bounds[i + 1]!) - bounds[i]!);
    if (inTier === 0) return;
    const tb = (inTier * S3_VECTOR_KB) / 1e9;
    usd += tb * tier.value;
    parts.push(`${formatNumber(tb, 6)} TB x ${formatRate(tier.value)}`);
  });
  return {
    usd,
    vectors,
    text: parts.length > 0 ? parts.join(' + ') : '0 TB processed',
    refs: [
      ...tiers.map((t) => t.ref),
      { id: 's3-vectors-tier1-max-vectors', region: 'global' },
      { id: 's3-vectors-tier2-max-vectors', region: 'global' },
    ],
  };
}

/** Each AWS store's storage price; another store is priced per query only. */
const storagePrices: Partial<Record<VectorStore, string>> = {
  'opensearch-serverless': 'opensearch-serverless-storage-gb-month',
  'opensearch-nextgen': 'opensearch-serverless-nextgen-storage-gb-month',
  's3-vectors': 's3-vectors-storage-gb-month',
  'aurora-serverless-v2': 'aurora-storage-gb-month',
};

function storageLine(s: Scenario, ctx: CalcContext): LineItem | undefined {
  const id = storagePrices[s.vectorStore];
  if (id === undefined) return undefined;
  const storage = rate(id, s.region);
  return makeLine(
    ctx,
    'retrieval-storage',
    'Vector store storage',
    s.vectorStoreGb * storage.value,
    () => `${formatNumber(s.vectorStoreGb)} GB x ${formatRate(storage.value)} per GB-month`,
    [storage.ref],
    s.vectorStore === 'aurora-serverless-v2'
      ? `Aurora I/O (${formatRate(priceValue('aurora-io-per-million'))} per million requests on Standard) is not included. Database Savings Plans, the only discount for Aurora Serverless v2, take up to ${formatNumber(priceValue('aurora-database-savings-plan-max-discount-percent'))}% off the capacity line.`
      : undefined,
  );
}

function embeddingsLine(s: Scenario, ctx: CalcContext): LineItem {
  const embed = rate('titan-embed-text-v2-input');
  const queries = monthlyQueries(s);
  const tokens = queries * s.queryEmbeddingTokens + s.ingestTokensPerMonth;
  return makeLine(
    ctx,
    'embeddings',
    'Embeddings (Titan Text Embeddings V2)',
    (tokens * embed.value) / 1e6,
    () =>
      `(${formatCount(queries)} queries x ${formatNumber(s.queryEmbeddingTokens)} tokens + ${formatNumber(s.ingestTokensPerMonth)} document tokens) x ${formatRate(embed.value)} / 1M`,
    [embed.ref],
  );
}

function customLine(s: Scenario, ctx: CalcContext): LineItem {
  const queries = monthlyQueries(s);
  return makeLine(
    ctx,
    'retrieval-custom',
    'Custom cost per 1,000 queries (not an AWS price)',
    (queries / 1000) * s.customCostPer1kQueries,
    () => `${formatCount(queries)} queries / 1,000 x ${formatUsd(s.customCostPer1kQueries)}`,
    [],
    'A figure you entered, not an AWS price: Bedrock Knowledge Bases have no per-query fee. The seed post used $0.10 per query ($100 per 1,000).',
  );
}

/** The retrieval lines: `retrieval` always, the others when they apply. */
export function retrievalLines(s: Scenario, ctx: CalcContext): LineItem[] {
  if (s.retrievalsPerRequest === 0) {
    return [makeLine(ctx, 'retrieval', 'Retrieval', 0, () => 'No retrieval (0 retrievals per request)', [])];
  }
  const lines = [storeLine(s, ctx)];
  const storage = storageLine(s, ctx);
  if (storage) lines.push(storage);
  lines.push(embeddingsLine(s, ctx));
  if (s.customCostPer1kQueries > 0) lines.push(customLine(s, ctx));
  return lines;
}
