/**
 * Figures the chapters derive from the data and the model: shares, gaps, crossovers,
 * percentages. A chapter never types one; it names it (`<Figure id="...">` or one of the
 * scenario components) and the build computes it, with the working shown in its popover.
 * An unknown id or a figure the model cannot compute fails the build.
 */
import { sessionUsd, v2IdleCrossoverSeconds, idleTailGbSeconds, sessionGbSeconds } from '../cost/agentcore-runtime.ts';
import { breakEven } from '../cost/break-even.ts';
import { fargateTaskPlan, plannedRequestsPerTask, tasksNeededForPeak } from '../cost/ecs-fargate.ts';
import { estimateOption, findLine } from '../cost/estimate.ts';
import { DAYS_PER_MONTH, HOURS_PER_MONTH, defaultScenario, withDefaults, type OptionId, type Scenario } from '../cost/scenario.ts';
import { peakConcurrency, peakRequestsPerSecond, trafficHoursPerMonth } from '../cost/traffic.ts';
import { formatCount, formatNumber, formatPercent, formatRate, formatUsd } from '../format/money.ts';
import { limitNumber, priceValue } from '../pricing/catalog.ts';
import { getPreset } from '../scenarios.ts';
import { optionLabels } from '../site/options.ts';

export interface DerivedFigure {
  /** As the prose shows it: "43%", "8.1 minutes", "2,907 a day". */
  text: string;
  /** The unrounded number behind it, for tests. */
  value: number;
  /** The working, for the popover. */
  formula: string;
  /** A calculator query that reproduces it, when there is one. */
  query?: string;
}

const percent = (value: number, digits = 0): string => `${formatNumber(value, digits)}%`;

/** How much more the second price is than the first, in percent (each in its own Region). */
function premium(cheaperId: string, dearerId: string, cheaperRegion?: string, dearerRegion = cheaperRegion): DerivedFigure {
  const a = priceValue(cheaperId, cheaperRegion);
  const b = priceValue(dearerId, dearerRegion);
  const value = (b / a - 1) * 100;
  return { text: percent(value), value, formula: `${formatNumber(b, 6)} / ${formatNumber(a, 6)} - 1 = ${formatPercent(value)}` };
}

/** How much less the second price is than the first, in percent. */
function discount(dearerId: string, cheaperId: string, region?: string): DerivedFigure {
  const a = priceValue(dearerId, region);
  const b = priceValue(cheaperId, region);
  const value = (1 - b / a) * 100;
  return { text: percent(value), value, formula: `1 - ${formatNumber(b, 6)} / ${formatNumber(a, 6)} = ${formatPercent(value)}` };
}

/** The idle tail above which a session of `sessionSeconds` and `memoryGb` costs less on v2 than on v1. */
function v2Crossover(partial: Partial<Scenario>): DerivedFigure {
  const s = withDefaults({ requestsPerSession: 1, ...partial });
  const seconds = v2IdleCrossoverSeconds(s);
  if (seconds === null || seconds === 0) throw new Error('v2 never becomes cheaper for this session: reword the chapter');
  const at = (platform: 'v1' | 'v2') => sessionUsd({ ...s, idleSeconds: seconds }, platform);
  return {
    text: `${formatNumber(seconds / 60, 1)} minutes`,
    value: seconds,
    formula: `A ${formatNumber(s.sessionSeconds)} s session at ${formatNumber(s.sessionMemoryGb, 3)} GB with ${formatNumber(s.activeCpuSeconds)} vCPU-seconds of CPU costs the same on both platforms with ${formatNumber(seconds)} s of idle time: $${formatNumber(at('v1'), 6)} on v1 and $${formatNumber(at('v2'), 6)} on v2 (after ${formatNumber(limitNumber('agentcore-v2-idle-memory-reclaim-seconds'))} s idle, v2 bills only ${formatNumber(s.idleMemoryGb, 3)} GB).`,
  };
}

