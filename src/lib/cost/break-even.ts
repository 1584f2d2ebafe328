import { formatCount, formatNumber, formatUsd } from '../format/money.ts';
import { fargateTaskPlan, plannedRequestsPerTask } from './ecs-fargate.ts';
import { optionTotal } from './estimate.ts';
import { optionIds, optionLabels, type OptionId, type Scenario } from './scenario.ts';
import { ceilSafe, peakConcurrency } from './traffic.ts';

/**
 * Where two options cost the same, as a function of requests per day.
 *
 * Between Fargate task-count steps every option's total is linear in volume except
 * the scale-to-zero vector stores, and those lines are identical on all three
 * options (same scenario, same store), so the DIFFERENCE of two totals is
 * piecewise linear with breaks only where the task count steps. On each piece it
 * is solved exactly; at a step the difference can jump across zero, which is
 * reported as a step crossing.
 */

export interface Crossing {
  /** Requests per day where the totals are equal (exact) or where the step happens. */
  requestsPerDay: number;
  kind: 'exact' | 'step';
  cheaperBelow: OptionId;
  cheaperAbove: OptionId;
  /** Monthly total of the two options at the crossing (the lower one for a step). */
  totalUsd: number;
  explanation: string;
}

export interface BreakEvenResult {
  a: OptionId;
  b: OptionId;
  minPerDay: number;
  maxPerDay: number;
  crossings: Crossing[];
  /** No crossing in the range: which option is cheaper throughout ('equal' if they never differ). */
  cheaperThroughout: OptionId | 'equal' | null;
  /** One or two sentences for the reader. */
  summary: string;
  /** True when the search stopped early (too many task steps) at `maxPerDay`. */
  truncated: boolean;
}

export interface RangeOptions {
  minPerDay?: number;
  maxPerDay?: number;
}

export const DEFAULT_MAX_PER_DAY = 1_000_000;
/** Task steps scanned before stopping early (tiny tasks over a huge range give hundreds of thousands). */
const MAX_SEGMENTS = 200_000;
const MAX_CROSSINGS = 50;

function at(s: Scenario, requestsPerDay: number): Scenario {
  return { ...s, requestsPerDay };
}

function usesFargateSteps(s: Scenario, a: OptionId, b: OptionId): boolean {
  return (a === 'ecs-fargate' || b === 'ecs-fargate') && s.fargateTasks === 'auto';
}

/** Volumes (requests/day) where the derived task count rises from n to n+1 (n >= minTasks). */
function taskSteps(s: Scenario, min: number, max: number, limit: number): { steps: number[]; truncated: boolean } {
  // Peak concurrency is proportional to volume: this many tasks' worth per request/day.
  const tasksPerRequestPerDay = peakConcurrency(at(s, 1)) / plannedRequestsPerTask(s);
  if (tasksPerRequestPerDay <= 0) return { steps: [], truncated: false };
  const steps: number[] = [];
  let n = Math.max(s.minTasks, ceilSafe(tasksPerRequestPerDay * min));
  for (;;) {
    const v = n / tasksPerRequestPerDay;
    if (v >= max) return { steps, truncated: false };
    if (v > min) steps.push(v);
    if (steps.length >= limit) return { steps, truncated: true };
    n += 1;
  }
}

function tasksAt(s: Scenario, v: number): number {
  return fargateTaskPlan(at(s, v)).tasksOn;
}

/** Total of a minus total of b at volume v (negative: a is cheaper), optionally at a fixed task count. */
function diff(s: Scenario, a: OptionId, b: OptionId, v: number, tasks?: number): number {
  return optionTotal(at(s, v), a, tasks) - optionTotal(at(s, v), b, tasks);
}

function tolerance(s: Scenario, a: OptionId, b: OptionId, v: number): number {
  return 1e-9 * Math.max(1, optionTotal(at(s, v), a), optionTotal(at(s, v), b));
}

type DiffFn = (v: number, tasks: number | undefined) => number;

/**
 * With the task count held fixed the difference is linear in volume, and the Fargate
 * cost is linear in the task count, so d(v, n) = c0 + c1 v + c2 n. Fitting it from
 * three evaluations lets the search walk thousands of task steps with arithmetic.
 * The fit is checked at other points; if the model ever stops being linear the
 * search falls back to evaluating it directly.
 */
