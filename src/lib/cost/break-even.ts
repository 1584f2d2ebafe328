import { formatCount, formatNumber, formatUsd } from '../format/money.ts';
import { fargateTaskPlan, plannedRequestsPerTask } from './ecs-fargate.ts';
import { optionTotal } from './estimate.ts';
import { optionLabels, type OptionId, type Scenario } from './scenario.ts';
import { ceilSafe, peakConcurrency } from './traffic.ts';
import { countWork } from './work.ts';

/**
 * Where two options cost the same, as a function of requests per day.
 *
 * Between Fargate task-count steps every option's total is linear in volume except
 * the scale-to-zero vector stores, and those lines are identical on all three
 * options (same scenario, same store), so the DIFFERENCE of two totals is
 * piecewise linear with breaks only where the task count steps. (The load balancer's
 * capacity units are the highest of three rates that are all proportional to volume,
 * so they are linear too; NAT gateways, endpoints and the minimum task count are
 * constants. The task count is the only step.) On each piece it is solved exactly;
 * at a step the difference can jump across zero, which is reported as a step crossing.
 *
 * A tiny task over a large range has millions of steps, so the pieces are not walked one
 * by one: the difference at the ends of piece i is an arithmetic sequence in i, which
 * tells in closed form which pieces can hold a crossing, and only those are examined.
 * The work is a few dozen cost evaluations whatever the volume.
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
  /** Where the search ended: the end of the range asked for, or where it stopped early (`truncated`). */
  maxPerDay: number;
  crossings: Crossing[];
  /** No crossing in the range: which option is cheaper throughout ('equal' if they never differ). */
  cheaperThroughout: OptionId | 'equal' | null;
  /** One or two sentences for the reader. */
  summary: string;
  /**
   * True when the search stopped early, at `maxPerDay`, before the end of the range asked
   * for: nothing is known above it, and the text must say so rather than "never".
   */
  truncated: boolean;
}

export interface RangeOptions {
  minPerDay?: number;
  maxPerDay?: number;
}

export interface SearchOptions extends RangeOptions {
  /**
   * Pieces examined one at a time before the search stops and says so. The closed form
   * examines only pieces that can hold a crossing (a handful, or one per crossing found),
   * so this cap is reached only if the model stops being linear between steps and every
   * piece has to be evaluated directly.
   */
  pieceBudget?: number;
  /**
   * Crossings to find before the search ends (default 50: a chart shows no more). A caller
   * that reads only the first, like the sensitivity table, asks for 1 and saves the work of
   * checking the rest.
   */
  maxCrossings?: number;
}

export const DEFAULT_MAX_PER_DAY = 1_000_000;
/**
 * See `SearchOptions.pieceBudget`. Examined directly, a piece costs about six cost evaluations,
 * so 500 pieces are some 3,000 (tens of milliseconds). Only the fallback can reach it; a property
 * test checks that no valid scenario's search stops early.
 */
export const DEFAULT_PIECE_BUDGET = 500;
const DEFAULT_MAX_CROSSINGS = 50;

function at(s: Scenario, requestsPerDay: number): Scenario {
  return { ...s, requestsPerDay };
}

function usesFargateSteps(s: Scenario, a: OptionId, b: OptionId): boolean {
  return (a === 'ecs-fargate' || b === 'ecs-fargate') && s.fargateTasks === 'auto';
}

/**
 * The task steps inside (min, max): the task count rises from n to n+1 at n / k requests a
 * day (k: tasks per request a day), for n from `first` to `first + count - 1`. Found by
 * arithmetic, not by listing them: a tiny task over the field's range has millions.
 */
interface Steps {
  /** Tasks per request a day (0 when the range has no step). */
  k: number;
  first: number;
  count: number;
}