/** A line's share of an option's total (or of another line) in a preset. */
export function lineShare(scenarioId: string, option: OptionId, line: string, of = 'total'): DerivedFigure {
  const preset = getPreset(scenarioId);
  const result = estimateOption(preset.scenario, option);
  const part = findLine(result, line).usd;
  const whole = findLine(result, of).usd;
  const value = whole === 0 ? 0 : (part / whole) * 100;
  return {
    text: percent(value, value < 10 ? 1 : 0),
    value,
    formula: `${optionLabels[option]}, “${preset.title}”: ${formatUsd(part)} ${line} / ${formatUsd(whole)} ${of} = ${formatPercent(value)}`,
    query: preset.query,
  };
}

/** How much more option `b` costs than option `a` in a preset, in percent of `a`. */
export function totalGap(scenarioId: string, a: OptionId, b: OptionId): DerivedFigure {
  const preset = getPreset(scenarioId);
  const ta = estimateOption(preset.scenario, a).total;
  const tb = estimateOption(preset.scenario, b).total;
  const value = (tb / ta - 1) * 100;
  return {
    text: percent(Math.abs(value), 1),
    value,
    formula: `“${preset.title}”: ${optionLabels[b]} ${formatUsd(tb)} / ${optionLabels[a]} ${formatUsd(ta)} - 1 = ${formatPercent(value)}`,
    query: preset.query,
  };
}

/** Where two options cost the same in a preset, as requests a day. */
export function crossover(scenarioId: string, a: OptionId, b: OptionId): DerivedFigure {
  const preset = getPreset(scenarioId);
  const result = breakEven(preset.scenario, a, b);
  const first = result.crossings[0];
  if (!first) throw new Error(`${a} and ${b} do not cross in “${preset.title}”: reword the chapter`);
  return {
    text: `${formatCount(first.requestsPerDay)} a day`,
    value: first.requestsPerDay,
    formula: first.explanation,
    query: preset.query,
  };
}

/** The idle tail's share of a preset's AgentCore memory line. */
function idleTailShare(scenarioId: string): DerivedFigure {
  const preset = getPreset(scenarioId);
  const s = preset.scenario;
  const value = (idleTailGbSeconds(s) / sessionGbSeconds(s)) * 100;
  return {
    text: percent(value),
    value,
    formula: `“${preset.title}”: ${formatNumber(idleTailGbSeconds(s))} of ${formatNumber(sessionGbSeconds(s))} GB-seconds per session come after the last response = ${formatPercent(value)}`,
    query: preset.query,
  };
}

/** The compute lines of an option in a preset (AgentCore: CPU + memory; Fargate: vCPU + memory). */
function computeUsd(scenarioId: string, option: 'agentcore-runtime' | 'ecs-fargate'): { usd: number; text: string } {
  const result = estimateOption(getPreset(scenarioId).scenario, option);
  const ids = option === 'agentcore-runtime' ? ['runtime-cpu', 'runtime-memory'] : ['fargate-cpu', 'fargate-memory'];
  const parts = ids.map((id) => findLine(result, id).usd);
  const usd = parts.reduce((a, b) => a + b, 0);
  return { usd, text: `${parts.map((p) => formatUsd(p)).join(' + ')} = ${formatUsd(usd)}` };
}

/** An option's compute lines as a share of its total in a preset. */
function computeShare(scenarioId: string, option: 'agentcore-runtime' | 'ecs-fargate'): DerivedFigure {
  const preset = getPreset(scenarioId);
  const compute = computeUsd(scenarioId, option);
  const total = estimateOption(preset.scenario, option).total;
  const value = (compute.usd / total) * 100;
  return {
    text: percent(value, value < 10 ? 1 : 0),
    value,
    formula: `${optionLabels[option]}, “${preset.title}”: compute ${compute.text} / ${formatUsd(total)} total = ${formatPercent(value)}`,
    query: preset.query,
  };
}

