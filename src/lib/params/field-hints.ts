import { describeValidMemory, fargateVcpuChoices } from '../cost/fargate-sizes.ts';
import { DAYS_PER_MONTH } from '../cost/scenario.ts';
import { formatNumber } from '../format/money.ts';
import { limitNumber, priceValue } from '../pricing/catalog.ts';

/**
 * One sentence per scenario field (by URL parameter) for the calculator forms: what the input
 * means, and whether its default is an assumption. Figures AWS sets come from content/pricing.
 *
 * Only the server renders them (the forms show them through `ServerRendered`): they never change
 * while a page is open, and in the browser bundle they would weigh about 2 KB gzipped. A
 * function, not a constant, so that a bundle that never calls it drops the text.
 */
export function fieldHint(param: string): string {
  hints ??= allHints();
  const hint = hints[param];
  if (hint === undefined) throw new Error(`No hint for the field "${param}" in field-hints.ts`);
  return hint;
}

/** Hints by URL parameter: what allHints returns and /field-hints.json serves. */
export type FieldHints = Readonly<Record<string, string>>;

let hints: FieldHints | undefined;

/** Every hint, by URL parameter. */
export function allHints(): FieldHints {
  const idleTimeoutDefault = limitNumber('agentcore-idle-timeout-default-seconds');
  const reclaimSeconds = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  const minSessionGb = limitNumber('agentcore-min-billed-memory-mb') / 1024;
  const maxSessionGb = limitNumber('agentcore-max-gb-per-session');
  const includedStorageGb = limitNumber('fargate-ephemeral-storage-included-gb');
  const spotMaxDiscount = priceValue('fargate-spot-max-discount-percent');
  const savingsPlanMax = priceValue('fargate-savings-plan-max-discount-percent');
  const lambdaMinMb = limitNumber('lambda-min-memory-mb');
  const lambdaMaxMb = limitNumber('lambda-max-memory-mb');
  const auroraPauseMinutes = limitNumber('aurora-auto-pause-min-seconds') / 60;
  return {
    region:
      'Fargate rates differ by Region; where the data has no figure for your Region, the results say which lines use us-east-1 prices.',
    runs_bedrock_agents: 'Bedrock Agents is closed to new customers: it can be your lowest total only if you already run it.',
    requests_per_day: `Average agent invocations per calendar day. A month is 730 hours, so monthly volume is this x ${formatNumber(DAYS_PER_MONTH, 2)}.`,
    traffic:
      'Shapes Fargate task count, load-balancer capacity and scale-to-zero stores; AgentCore and Bedrock Agents bill per use either way.',
    business_hours_per_day: 'Business-hours pattern only: hours a day in which requests arrive.',
    business_days_per_week: 'Business-hours pattern only.',
    peak_to_average: 'Bursty pattern only: peak request rate divided by the average. Fargate capacity is sized for the peak.',
    model:
      'All three options call the same Bedrock models at the same price per token; Bedrock Agents can add orchestration calls (below).',
    inference_profile:
      'The Bedrock API has no default: the model ID you call picks it. The AgentCore CLI scaffolds global. IDs; many samples use us.',
    input_tokens: 'Prompt, instructions, history and retrieved context sent with each call.',
    output_tokens: 'Tokens the model generates per call, thinking tokens included.',
    model_calls_per_request: 'Calls your agent makes to answer one request (tool loops count), on every option.',
    agents_extra_model_calls:
      'Calls Bedrock Agents adds on top (reasoning steps; pre- and post-processing when enabled). Assumption: 0, because AWS publishes no per-step overhead. Set it from your agent traces.',
    retrievals_per_request: 'Knowledge-base or vector-store queries per request. 0 turns retrieval off.',
    vector_store: 'Priced the same whether a Bedrock knowledge base or your own code queries it: knowledge bases have no per-query fee.',
    opensearch_redundancy: `On (the default) keeps replicas in two zones: a ${formatNumber(limitNumber('opensearch-min-ocu-redundant'))} OCU floor. Off (dev/test): ${formatNumber(limitNumber('opensearch-min-ocu-single'))} OCU.`,
    opensearch_ocus:
      'Average OCUs billed (indexing + search). Classic collections never go below the floor; NextGen bills these only while awake.',
    aurora_acus: 'Average Aurora Serverless v2 capacity while running.',
    aurora_auto_pause: `Scales to 0 ACU after an idle time you set, ${formatNumber(auroraPauseMinutes)} minutes at the shortest, which the estimate assumes, with no connection left open (supported engine versions only; RDS Proxy, logical replication or zero-ETL prevent it; resuming takes up to about ${formatNumber(limitNumber('aurora-resume-seconds'))} s).`,
    vector_store_gb: 'Indexed data stored (S3 Vectors also bills each query for it).',
    query_embedding_tokens: 'Each query is embedded before the search (Titan Text Embeddings V2). Default 50 is an assumption.',
    ingest_tokens_per_month: 'New or changed documents (re-)embedded each month.',
    custom_cost_per_1k_queries:
      'Not an AWS price: for reproducing other estimates (the seed post assumed $0.10 per query, that is 100 here).',
    agentcore_platform: 'Sources disagree on which platform a new runtime gets by default. Check your runtime.',
    session_seconds: 'From session start to its last response, think time between turns included.',
    request_seconds:
      'Seconds one request keeps the agent working (model calls and tools), not the user’s think time. Sets how many requests run at once. Default 10 is an assumption.',
    active_cpu_seconds:
      'CPU actually busy per request; waiting on the model or other I/O is not billed, as long as no background process keeps the CPU busy.',
    session_memory_gb: `The most memory the session uses. v1 bills the highest memory reached so far, each second; the estimate applies this peak to the whole session, an upper bound. ${formatNumber(minSessionGb * 1024)} MB minimum, ${formatNumber(maxSessionGb)} GB maximum.`,
    average_memory_gb: `Platform v2 bills memory as used: the average while the session works and for its first ${formatNumber(reclaimSeconds)} s of idle. "auto" takes the peak.`,
    idle_seconds: `0 if your agent ends the session (StopRuntimeSession); otherwise the idle timeout, ${formatNumber(idleTimeoutDefault)} s by default.`,
    requests_per_session: 'Requests that share one session (a conversation).',
    idle_memory_gb: `Assumption: memory v2 still bills once it reclaims idle memory after ${formatNumber(reclaimSeconds)} s. AWS does not publish it; the default is the ${formatNumber(minSessionGb * 1024)} MB minimum.`,
    fargate_tasks:
      '"auto" derives the count from traffic (peak concurrency / planned requests per task, never below the minimum); or give a fixed number.',
    min_tasks: 'Floor when the count is derived: 2 keeps one task per Availability Zone.',
    concurrency_per_task: 'How many requests one task serves at once. Default 10 is an assumption: measure your agent.',
    target_utilization_percent:
      'Share of that capacity the service is planned to use at the peak; the rest is headroom for bursts and deployments. Default 70% is an assumption.',
    off_hours_tasks: 'Business-hours pattern only: tasks left running after the scheduled scale-in.',
    task_vcpu: `Fargate sizes: ${fargateVcpuChoices.map((v) => formatNumber(v)).join(', ')} vCPU; each allows a range of memory.`,
    task_memory_gb: `Must be a valid size for the vCPU (for example, ${describeValidMemory(1)
      .replace(/\.$/, '')
      .replace(/^1 vCPU tasks take /, '1 vCPU: ')}).`,
    arch: 'For Fargate tasks and action-group Lambda functions.',
    spot_percent: `Share of task-hours on Spot (x86 and ARM64). Spot tasks can be stopped with a ${formatNumber(limitNumber('fargate-spot-interruption-warning-seconds') / 60)}-minute warning.`,
    spot_discount_percent: `AWS says "up to ${formatNumber(spotMaxDiscount)}%"; the actual Spot price varies.`,
    savings_plan_percent: `Compute Savings Plans: up to about ${formatNumber(savingsPlanMax)}% for a 1- or 3-year commitment. Applies to on-demand hours, not Spot.`,
    task_storage_gb: `${formatNumber(includedStorageGb)} GB is included; more is billed per GB-hour.`,
    load_balancer: 'AgentCore and Bedrock Agents have managed endpoints; containers need their own.',
    alb_kb_per_request: 'Request plus response bytes through the load balancer. Default 10 KB is an assumption.',
    egress: 'How tasks reach Bedrock and other APIs. With "None", count your VPC endpoints below, or the estimate shows no cost for them.',
    nat_gateways: 'One per Availability Zone avoids a single point of failure.',
    nat_kb_per_request: 'Bytes to and from Bedrock and other APIs through the NAT gateway. Default 20 KB is an assumption.',
    vpc_endpoints: 'Interface endpoints x Availability Zones (for example, bedrock-runtime in 2 zones = 2).',
    log_kb_per_request: 'CloudWatch Logs ingested per request, on every option. Default 4 KB is an assumption.',
    tool_calls_per_request: 'Bedrock Agents runs tools as Lambda functions; on the other options tools run in your code.',
    lambda_ms: 'Average duration per action-group call.',
    lambda_memory_mb: `${formatNumber(lambdaMinMb)} MB to ${formatNumber(lambdaMaxMb)} MB.`,
  };
}