function fittedDiff(s: Scenario, a: OptionId, b: OptionId, bounds: readonly number[], firstTasks: number): DiffFn {
  const direct: DiffFn = (v, tasks) => diff(s, a, b, v, tasks);
  const lo = bounds[0] ?? 0;
  const hi = bounds[bounds.length - 1] ?? lo;
  const v1 = hi > lo ? hi : lo + 1;
  const d00 = diff(s, a, b, lo, firstTasks);
  const c1 = (diff(s, a, b, v1, firstTasks) - d00) / (v1 - lo);
  const c2 = diff(s, a, b, lo, firstTasks + 1) - d00;
  const c0 = d00 - c1 * lo - c2 * firstTasks;
  const fitted: DiffFn = (v, tasks) => c0 + c1 * v + c2 * (tasks ?? firstTasks);
  const lastTasks = firstTasks + bounds.length - 2;
  const probes: [number, number][] = [
    [(lo + hi) / 2, Math.round((firstTasks + lastTasks) / 2)],
    [hi, lastTasks],
  ];
  for (const [v, n] of probes) {
    if (Math.abs(fitted(v, n) - direct(v, n)) > 1e-7 * Math.max(1, optionTotal(at(s, v), a, n), optionTotal(at(s, v), b, n))) {
      return direct;
    }
  }
  return fitted;
}

/** Break-even volume(s) between options `a` and `b` over [min, max] requests per day. */
export function breakEven(s: Scenario, a: OptionId, b: OptionId, range: RangeOptions = {}): BreakEvenResult {
  if (a === b) throw new Error('breakEven needs two different options');
  const min = Math.max(0, range.minPerDay ?? 0);
  const max = Math.max(min, range.maxPerDay ?? DEFAULT_MAX_PER_DAY);
  const stepped = usesFargateSteps(s, a, b);
  const { steps, truncated } = stepped ? taskSteps(s, min, max, MAX_SEGMENTS) : { steps: [], truncated: false };
  const end = truncated ? (steps[steps.length - 1] ?? max) : max;
  const bounds = [min, ...steps, end];
  // Every bound is a step of exactly one task, so piece i has firstTasks + i tasks.
  const firstTasks = stepped ? tasksAt(s, ((bounds[0] ?? 0) + (bounds[1] ?? 0)) / 2) : undefined;
  const d: DiffFn =
    firstTasks === undefined ? (v) => diff(s, a, b, v) : fittedDiff(s, a, b, bounds, firstTasks);
  const crossings: Crossing[] = [];

  for (let i = 0; i + 1 < bounds.length && crossings.length < MAX_CROSSINGS; i++) {
    const lo = bounds[i] ?? 0;
    const hi = bounds[i + 1] ?? lo;
    const tasks = firstTasks === undefined ? undefined : firstTasks + i;
    const dLo = d(lo, tasks);
    const dHi = d(hi, tasks);
    if (i > 0 && tasks !== undefined) {
      // At `lo` the previous piece ends with one task fewer: the cost jumps there.
      const dLeft = d(lo, tasks - 1);
      if (dLeft !== 0 && dLo !== 0 && Math.sign(dLeft) !== Math.sign(dLo)) {
        const real = diff(s, a, b, lo);
        if (Math.sign(real) === Math.sign(dLeft) || real === 0) crossings.push(stepCrossing(s, a, b, lo, dLeft, tasks - 1));
      }
    }
    // Equal at the very start of the range and apart after it is not a crossing.
    if (i === 0 && dLo === 0) continue;
    const root = linearRoot(lo, hi, dLo, dHi);
    if (root === undefined) continue;
    if (Math.abs(diff(s, a, b, root)) <= tolerance(s, a, b, root) * 1e3 + 1e-9) {
      crossings.push(exactCrossing(s, a, b, root, dLo, dHi));
    }
  }

  const cheaperThroughout = crossings.length > 0 ? null : throughout(s, a, b, min, end);
  return {
    a,
    b,
    minPerDay: min,
    maxPerDay: end,
    crossings,
    cheaperThroughout,
    summary: summarize(s, a, b, min, end, crossings, cheaperThroughout),
    truncated,
  };
}

/** Root of the line through (lo, dLo) and (hi, dHi) if it lies in [lo, hi) with a sign change. */
function linearRoot(lo: number, hi: number, dLo: number, dHi: number): number | undefined {
  if (dLo === 0) return lo;
  if (dHi === 0 || Math.sign(dLo) === Math.sign(dHi)) return undefined;
  const root = lo + (dLo * (hi - lo)) / (dLo - dHi);
  return Math.min(hi, Math.max(lo, root));
}

function exactCrossing(s: Scenario, a: OptionId, b: OptionId, v: number, dLo: number, dHi: number): Crossing {
  // d = a - b: negative means a is cheaper.
  const below = dLo < 0 || (dLo === 0 && dHi > 0) ? a : b;
  const above = below === a ? b : a;
  const total = optionTotal(at(s, v), a);
  return {
    requestsPerDay: v,
    kind: 'exact',
    cheaperBelow: below,
    cheaperAbove: above,
    totalUsd: total,
    explanation: `At ${formatCount(v)} requests a day both cost ${formatUsd(total)} a month; ${optionLabels[below]} is cheaper below, ${optionLabels[above]} above.`,
  };
}

