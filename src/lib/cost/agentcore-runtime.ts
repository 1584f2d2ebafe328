import { limitDate, limitNumber } from '../pricing/catalog.ts';
import { formatCount, formatNumber, formatRate } from '../format/money.ts';
import { buildResult, makeLine, rate, type CalcContext, type LineItem, type OptionResult } from './lines.ts';
import { retrievalLines } from './retrieval.ts';
import { optionLabels, type Scenario } from './scenario.ts';
import { borrowedPricesNote, logsLine, modelLine, modelNotes } from './shared.ts';
import { monthlyRequests, peakRequestsPerSecond } from './traffic.ts';

/**
 * AgentCore Runtime: your code in a microVM per session, billed per second.
 * CPU: active vCPU-seconds only (I/O wait is free). Memory: from microVM start to
 * session end, idle tail included, 128 MB minimum.
 *   v1: the session's peak memory throughout, at v1 rates.
 *   v2: memory as used, at v2 rates; after 120 s idle the memory is reclaimed and
 *       the rest of the idle tail bills a smaller amount (`idleMemoryGb`).
 */

/** Regions in which a v2 Price List SKU was seen (September 2026, low confidence). */
const v2PricedRegions = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'ap-northeast-1'];

export function agentcoreSessions(s: Scenario): number {
  return monthlyRequests(s) / s.requestsPerSession;
}

