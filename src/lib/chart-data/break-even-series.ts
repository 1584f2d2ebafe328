import { breakEven, type BreakEvenResult } from '../cost/break-even.ts';
import { classicStatus } from '../cost/shared.ts';
import { optionCosts } from '../cost/estimate.ts';
import { sharedCostUsd, sharedModelUsd } from '../cost/hosting.ts';
import { optionIds, optionLabels, type OptionId, type Scenario } from '../cost/scenario.ts';
import { numberField } from '../params/fields.ts';
import type { CostView } from '../params/view.ts';

/**
 * What the break-even chart draws: each option's monthly total over a log-spaced
 * range of daily volumes, the crossings of each pair of options, and the reader's
 * own volume. Volumes span several orders of magnitude (a pilot to a fleet), so
 * the points are spaced evenly on a log scale; crossing volumes are added so the
 * lines meet exactly where the break-even search says they do.
 *
 * Every figure comes as the total and as the hosting subtotal (lib/cost/hosting.ts), from the
 * same evaluation; `breakEvenView` picks the one the reader's view plots. The costs left out of
 * the hosting subtotal are the same on every option, so the crossings are the same in both.
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
  /** The option's monthly total. */
  y: number;
  /** Its hosting subtotal. */
  hosting: number;
}

export interface CrossingMarker {
  a: OptionId;
  b: OptionId;
  x: number;
  y: number;
  /** `y` without the costs every option shares: where the marker sits in the hosting view. */
  hostingY: number;
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
  current: { x: number; totals: number[]; hosting: number[] };
  /**
   * The chart's numbers as table rows: each power of ten in the range, the reader's
   * volume and the first crossings of the main pair, ascending.
   */
  rows: { x: number; kind: 'decade' | 'current' | 'crossing'; totals: number[]; hosting: number[] }[];
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
      // The shared costs cancel at a crossing, so the marker sits at the same volume in both views.
      const hostingY = Math.max(0, c.totalUsd - sharedCostUsd({ ...s, requestsPerDay: c.requestsPerDay }));
      markers.push({ a: pair.a, b: pair.b, x: c.requestsPerDay, y: c.totalUsd, hostingY, kind: c.kind });
    }
  }
  const volumes = new Set(logSpaced(min, max, options.points ?? 97));
  for (const m of markers) if (m.kind === 'exact') volumes.add(m.x);
  if (s.requestsPerDay >= min && s.requestsPerDay <= max) volumes.add(s.requestsPerDay);
  const xs = [...volumes].sort((p, q) => p - q);
  // Each option's total and hosting subtotal at a volume, from one evaluation per option.
  const costsAt = (x: number): { total: number; hosting: number }[] => {
    const at = { ...s, requestsPerDay: x };
    const sharedModel = sharedModelUsd(at);
    return optionIds.map((o) => optionCosts(at, o, sharedModel));
  };
  const columns = xs.map(costsAt);
  const series = optionIds.map((option, i) => ({
    option,
    // The legend of a chart is where a reader meets each line: Classic says it is closed there too.
    label: option === 'bedrock-agents' ? `${optionLabels[option]}, ${classicStatus()}` : optionLabels[option],
    points: xs.map((x, k) => ({ x, y: columns[k]![i]!.total, hosting: columns[k]![i]!.hosting })),
  }));
  const row = (x: number, kind: BreakEvenChartData['rows'][number]['kind']): BreakEvenChartData['rows'][number] => {
    const costs = costsAt(x);
    return { x, kind, totals: costs.map((c) => c.total), hosting: costs.map((c) => c.hosting) };
  };
  const rows: BreakEvenChartData['rows'] = [];
  // A power of ten that is the reader's own volume appears once, as their row.
  for (let x = min; x <= max * (1 + 1e-9); x *= 10) if (Math.abs(x - s.requestsPerDay) > x * 1e-9) rows.push(row(x, 'decade'));
  for (const c of (pairs[0]?.crossings ?? []).slice(0, 3)) rows.push(row(c.requestsPerDay, 'crossing'));
  const current = row(s.requestsPerDay, 'current');
  rows.push(current);
  rows.sort((p, q) => p.x - q.x || (p.kind === 'current' ? 1 : -1));
  return {
    min,
    max,
    series,
    pairs,
    markers,
    current: { x: s.requestsPerDay, totals: current.totals, hosting: current.hosting },
    rows,
  };
}

/** What the chart plots in one view: the totals (`all`) or the hosting subtotals (`hosting`). */
export interface BreakEvenPlot {
  series: { option: OptionId; label: string; points: { x: number; y: number }[] }[];
  markers: { x: number; y: number }[];
  rows: { x: number; kind: BreakEvenChartData['rows'][number]['kind']; values: number[] }[];
  /** The y axis: logarithmic when the plotted costs span more than `LOG_Y_RATIO`, with its lowest value. */
  logY: boolean;
  yMin: number | undefined;
}

/** Costs spanning more than this ratio go on a log axis. */
export const LOG_Y_RATIO = 30;
/**
 * The hosting view's log axis shows this many powers of ten below the largest cost. A hosting
 * subtotal can be a few cents a month (Bedrock Agents' logs at 10 a day): an axis down to those
 * would squeeze the range where the options cross into a sliver.
 */
export const HOSTING_Y_DECADES = 5;

export function breakEvenView(data: BreakEvenChartData, view: CostView): BreakEvenPlot {
  const hosting = view === 'hosting';
  const series = data.series.map((s) => ({
    option: s.option,
    label: s.label,
    points: s.points.map((p) => ({ x: p.x, y: hosting ? p.hosting : p.y })),
  }));
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((y) => y > 0);
  const top = ys.length > 0 ? Math.max(...ys) : 0;
  const logY = ys.length > 0 && top / Math.min(...ys) > LOG_Y_RATIO;
  const floor = 10 ** (Math.ceil(Math.log10(top)) - HOSTING_Y_DECADES);
  return {
    series,
    markers: data.markers.map((m) => ({ x: m.x, y: hosting ? m.hostingY : m.y })),
    rows: data.rows.map((r) => ({ x: r.x, kind: r.kind, values: hosting ? r.hosting : r.totals })),
    logY,
    yMin: hosting && logY && floor > Math.min(...ys) ? floor : undefined,
  };
}
