import { allModels, limitNumber, priceValue } from '../pricing/catalog.ts';
import { fargateMemoryBounds, fargateVcpuChoices } from '../cost/fargate-sizes.ts';
import { formatNumber } from '../format/money.ts';
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
 * One entry per scenario field: its URL parameter (a public contract: onboarding docs link to
 * these names), label, unit, limits and default (hints: ./field-hints.ts). The validator, the URL codec and the
 * calculator forms all read this table, so a limit is declared once; limits and figures that
 * AWS sets come from content/pricing, never typed here.
 */

export const fieldGroups = [
  { id: 'start', label: 'Where you start' },
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
  /** Offered in the list only while it is the value in use (a model past its end of life). */
  retired?: boolean;
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
  /** How the two choices read in the form: ['Yes', 'No'], ['On', 'Off']. */
  choiceLabels: readonly [on: string, off: string];
  default: boolean;
}

/** A number from a fixed list (Fargate vCPU sizes). */
export interface ChoiceField extends FieldBase {
  kind: 'choice';
  choices: readonly number[];
  default: number;
}

/** "auto" (derived from other inputs) or a number. */
export interface AutoField extends FieldBase {
  kind: 'auto';
  /** Whether the number must be whole. */
  integer: boolean;
  min: number;
  max: number;
  step: number;
  /** What "auto" means, for messages ("derived from traffic"). */
  autoMeans: string;
  default: number | 'auto';
}

export type FieldMeta = NumberField | EnumField | BoolField | ChoiceField | AutoField;

const ALL: readonly OptionId[] = ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate'];
const AGENTCORE: readonly OptionId[] = ['agentcore-runtime'];
const FARGATE: readonly OptionId[] = ['ecs-fargate'];
const AGENTS: readonly OptionId[] = ['bedrock-agents'];
const CONTAINERS: readonly OptionId[] = ['agentcore-runtime', 'ecs-fargate'];

type Declared<F extends FieldMeta> = Omit<F, 'default' | 'kind'>;

function defaultOf(key: keyof Scenario): Scenario[keyof Scenario] {
  return defaultScenario[key];
}

function integer(field: Declared<NumberField>): NumberField {
  return { ...field, kind: 'int', default: numberDefault(field.key) };
}

function decimal(field: Declared<NumberField>): NumberField {
  return { ...field, kind: 'number', default: numberDefault(field.key) };
}

function numberDefault(key: keyof Scenario): number {
  const d = defaultOf(key);
  if (typeof d !== 'number') throw new Error(`default of ${String(key)} is not a number`);
  return d;
}

function oneOf(field: Omit<Declared<EnumField>, 'unit'>): EnumField {
  const d = defaultOf(field.key);
  if (typeof d !== 'string') throw new Error(`default of ${String(field.key)} is not a string`);
  return { ...field, unit: '', kind: 'enum', default: d };
}

function onOff(field: Omit<Declared<BoolField>, 'unit' | 'choiceLabels'> & { choiceLabels?: BoolField['choiceLabels'] }): BoolField {
  const d = defaultOf(field.key);
  if (typeof d !== 'boolean') throw new Error(`default of ${String(field.key)} is not a boolean`);
  return { choiceLabels: ['On', 'Off'], ...field, unit: '', kind: 'bool', default: d };
}

function autoOr(field: Declared<AutoField>): AutoField {
  const d = defaultOf(field.key);
  if (d !== 'auto' && typeof d !== 'number') throw new Error(`default of ${String(field.key)} is not "auto" or a number`);
  return { ...field, kind: 'auto', default: d };
}

const modelLabel = (m: ReturnType<typeof allModels>[number]): string =>
  m.status === 'current' ? m.name : `${m.name} (${m.status === 'end-of-life' ? 'end of life' : m.status})`;
const models = new Map(allModels().map((m) => [m.id, m]));