/** GB-seconds one session bills, by platform. */
export function sessionGbSeconds(s: Scenario): number {
  const minGb = limitNumber('agentcore-min-billed-memory-mb') / 1024;
  const memory = Math.max(minGb, s.sessionMemoryGb);
  if (s.agentcorePlatform === 'v1') return memory * (s.sessionSeconds + s.idleSeconds);
  const reclaim = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  const idleFull = Math.min(s.idleSeconds, reclaim);
  const idleReduced = Math.max(0, s.idleSeconds - reclaim);
  return memory * (s.sessionSeconds + idleFull) + Math.max(minGb, s.idleMemoryGb) * idleReduced;
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

function memoryLine(s: Scenario, ctx: CalcContext): LineItem {
  const sessions = agentcoreSessions(s);
  const mem = rate(`agentcore-runtime-${s.agentcorePlatform}-gb-hour`);
  const usd = ((sessions * sessionGbSeconds(s)) / 3600) * mem.value;
  const refs = [mem.ref, { id: 'agentcore-min-billed-memory-mb', region: 'global' }];
  if (s.agentcorePlatform === 'v1') {
    return makeLine(
      ctx,
      'runtime-memory',
      'Runtime memory (platform v1, peak memory for the whole session)',
      usd,
      () =>
        `${formatCount(sessions)} sessions x ${formatNumber(s.sessionMemoryGb, 3)} GB x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(s.idleSeconds)} s idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`,
      refs,
    );
  }
  const reclaim = limitNumber('agentcore-v2-idle-memory-reclaim-seconds');
  const idleFull = Math.min(s.idleSeconds, reclaim);
  const idleReduced = Math.max(0, s.idleSeconds - reclaim);
  return makeLine(
    ctx,
    'runtime-memory',
    'Runtime memory (platform v2, memory as used)',
    usd,
    () =>
      idleReduced > 0
        ? `${formatCount(sessions)} sessions x (${formatNumber(s.sessionMemoryGb, 3)} GB x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(idleFull)} s idle) + ${formatNumber(s.idleMemoryGb, 3)} GB x ${formatNumber(idleReduced)} s reclaimed idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`
        : `${formatCount(sessions)} sessions x ${formatNumber(s.sessionMemoryGb, 3)} GB x (${formatNumber(s.sessionSeconds)} s + ${formatNumber(idleFull)} s idle) / 3,600 x ${formatRate(mem.value)} per GB-hour`,
    [...refs, { id: 'agentcore-v2-idle-memory-reclaim-seconds', region: 'global' }],
    idleReduced > 0
      ? `Assumption: after ${formatNumber(reclaim)} s idle, v2 reclaims memory and the session bills ${formatNumber(s.idleMemoryGb, 3)} GB for the rest of the idle time (the 128 MB minimum by default; AWS does not publish the reclaimed level).`
      : undefined,
  );
}

function agentcoreNotes(s: Scenario): string[] {
  const notes: string[] = [];
  const v2 = `${limitDate('agentcore-v2-launch-date')}`;
  notes.push(
    `Platform ${s.agentcorePlatform} rates. Sources disagree on which platform new runtimes get by default: the AWS CDK documentation (2026-10-08) says v1, a November 2026 report says v2 since 2026-11-12 in many Regions. Check your runtime's platform version and switch it here (v2 launched ${v2}).`,
  );
  if (s.idleSeconds > 0) {
    notes.push(
      `Memory bills until the session ends: ending it after the last response (StopRuntimeSession) removes the ${formatNumber(s.idleSeconds)} s idle tail; otherwise it lasts until the idle timeout (${formatNumber(limitNumber('agentcore-idle-timeout-default-seconds'))} s by default).`,
    );
  }
  const quotaRegion = s.region === 'us-east-1' || s.region === 'us-west-2';
  const sessionQuota = limitNumber(quotaRegion ? 'agentcore-active-sessions-us' : 'agentcore-active-sessions-other', s.region);
  const peakSessionsPerSecond = peakRequestsPerSecond(s) / s.requestsPerSession;
  const openSessions = peakSessionsPerSecond * (s.sessionSeconds + s.idleSeconds);
  if (openSessions > sessionQuota) {
    notes.push(
      `About ${formatCount(openSessions)} sessions are open at peak (idle ones count until they end); the default quota in ${s.region} is ${formatNumber(sessionQuota)} active sessions per account (adjustable): ask for an increase or end sessions sooner.`,
    );
  }
  const newSessionQuota = limitNumber('agentcore-new-sessions-per-second');
  if (peakSessionsPerSecond > newSessionQuota) {
    notes.push(
      `Peak of ${formatNumber(peakSessionsPerSecond)} new sessions per second is above the default ${formatNumber(newSessionQuota)} per account (adjustable).`,
    );
  }
  const tpsQuota = limitNumber('agentcore-data-plane-tps');
  if (peakRequestsPerSecond(s) > tpsQuota) {
    notes.push(
      `Peak of ${formatNumber(peakRequestsPerSecond(s))} requests per second is above the default ${formatNumber(tpsQuota)} data-plane requests per second per account (adjustable).`,
    );
  }
  if (s.region === 'sa-east-1') {
    notes.push('One 2026 read of the AWS Price List showed no AgentCore Runtime price for sa-east-1: check availability and price there.');
  } else if (s.agentcorePlatform === 'v1' && s.region !== 'us-east-1') {
    notes.push(`Runtime v1 rates are the same in the 14 commercial Regions the Price List showed, ${s.region} included.`);
  }
  if (s.agentcorePlatform === 'v2' && !v2PricedRegions.includes(s.region)) {
    notes.push(`A v2 price was seen only in ${v2PricedRegions.join(', ')} (September 2026): the us-east-1 v2 rates are used for ${s.region}.`);
  }
  return notes;
}

export function agentcoreRuntimeCost(s: Scenario, ctx: CalcContext): OptionResult {
  const lines: LineItem[] = [
    modelLine(s, ctx),
    ...retrievalLines(s, ctx),
    cpuLine(s, ctx),
    memoryLine(s, ctx),
    logsLine(s, ctx),
  ];
  const notes = ctx.text
    ? [...agentcoreNotes(s), ...modelNotes(s), ...borrowedPricesNote(s, lines, [s.model, 'titan-', 'agentcore-'])]
    : [];
  return buildResult(ctx, 'agentcore-runtime', optionLabels['agentcore-runtime'], lines, notes);
}
