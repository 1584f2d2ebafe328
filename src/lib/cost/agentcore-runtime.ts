import { limitDate, limitNumber, sourcedList } from '../pricing/catalog.ts';
import { formatLongDate } from '../format/date.ts';
import { formatCount, formatNumber, formatPercent, formatRate } from '../format/money.ts';
import { buildResult, makeLine, rate, type CalcContext, type LineItem, type OptionResult } from './lines.ts';
import { retrievalLines } from './retrieval.ts';
import { optionLabels, type Scenario } from './scenario.ts';
import { logsLine, modelLine, modelNotes, regionFallbackNote } from './shared.ts';
import { monthlyRequests, peakRequestsPerSecond } from './traffic.ts';

/**
 * AgentCore Runtime: your code in a microVM per session, billed per second.
 * CPU: active vCPU-seconds only (I/O wait is free). Memory: from microVM start to
 * session end, idle tail included, 128 MB minimum.
 *   v1: the session's peak memory throughout, at v1 rates.
 *   v2: memory as used, at v2 rates; after 120 s idle the memory is reclaimed and
 *       the rest of the idle tail bills a smaller amount (`idleMemoryGb`).
 */

export function agentcoreSessions(s: Scenario): number {
  return monthlyRequests(s) / s.requestsPerSession;
}

/** New sessions per second at the peak: every `requestsPerSession` requests start one. */
export function peakSessionStartsPerSecond(s: Scenario): number {
  return peakRequestsPerSecond(s) / s.requestsPerSession;
}

/** Sessions open at the peak, idle ones included (they count until they end): Little's law. */
export function peakActiveSessions(s: Scenario): number {
  return peakSessionStartsPerSecond(s) * (s.sessionSeconds + s.idleSeconds);
}

/** The smallest memory a session bills, in GB. */
function minBilledGb(): number {
  return limitNumber('agentcore-min-billed-memory-mb') / 1024;
}

/** Memory v2 bills while the session is active and in its first idle minutes: the average in use ('auto': the peak). */
export function averageSessionGb(s: Scenario): number {
  return Math.max(minBilledGb(), s.averageMemoryGb === 'auto' ? s.sessionMemoryGb : s.averageMemoryGb);
}

/** The idle tail split at the v2 reclaim point: seconds at full memory, seconds at the reclaimed level. */
function idleSplit(s: Scenario): { full: number; reduced: number } {
  const reclaim = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  return { full: Math.min(s.idleSeconds, reclaim), reduced: Math.max(0, s.idleSeconds - reclaim) };
}

/**
 * GB-seconds one session bills, by platform.
 *   v1: peak x (session + idle)
 *   v2: average x (session + min(idle, 120)) + idle memory after reclaim x max(0, idle - 120)
 */
export function sessionGbSeconds(s: Scenario): number {
  if (s.agentcorePlatform === 'v1') return Math.max(minBilledGb(), s.sessionMemoryGb) * (s.sessionSeconds + s.idleSeconds);
  const idle = idleSplit(s);
  return averageSessionGb(s) * (s.sessionSeconds + idle.full) + Math.max(minBilledGb(), s.idleMemoryGb) * idle.reduced;
}

/** The GB-seconds of one session's idle tail alone (what StopRuntimeSession after the last response saves). */
export function idleTailGbSeconds(s: Scenario): number {
  return sessionGbSeconds(s) - sessionGbSeconds({ ...s, idleSeconds: 0 });
}

/** One session's AgentCore cost (CPU and memory) on a platform, in USD. */
export function sessionUsd(s: Scenario, platform: Scenario['agentcorePlatform']): number {
  const at = { ...s, agentcorePlatform: platform };
  const cpu = rate(`agentcore-runtime-${platform}-vcpu-hour`).value;
  const mem = rate(`agentcore-runtime-${platform}-gb-hour`).value;
  return (s.activeCpuSeconds * s.requestsPerSession * cpu + sessionGbSeconds(at) * mem) / 3600;
}

/**
 * The idle tail, in seconds, above which a session costs less on v2 than on v1, everything
 * else as in `s`; null when v2 never catches up (or is cheaper even with no idle time, 0).
 * Both costs are linear in the idle time beyond the reclaim point, so the point is exact.
 */
export function v2IdleCrossoverSeconds(s: Scenario): number | null {
  const cost = (platform: Scenario['agentcorePlatform'], idleSeconds: number): number => sessionUsd({ ...s, idleSeconds }, platform);
  const diff = (idle: number): number => cost('v2', idle) - cost('v1', idle);
  if (diff(0) <= 0) return 0;
  const reclaim = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  // Up to the reclaim point v2 bills the same memory as v1 at a higher rate: the gap only grows.
  const a = reclaim;
  const b = reclaim + 3600;
  const slope = (diff(b) - diff(a)) / (b - a);
  if (slope >= 0) return null;
  return a - diff(a) / slope;
}

function cpuLine(s: Scenario, ctx: CalcContext): LineItem {
  const requests = monthlyRequests(s);
  const cpu = rate(`agentcore-runtime-${s.agentcorePlatform}-vcpu-hour`);
  return makeLine(
    ctx,
    'runtime-cpu',
    `Runtime CPU (platform ${s.agentcorePlatform}, active time only)`,
    ((requests * s.activeCpuSeconds) / 3600) * cpu.value,
    () =>
      `${formatCount(requests)} requests x ${formatNumber(s.activeCpuSeconds)} vCPU-seconds / 3,600 x ${formatRate(cpu.value)} per vCPU-hour`,
    [cpu.ref],
  );
}

