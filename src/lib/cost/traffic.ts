import { DAYS_PER_MONTH, HOURS_PER_MONTH, type Scenario } from './scenario.ts';

/** Requests per month: per-day volume x 730 / 24. */
export function monthlyRequests(s: Scenario): number {
  return s.requestsPerDay * DAYS_PER_MONTH;
}

/** Hours per month in which requests arrive (business hours: only those). */
export function trafficHoursPerMonth(s: Scenario): number {
  if (s.traffic !== 'business-hours') return HOURS_PER_MONTH;
  return HOURS_PER_MONTH * (s.businessDaysPerWeek / 7) * (s.businessHoursPerDay / 24);
}

/** Average request rate while traffic flows. */
export function averageRequestsPerSecond(s: Scenario): number {
  return monthlyRequests(s) / (trafficHoursPerMonth(s) * 3600);
}

/** Rate to provision for: the average, times the peak-to-average ratio when bursty. */
export function peakRequestsPerSecond(s: Scenario): number {
  return averageRequestsPerSecond(s) * (s.traffic === 'bursty' ? s.peakToAverage : 1);
}

/**
 * Little's law: concurrent requests = arrival rate x time each request keeps the agent busy
 * (not the user's think time between turns, which holds no slot in a container).
 */
export function peakConcurrency(s: Scenario): number {
  return peakRequestsPerSecond(s) * s.requestSeconds;
}

export function averageConcurrency(s: Scenario): number {
  return averageRequestsPerSecond(s) * s.requestSeconds;
}

/**
 * Share of traffic hours a scale-to-zero store stays awake, if requests arrive at
 * random (Poisson): it is awake whenever a request came in the last `idleMinutes`,
 * which happens with probability 1 - e^(-rate x idle window).
 */
export function awakeFraction(requestsPerMinute: number, idleMinutes: number): number {
  if (requestsPerMinute <= 0) return 0;
  return 1 - Math.exp(-requestsPerMinute * idleMinutes);
}

/** ceil() that ignores floating-point dust: 3.0000000000004 tasks is 3 tasks. */
export function ceilSafe(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-9 ? r : Math.ceil(x);
}
