import { limitNumber } from '../pricing/catalog.ts';
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
}

/** The idle timeout a session runs to when nothing stops it: the reader's, if longer than the default. */
function timeoutSeconds(s: Scenario): number {
  return Math.max(s.idleSeconds, limitNumber('agentcore-idle-timeout-default-seconds'));
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
  const startSeconds = limitNumber('agentcore-v2-cold-start-seconds');
  return [
    {
      id: 'idle-tail',
      usd: savings,
      text:
        s.idleSeconds > 0
          ? `The ${formatNumber(s.idleSeconds)} s idle tail is ${formatPercent(share * 100)} of the memory line: ending each session after its last response (StopRuntimeSession) saves ${formatUsd(savings)} a month.`
          : `Your sessions end after their last response (StopRuntimeSession), so no idle tail is billed.`,
    },
    {
      id: 'never-stopped',
      usd: never,
      text:
        never > memory
          ? `If no session is ever stopped, each idles to the ${formatNumber(timeout)} s timeout and the memory line is ${formatUsd(never)} a month, ${formatUsd(never - memory)} more than with your inputs.`
          : `Your inputs already let every session idle to the ${formatNumber(timeout)} s timeout (${formatUsd(never)} a month of memory).`,
    },
    {
      id: 'leaked-session',
      usd: leaked.busyUsd,
      text: `One session kept alive for the ${formatNumber(leaked.hours)}-hour maximum costs ${formatUsd(leaked.memoryUsd)} in memory, or ${formatUsd(leaked.busyUsd)} if it also keeps ${formatNumber(leaked.vcpu)} vCPU busy (a loop). Users report no API that lists or stops every open session: set the lifetime you need.`,
    },
    {
      id: 'session-starts',
      text: `At peak ${formatCount(starts)} sessions start per second, each in a new microVM: AWS gives about ${formatNumber(startSeconds)} s for a platform v2 start, and heavy images on v1 have been measured far slower. ${s.requestsPerSession > 1 ? `One request in ${formatCount(s.requestsPerSession)} waits for a start.` : 'Every request waits for a start, because each has its own session.'}`,
    },
  ];
}
