import { allModels } from '../pricing/catalog.ts';
import { fargateVcpuChoices } from '../cost/fargate-sizes.ts';
import {
  agentcorePlatforms,
  architectures,
  defaultScenario,
  egressModes,
  loadBalancers,
  modelIds,
  profileChoices,
  regionNames,
  regions,
  trafficPatterns,
  vectorStores,
  type OptionId,
  type Scenario,
} from '../cost/scenario.ts';

/**
 * One entry per scenario field: its URL parameter (a public contract: onboarding
 * docs link to these names), label, unit, limits, default and hint. The validator,
 * the URL codec and the calculator forms all read this table, so a limit is
 * declared once.
 */

export const fieldGroups = [
  { id: 'traffic', label: 'Traffic' },
  { id: 'model', label: 'Model and tokens' },
  { id: 'retrieval', label: 'Retrieval' },
  { id: 'agentcore', label: 'AgentCore session' },
  { id: 'fargate', label: 'Fargate tasks' },
  { id: 'extras', label: 'Networking and extras' },
] as const;
export type FieldGroupId = (typeof fieldGroups)[number]['id'];

export interface EnumOption {
  value: string;
  label: string;
}

interface FieldBase {
  /** Property of `Scenario`. */
  key: keyof Scenario;
  /** URL parameter and form field name. */
  param: string;
  label: string;
  /** Unit shown after the input ("requests", "GB", "seconds"); empty when none. */
  unit: string;
  group: FieldGroupId;
  /** One sentence for the form: what it means, and whether the default is an assumption. */
  hint: string;
  /** Options whose cost the field changes. */
  appliesTo: readonly OptionId[];
}

export interface NumberField extends FieldBase {
  /** `int` accepts whole numbers only. */
  kind: 'int' | 'number';
  min: number;
  max: number;
  /** Step for form inputs; values off the step are still accepted. */
  step: number;
  default: number;
}

export interface EnumField extends FieldBase {
  kind: 'enum';
  options: readonly EnumOption[];
  default: string;
}

export interface BoolField extends FieldBase {
  kind: 'bool';
  default: boolean;
}

/** A number from a fixed list (Fargate vCPU sizes). */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  choices: readonly number[];
  default: number;
}

/** "auto" or a whole number. */
export interface TasksField extends FieldBase {
  kind: 'tasks';
  min: number;
  max: number;
  step: number;
  default: number | 'auto';
}

export type FieldMeta = NumberField | EnumField | BoolField | ChoiceField | TasksField;

const ALL: readonly OptionId[] = ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate'];
const AGENTCORE: readonly OptionId[] = ['agentcore-runtime'];
const FARGATE: readonly OptionId[] = ['ecs-fargate'];
const AGENTS: readonly OptionId[] = ['bedrock-agents'];
const CONTAINERS: readonly OptionId[] = ['agentcore-runtime', 'ecs-fargate'];

function num(
  kind: 'int' | 'number',
  key: keyof Scenario,
  param: string,
  label: string,
  unit: string,
  group: FieldGroupId,
  min: number,
  max: number,
  step: number,
  appliesTo: readonly OptionId[],
  hint: string,
): NumberField {
  const d = defaultScenario[key];
  if (typeof d !== 'number') throw new Error(`default of ${String(key)} is not a number`);
  return { kind, key, param, label, unit, group, min, max, step, appliesTo, hint, default: d };
}

function choice(
  key: keyof Scenario,
  param: string,
  label: string,
  group: FieldGroupId,
  options: readonly EnumOption[],
  appliesTo: readonly OptionId[],
  hint: string,
): EnumField {
  const d = defaultScenario[key];
  if (typeof d !== 'string') throw new Error(`default of ${String(key)} is not a string`);
  return { kind: 'enum', key, param, label, unit: '', group, options, appliesTo, hint, default: d };
}