/** "about 20%": how much less the second price is than the first. */
const percentBelow = (higher: number, lower: number): string => `about ${formatNumber((1 - lower / higher) * 100, 0)}%`;

const reclaimSeconds = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
const minSessionGb = limitNumber('agentcore-min-billed-memory-mb') / 1024;
const maxSessionGb = limitNumber('agentcore-max-gb-per-session');
const maxSessionSeconds = limitNumber('agentcore-max-session-hours') * 3600;
const includedStorageGb = limitNumber('fargate-ephemeral-storage-included-gb');
const spotMaxDiscount = priceValue('fargate-spot-max-discount-percent');
const savingsPlanMax = priceValue('fargate-savings-plan-max-discount-percent');
const lambdaMinMb = limitNumber('lambda-min-memory-mb');
const lambdaMaxMb = limitNumber('lambda-max-memory-mb');

export const fields: readonly FieldMeta[] = [
  // Where you start
  oneOf({
    key: 'region',
    param: 'region',
    label: 'Region',
    group: 'start',
    appliesTo: ALL,
    options: regions.map((r) => ({ value: r, label: `${regionNames[r]} (${r})` })),
  }),
  onOff({
    key: 'runsBedrockAgents',
    param: 'runs_bedrock_agents',
    label: 'You already run Bedrock Agents (Classic)',
    group: 'start',
    appliesTo: [],
    choiceLabels: ['Yes', 'No'],
  }),

  // Traffic
  integer({
    key: 'requestsPerDay',
    param: 'requests_per_day',
    label: 'Requests per day',
    unit: 'requests',
    group: 'traffic',
    min: 0,
    max: 100_000_000,
    step: 100,
    appliesTo: ALL,
  }),
  oneOf({
    key: 'traffic',
    param: 'traffic',
    label: 'Traffic pattern',
    group: 'traffic',
    appliesTo: ALL,
    options: [
      { value: 'steady', label: 'Steady, 24/7' },
      { value: 'business-hours', label: 'Business hours (scheduled scale-in)' },
      { value: 'bursty', label: 'Bursty (peaks above the average)' },
    ],
  }),
  integer({
    key: 'businessHoursPerDay',
    param: 'business_hours_per_day',
    label: 'Business hours per day',
    unit: 'hours',
    group: 'traffic',
    min: 1,
    max: 24,
    step: 1,
    appliesTo: ALL,
  }),
  integer({
    key: 'businessDaysPerWeek',
    param: 'business_days_per_week',
    label: 'Business days per week',
    unit: 'days',
    group: 'traffic',
    min: 1,
    max: 7,
    step: 1,
    appliesTo: ALL,
  }),
  decimal({
    key: 'peakToAverage',
    param: 'peak_to_average',
    label: 'Peak-to-average ratio',
    unit: 'x',
    group: 'traffic',
    min: 1,
    max: 100,
    step: 0.5,
    appliesTo: ALL,
  }),

  // Model and tokens
  oneOf({
    key: 'model',
    param: 'model',
    label: 'Model',
    group: 'model',
    appliesTo: ALL,
    options: modelIds.map((id) => {
      const m = models.get(id);
      return { value: id, label: m ? modelLabel(m) : id, ...(m?.status === 'end-of-life' ? { retired: true } : {}) };
    }),
  }),
  oneOf({
    key: 'inferenceProfile',
    param: 'inference_profile',
    label: 'Inference profile',
    group: 'model',
    appliesTo: ALL,
    options: [
      { value: 'global', label: `Global (global.), about ${formatNumber(limitNumber('global-profile-discount-percent'))}% cheaper` },
      { value: 'geo', label: 'Geographic (us., eu.) or in-Region' },
    ],
  }),
  integer({
    key: 'inputTokens',
    param: 'input_tokens',
    label: 'Input tokens per model call',
    unit: 'tokens',
    group: 'model',
    min: 0,
    max: 1_000_000,
    step: 100,
    appliesTo: ALL,
  }),
  integer({
    key: 'outputTokens',
    param: 'output_tokens',
    label: 'Output tokens per model call',
    unit: 'tokens',
    group: 'model',
    min: 0,
    max: 200_000,
    step: 50,
    appliesTo: ALL,
  }),
  integer({
    key: 'modelCallsPerRequest',
    param: 'model_calls_per_request',
    label: 'Model calls per request',
    unit: 'calls',
    group: 'model',
    min: 1,
    max: 100,
    step: 1,
    appliesTo: ALL,
  }),
  integer({
    key: 'agentsExtraModelCalls',
    param: 'agents_extra_model_calls',
    label: 'Extra orchestration calls (Bedrock Agents)',
    unit: 'calls',
    group: 'model',
    min: 0,
    max: 50,
    step: 1,
    appliesTo: AGENTS,
  }),

  // Retrieval
  integer({
    key: 'retrievalsPerRequest',
    param: 'retrievals_per_request',
    label: 'Retrievals per request',
    unit: 'queries',
    group: 'retrieval',
    min: 0,
    max: 50,
    step: 1,
    appliesTo: ALL,
  }),
  oneOf({
    key: 'vectorStore',
    param: 'vector_store',
    label: 'Vector store',
    group: 'retrieval',
    appliesTo: ALL,
    options: [
      { value: 'opensearch-serverless', label: 'OpenSearch Serverless (classic, OCU floor)' },
      { value: 'opensearch-nextgen', label: 'OpenSearch Serverless NextGen (scales to zero)' },
      { value: 's3-vectors', label: 'Amazon S3 Vectors (per query and GB, no floor)' },
      { value: 'aurora-serverless-v2', label: 'Aurora Serverless v2 (pgvector)' },
      { value: 'external', label: 'Another store (use the custom cost per 1,000 queries)' },
    ],
  }),
  onOff({
    key: 'opensearchRedundancy',
    param: 'opensearch_redundancy',
    label: 'OpenSearch redundancy',
    group: 'retrieval',
    appliesTo: ALL,
  }),
  decimal({
    key: 'opensearchOcus',
    param: 'opensearch_ocus',
    label: 'OpenSearch OCUs',
    unit: 'OCU',
    group: 'retrieval',
    min: 0.5,
    max: 500,
    step: 0.5,
    appliesTo: ALL,
  }),
  decimal({
    key: 'auroraAcus',
    param: 'aurora_acus',
    label: 'Aurora capacity',
    unit: 'ACU',
    group: 'retrieval',
    min: 0.5,
    max: 256,
    step: 0.5,
    appliesTo: ALL,
  }),
  onOff({
    key: 'auroraAutoPause',
    param: 'aurora_auto_pause',
    label: 'Aurora auto-pause',
    group: 'retrieval',
    appliesTo: ALL,
  }),
  decimal({
    key: 'vectorStoreGb',
    param: 'vector_store_gb',
    label: 'Vector store size',
    unit: 'GB',
    group: 'retrieval',
    min: 0,
    max: 1_000_000,
    step: 1,
    appliesTo: ALL,
  }),
  integer({
    key: 'queryEmbeddingTokens',
    param: 'query_embedding_tokens',
    label: 'Tokens embedded per query',
    unit: 'tokens',
    group: 'retrieval',
    min: 0,
    max: 100_000,
    step: 10,
    appliesTo: ALL,
  }),
  integer({
    key: 'ingestTokensPerMonth',
    param: 'ingest_tokens_per_month',
    label: 'Document tokens embedded per month',
    unit: 'tokens',
    group: 'retrieval',
    min: 0,
    max: 1_000_000_000_000,
    step: 1_000_000,
    appliesTo: ALL,
  }),
  decimal({
    key: 'customCostPer1kQueries',
    param: 'custom_cost_per_1k_queries',
    label: 'Custom cost per 1,000 queries',
    unit: 'USD',
    group: 'retrieval',
    min: 0,
    max: 100_000,
    step: 0.01,
    appliesTo: ALL,
  }),

  // AgentCore session
  oneOf({
    key: 'agentcorePlatform',
    param: 'agentcore_platform',
    label: 'AgentCore platform',
    group: 'agentcore',
    appliesTo: AGENTCORE,
    options: [
      { value: 'v1', label: 'v1: peak memory so far, billed each second' },
      { value: 'v2', label: `v2: memory as used, idle memory reclaimed after ${formatNumber(reclaimSeconds)} s` },
    ],
  }),
  integer({
    key: 'sessionSeconds',
    param: 'session_seconds',
    label: 'Session length',
    unit: 'seconds',
    group: 'agentcore',
    min: 1,
    max: maxSessionSeconds,
    step: 1,
    appliesTo: AGENTCORE,
  }),
  decimal({
    key: 'requestSeconds',
    param: 'request_seconds',
    label: 'Busy time per request',
    unit: 'seconds',
    group: 'agentcore',
    min: 0,
    max: maxSessionSeconds,
    step: 1,
    appliesTo: CONTAINERS,
  }),
  decimal({
    key: 'activeCpuSeconds',
    param: 'active_cpu_seconds',
    label: 'Active CPU per request',
    unit: 'vCPU-seconds',
    group: 'agentcore',
    min: 0,
    max: limitNumber('agentcore-max-vcpu-per-session') * maxSessionSeconds,
    step: 0.1,
    appliesTo: AGENTCORE,
  }),
  decimal({
    key: 'sessionMemoryGb',
    param: 'session_memory_gb',
    label: 'Session memory (peak)',
    unit: 'GB',
    group: 'agentcore',
    min: minSessionGb,
    max: maxSessionGb,
    step: 0.125,
    appliesTo: AGENTCORE,
  }),
  autoOr({
    key: 'averageMemoryGb',
    param: 'average_memory_gb',
    label: 'Average memory in use (v2)',
    unit: 'GB',
    group: 'agentcore',
    integer: false,
    min: minSessionGb,
    max: maxSessionGb,
    step: 0.125,
    appliesTo: AGENTCORE,
    autoMeans: 'the same as the peak',
  }),
  integer({
    key: 'idleSeconds',
    param: 'idle_seconds',
    label: 'Idle time after the last response',
    unit: 'seconds',
    group: 'agentcore',
    min: 0,
    max: limitNumber('agentcore-idle-timeout-max-seconds'),
    step: 1,
    appliesTo: AGENTCORE,
  }),
  integer({
    key: 'requestsPerSession',
    param: 'requests_per_session',
    label: 'Requests per session',
    unit: 'requests',
    group: 'agentcore',
    min: 1,
    max: 10_000,
    step: 1,
    appliesTo: CONTAINERS,
  }),
  decimal({
    key: 'idleMemoryGb',
    param: 'idle_memory_gb',
    label: 'Idle memory after reclaim (v2)',
    unit: 'GB',
    group: 'agentcore',
    min: minSessionGb,
    max: maxSessionGb,
    step: 0.125,
    appliesTo: AGENTCORE,
  }),

  // Fargate tasks
  autoOr({
    key: 'fargateTasks',
    param: 'fargate_tasks',
    label: 'Fargate tasks',
    unit: 'tasks',
    group: 'fargate',
    integer: true,
    min: 1,
    max: 5_000,
    step: 1,
    appliesTo: FARGATE,
    autoMeans: 'derived from traffic',
  }),
  integer({
    key: 'minTasks',
    param: 'min_tasks',
    label: 'Minimum tasks',
    unit: 'tasks',
    group: 'fargate',
    min: 1,
    max: 1_000,
    step: 1,
    appliesTo: FARGATE,
  }),
  integer({
    key: 'concurrencyPerTask',
    param: 'concurrency_per_task',
    label: 'Concurrent requests per task',
    unit: 'requests',
    group: 'fargate',
    min: 1,
    max: 10_000,
    step: 1,
    appliesTo: FARGATE,
  }),
  integer({
    key: 'targetUtilizationPercent',
    param: 'target_utilization_percent',
    label: 'Target utilization',
    unit: '%',
    group: 'fargate',
    min: 1,
    max: 100,
    step: 5,
    appliesTo: FARGATE,
  }),
  integer({
    key: 'offHoursTasks',
    param: 'off_hours_tasks',
    label: 'Tasks outside business hours',
    unit: 'tasks',
    group: 'fargate',
    min: 0,
    max: 5_000,
    step: 1,
    appliesTo: FARGATE,
  }),
  {
    kind: 'choice',
    key: 'taskVcpu',
    param: 'task_vcpu',
    label: 'Task vCPU',
    unit: 'vCPU',
    group: 'fargate',
    choices: fargateVcpuChoices,
    default: numberDefault('taskVcpu'),
    appliesTo: FARGATE,
  },
  decimal({
    key: 'taskMemoryGb',
    param: 'task_memory_gb',
    label: 'Task memory',
    unit: 'GB',
    group: 'fargate',
    min: fargateMemoryBounds.min,
    max: fargateMemoryBounds.max,
    step: 1,
    appliesTo: FARGATE,
  }),
  oneOf({
    key: 'arch',
    param: 'arch',
    label: 'CPU architecture',
    group: 'fargate',
    appliesTo: ['ecs-fargate', 'bedrock-agents'],
    options: [
      { value: 'x86_64', label: 'x86_64' },
      {
        value: 'arm64',
        label: `arm64 (Graviton), ${percentBelow(priceValue('fargate-x86-vcpu-hour'), priceValue('fargate-arm-vcpu-hour'))} cheaper`,
      },
    ],
  }),
  integer({
    key: 'spotPercent',
    param: 'spot_percent',
    label: 'Share on Fargate Spot',
    unit: '%',
    group: 'fargate',
    min: 0,
    max: 100,
    step: 5,
    appliesTo: FARGATE,
  }),
  decimal({
    key: 'spotDiscountPercent',
    param: 'spot_discount_percent',
    label: 'Spot discount',
    unit: '%',
    group: 'fargate',
    min: 0,
    max: spotMaxDiscount,
    step: 1,
    appliesTo: FARGATE,
  }),
  decimal({
    key: 'savingsPlanPercent',
    param: 'savings_plan_percent',
    label: 'Savings Plan discount',
    unit: '%',
    group: 'fargate',
    min: 0,
    max: savingsPlanMax,
    step: 1,
    appliesTo: FARGATE,
  }),
  integer({
    key: 'taskStorageGb',
    param: 'task_storage_gb',
    label: 'Ephemeral storage per task',
    unit: 'GB',
    group: 'fargate',
    min: includedStorageGb,
    max: limitNumber('fargate-ephemeral-storage-max-gb'),
    step: 1,
    appliesTo: FARGATE,
  }),

  // Networking and extras
  oneOf({
    key: 'loadBalancer',
    param: 'load_balancer',
    label: 'Load balancer',
    group: 'extras',
    appliesTo: FARGATE,
    options: [
      { value: 'alb', label: 'Application Load Balancer' },
      { value: 'none', label: 'None' },
    ],
  }),
  decimal({
    key: 'albKbPerRequest',
    param: 'alb_kb_per_request',
    label: 'Load balancer traffic per request',
    unit: 'KB',
    group: 'extras',
    min: 0,
    max: 1_000_000,
    step: 1,
    appliesTo: FARGATE,
  }),
  oneOf({
    key: 'egress',
    param: 'egress',
    label: 'Outbound access',
    group: 'extras',
    appliesTo: FARGATE,
    options: [
      { value: 'nat', label: 'Private subnets with NAT gateway' },
      { value: 'public-ip', label: 'Public IP per task' },
      { value: 'none', label: 'None (VPC endpoints only)' },
    ],
  }),
  integer({
    key: 'natGateways',
    param: 'nat_gateways',
    label: 'NAT gateways',
    unit: 'gateways',
    group: 'extras',
    min: 1,
    max: 10,
    step: 1,
    appliesTo: FARGATE,
  }),
  decimal({
    key: 'natKbPerRequest',
    param: 'nat_kb_per_request',
    label: 'NAT traffic per request',
    unit: 'KB',
    group: 'extras',
    min: 0,
    max: 1_000_000,
    step: 1,
    appliesTo: FARGATE,
  }),
  integer({
    key: 'vpcEndpoints',
    param: 'vpc_endpoints',
    label: 'VPC interface endpoints',
    unit: 'endpoint-AZs',
    group: 'extras',
    min: 0,
    max: 100,
    step: 1,
    appliesTo: FARGATE,
  }),
  decimal({
    key: 'logKbPerRequest',
    param: 'log_kb_per_request',
    label: 'Logs per request',
    unit: 'KB',
    group: 'extras',
    min: 0,
    max: 1_000_000,
    step: 1,
    appliesTo: ALL,
  }),
  integer({
    key: 'toolCallsPerRequest',
    param: 'tool_calls_per_request',
    label: 'Action-group Lambda calls per request',
    unit: 'calls',
    group: 'extras',
    min: 0,
    max: 50,
    step: 1,
    appliesTo: AGENTS,
  }),
  integer({
    key: 'lambdaMs',
    param: 'lambda_ms',
    label: 'Lambda duration',
    unit: 'ms',
    group: 'extras',
    min: 1,
    max: limitNumber('lambda-max-timeout-minutes') * 60_000,
    step: 50,
    appliesTo: AGENTS,
  }),
  integer({
    key: 'lambdaMemoryMb',
    param: 'lambda_memory_mb',
    label: 'Lambda memory',
    unit: 'MB',
    group: 'extras',
    min: lambdaMinMb,
    max: lambdaMaxMb,
    step: 64,
    appliesTo: AGENTS,
  }),
];

