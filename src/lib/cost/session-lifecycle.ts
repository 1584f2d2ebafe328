import { itemRef, limit, limitNumber, type ItemRef } from '../pricing/catalog.ts';
import { formatCount, formatNumber, formatPercent, formatUsd } from '../format/money.ts';
import { idleTailGbSeconds, peakSessionStartsPerSecond, runtimeMemoryUsd, sessionGbSeconds } from './agentcore-runtime.ts';
import { rate } from './lines.ts';
import type { Scenario } from './scenario.ts';

/**
 * What surprises AgentCore Runtime users on the bill (Part C of the fact sheet): idle sessions
 * billing memory until the timeout, sessions nobody stops, one runaway session, and cold starts
 * once many sessions start at once. Each figure is for the reader's scenario.
 */
export interface LifecycleFact {
  /** Stable id for pages and tests: `idle-tail`, `never-stopped`, `leaked-session`, `session-starts`. */
  id: string;
  /** A monthly or one-off amount in USD, when the fact is one. */
  usd?: number;
  text: string;
  /** The dated, sourced limits the text quotes, the main one first (the UI links it; the exports list all). */
  limitRefs: ItemRef[];
}

const refOf = (id: string): ItemRef => itemRef(limit(id));

/**
 * How long a new session takes to start on the scenario's platform. AWS states a figure for v2
 * only; for v1 the data holds third-party measurements.
 */
function startTime(s: Scenario): { text: string; limitRefs: ItemRef[] } {
  if (s.agentcorePlatform === 'v2') {
    const id = 'agentcore-v2-cold-start-seconds';
    return { text: `AWS gives about ${formatNumber(limitNumber(id))} s for a platform v2 start.`, limitRefs: [refOf(id)] };
  }
  const light = 'agentcore-v1-cold-start-light-seconds';
  const heavy = 'agentcore-v1-cold-start-heavy-seconds';
  return {
    text: `AWS publishes no platform v1 start time; measurements run up to ${formatNumber(limitNumber(light))} s for small images and up to about ${formatNumber(limitNumber(heavy))} s for heavy ones.`,
    limitRefs: [refOf(light), refOf(heavy)],
  };
}

const DEFAULT_IDLE_TIMEOUT = 'agentcore-idle-timeout-default-seconds';

/** The idle timeout a session runs to when nothing stops it: the reader's, if longer than the default. */
function timeoutSeconds(s: Scenario): number {
  return Math.max(s.idleSeconds, limitNumber(DEFAULT_IDLE_TIMEOUT));
}

/** The month's memory bill spent on idle tails: what StopRuntimeSession after the last response saves. */
export function stopSessionSavingsUsd(s: Scenario): number {
  return runtimeMemoryUsd(s) - runtimeMemoryUsd({ ...s, idleSeconds: 0 });
}

/** The month's memory bill if no session is ever stopped (each idle tail runs to the timeout). */
export function neverStoppedMemoryUsd(s: Scenario): number {
  return runtimeMemoryUsd({ ...s, idleSeconds: timeoutSeconds(s) });
}

/**
 * One session kept alive (by a heartbeat or a loop) to the maximum lifetime: its memory, and its
 * memory plus the per-session maximum vCPU kept busy throughout.
 */
export function leakedSessionUsd(s: Scenario): { hours: number; memoryUsd: number; busyUsd: number; vcpu: number } {
  const hours = limitNumber('agentcore-max-session-hours');
  const vcpu = limitNumber('agentcore-max-vcpu-per-session');
  const platform = s.agentcorePlatform;
  const gbSeconds = sessionGbSeconds({ ...s, sessionSeconds: hours * 3600, idleSeconds: 0 });
  const memoryUsd = (gbSeconds / 3600) * rate(`agentcore-runtime-${platform}-gb-hour`).value;
  const busyUsd = memoryUsd + vcpu * hours * rate(`agentcore-runtime-${platform}-vcpu-hour`).value;
  return { hours, memoryUsd, busyUsd, vcpu };
}

export function sessionLifecycle(s: Scenario): LifecycleFact[] {
  const memory = runtimeMemoryUsd(s);
  const savings = stopSessionSavingsUsd(s);
  const share = sessionGbSeconds(s) > 0 ? idleTailGbSeconds(s) / sessionGbSeconds(s) : 0;
  const timeout = timeoutSeconds(s);
  const never = neverStoppedMemoryUsd(s);
  const leaked = leakedSessionUsd(s);
  const starts = peakSessionStartsPerSecond(s);
  const start = startTime(s);
  return [
    {
      id: 'idle-tail',
      usd: savings,
      text:
        s.idleSeconds > 0
          ? `The ${formatNumber(s.idleSeconds)} s idle tail is ${formatPercent(share * 100)} of the memory line: ending each session after its last response (StopRuntimeSession) saves ${formatUsd(savings)} a month.`
          : `Your sessions end after their last response (StopRuntimeSession), so no idle tail is billed.`,
      // Priced from the memory line's rates, whose formula carries their sources.
      limitRefs: [],
    },
    {
      id: 'never-stopped',
      usd: never,
      text:
        never > memory
          ? `If no session is ever stopped, each idles to the ${formatNumber(timeout)} s timeout and the memory line is ${formatUsd(never)} a month, ${formatUsd(never - memory)} more than with your inputs.`
          : `Your inputs already let every session idle to the ${formatNumber(timeout)} s timeout (${formatUsd(never)} a month of memory).`,
      // The default is cited only when the text quotes it, not the reader's longer timeout.
      limitRefs: s.idleSeconds > limitNumber(DEFAULT_IDLE_TIMEOUT) ? [] : [refOf(DEFAULT_IDLE_TIMEOUT)],
    },
    {
      id: 'leaked-session',
      usd: leaked.busyUsd,
      text: `One session kept alive for the ${formatNumber(leaked.hours)}-hour maximum costs ${formatUsd(leaked.memoryUsd)} in memory, or ${formatUsd(leaked.busyUsd)} if it also keeps ${formatNumber(leaked.vcpu)} vCPU busy (a loop). Users report no API that lists or stops every open session: set the lifetime you need.`,
      limitRefs: [refOf('agentcore-max-session-hours'), refOf('agentcore-max-vcpu-per-session')],
    },
    {
      id: 'session-starts',
      text: `At peak ${formatCount(starts)} sessions start per second, each in a new microVM: ${start.text} ${s.requestsPerSession > 1 ? `One request in ${formatCount(s.requestsPerSession)} waits for a start.` : 'Every request waits for a start, because each has its own session.'}`,
      limitRefs: start.limitRefs,
    },
  ];
}
