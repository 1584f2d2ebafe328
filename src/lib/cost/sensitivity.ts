import { fieldByKey, fields } from '../params/fields.ts';
import { parseScenario, type FieldValue } from '../params/validate.ts';
import { breakEven, type RangeOptions } from './break-even.ts';
import type { OptionId, Scenario } from './scenario.ts';

/**
 * How far the break-even volume moves when one input changes (by default -50% and
 * +50%), for the inputs that move it most. Changed scenarios go through the same
 * validator as user input, so a scaled value that breaks a rule is corrected the
 * same way (and flagged `adjusted`).
 */

export interface SensitivityPoint {
  value: number;
  /** First break-even volume (requests/day), or null when the options do not cross in the range. */
  breakEven: number | null;
  /** The scaled value was corrected by validation (range or cross-field rule). */
  adjusted: boolean;
  /**
   * Where the search stopped, if it was cut short before the end of the range (see
   * `BreakEvenResult.truncated`): a null `breakEven` then means "none up to here", not "none".
   */
  searchStoppedAt: number | null;
}

export interface SensitivityInput {
  param: string;
  label: string;
  unit: string;
  value: number;
  low: SensitivityPoint;
  high: SensitivityPoint;
}

export interface Sensitivity {
  a: OptionId;
  b: OptionId;
  /** Break-even of the unchanged scenario. */
  breakEven: number | null;
  /** Most influential first. */
  inputs: SensitivityInput[];
}

/** Inputs worth testing: continuous, and each changes at least one of the three options differently. */
export const sensitivityCandidates: readonly (keyof Scenario)[] = [
  'sessionSeconds',
  'activeCpuSeconds',
  'idleSeconds',
  'sessionMemoryGb',
  'requestsPerSession',
  'concurrencyPerTask',
  'minTasks',
  'agentsExtraModelCalls',
  'toolCallsPerRequest',
  'natKbPerRequest',
];

function firstBreakEven(
  s: Scenario,
  a: OptionId,
  b: OptionId,
  range: RangeOptions,
): { breakEven: number | null; searchStoppedAt: number | null } {
  // Only the first crossing is read, so the search stops there.
  const r = breakEven(s, a, b, { ...range, maxCrossings: 1 });
  return { breakEven: r.crossings[0]?.requestsPerDay ?? null, searchStoppedAt: r.truncated ? r.maxPerDay : null };
}

function scaled(s: Scenario, key: keyof Scenario, factor: number): { scenario: Scenario; value: number; adjusted: boolean } {
  const meta = fieldByKey(key);
  const current = s[key];
  if (typeof current !== 'number') throw new Error(`${String(key)} is not numeric`);
  let value = current * factor;
  if (meta.kind === 'int' || (meta.kind === 'auto' && meta.integer)) value = Math.round(value);
  const params: Record<string, FieldValue> = {};
  for (const f of fields) params[f.param] = s[f.key];
  params[meta.param] = value;
  const parsed = parseScenario(params);
  const used = parsed.scenario[key];
  return { scenario: parsed.scenario, value: typeof used === 'number' ? used : value, adjusted: parsed.issues.length > 0 };
}

function swing(base: number | null, p: SensitivityPoint): number {
  if (base === null && p.breakEven === null) return 0;
  if (base === null || p.breakEven === null) return Number.POSITIVE_INFINITY;
  return Math.abs(p.breakEven - base);
}

export function breakEvenSensitivity(
  s: Scenario,
  a: OptionId,
  b: OptionId,
  options: RangeOptions & { factors?: readonly [number, number]; top?: number; candidates?: readonly (keyof Scenario)[] } = {},
): Sensitivity {
  const [lowFactor, highFactor] = options.factors ?? [0.5, 1.5];
  const range: RangeOptions = {};
  if (options.minPerDay !== undefined) range.minPerDay = options.minPerDay;
  if (options.maxPerDay !== undefined) range.maxPerDay = options.maxPerDay;
  const base = firstBreakEven(s, a, b, range).breakEven;
  const inputs: (SensitivityInput & { score: number })[] = [];
  for (const key of options.candidates ?? sensitivityCandidates) {
    const meta = fieldByKey(key);
    const value = s[key];
    if (typeof value !== 'number' || value === 0) continue;
    if (!meta.appliesTo.includes(a) && !meta.appliesTo.includes(b)) continue;
    const lo = scaled(s, key, lowFactor);
    const hi = scaled(s, key, highFactor);
    const low: SensitivityPoint = { value: lo.value, ...firstBreakEven(lo.scenario, a, b, range), adjusted: lo.adjusted };
    const high: SensitivityPoint = { value: hi.value, ...firstBreakEven(hi.scenario, a, b, range), adjusted: hi.adjusted };
    const score = Math.max(swing(base, low), swing(base, high));
    if (score > 0) inputs.push({ param: meta.param, label: meta.label, unit: meta.unit, value, low, high, score });
  }
  inputs.sort((x, y) => y.score - x.score);
  return {
    a,
    b,
    breakEven: base,
    inputs: inputs.slice(0, options.top ?? 3).map(({ score: _score, ...rest }) => rest),
  };
}