const byParam = new Map(fields.map((f) => [f.param, f]));
const byKey = new Map(fields.map((f) => [f.key, f]));

export const paramNames: readonly string[] = fields.map((f) => f.param);

/**
 * Parameters a calculator's address may carry that are not scenario inputs: how the page
 * looks (`theme`, `layout` of an embed) and where the reader came from (`from`, a
 * walkthrough outcome; `highlight`, the words of a search that led here, which the site script
 * marks; `prices`, the data version a link was made with, read by the calculators' form; `view`,
 * which costs the charts compare, see ./view.ts). They
 * are neither validated as inputs nor reported as ignored, and they survive the
 * address rewrites that follow the reader's edits.
 */
export const pageParamNames: readonly string[] = ['theme', 'layout', 'from', 'highlight', 'prices', 'view'];

export function fieldByParam(param: string): FieldMeta | undefined {
  return byParam.get(param);
}

export function fieldByKey(key: keyof Scenario): FieldMeta {
  const f = byKey.get(key);
  if (!f) throw new Error(`No field metadata for scenario key "${String(key)}"`);
  return f;
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
if (byParam.size !== fields.length || byKey.size !== fields.length || Object.keys(defaultScenario).length !== fields.length) {
  throw new Error('Scenario fields: a duplicate param or key, or a Scenario property without a field');
}

/** A numeric field's metadata (its `min`, `max`, `step`); throws for a field of another kind. */
export function numberField(key: keyof Scenario): NumberField {
  const f = fieldByKey(key);
  if (f.kind !== 'int' && f.kind !== 'number') throw new Error(`Field "${String(key)}" is not a number field (${f.kind})`);
  return f;
}