/** Fargate's compute lines as a share of AgentCore Runtime's in a preset. */
function fargateComputeVsAgentcore(scenarioId: string): DerivedFigure {
  const preset = getPreset(scenarioId);
  const fargate = computeUsd(scenarioId, 'ecs-fargate');
  const agentcore = computeUsd(scenarioId, 'agentcore-runtime');
  const value = (fargate.usd / agentcore.usd) * 100;
  return {
    text: percent(value),
    value,
    formula: `“${preset.title}”: Fargate compute ${fargate.text} / AgentCore Runtime compute ${agentcore.text} = ${formatPercent(value)}`,
    query: preset.query,
  };
}

function tasksText(n: number): string {
  return `${formatNumber(n)} task${n === 1 ? '' : 's'}`;
}

/** The sizing rule's working for a scenario: peak concurrency / (per task x target utilization). */
function sizingFormula(s: Scenario): string {
  return `peak ${formatNumber(peakRequestsPerSecond(s), 3)} requests/s x ${formatNumber(s.requestSeconds)} s busy per request = ${formatNumber(peakConcurrency(s), 2)} concurrent requests; / (${formatNumber(s.concurrencyPerTask)} per task x ${formatPercent(s.targetUtilizationPercent)} target utilization = ${formatNumber(plannedRequestsPerTask(s), 2)}) = ${formatNumber(peakConcurrency(s) / plannedRequestsPerTask(s), 2)}, rounded up to ${tasksText(tasksNeededForPeak(s))}`;
}

/** Tasks a preset runs while traffic flows: max(minimum tasks, tasks the peak needs). */
function presetTasks(scenarioId: string): DerivedFigure {
  const preset = getPreset(scenarioId);
  const plan = fargateTaskPlan(preset.scenario);
  return {
    text: tasksText(plan.tasksOn),
    value: plan.tasksOn,
    formula: `“${preset.title}”: ${sizingFormula(preset.scenario)}; with the minimum of ${formatNumber(preset.scenario.minTasks)} for availability: ${tasksText(plan.tasksOn)}.`,
    query: preset.query,
  };
}

/** Tasks the peak alone needs in a preset, before the availability minimum. */
function presetTasksForPeak(scenarioId: string): DerivedFigure {
  const preset = getPreset(scenarioId);
  const n = tasksNeededForPeak(preset.scenario);
  return { text: tasksText(n), value: n, formula: `“${preset.title}”: ${sizingFormula(preset.scenario)}.`, query: preset.query };
}

/**
 * The scaling chapter's worked example: steady traffic at `rps` requests per second, each
 * keeping a task busy `requestSeconds`, tasks holding `perTask` requests at the default target.
 */
function sizingExample(rps: number, requestSeconds: number, perTask: number): Scenario {
  return withDefaults({ traffic: 'steady', requestsPerDay: rps * 86_400, requestSeconds, concurrencyPerTask: perTask });
}

function exampleConcurrency(rps: number): DerivedFigure {
  const s = sizingExample(rps, 12, 20);
  const value = peakConcurrency(s);
  return {
    text: formatNumber(value, 1),
    value,
    formula: `Little's law: ${formatNumber(rps, 2)} requests/s x ${formatNumber(s.requestSeconds)} s busy per request = ${formatNumber(value, 2)} requests in flight`,
  };
}

function exampleTasks(rps: number): DerivedFigure {
  const s = sizingExample(rps, 12, 20);
  const n = tasksNeededForPeak(s);
  return { text: tasksText(n), value: n, formula: `${sizingFormula(s)} (before the availability minimum).` };
}

/** A price quoted per 1,000 requests, per single request. */
function perRequest(id: string): DerivedFigure {
  const per1k = priceValue(id);
  const value = per1k / 1000;
  return { text: formatRate(value), value, formula: `${formatRate(per1k)} per 1,000 requests / 1,000 = ${formatRate(value)} per request` };
}

