import { findItem, itemRef, limit, limitNumber, modelInfo, sourcedList, type ItemRef } from '../pricing/catalog.ts';
import { formatCount, formatNumber, formatPercent } from '../format/money.ts';
import { peakActiveSessions, peakSessionStartsPerSecond } from './agentcore-runtime.ts';
import { fargateTaskPlan } from './ecs-fargate.ts';
import { sessionLifecycle, type LifecycleFact } from './session-lifecycle.ts';
import { describeValidMemory, isValidTaskSize, memoryRangeFor } from './fargate-sizes.ts';
import { optionIds, type OptionId, type Scenario } from './scenario.ts';
import { ceilSafe, peakRequestsPerSecond } from './traffic.ts';

/**
 * "Will it run at my volume without a quota increase?" One check per quota or hard limit an
 * option meets at the scenario's peak, with the need, the limit and what to do about a miss.
 * Every limit comes from content/pricing (sourced and dated like the prices).
 *
 * Peak is the rate to provision for (`peakRequestsPerSecond`): the average for steady
 * traffic, the business-hours average for business hours, average x peak-to-average for bursts.
 */

/**
 * `over-default`: above an adjustable quota (ask for more); `over-limit`: above a hard limit
 * (change the design); `not-published`: AWS publishes no default to compare with.
 */
export type FitStatus = 'ok' | 'over-default' | 'over-limit' | 'not-published';

export interface FitCheck {
  /** Stable id, the `data-check` contract: `active-sessions`, `fargate-vcpu`, ... */
  id: string;
  label: string;
  status: FitStatus;
  /** What the scenario needs at its peak, in `unit`. */
  need: number;
  /** The default quota or hard limit, in `unit`; null when none is published. */
  limit: number | null;
  unit: string;
  /** What the numbers mean and, on a miss, by how much and what to do. */
  text: string;
  /** The dated, sourced figure behind `limit`. */
  limitRef?: ItemRef;
  /** The Service Quotas console page where an adjustable quota is raised. */
  quotaUrl?: string;
}

/** Words, not only color, carry each status. */
export const fitStatusLabels: Record<FitStatus, string> = {
  ok: 'Fits',
  'over-default': 'Over the default quota',
  'over-limit': 'Over a hard limit',
  'not-published': 'No published quota',
};

/** "1 over a hard limit, 1 over a default quota" or "all 6 fit". */
export function fitSummary(checks: readonly FitCheck[]): string {
  const count = (st: FitStatus): number => checks.filter((c) => c.status === st).length;
  const parts = [
    [count('over-limit'), 'over a hard limit'],
    [count('over-default'), 'over a default quota'],
    [count('not-published'), 'without a published quota'],
  ] as const;
  const problems = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return problems.length === 0 ? `all ${checks.length} fit` : problems.join(', ');
}

/** The Service Quotas console for a service (and one quota when its code is known) in a Region. */
export function serviceQuotasUrl(region: string, service: string, quotaCode?: string): string {
  return `https://${region}.console.aws.amazon.com/servicequotas/home/services/${service}/quotas${quotaCode ? `/${quotaCode}` : ''}`;
}

/** "4,500 sessions, 1.8 times the default of 2,500": how far over, in the reader's units. */
function overBy(amount: string, need: number, cap: number, kind: 'default' | 'limit'): string {
  const ratio = need / cap;
  const times = ratio < 2 ? `${formatPercent((ratio - 1) * 100, 0)} over` : `${formatNumber(ratio, 1)} times`;
  return `${amount}, ${times} the ${kind} of ${formatCount(cap)}`;
}

function status(need: number, cap: number, adjustable: boolean): FitStatus {
  if (need <= cap) return 'ok';
  return adjustable ? 'over-default' : 'over-limit';
}

interface Quota {
  id: string;
  label: string;
  need: number;
  unit: string;
  /** How the need is measured, after its number: "at peak" for rates and counts, "" for sizes. */
  when?: string;
  item: { id: string; region: string; value: number };
  adjustable: boolean;
  ok: string;
  over: string;
  quotaUrl?: string;
}