function stepCrossing(s: Scenario, a: OptionId, b: OptionId, v: number, dLeft: number, tasks: number): Crossing {
  const below = dLeft < 0 ? a : b;
  const above = below === a ? b : a;
  const total = Math.min(optionTotal(at(s, v), a, tasks), optionTotal(at(s, v), b, tasks));
  return {
    requestsPerDay: v,
    kind: 'step',
    cheaperBelow: below,
    cheaperAbove: above,
    totalUsd: total,
    explanation: `Just above ${formatCount(v)} requests a day Fargate needs ${formatNumber(tasks + 1)} tasks instead of ${formatNumber(tasks)}: the extra task makes ${optionLabels[above]} the cheaper option.`,
  };
}

function throughout(s: Scenario, a: OptionId, b: OptionId, min: number, max: number): OptionId | 'equal' {
  const probes = [min, (min + max) / 2, max];
  const ds = probes.map((v) => diff(s, a, b, v));
  if (ds.every((d, i) => Math.abs(d) <= tolerance(s, a, b, probes[i] ?? 0))) return 'equal';
  const mid = ds[1] ?? 0;
  const d = mid !== 0 ? mid : (ds[0] ?? 0);
  return d < 0 ? a : b;
}

function summarize(
  s: Scenario,
  a: OptionId,
  b: OptionId,
  min: number,
  max: number,
  crossings: readonly Crossing[],
  cheaper: OptionId | 'equal' | null,
): string {
  const range = `${formatCount(min)} to ${formatCount(max)} requests a day`;
  const first = crossings[0];
  if (first) {
    const times = crossings.length >= MAX_CROSSINGS ? `at least ${MAX_CROSSINGS}` : `${crossings.length}`;
    const more = crossings.length > 1 ? ` The cheaper option changes ${times} times in ${range}: each added Fargate task moves the costs.` : '';
    return `${first.explanation}${more}`;
  }
  if (cheaper === 'equal') return `${optionLabels[a]} and ${optionLabels[b]} cost the same across ${range}.`;
  if (cheaper === null) return '';
  const other = cheaper === a ? b : a;
  const lowC = optionTotal(at(s, min), cheaper);
  const lowO = optionTotal(at(s, min), other);
  const span = Math.max(max - min, 1);
  const slopeC = ((optionTotal(at(s, max), cheaper) - lowC) / span) * 1000;
  const slopeO = ((optionTotal(at(s, max), other) - lowO) / span) * 1000;
  const start =
    formatUsd(lowC) === formatUsd(lowO)
      ? `both cost ${formatUsd(lowC)} at ${formatCount(min)} requests a day`
      : `at ${formatCount(min)} requests a day it costs ${formatUsd(lowC)} against ${formatUsd(lowO)}`;
  let why = `${start}, and each extra 1,000 requests a day adds about ${formatUsd(slopeC)} against ${formatUsd(slopeO)} a month`;
  if (slopeC > slopeO) {
    const gap = lowO - lowC;
    const meet = min + (gap / (slopeC - slopeO)) * 1000;
    why += `, so the gap would close only near ${formatCount(meet)} requests a day, outside this range`;
  } else {
    why += ', so the gap never closes';
  }
  return `${optionLabels[cheaper]} is cheaper than ${optionLabels[other]} at every volume from ${range}: ${why}.`;
}

// ---------------------------------------------------------------- curves

export interface CostCurves {
  /** Requests per day at each point (ascending). */
  requestsPerDay: number[];
  series: { option: OptionId; label: string; totals: number[] }[];
  /** Break-even of each pair of options. */
  pairs: BreakEvenResult[];
}

/**
 * Monthly totals of the three options over a range of volumes, for a chart, plus
 * the crossover of each pair. `points` are evenly spaced; crossing volumes are
 * added so lines visibly meet where they should.
 */
export function costCurves(s: Scenario, range: RangeOptions & { points?: number } = {}): CostCurves {
  const min = Math.max(0, range.minPerDay ?? 0);
  const max = Math.max(min, range.maxPerDay ?? DEFAULT_MAX_PER_DAY);
  const points = Math.max(2, Math.round(range.points ?? 101));
  const pairs: BreakEvenResult[] = [];
  for (let i = 0; i < optionIds.length; i++) {
    for (let j = i + 1; j < optionIds.length; j++) {
      const a = optionIds[i];
      const b = optionIds[j];
      if (a && b) pairs.push(breakEven(s, a, b, { minPerDay: min, maxPerDay: max }));
    }
  }
  const volumes = new Set<number>();
  for (let k = 0; k < points; k++) volumes.add(min + ((max - min) * k) / (points - 1));
  for (const p of pairs) for (const c of p.crossings) if (c.kind === 'exact') volumes.add(c.requestsPerDay);
  const requestsPerDay = [...volumes].sort((x, y) => x - y);
  const series = optionIds.map((option) => ({
    option,
    label: optionLabels[option],
    totals: requestsPerDay.map((v) => optionTotal(at(s, v), option)),
  }));
  return { requestsPerDay, series, pairs };
}