/** The calculator's default target utilization for Fargate tasks (an assumption, not an AWS figure). */
function targetUtilizationDefault(): DerivedFigure {
  const value = defaultScenario.targetUtilizationPercent;
  return {
    text: percent(value),
    value,
    formula: `The cost calculator's default target utilization: tasks are planned to carry ${formatPercent(value)} of the concurrent requests they can hold, leaving the rest as headroom for bursts, scale-out lag and deployments. An assumption; set it from your own load tests.`,
  };
}

/** How long the default new-session rate takes to open `sessions` sessions. */
function newSessionRamp(sessions: number): DerivedFigure {
  const rate = limitNumber('agentcore-new-sessions-per-second');
  const value = sessions / rate;
  return {
    text: `${formatNumber(value)} seconds`,
    value,
    formula: `${formatCount(sessions)} new sessions / ${formatNumber(rate)} new sessions per second (default quota per account) = ${formatNumber(value)} s`,
  };
}

/** Little's law for sessions: new sessions per second x how long each stays open. */
function openSessions(perSecond: number, conversationSeconds: number, idle: boolean): DerivedFigure {
  const idleSeconds = idle ? limitNumber('agentcore-idle-timeout-default-seconds') : 0;
  const value = perSecond * (conversationSeconds + idleSeconds);
  const life = idle
    ? `(${formatNumber(conversationSeconds)} s of conversation + ${formatNumber(idleSeconds)} s default idle timeout)`
    : `${formatNumber(conversationSeconds)} s of conversation`;
  return {
    text: `${formatCount(value)} sessions`,
    value,
    formula: `${formatNumber(perSecond)} new sessions/s x ${life} = ${formatCount(value)} sessions open at once`,
  };
}

/**
 * The break-even chapter's worked example in resource units: two x86 tasks of 1 vCPU and 2 GB,
 * one load balancer and one NAT gateway all month with their public IPv4 addresses (two for the
 * load balancer, one for the gateway; us-east-1), against AgentCore sessions of 240 s with 10
 * vCPU-seconds of CPU and 1 GB of memory.
 */
const WORKED_SESSION: Partial<Scenario> = { sessionSeconds: 240, activeCpuSeconds: 10, requestsPerSession: 1, sessionMemoryGb: 1 };

function workedFixedUsd(): { usd: number; text: string } {
  const cpu = priceValue('fargate-x86-vcpu-hour');
  const mem = priceValue('fargate-x86-gb-hour');
  const alb = priceValue('alb-hour');
  const nat = priceValue('nat-gateway-hour');
  const ip = priceValue('public-ipv4-hour');
  const addresses = limitNumber('alb-min-availability-zones') + 1;
  const usd = HOURS_PER_MONTH * (2 * (cpu + 2 * mem) + alb + nat + addresses * ip);
  return {
    usd,
    text: `${HOURS_PER_MONTH} h x (2 tasks x (1 vCPU x ${formatRate(cpu)} + 2 GB x ${formatRate(mem)}) + ALB ${formatRate(alb)} + NAT ${formatRate(nat)} + ${formatNumber(addresses)} public IPv4 addresses x ${formatRate(ip)}) = ${formatUsd(usd)} a month`,
  };
}

type WorkedCase = { platform: 'v1' | 'v2'; stopped: boolean; idleMemoryGb?: number };

function workedSession(c: WorkedCase): Scenario {
  const idleSeconds = c.stopped ? 0 : limitNumber('agentcore-idle-timeout-default-seconds');
  return withDefaults({
    ...WORKED_SESSION,
    agentcorePlatform: c.platform,
    idleSeconds,
    ...(c.idleMemoryGb === undefined ? {} : { idleMemoryGb: c.idleMemoryGb }),
  });
}

function workedPerDay(c: WorkedCase): number {
  return workedFixedUsd().usd / sessionUsd(workedSession(c), c.platform) / DAYS_PER_MONTH;
}