/** The month's Runtime memory bill (the `runtime-memory` line), in USD. */
export function runtimeMemoryUsd(s: Scenario): number {
  return ((agentcoreSessions(s) * sessionGbSeconds(s)) / 3600) * rate(`agentcore-runtime-${s.agentcorePlatform}-gb-hour`).value;
}

function memoryLine(s: Scenario, ctx: CalcContext): LineItem {
  const sessions = agentcoreSessions(s);
  const mem = rate(`agentcore-runtime-${s.agentcorePlatform}-gb-hour`);
  const usd = runtimeMemoryUsd(s);
  const refs = [mem.ref, { id: 'agentcore-min-billed-memory-mb', region: 'global' }];
  const tailShare = sessionGbSeconds(s) > 0 ? idleTailGbSeconds(s) / sessionGbSeconds(s) : 0;
  const tail = s.idleSeconds > 0 ? `The idle tail after the last response is ${formatPercent(tailShare * 100)} of this line.` : undefined;
  if (s.agentcorePlatform === 'v1') {
    return makeLine(
      ctx,
      'runtime-memory',
      'Runtime memory (platform v1, session peak throughout: an upper bound)',
      usd,
      () =>
        `${formatCount(sessions)} sessions x ${formatNumber(Math.max(minBilledGb(), s.sessionMemoryGb), 3)} GB peak x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(s.idleSeconds)} s idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`,
      refs,
      tail,
    );
  }
  const reclaim = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  const idle = idleSplit(s);
  const average = averageSessionGb(s);
  const averageText = `${formatNumber(average, 3)} GB ${s.averageMemoryGb === 'auto' ? 'peak' : 'average'}`;
  const assumptions = [
    ...(idle.reduced > 0
      ? [
          `Assumption: after ${formatNumber(reclaim)} s idle, v2 reclaims memory and the session bills ${formatNumber(s.idleMemoryGb, 3)} GB for the rest of the idle time (the ${formatNumber(minBilledGb() * 1024)} MB minimum by default; AWS does not publish the reclaimed level).`,
        ]
      : []),
    ...(s.averageMemoryGb === 'auto'
      ? ['Average memory in use taken as the peak; set "Average memory in use" if your session uses less most of the time.']
      : []),
  ];
  return makeLine(
    ctx,
    'runtime-memory',
    'Runtime memory (platform v2, memory as used)',
    usd,
    () =>
      idle.reduced > 0
        ? `${formatCount(sessions)} sessions x (${averageText} x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(idle.full)} s idle) + ${formatNumber(s.idleMemoryGb, 3)} GB x ${formatNumber(idle.reduced)} s reclaimed idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`
        : `${formatCount(sessions)} sessions x ${averageText} x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(idle.full)} s idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`,
    [...refs, { id: 'agentcore-v2-idle-memory-reclaim-seconds', region: 'global' }],
    [...assumptions, ...(tail ? [tail] : [])].join(' ') || undefined,
  );
}

function agentcoreNotes(s: Scenario): string[] {
  const notes: string[] = [];
  notes.push(
    `Platform ${s.agentcorePlatform} rates. Which platform a new runtime gets is not settled: the AWS CDK documentation now leaves the default to the service, and a November 2026 report says v2 since ${formatLongDate(limitDate('agentcore-default-platform-v2-report-date'))} in many Regions. Check your runtime's platform version and switch it here (v2 launched ${formatLongDate(limitDate('agentcore-v2-launch-date'))}).`,
  );
  if (s.region === 'sa-east-1') {
    notes.push('One 2026 read of the AWS Price List showed no AgentCore Runtime price for sa-east-1: check availability and price there.');
  } else if (s.agentcorePlatform === 'v1' && s.region !== 'us-east-1') {
    notes.push(`Runtime v1 rates are the same in the 14 commercial Regions the Price List showed, ${s.region} included.`);
  }
  const v2Priced = sourcedList('agentcore-v2-priced-regions');
  if (s.agentcorePlatform === 'v2' && !v2Priced.values.includes(s.region)) {
    notes.push(
      `A v2 price was seen only in ${v2Priced.values.join(', ')} (a ${v2Priced.confidence}-confidence reading): the us-east-1 v2 rates are used for ${s.region}.`,
    );
  }
  return notes;
}

export function agentcoreRuntimeCost(s: Scenario, ctx: CalcContext): OptionResult {
  const lines: LineItem[] = [modelLine(s, ctx), ...retrievalLines(s, ctx), cpuLine(s, ctx), memoryLine(s, ctx), logsLine(s, ctx)];
  const notes = ctx.text ? [...agentcoreNotes(s), ...modelNotes(s)] : [];
  return buildResult(
    ctx,
    'agentcore-runtime',
    optionLabels['agentcore-runtime'],
    lines,
    notes,
    ctx.text ? regionFallbackNote(s, lines, [s.model, 'titan-', 'agentcore-']) : undefined,
  );
}