function quotaCheck(q: Quota): FitCheck {
  const st = status(q.need, q.item.value, q.adjustable);
  const amount = `${formatCount(q.need)} ${q.unit}${q.when === '' ? '' : ` ${q.when ?? 'at peak'}`}`;
  const text =
    st === 'ok'
      ? `${amount}, within the ${q.adjustable ? 'default' : 'limit'} of ${formatCount(q.item.value)}. ${q.ok}`
      : `${overBy(amount, q.need, q.item.value, q.adjustable ? 'default' : 'limit')}. ${q.over}`;
  return {
    id: q.id,
    label: q.label,
    status: st,
    need: q.need,
    limit: q.item.value,
    unit: q.unit,
    text: text.trim(),
    limitRef: { id: q.item.id, region: q.item.region },
    ...(q.adjustable && st !== 'ok' && q.quotaUrl ? { quotaUrl: q.quotaUrl } : {}),
  };
}

function numberLimit(id: string, region: string): { id: string; region: string; value: number } {
  const item = limit(id, region);
  return { ...itemRef(item), value: limitNumber(id, region) };
}

function agentcoreChecks(s: Scenario): FitCheck[] {
  const quotas = serviceQuotasUrl(s.region, 'bedrock-agentcore');
  const starts = peakSessionStartsPerSecond(s);
  const sessionQuotaId =
    s.region === 'us-east-1' || s.region === 'us-west-2' ? 'agentcore-active-sessions-us' : 'agentcore-active-sessions-other';
  const stops = s.idleSeconds === 0 ? starts : 0;
  const maxLifetime = limitNumber('agentcore-max-session-hours') * 3600;
  const instances = instancesAdvice(s.region, `sessions up to ${formatNumber(limitNumber('agentcore-instances-max-session-days'))} days`);
  return [
    quotaCheck({
      id: 'active-sessions',
      label: 'Active sessions at peak',
      need: peakActiveSessions(s),
      unit: 'sessions',
      item: numberLimit(sessionQuotaId, s.region),
      adjustable: true,
      ok: 'Idle sessions count until they end.',
      over: `Idle sessions count until they end: ask for an increase in ${s.region}, or end sessions after the last response (StopRuntimeSession) to free them sooner.`,
      quotaUrl: quotas,
    }),
    quotaCheck({
      id: 'new-sessions-per-second',
      label: 'New sessions per second at peak',
      need: starts,
      unit: 'per second',
      item: numberLimit('agentcore-new-sessions-per-second', s.region),
      adjustable: true,
      ok: '',
      over: 'The quota is per account, shared by every runtime: ask for an increase, or let more requests share a session.',
      quotaUrl: quotas,
    }),
    quotaCheck({
      id: 'invocations-per-second',
      label: 'Data-plane calls per second at peak',
      need: peakRequestsPerSecond(s) + stops,
      unit: 'per second',
      item: numberLimit('agentcore-data-plane-tps', s.region),
      adjustable: true,
      ok: stops > 0 ? 'One InvokeAgentRuntime per request plus one StopRuntimeSession per session.' : 'One InvokeAgentRuntime per request.',
      over: 'InvokeAgentRuntime, StopRuntimeSession and the other data-plane calls share this per-account rate: ask for an increase.',
      quotaUrl: quotas,
    }),
    sessionHardwareCheck(s),
    quotaCheck({
      id: 'session-length',
      label: 'Session lifetime',
      need: s.sessionSeconds + s.idleSeconds,
      unit: 'seconds',
      when: '',
      item: { ...itemRef(limit('agentcore-max-session-hours')), value: maxLifetime },
      adjustable: false,
      ok: 'From start to end, idle tail included.',
      over: `Sessions end after ${formatNumber(maxLifetime / 3600)} hours and this cannot be raised: keep the conversation in AgentCore Memory or your own store and resume in a new session, or use ${instances}ECS on Fargate.`,
    }),
  ];
}

/**
 * "AgentCore Runtime Instances (what it offers) or ", where the Region has the Instances compute
 * type; elsewhere advice the reader could not follow there is left out.
 */
function instancesAdvice(region: string, offers: string): string {
  return sourcedList('agentcore-instances-regions').values.includes(region) ? `AgentCore Runtime Instances (${offers}) or ` : '';
}