function workedDescription(c: WorkedCase): string {
  const ending = c.stopped ? 'ended with StopRuntimeSession' : 'left to the default idle timeout';
  const reclaim =
    c.platform === 'v2' && !c.stopped ? `, ${formatNumber(workedSession(c).idleMemoryGb, 3)} GB billed after the v2 reclaim point` : '';
  return `platform ${c.platform}, 240 s session, 10 vCPU-seconds, 1 GB, ${ending}${reclaim}`;
}

function workedBreakEven(c: WorkedCase): DerivedFigure {
  const fixed = workedFixedUsd();
  const session = sessionUsd(workedSession(c), c.platform);
  const value = workedPerDay(c);
  return {
    text: formatNumber(value, 0),
    value,
    formula: `Fargate floor ${fixed.text}; one session (${workedDescription(c)}) costs $${formatNumber(session, 6)}; ${formatUsd(fixed.usd)} / $${formatNumber(session, 6)} / ${formatNumber(DAYS_PER_MONTH)} days = ${formatNumber(value, 0)} conversations a day`,
  };
}

function workedRatio(a: WorkedCase, b: WorkedCase): DerivedFigure {
  const value = workedPerDay(a) / workedPerDay(b);
  return {
    text: `${formatNumber(value, 1)} times`,
    value,
    formula: `${formatNumber(workedPerDay(a), 0)} conversations a day (${workedDescription(a)}) / ${formatNumber(workedPerDay(b), 0)} (${workedDescription(b)}) = ${formatNumber(value, 2)}`,
  };
}

function workedMemoryShare(c: WorkedCase): DerivedFigure {
  const s = workedSession(c);
  const total = sessionUsd(s, c.platform);
  const cpu = (s.activeCpuSeconds * s.requestsPerSession * priceValue(`agentcore-runtime-${c.platform}-vcpu-hour`)) / 3600;
  const value = ((total - cpu) / total) * 100;
  return {
    text: percent(value),
    value,
    formula: `One session (${workedDescription(c)}): memory $${formatNumber(total - cpu, 6)} of $${formatNumber(total, 6)} = ${formatPercent(value)}`,
  };
}

/** Average vCPUs busy at the highest break-even volume, over `hours` of traffic a day. */
function workedCpu(c: WorkedCase, hours: number): DerivedFigure {
  const perDay = workedPerDay(c);
  const vcpuSeconds = perDay * (WORKED_SESSION.activeCpuSeconds ?? 0);
  const value = vcpuSeconds / (hours * 3600);
  return {
    text: `${formatNumber(value, 1)} vCPU`,
    value,
    formula: `${formatNumber(perDay, 0)} conversations a day x ${formatNumber(WORKED_SESSION.activeCpuSeconds ?? 0)} vCPU-seconds = ${formatCount(vcpuSeconds)} vCPU-seconds / (${formatNumber(hours)} h x 3,600 s) = ${formatNumber(value, 2)} vCPU on average`,
  };
}

/** Hours a month in which a business-hours preset receives traffic. */
function trafficHours(scenarioId: string): DerivedFigure {
  const preset = getPreset(scenarioId);
  const s = preset.scenario;
  const value = trafficHoursPerMonth(s);
  return {
    text: `${formatNumber(value, 0)} of the month's ${formatNumber(HOURS_PER_MONTH)} hours`,
    value,
    formula: `“${preset.title}”: ${formatNumber(HOURS_PER_MONTH)} h x ${formatNumber(s.businessDaysPerWeek)}/7 days x ${formatNumber(s.businessHoursPerDay)}/24 h = ${formatNumber(value, 1)} hours of traffic a month`,
    query: preset.query,
  };
}