function taskSteps(s: Scenario, min: number, max: number): Steps {
  // Peak concurrency is proportional to volume: this many tasks' worth per request/day.
  const k = peakConcurrency(at(s, 1)) / plannedRequestsPerTask(s);
  if (!(k > 0) || !Number.isFinite(k)) return { k: 0, first: 0, count: 0 };
  const n0 = Math.max(s.minTasks, ceilSafe(k * min));
  // A step exactly at `min` opens the range rather than splitting it.
  const first = n0 / k > min ? n0 : n0 + 1;
  // The last n with n / k < max: start from the estimate and settle the rounding (division by
  // k is monotone and k x max is far below 2^53 for any valid input, so a step or two does it;
  // the guards only make sure no input can make these loops run on).
  let last = Math.ceil(k * max) - 1;
  for (let guard = 0; guard < 4 && (last + 1) / k < max; guard++) last += 1;
  for (let guard = 0; guard < 4 && last >= first && last / k >= max; guard++) last -= 1;
  return { k, first, count: Math.max(0, last - first + 1) };
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

/** d(v, n) = c0 + c1 v + c2 n, when the fit holds. */
interface Fit {
  c0: number;
  c1: number;
  c2: number;
}

/**
 * With the task count held fixed the difference is linear in volume, and the Fargate
 * cost is linear in the task count, so d(v, n) = c0 + c1 v + c2 n. Fitting it from
 * three evaluations lets the search reason about millions of task steps with arithmetic.
 * The fit is checked at other points; if the model ever stops being linear the
 * search falls back to evaluating it directly, piece by piece, within its budget.
 */
function fittedDiff(
  s: Scenario,
  a: OptionId,
  b: OptionId,
  lo: number,
  hi: number,
  firstTasks: number,
  lastTasks: number,
): { d: DiffFn; fit: Fit | null } {
  const direct: DiffFn = (v, tasks) => diff(s, a, b, v, tasks);
  const v1 = hi > lo ? hi : lo + 1;
  const d00 = diff(s, a, b, lo, firstTasks);
  const c1 = (diff(s, a, b, v1, firstTasks) - d00) / (v1 - lo);
  const c2 = diff(s, a, b, lo, firstTasks + 1) - d00;
  const c0 = d00 - c1 * lo - c2 * firstTasks;
  const fitted: DiffFn = (v, tasks) => c0 + c1 * v + c2 * (tasks ?? firstTasks);
  const probes: [number, number][] = [
    [(lo + hi) / 2, Math.round((firstTasks + lastTasks) / 2)],
    [hi, lastTasks],
  ];
  for (const [v, n] of probes) {
    if (Math.abs(fitted(v, n) - direct(v, n)) > 1e-7 * Math.max(1, optionTotal(at(s, v), a, n), optionTotal(at(s, v), b, n))) {
      return { d: direct, fit: null };
    }
  }
  return { d: fitted, fit: { c0, c1, c2 } };
}

/**
 * The pieces between two steps (1 to pieces - 2) that can hold a crossing, as an index range,
 * or null if none can.
 *
 * Piece i runs from step first+i-1 to step first+i, i.e. from (first+i-1)/k to (first+i)/k,
 * with firstTasks+i tasks. With d = c0 + c1 v + c2 n:
 *   at its end       dHi(i)   = c0 + c1 (first+i)/k + c2 (firstTasks+i) = A + sigma i
 *   at its start     dLo(i)   = dHi(i) - c1/k
 *   just before it   dLeft(i) = dHi(i-1) = dHi(i) - sigma
 * with A = c0 + c1 first/k + c2 firstTasks and sigma = c1/k + c2. A crossing (exact within
 * the piece, or a step at its start) needs a sign change or a zero among these three, i.e.
 *   -max(0, -c1/k, -sigma) <= A + sigma i <= -min(0, -c1/k, -sigma),
 * an interval of i. It is widened by a rounding tolerance and two pieces each side; every
 * piece in it is then examined exactly as before, so nothing found depends on the widening.
 */
function candidatePieces(fit: Fit, steps: Steps, firstTasks: number, pieces: number, max: number): [number, number] | null {
  const lastMiddle = pieces - 2;
  if (lastMiddle < 1) return null;
  const { c0, c1, c2 } = fit;
  const { k, first } = steps;
  const w = c1 / k;
  const sigma = w + c2;
  const A = c0 + c1 * (first / k) + c2 * firstTasks;
  const offsets = [0, -w, -sigma];
  const tol = 1e-9 * Math.max(1, Math.abs(c0), Math.abs(c1 * max), Math.abs(c2 * (firstTasks + pieces)));
  const gLow = -Math.max(...offsets) - tol;
  const gHigh = -Math.min(...offsets) + tol;
  if (sigma === 0) return A >= gLow && A <= gHigh ? [1, lastMiddle] : null;
  let iLow = (gLow - A) / sigma;
  let iHigh = (gHigh - A) / sigma;
  if (sigma < 0) [iLow, iHigh] = [iHigh, iLow];
  if (Number.isNaN(iLow) || Number.isNaN(iHigh)) return [1, lastMiddle];
  const from = Math.max(1, Math.floor(iLow) - 2);
  const to = Math.min(lastMiddle, Math.ceil(iHigh) + 2);
  return from <= to ? [from, to] : null;
}

/** Piece indices to examine, ascending: all of them, or the first, the candidates and the last. */
function* piecesToExamine(pieces: number, candidates: [number, number] | null | 'all'): Generator<number> {
  if (candidates === 'all') {
    for (let i = 0; i < pieces; i++) yield i;
    return;
  }
  yield 0;
  if (candidates) for (let i = candidates[0]; i <= candidates[1]; i++) yield i;
  // Candidates stop before the last piece, which ends at the range's end, not at a step.
  if (pieces > 1) yield pieces - 1;
}

/** Break-even volume(s) between options `a` and `b` over [min, max] requests per day. */
export function breakEven(s: Scenario, a: OptionId, b: OptionId, range: SearchOptions = {}): BreakEvenResult {
  if (a === b) throw new Error('breakEven needs two different options');
  const min = Math.max(0, range.minPerDay ?? 0);
  const max = Math.max(min, range.maxPerDay ?? DEFAULT_MAX_PER_DAY);
  const budget = range.pieceBudget ?? DEFAULT_PIECE_BUDGET;
  const maxCrossings = Math.max(1, range.maxCrossings ?? DEFAULT_MAX_CROSSINGS);
  const stepped = usesFargateSteps(s, a, b);
  const steps = stepped ? taskSteps(s, min, max) : { k: 0, first: 0, count: 0 };
  const pieces = steps.count + 1;
  // Piece i runs from bound(i) to bound(i + 1): the range's ends and the steps between.
  const bound = (i: number): number => (i <= 0 ? min : i >= pieces ? max : (steps.first + i - 1) / steps.k);
  // Every step adds exactly one task, so piece i has firstTasks + i tasks.
  const firstTasks = stepped ? tasksAt(s, (bound(0) + bound(1)) / 2) : undefined;
  const { d, fit } =
    firstTasks === undefined
      ? { d: ((v) => diff(s, a, b, v)) as DiffFn, fit: null }
      : fittedDiff(s, a, b, min, max, firstTasks, firstTasks + pieces - 1);
  const crossings: Crossing[] = [];

  const examine = (i: number): void => {
    countWork('piecesExamined');
    const lo = bound(i);
    const hi = bound(i + 1);
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
    if (i === 0 && dLo === 0) return;
    const root = linearRoot(lo, hi, dLo, dHi);
    if (root === undefined) return;
    if (Math.abs(diff(s, a, b, root)) <= tolerance(s, a, b, root) * 1e3 + 1e-9) {
      crossings.push(exactCrossing(s, a, b, root, dLo, dHi));
    }
  };

  // With a fit, only pieces that can hold a crossing are examined; without one (the model is
  // not linear between steps), every piece is, and the budget may stop the search.
  const candidates = firstTasks === undefined ? 'all' : fit ? candidatePieces(fit, steps, firstTasks, pieces, max) : 'all';
  let examined = 0;
  let stoppedAt: number | undefined;
  for (const i of piecesToExamine(pieces, candidates)) {
    if (crossings.length >= maxCrossings) break;
    if (examined >= budget) {
      stoppedAt = bound(i);
      break;
    }
    examine(i);
    examined += 1;
  }

  const truncated = stoppedAt !== undefined;
  const end = stoppedAt ?? max;
  const cheaperThroughout = crossings.length > 0 ? null : throughout(s, a, b, min, end);
  return {
    a,
    b,
    minPerDay: min,
    maxPerDay: end,
    crossings,
    cheaperThroughout,
    summary: summarize(s, a, b, min, end, crossings, cheaperThroughout, truncated, maxCrossings),
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
  truncated: boolean,
  maxCrossings: number,
): string {
  const range = `${formatCount(min)} to ${formatCount(max)} requests a day`;
  // A search cut short knows nothing above where it stopped: say so, never "never".
  const stopped = truncated
    ? ` The search stopped at ${formatCount(max)} requests a day, before the end of the range it was asked to cover: it says nothing about higher volumes.`
    : '';
  const first = crossings[0];
  if (first) {
    const times = crossings.length >= maxCrossings ? `at least ${maxCrossings}` : `${crossings.length}`;
    const more =
      crossings.length > 1 ? ` The cheaper option changes ${times} times in ${range}: each added Fargate task moves the costs.` : '';
    return `${first.explanation}${more}${stopped}`;
  }
  if (cheaper === 'equal') return `${optionLabels[a]} and ${optionLabels[b]} cost the same across ${range}.${stopped}`;
  if (cheaper === null) return stopped.trim();
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
  if (truncated) {
    why += ', so the gap does not close up to there';
  } else if (slopeC > slopeO) {
    const gap = lowO - lowC;
    const meet = min + (gap / (slopeC - slopeO)) * 1000;
    why += `, so the gap would close only near ${formatCount(meet)} requests a day, outside this range`;
  } else {
    why += ', so the gap never closes';
  }
  return `${optionLabels[cheaper]} is cheaper than ${optionLabels[other]} at every volume from ${range}: ${why}.${stopped}`;
}

// ---------------------------------------------------------------- curves
