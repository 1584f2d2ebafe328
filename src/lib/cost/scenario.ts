/**
 * The one input of the cost model. Every field has a URL parameter, a label, a
 * range and a default in `../params/fields.ts`; untrusted input becomes a Scenario
 * only through `../params/validate.ts`.
 */

/** A month is 730 hours everywhere (AWS's convention). */
export const HOURS_PER_MONTH = 730;
/** Per-day volumes become monthly by x 730 / 24 (30.4167 days). */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

// The options and their names are the site's, shared with the prose components.
export { optionIds, optionLabels, type OptionId } from '../site/options.ts';

/** Must match the models in content/pricing/models.json (a test checks). */
export const modelIds = [
  'claude-sonnet-5-5',
  'claude-sonnet-5',
  'claude-sonnet-4-5',
  'claude-haiku-4-5',
  'claude-3-5-haiku',
  'nova-micro',
  'nova-lite',
  'nova-pro',
  'llama-3-3-70b',
] as const;
export type ModelId = (typeof modelIds)[number];

/** Regions with Fargate prices in content/pricing/fargate.json (a test checks). */
export const regions = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'sa-east-1',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-northeast-1',
] as const;
export type Region = (typeof regions)[number];

export const regionNames: Record<Region, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'us-east-2': 'US East (Ohio)',
  'us-west-2': 'US West (Oregon)',
  'ca-central-1': 'Canada (Central)',
  'sa-east-1': 'South America (São Paulo)',
  'eu-west-1': 'Europe (Ireland)',
  'eu-west-2': 'Europe (London)',
  'eu-central-1': 'Europe (Frankfurt)',
  'ap-south-1': 'Asia Pacific (Mumbai)',
  'ap-southeast-1': 'Asia Pacific (Singapore)',
  'ap-southeast-2': 'Asia Pacific (Sydney)',
  'ap-northeast-1': 'Asia Pacific (Tokyo)',
};

export const trafficPatterns = ['steady', 'business-hours', 'bursty'] as const;
export type TrafficPattern = (typeof trafficPatterns)[number];

export const agentcorePlatforms = ['v1', 'v2'] as const;
export type AgentcorePlatform = (typeof agentcorePlatforms)[number];

export const profileChoices = ['global', 'geo'] as const;
export type ProfileChoice = (typeof profileChoices)[number];

export const architectures = ['x86_64', 'arm64'] as const;
export type Architecture = (typeof architectures)[number];

export const vectorStores = ['opensearch-serverless', 'opensearch-nextgen', 's3-vectors', 'aurora-serverless-v2', 'external'] as const;
export type VectorStore = (typeof vectorStores)[number];

export const loadBalancers = ['alb', 'none'] as const;
export type LoadBalancer = (typeof loadBalancers)[number];

export const egressModes = ['nat', 'public-ip', 'none'] as const;
export type EgressMode = (typeof egressModes)[number];

export interface Scenario {
  // Where you start
  /** The reader already runs agents on Bedrock Agents (Classic), so it is an option for them. */
  runsBedrockAgents: boolean;

  // Traffic
  /** Average requests (agent invocations) per calendar day. */
  requestsPerDay: number;
  traffic: TrafficPattern;
  /** Business-hours pattern: hours of traffic per business day. */
  businessHoursPerDay: number;
  /** Business-hours pattern: business days per week. */
  businessDaysPerWeek: number;
  /** Bursty pattern: peak request rate / average request rate. */
  peakToAverage: number;

  // Model and tokens
  model: ModelId;
  inferenceProfile: ProfileChoice;
  /** Per model call. */
  inputTokens: number;
  /** Per model call. */
  outputTokens: number;
  /** Model calls your agent code makes per request (all three options). */
  modelCallsPerRequest: number;
  /** Extra orchestration calls Bedrock Agents makes per request (pre/post-processing, reasoning steps). */
  agentsExtraModelCalls: number;

  // Retrieval
  retrievalsPerRequest: number;
  vectorStore: VectorStore;
  /** OpenSearch Serverless: redundancy (default on) sets the OCU floor at 2, off at 1. */
  opensearchRedundancy: boolean;
  /** OpenSearch Serverless: OCUs billed while awake (classic: always; NextGen: only while awake). */
  opensearchOcus: number;
  /** Aurora Serverless v2: average ACUs while running. */
  auroraAcus: number;
  auroraAutoPause: boolean;
  vectorStoreGb: number;
  /** Tokens embedded per retrieval query (Titan Text Embeddings V2). */
  queryEmbeddingTokens: number;
  /** Document tokens (re-)embedded per month. */
  ingestTokensPerMonth: number;
  /** Not an AWS price: a per-query figure to reproduce other estimates. */
  customCostPer1kQueries: number;