const registry: Record<string, () => DerivedFigure> = {
  'agentcore-v2-cpu-premium': () => premium('agentcore-runtime-v1-vcpu-hour', 'agentcore-runtime-v2-vcpu-hour'),
  'agentcore-v2-memory-premium': () => premium('agentcore-runtime-v1-gb-hour', 'agentcore-runtime-v2-gb-hour'),
  'agentcore-govcloud-premium': () =>
    premium('agentcore-runtime-v1-vcpu-hour', 'agentcore-runtime-v1-vcpu-hour', 'us-east-1', 'us-gov-west-1'),
  'agentcore-v2-idle-crossover-240s-1gb': () => v2Crossover({ sessionSeconds: 240, sessionMemoryGb: 1 }),
  'fargate-arm-discount': () => discount('fargate-x86-vcpu-hour', 'fargate-arm-vcpu-hour'),
  'fargate-arm-discount-ap-south-1': () => discount('fargate-x86-vcpu-hour', 'fargate-arm-vcpu-hour', 'ap-south-1'),
  'case-study-support-bot-idle-tail-share': () => idleTailShare('case-study-support-bot'),
  'support-bot-business-hours-idle-tail-share': () => idleTailShare('support-bot-business-hours'),
  'support-bot-business-hours-traffic-hours': () => trafficHours('support-bot-business-hours'),
  'sonnet-5-5-saving-vs-sonnet-4-5': () => discount('claude-sonnet-4-5-global-input', 'claude-sonnet-5-5-global-input'),
  'seed-example-tasks-for-peak': () => presetTasksForPeak('seed-example'),
  'research-pipeline-tasks': () => presetTasks('case-study-research-pipeline'),
  'research-pipeline-fargate-compute-vs-agentcore': () => fargateComputeVsAgentcore('case-study-research-pipeline'),
  'steady-pipeline-fargate-compute-vs-agentcore': () => fargateComputeVsAgentcore('steady-pipeline'),
  'steady-pipeline-agentcore-compute-share': () => computeShare('steady-pipeline', 'agentcore-runtime'),
  'fargate-target-utilization-default': targetUtilizationDefault,
  'agentcore-policy-per-request': () => perRequest('agentcore-policy-per-1k-requests'),
  'scaling-example-peak-in-flight': () => exampleConcurrency(5),
  'scaling-example-peak-tasks': () => exampleTasks(5),
  'scaling-example-off-peak-in-flight': () => exampleConcurrency(0.2),
  'scaling-example-off-peak-tasks': () => exampleTasks(0.2),
  'scaling-example-sessions-idle-timeout': () => openSessions(2, 360, true),
  'scaling-example-sessions-stopped': () => openSessions(2, 360, false),
  'agentcore-new-session-ramp-1000': () => newSessionRamp(1_000),
  'agentcore-new-session-ramp-10000': () => newSessionRamp(10_000),
  'break-even-example-v1-idle': () => workedBreakEven({ platform: 'v1', stopped: false }),
  'break-even-example-v2-idle-nothing-reclaimed': () => workedBreakEven({ platform: 'v2', stopped: false, idleMemoryGb: 1 }),
  'break-even-example-v2-idle-reclaimed': () => workedBreakEven({ platform: 'v2', stopped: false }),
  'break-even-example-v2-stopped': () => workedBreakEven({ platform: 'v2', stopped: true }),
  'break-even-example-v1-stopped': () => workedBreakEven({ platform: 'v1', stopped: true }),
  'break-even-example-v1-stop-factor': () => workedRatio({ platform: 'v1', stopped: true }, { platform: 'v1', stopped: false }),
  'break-even-example-v1-idle-memory-share': () => workedMemoryShare({ platform: 'v1', stopped: false }),
  'break-even-example-cpu-all-day': () => workedCpu({ platform: 'v1', stopped: true }, 24),
  'break-even-example-cpu-eight-hours': () => workedCpu({ platform: 'v1', stopped: true }, 8),
};

/** A named figure; throws on an unknown name so a typo fails the build. */
export function derivedFigure(id: string): DerivedFigure {
  const make = registry[id];
  if (!make) throw new Error(`Unknown figure "${id}"; known figures: ${Object.keys(registry).join(', ')}`);
  return make();
}

export const figureIds: readonly string[] = Object.keys(registry);