/**
 * The hardware one session may use: memory against the per-session maximum, and the vCPUs a
 * request keeps busy on average (active CPU over busy time). The tighter of the two is shown.
 */
function sessionHardwareCheck(s: Scenario): FitCheck {
  const memory = numberLimit('agentcore-max-gb-per-session', s.region);
  const vcpu = numberLimit('agentcore-max-vcpu-per-session', s.region);
  // No busy time declared: nothing to divide by, so only memory is checked. A tiny busy time can
  // overflow the ratio; any figure that large is over the limit anyway.
  const vcpuNeed = s.requestSeconds > 0 ? Math.min(s.activeCpuSeconds / s.requestSeconds, Number.MAX_SAFE_INTEGER) : 0;
  const cpuBinds = vcpuNeed / vcpu.value > s.sessionMemoryGb / memory.value;
  const over = `The per-session maximum of ${formatNumber(vcpu.value)} vCPU and ${formatNumber(memory.value)} GB cannot be raised: split the work across sessions, or run it on ${instancesAdvice(s.region, 'EC2 capacity')}ECS on Fargate (tasks up to ${formatNumber(limitNumber('fargate-max-vcpu'))} vCPU).`;
  const ok = `${formatNumber(s.sessionMemoryGb, 3)} GB at peak and ${formatNumber(vcpuNeed)} vCPU busy on average, within ${formatNumber(vcpu.value)} vCPU and ${formatNumber(memory.value)} GB.`;
  const check = quotaCheck(
    cpuBinds
      ? {
          id: 'session-hardware',
          label: 'Hardware per session',
          need: vcpuNeed,
          unit: 'vCPU',
          when: 'busy on average',
          item: vcpu,
          adjustable: false,
          ok,
          over,
        }
      : {
          id: 'session-hardware',
          label: 'Hardware per session',
          need: s.sessionMemoryGb,
          unit: 'GB',
          when: '',
          item: memory,
          adjustable: false,
          ok,
          over,
        },
  );
  return check.status === 'ok' ? { ...check, text: ok } : check;
}

function fargateChecks(s: Scenario): FitCheck[] {
  const plan = fargateTaskPlan(s);
  const peakTasks = Math.max(plan.tasksOn, plan.tasksOff);
  const spotTasks = s.spotPercent > 0 ? peakTasks - ceilSafe((peakTasks * (100 - s.spotPercent)) / 100) : 0;
  const onDemandTasks = peakTasks - spotTasks;
  const range = memoryRangeFor(s.taskVcpu);
  const validSize = isValidTaskSize(s.taskVcpu, s.taskMemoryGb);
  const checks: FitCheck[] = [
    {
      id: 'fargate-task-size',
      label: 'Task size',
      status: validSize ? 'ok' : 'over-limit',
      need: s.taskMemoryGb,
      limit: range ? Math.max(...range.memoryGb) : null,
      unit: 'GB',
      text: `${formatNumber(s.taskVcpu)} vCPU with ${formatNumber(s.taskMemoryGb)} GB ${validSize ? 'is' : 'is not'} a Fargate task size: ${describeValidMemory(s.taskVcpu)}`,
    },
  ];
  const deploy = 'Leave room for the replacement tasks a rolling deployment starts.';
  checks.push(
    quotaCheck({
      id: 'fargate-vcpu',
      label: 'Fargate On-Demand vCPU at peak',
      need: onDemandTasks * s.taskVcpu,
      unit: 'vCPU',
      item: numberLimit('fargate-on-demand-vcpu-quota', s.region),
      adjustable: true,
      ok: `${formatCount(onDemandTasks)} On-Demand tasks x ${formatNumber(s.taskVcpu)} vCPU. ${deploy} New accounts may start lower.`,
      over: `${formatCount(onDemandTasks)} On-Demand tasks x ${formatNumber(s.taskVcpu)} vCPU: ask for an increase in ${s.region}. ${deploy}`,
      quotaUrl: serviceQuotasUrl(s.region, 'fargate', 'L-3032A538'),
    }),
  );
  if (spotTasks > 0) {
    checks.push(
      quotaCheck({
        id: 'fargate-spot-vcpu',
        label: 'Fargate Spot vCPU at peak',
        need: spotTasks * s.taskVcpu,
        unit: 'vCPU',
        item: numberLimit('fargate-spot-vcpu-quota', s.region),
        adjustable: true,
        ok: `${formatCount(spotTasks)} Spot tasks x ${formatNumber(s.taskVcpu)} vCPU.`,
        over: `${formatCount(spotTasks)} Spot tasks x ${formatNumber(s.taskVcpu)} vCPU: ask for an increase in ${s.region}.`,
        quotaUrl: serviceQuotasUrl(s.region, 'fargate', 'L-36FBB829'),
      }),
    );
  }
  return checks;
}