function flag(
  key: keyof Scenario,
  param: string,
  label: string,
  group: FieldGroupId,
  appliesTo: readonly OptionId[],
  hint: string,
): BoolField {
  const d = defaultScenario[key];
  if (typeof d !== 'boolean') throw new Error(`default of ${String(key)} is not a boolean`);
  return { kind: 'bool', key, param, label, unit: '', group, appliesTo, hint, default: d };
}

const modelNames = new Map(allModels().map((m) => [m.id, `${m.name}${m.status === 'deprecated' ? ' (deprecated)' : ''}`]));

export const fields: readonly FieldMeta[] = [
  // Traffic
  num('int', 'requestsPerDay', 'requests_per_day', 'Requests per day', 'requests', 'traffic', 0, 100_000_000, 100, ALL,
    'Average agent invocations per calendar day. A month is 730 hours, so monthly volume is this x 30.42.'),
  choice('traffic', 'traffic', 'Traffic pattern', 'traffic', [
    { value: 'steady', label: 'Steady, 24/7' },
    { value: 'business-hours', label: 'Business hours (scheduled scale-in)' },
    { value: 'bursty', label: 'Bursty (peaks above the average)' },
  ], ALL, 'Shapes Fargate task count, load-balancer capacity and scale-to-zero stores; AgentCore and Bedrock Agents bill per use either way.'),
  num('int', 'businessHoursPerDay', 'business_hours_per_day', 'Business hours per day', 'hours', 'traffic', 1, 24, 1, ALL,
    'Business-hours pattern only: hours a day in which requests arrive.'),
  num('int', 'businessDaysPerWeek', 'business_days_per_week', 'Business days per week', 'days', 'traffic', 1, 7, 1, ALL,
    'Business-hours pattern only.'),
  num('number', 'peakToAverage', 'peak_to_average', 'Peak-to-average ratio', 'x', 'traffic', 1, 100, 0.5, ALL,
    'Bursty pattern only: peak request rate divided by the average. Fargate capacity is sized for the peak.'),

  // Model and tokens
  choice('model', 'model', 'Model', 'model', modelIds.map((id) => ({ value: id, label: modelNames.get(id) ?? id })), ALL,
    'All three options call the same Bedrock models, so token cost is the same on each.'),
  choice('inferenceProfile', 'inference_profile', 'Inference profile', 'model', [
    { value: 'global', label: 'Global (global.), about 10% cheaper' },
    { value: 'geo', label: 'Geographic (us., eu.) or in-Region' },
  ], ALL, 'The Bedrock API has no default: the model ID you call picks it. The AgentCore CLI scaffolds global. IDs; many samples use us.'),
  num('int', 'inputTokens', 'input_tokens', 'Input tokens per model call', 'tokens', 'model', 0, 1_000_000, 100, ALL,
    'Prompt, instructions, history and retrieved context sent with each call.'),
  num('int', 'outputTokens', 'output_tokens', 'Output tokens per model call', 'tokens', 'model', 0, 200_000, 50, ALL,
    'Tokens the model generates per call.'),
  num('int', 'modelCallsPerRequest', 'model_calls_per_request', 'Model calls per request', 'calls', 'model', 1, 100, 1, ALL,
    'Calls your agent makes to answer one request (tool loops count), on every option.'),
  num('int', 'agentsExtraModelCalls', 'agents_extra_model_calls', 'Extra orchestration calls (Bedrock Agents)', 'calls', 'model', 0, 50, 1, AGENTS,
    'Calls Bedrock Agents adds on top (pre-processing, reasoning steps, post-processing). Default 0: set it from your agent traces.'),

  // Retrieval
  num('int', 'retrievalsPerRequest', 'retrievals_per_request', 'Retrievals per request', 'queries', 'retrieval', 0, 50, 1, ALL,
    'Knowledge-base or vector-store queries per request. 0 turns retrieval off.'),
  choice('vectorStore', 'vector_store', 'Vector store', 'retrieval', [
    { value: 'opensearch-serverless', label: 'OpenSearch Serverless (classic, OCU floor)' },
    { value: 'opensearch-nextgen', label: 'OpenSearch Serverless NextGen (scales to zero)' },
    { value: 'aurora-serverless-v2', label: 'Aurora Serverless v2 (pgvector)' },
    { value: 'external', label: 'Another store (use the custom cost per 1,000 queries)' },
  ], ALL, 'Priced the same whether a Bedrock knowledge base or your own code queries it: knowledge bases have no per-query fee.'),
  flag('opensearchRedundancy', 'opensearch_redundancy', 'OpenSearch redundancy', 'retrieval', ALL,
    'On (the default) keeps replicas in two zones: a 2 OCU floor. Off (dev/test): 1 OCU.'),
  num('number', 'opensearchOcus', 'opensearch_ocus', 'OpenSearch OCUs', 'OCU', 'retrieval', 0.5, 500, 0.5, ALL,
    'Average OCUs billed (indexing + search). Classic collections never go below the floor; NextGen bills these only while awake.'),
  num('number', 'auroraAcus', 'aurora_acus', 'Aurora capacity', 'ACU', 'retrieval', 0.5, 256, 0.5, ALL,
    'Average Aurora Serverless v2 capacity while running.'),
  flag('auroraAutoPause', 'aurora_auto_pause', 'Aurora auto-pause', 'retrieval', ALL,
    'Scale to 0 ACU after 5 idle minutes (supported engine versions only; resuming takes up to about 15 s).'),
  num('number', 'vectorStoreGb', 'vector_store_gb', 'Vector store size', 'GB', 'retrieval', 0, 1_000_000, 1, ALL,
    'Indexed data stored.'),
  num('int', 'queryEmbeddingTokens', 'query_embedding_tokens', 'Tokens embedded per query', 'tokens', 'retrieval', 0, 100_000, 10, ALL,
    'Each query is embedded before the search (Titan Text Embeddings V2). Default 50 is an assumption.'),
  num('int', 'ingestTokensPerMonth', 'ingest_tokens_per_month', 'Document tokens embedded per month', 'tokens', 'retrieval', 0, 1_000_000_000_000, 1_000_000, ALL,
    'New or changed documents (re-)embedded each month.'),
  num('number', 'customCostPer1kQueries', 'custom_cost_per_1k_queries', 'Custom cost per 1,000 queries', 'USD', 'retrieval', 0, 100_000, 0.01, ALL,
    'Not an AWS price: for reproducing other estimates (the seed post assumed $0.10 per query, i.e. 100 here).'),

  // AgentCore session
  choice('agentcorePlatform', 'agentcore_platform', 'AgentCore platform', 'agentcore', [
    { value: 'v1', label: 'v1: peak memory billed throughout' },
    { value: 'v2', label: 'v2: memory as used, idle memory reclaimed after 120 s' },
  ], AGENTCORE, 'Sources disagree on which one new runtimes get by default (CDK docs: v1; a November 2026 report: v2). Check your runtime.'),
  num('int', 'sessionSeconds', 'session_seconds', 'Session length', 'seconds', 'agentcore', 1, 28_800, 1, CONTAINERS,
    'From session start to its last response. Fargate uses it per request (session length / requests per session) for concurrency.'),
  num('number', 'activeCpuSeconds', 'active_cpu_seconds', 'Active CPU per request', 'vCPU-seconds', 'agentcore', 0, 57_600, 0.1, AGENTCORE,
    'CPU actually busy per request; waiting on the model or other I/O is not billed.'),
  num('number', 'sessionMemoryGb', 'session_memory_gb', 'Session memory', 'GB', 'agentcore', 0.125, 8, 0.125, AGENTCORE,
    'Memory the session uses; v1 bills its peak for the whole session. 128 MB minimum, 8 GB maximum.'),
  num('int', 'idleSeconds', 'idle_seconds', 'Idle time after the last response', 'seconds', 'agentcore', 0, 28_800, 1, AGENTCORE,
    '0 if your agent ends the session (StopRuntimeSession); otherwise the idle timeout, 900 s by default.'),
  num('int', 'requestsPerSession', 'requests_per_session', 'Requests per session', 'requests', 'agentcore', 1, 10_000, 1, CONTAINERS,
    'Requests that share one session (a conversation).'),
  num('number', 'idleMemoryGb', 'idle_memory_gb', 'Idle memory after reclaim (v2)', 'GB', 'agentcore', 0.125, 8, 0.125, AGENTCORE,
    'Assumption: memory v2 still bills once it reclaims idle memory after 120 s. AWS does not publish it; default is the 128 MB minimum.'),

  // Fargate tasks
  {
    kind: 'tasks', key: 'fargateTasks', param: 'fargate_tasks', label: 'Fargate tasks', unit: 'tasks', group: 'fargate',
    min: 1, max: 5_000, step: 1, default: defaultScenario.fargateTasks, appliesTo: FARGATE,
    hint: '"auto" derives the count from traffic (peak concurrency / requests per task, never below the minimum); or give a fixed number.',
  },
  num('int', 'minTasks', 'min_tasks', 'Minimum tasks', 'tasks', 'fargate', 1, 1_000, 1, FARGATE,
    'Floor when the count is derived: 2 keeps one task per Availability Zone.'),
  num('int', 'concurrencyPerTask', 'concurrency_per_task', 'Concurrent requests per task', 'requests', 'fargate', 1, 10_000, 1, FARGATE,
    'How many requests one task serves at once. Default 10 is an assumption: measure your agent.'),
  num('int', 'offHoursTasks', 'off_hours_tasks', 'Tasks outside business hours', 'tasks', 'fargate', 0, 5_000, 1, FARGATE,
    'Business-hours pattern only: tasks left running after the scheduled scale-in.'),
  {
    kind: 'choice', key: 'taskVcpu', param: 'task_vcpu', label: 'Task vCPU', unit: 'vCPU', group: 'fargate',
    choices: fargateVcpuChoices, default: defaultScenario.taskVcpu, appliesTo: FARGATE,
    hint: 'Fargate sizes: 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU; each allows a range of memory.',
  },
  num('number', 'taskMemoryGb', 'task_memory_gb', 'Task memory', 'GB', 'fargate', 0.5, 120, 1, FARGATE,
    'Must be a valid size for the vCPU (for example 1 vCPU: 2 to 8 GB).'),
  choice('arch', 'arch', 'CPU architecture', 'fargate', [
    { value: 'x86_64', label: 'x86_64' },
    { value: 'arm64', label: 'arm64 (Graviton), about 20% cheaper' },
  ], ['ecs-fargate', 'bedrock-agents'], 'For Fargate tasks and action-group Lambda functions.'),
  choice('region', 'region', 'Region', 'fargate', regions.map((r) => ({ value: r, label: `${regionNames[r]} (${r})` })), ALL,
    'Fargate rates differ by Region; most other figures are us-east-1 rates (the results say which).'),
  num('int', 'spotPercent', 'spot_percent', 'Share on Fargate Spot', '%', 'fargate', 0, 100, 5, FARGATE,
    'Share of task-hours on Spot (x86 and ARM64). Spot tasks can be stopped with a 2-minute warning.'),
  num('number', 'spotDiscountPercent', 'spot_discount_percent', 'Spot discount', '%', 'fargate', 0, 70, 1, FARGATE,
    'AWS says "up to 70%"; the actual Spot price varies.'),
  num('number', 'savingsPlanPercent', 'savings_plan_percent', 'Savings Plan discount', '%', 'fargate', 0, 52, 1, FARGATE,
    'Compute Savings Plans: up to about 52% for a 1- or 3-year commitment. Applies to on-demand hours, not Spot.'),
  num('int', 'taskStorageGb', 'task_storage_gb', 'Ephemeral storage per task', 'GB', 'fargate', 20, 200, 1, FARGATE,
    '20 GB is included; more is billed per GB-hour.'),

  // Networking and extras
  choice('loadBalancer', 'load_balancer', 'Load balancer', 'extras', [
    { value: 'alb', label: 'Application Load Balancer' },
    { value: 'none', label: 'None' },
  ], FARGATE, 'AgentCore and Bedrock Agents have managed endpoints; containers need their own.'),
  num('number', 'albKbPerRequest', 'alb_kb_per_request', 'Load balancer traffic per request', 'KB', 'extras', 0, 1_000_000, 1, FARGATE,
    'Request plus response bytes through the load balancer. Default 10 KB is an assumption.'),
  choice('egress', 'egress', 'Outbound access', 'extras', [
    { value: 'nat', label: 'Private subnets with NAT gateway' },
    { value: 'public-ip', label: 'Public IP per task' },
    { value: 'none', label: 'None (VPC endpoints only)' },
  ], FARGATE, 'How tasks reach Bedrock and other APIs.'),
  num('int', 'natGateways', 'nat_gateways', 'NAT gateways', 'gateways', 'extras', 1, 10, 1, FARGATE,
    'One per Availability Zone avoids a single point of failure.'),
  num('number', 'natKbPerRequest', 'nat_kb_per_request', 'NAT traffic per request', 'KB', 'extras', 0, 1_000_000, 1, FARGATE,
    'Bytes to and from Bedrock and other APIs through the NAT gateway. Default 20 KB is an assumption.'),
  num('int', 'vpcEndpoints', 'vpc_endpoints', 'VPC interface endpoints', 'endpoint-AZs', 'extras', 0, 100, 1, FARGATE,
    'Interface endpoints x Availability Zones (e.g. bedrock-runtime in 2 zones = 2).'),
  num('number', 'logKbPerRequest', 'log_kb_per_request', 'Logs per request', 'KB', 'extras', 0, 1_000_000, 1, ALL,
    'CloudWatch Logs ingested per request, on every option. Default 4 KB is an assumption.'),
  num('int', 'toolCallsPerRequest', 'tool_calls_per_request', 'Action-group Lambda calls per request', 'calls', 'extras', 0, 50, 1, AGENTS,
    'Bedrock Agents runs tools as Lambda functions; on the other options tools run in your code.'),
  num('int', 'lambdaMs', 'lambda_ms', 'Lambda duration', 'ms', 'extras', 1, 900_000, 50, AGENTS,
    'Average duration per action-group call.'),
  num('int', 'lambdaMemoryMb', 'lambda_memory_mb', 'Lambda memory', 'MB', 'extras', 128, 10_240, 64, AGENTS,
    '128 MB to 10,240 MB.'),
];

