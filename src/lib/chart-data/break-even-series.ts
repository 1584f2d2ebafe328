import { breakEven, type BreakEvenResult } from '../cost/break-even.ts';
import { classicStatus } from '../cost/shared.ts';
import { optionTotal } from '../cost/estimate.ts';
import { optionIds, optionLabels, type OptionId, type Scenario } from '../cost/scenario.ts';
import { numberField } from '../params/fields.ts';

/**
 * What the break-even chart draws: each option's monthly total over a log-spaced
 * range of daily volumes, the crossings of each pair of options, and the reader's
 * own volume. Volumes span several orders of magnitude (a pilot to a fleet), so
 * the points are spaced evenly on a log scale; crossing volumes are added so the
 * lines meet exactly where the break-even search says they do.
 */

/** The chart's volume axis starts here: below about 10 a day every figure is pennies. */
export const CHART_MIN_PER_DAY = 10;
export const CHART_MAX_PER_DAY = 1_000_000;
/** The field's own maximum: the range never grows past it. */
const FIELD_MAX_PER_DAY = numberField('requestsPerDay').max;

/** The pair the page is about, then the two pairs with Bedrock Agents. */
export const breakEvenPairs: readonly (readonly [OptionId, OptionId])[] = [
  ['agentcore-runtime', 'ecs-fargate'],
  ['bedrock-agents', 'ecs-fargate'],
  ['bedrock-agents', 'agentcore-runtime'],
];

export interface CurvePoint {
  x: number;
  y: number;
}

export interface CrossingMarker {
  a: OptionId;
  b: OptionId;
  x: number;
  y: number;
  kind: 'exact' | 'step';
}

export interface BreakEvenChartData {
  min: number;
  max: number;
  series: { option: OptionId; label: string; points: CurvePoint[] }[];
  /** Every pair, searched over [0, max], in `breakEvenPairs` order. */
  pairs: BreakEvenResult[];
  /** Crossings inside the drawn range (at most `markerLimit` per pair). */
  markers: CrossingMarker[];
  /** The scenario's own volume and each option's total there, in `optionIds` order. */
  current: { x: number; totals: number[] };
  /**
   * The chart's numbers as table rows: each power of ten in the range, the reader's
   * volume and the first crossings of the main pair, ascending.
   */
  rows: { x: number; kind: 'decade' | 'current' | 'crossing'; totals: number[] }[];
}

/** 10 to 1,000,000 a day, extended by powers of ten so the reader's volume sits well inside. */
export function chartRange(s: Scenario): { min: number; max: number } {
  let max = CHART_MAX_PER_DAY;
  while (max < s.requestsPerDay * 4 && max < FIELD_MAX_PER_DAY) max *= 10;
  return { min: CHART_MIN_PER_DAY, max };
}

/** `points` volumes from min to max, evenly spaced on a log scale (both ends included). */
export function logSpaced(min: number, max: number, points: number): number[] {
  if (!(min > 0) || !(max > min) || points < 2) throw new Error(`logSpaced needs 0 < min < max and 2+ points`);
  const ratio = Math.log(max / min);
  return Array.from({ length: points }, (_, k) => (k === points - 1 ? max : min * Math.exp((ratio * k) / (points - 1))));
}

export function breakEvenChart(s: Scenario, options: { points?: number; markerLimit?: number } = {}): BreakEvenChartData {
  const { min, max } = chartRange(s);
  const pairs = breakEvenPairs.map(([a, b]) => breakEven(s, a, b, { minPerDay: 0, maxPerDay: max }));
  const markers: CrossingMarker[] = [];
  for (const pair of pairs) {
    const inRange = pair.crossings.filter((c) => c.requestsPerDay >= min && c.requestsPerDay <= max);
    for (const c of inRange.slice(0, options.markerLimit ?? 12)) {
      markers.push({ a: pair.a, b: pair.b, x: c.requestsPerDay, y: c.totalUsd, kind: c.kind });
    }
  }
  const volumes = new Set(logSpaced(min, max, options.points ?? 97));
  for (const m of markers) if (m.kind === 'exact') volumes.add(m.x);
  if (s.requestsPerDay >= min && s.requestsPerDay <= max) volumes.add(s.requestsPerDay);
  const xs = [...volumes].sort((p, q) => p - q);
  const series = optionIds.map((option) => ({
    option,
    // The legend of a chart is where a reader meets each line: Classic says it is closed there too.
    label: option === 'bedrock-agents' ? `${optionLabels[option]}, ${classicStatus()}` : optionLabels[option],
    points: xs.map((x) => ({ x, y: optionTotal({ ...s, requestsPerDay: x }, option) })),
  }));
  const totalsAt = (x: number): number[] => optionIds.map((o) => optionTotal({ ...s, requestsPerDay: x }, o));
  const rows: BreakEvenChartData['rows'] = [];
  for (let x = min; x <= max * (1 + 1e-9); x *= 10) rows.push({ x, kind: 'decade', totals: totalsAt(x) });
  for (const c of (pairs[0]?.crossings ?? []).slice(0, 3))
    rows.push({ x: c.requestsPerDay, kind: 'crossing', totals: totalsAt(c.requestsPerDay) });
  rows.push({ x: s.requestsPerDay, kind: 'current', totals: totalsAt(s.requestsPerDay) });
  rows.sort((p, q) => p.x - q.x || (p.kind === 'current' ? 1 : -1));
  return {
    min,
    max,
    series,
    pairs,
    markers,
    current: { x: s.requestsPerDay, totals: totalsAt(s.requestsPerDay) },
    rows,
  };
}