/** Model calls a request makes on an option (Bedrock Agents adds its orchestration calls). */
function modelCalls(s: Scenario, option: OptionId): number {
  return s.modelCallsPerRequest + (option === 'bedrock-agents' ? s.agentsExtraModelCalls : 0);
}

/** Input and output tokens per minute at the peak, which Bedrock's model quotas count together. */
export function peakTokensPerMinute(s: Scenario, option: OptionId): number {
  return peakRequestsPerSecond(s) * 60 * modelCalls(s, option) * (s.inputTokens + s.outputTokens);
}

function modelCheck(s: Scenario, option: OptionId): FitCheck {
  const need = peakTokensPerMinute(s, option);
  const name = modelInfo(s.model).name;
  const profile = s.inferenceProfile === 'global' ? 'global' : 'geographic';
  const quotaUrl = serviceQuotasUrl(s.region, 'bedrock');
  const item = findItem(`${s.model}-${s.inferenceProfile}-tokens-per-minute`, s.region);
  if (item?.kind === 'limit' && typeof item.value === 'number') {
    return quotaCheck({
      id: 'model-tokens-per-minute',
      label: 'Model tokens per minute at peak',
      need,
      unit: 'tokens per minute',
      item: { ...itemRef(item), value: item.value },
      adjustable: true,
      ok: `Your account's quota may be lower than the default.`,
      over: `Ask for an increase, and set maxTokens close to what you use: Bedrock reserves it when a request starts.`,
      quotaUrl,
    });
  }
  return {
    id: 'model-tokens-per-minute',
    label: 'Model tokens per minute at peak',
    status: 'not-published',
    need,
    limit: null,
    unit: 'tokens per minute',
    text: `${formatCount(need)} input and output tokens per minute at peak. This guide found no published default for ${name} through a ${profile} profile in ${s.region}, and AWS sets model quotas per account: check yours before launch.`,
    quotaUrl,
  };
}

function bedrockAgentsChecks(s: Scenario): FitCheck[] {
  const need = peakRequestsPerSecond(s);
  return [
    {
      id: 'invocations-per-second',
      label: 'InvokeAgent calls per second at peak',
      status: 'not-published',
      need,
      limit: null,
      unit: 'per second',
      text: `${formatCount(need)} InvokeAgent calls per second at peak. The copy of AWS's Bedrock quota table this guide could read lists no InvokeAgent rate: check yours in Service Quotas before launch. The model quota below also applies.`,
      quotaUrl: serviceQuotasUrl(s.region, 'bedrock'),
    },
  ];
}

/** Every check for one option, in the order the results show them. */
export function fitChecks(s: Scenario, option: OptionId): FitCheck[] {
  const own = option === 'agentcore-runtime' ? agentcoreChecks(s) : option === 'ecs-fargate' ? fargateChecks(s) : bedrockAgentsChecks(s);
  return [...own, modelCheck(s, option)];
}

/** What the cost calculator shows beside the costs: each option's checks, and AgentCore's session lifecycle. */
export interface FitReport {
  checks: Record<OptionId, FitCheck[]>;
  lifecycle: LifecycleFact[];
}

export function fitReport(s: Scenario): FitReport {
  return {
    checks: Object.fromEntries(optionIds.map((o) => [o, fitChecks(s, o)])) as Record<OptionId, FitCheck[]>,
    lifecycle: sessionLifecycle(s),
  };
}