  // AgentCore session
  agentcorePlatform: AgentcorePlatform;
  /** Session length from start to its last response (several requests may share it). */
  sessionSeconds: number;
  /** Active vCPU-seconds per request (I/O wait is not billed). */
  activeCpuSeconds: number;
  /**
   * Seconds one request keeps the agent busy (model calls and tools, not the user's think
   * time between turns). Sets how many requests run at once, so how many Fargate tasks a peak needs.
   */
  requestSeconds: number;
  /** Memory the session uses at its peak (v1 bills the peak throughout). */
  sessionMemoryGb: number;
  /**
   * Platform v2: memory in use on average while the session is active and in the first
   * 120 s of idle; 'auto' means the same as the peak.
   */
  averageMemoryGb: number | 'auto';
  /** Idle tail after the last response: 0 if the agent stops the session, else up to the idle timeout. */
  idleSeconds: number;
  requestsPerSession: number;
  /** Platform v2: memory still billed after the 120 s reclaim (assumption; default the 128 MB minimum). */
  idleMemoryGb: number;

  // Fargate tasks
  /** A fixed task count, or 'auto' to derive it from traffic. */
  fargateTasks: number | 'auto';
  /** Floor for availability when the count is derived. */
  minTasks: number;
  /** Concurrent requests one task holds. */
  concurrencyPerTask: number;
  /** Share of that capacity autoscaling aims to use at the peak, in percent (headroom for bursts and deploys). */
  targetUtilizationPercent: number;
  /** Business-hours pattern: tasks left running outside business hours. */
  offHoursTasks: number;
  taskVcpu: number;
  taskMemoryGb: number;
  arch: Architecture;
  region: Region;
  /** Share of task-hours on Fargate Spot, in percent. */
  spotPercent: number;
  spotDiscountPercent: number;
  /** Compute Savings Plan discount on on-demand task-hours, in percent. */
  savingsPlanPercent: number;
  taskStorageGb: number;

  // Networking and extras
  loadBalancer: LoadBalancer;
  albKbPerRequest: number;
  egress: EgressMode;
  natGateways: number;
  natKbPerRequest: number;
  /** Interface endpoints x Availability Zones. */
  vpcEndpoints: number;
  /** CloudWatch Logs ingested per request (all three options). */
  logKbPerRequest: number;
  /** Bedrock Agents action-group Lambda invocations per request. */
  toolCallsPerRequest: number;
  lambdaMs: number;
  lambdaMemoryMb: number;
}

/**
 * Defaults: a small production agent. Where a default is an assumption rather than
 * a documented value, the field's hint in `../params/fields.ts` says so.
 */
export const defaultScenario: Readonly<Scenario> = Object.freeze({
  runsBedrockAgents: false,
  requestsPerDay: 10_000,
  traffic: 'steady',
  businessHoursPerDay: 10,
  businessDaysPerWeek: 5,
  peakToAverage: 3,

  model: 'claude-sonnet-5-5',
  inferenceProfile: 'global',
  inputTokens: 2_000,
  outputTokens: 500,
  modelCallsPerRequest: 1,
  agentsExtraModelCalls: 0,

  retrievalsPerRequest: 2,
  vectorStore: 'opensearch-serverless',
  opensearchRedundancy: true,
  opensearchOcus: 2,
  auroraAcus: 0.5,
  auroraAutoPause: false,
  vectorStoreGb: 10,
  queryEmbeddingTokens: 50,
  ingestTokensPerMonth: 0,
  customCostPer1kQueries: 0,

  agentcorePlatform: 'v2',
  sessionSeconds: 60,
  activeCpuSeconds: 2,
  requestSeconds: 10,
  sessionMemoryGb: 1,
  averageMemoryGb: 'auto',
  idleSeconds: 900,
  requestsPerSession: 1,
  idleMemoryGb: 0.125,

  fargateTasks: 'auto',
  minTasks: 2,
  concurrencyPerTask: 10,
  targetUtilizationPercent: 70,
  offHoursTasks: 0,
  taskVcpu: 1,
  taskMemoryGb: 2,
  arch: 'x86_64',
  region: 'us-east-1',
  spotPercent: 0,
  spotDiscountPercent: 70,
  savingsPlanPercent: 0,
  taskStorageGb: 20,

  loadBalancer: 'alb',
  albKbPerRequest: 10,
  egress: 'nat',
  natGateways: 1,
  natKbPerRequest: 20,
  vpcEndpoints: 0,
  logKbPerRequest: 4,
  toolCallsPerRequest: 0,
  lambdaMs: 500,
  lambdaMemoryMb: 512,
});

export function withDefaults(partial: Partial<Scenario> = {}): Scenario {
  return { ...defaultScenario, ...partial };
}