const byParam = new Map(fields.map((f) => [f.param, f]));
const byKey = new Map(fields.map((f) => [f.key, f]));

export const paramNames: readonly string[] = fields.map((f) => f.param);

export function fieldByParam(param: string): FieldMeta | undefined {
  return byParam.get(param);
}

export function fieldByKey(key: keyof Scenario): FieldMeta {
  const f = byKey.get(key);
  if (!f) throw new Error(`No field metadata for scenario key "${String(key)}"`);
  return f;
}

export function fieldsInGroup(group: FieldGroupId): FieldMeta[] {
  return fields.filter((f) => f.group === group);
}

// Guard the enum lists against drift from the Scenario unions.
const enumLists: Partial<Record<keyof Scenario, readonly string[]>> = {
  traffic: trafficPatterns,
  model: modelIds,
  inferenceProfile: profileChoices,
  vectorStore: vectorStores,
  agentcorePlatform: agentcorePlatforms,
  arch: architectures,
  region: regions,
  loadBalancer: loadBalancers,
  egress: egressModes,
};
for (const f of fields) {
  if (f.kind !== 'enum') continue;
  const list = enumLists[f.key];
  if (!list || list.length !== f.options.length || !f.options.every((o, i) => o.value === list[i])) {
    throw new Error(`Field ${f.param}: options do not match the Scenario type`);
  }
}
if (byParam.size !== fields.length || byKey.size !== fields.length) {
  throw new Error('Scenario fields: duplicate param or key');
}
