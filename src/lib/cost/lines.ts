import { itemRef, regionalPrice, price, type ItemRef } from '../pricing/catalog.ts';
import { formatUsd } from '../format/money.ts';
import type { OptionId } from './scenario.ts';

/** One cost line: what it is, what it costs a month, and how that was computed. */
export interface LineItem {
  /** Stable kebab-case id (`model`, `runtime-cpu`, `fargate-cpu`, ...). */
  id: string;
  label: string;
  /** Monthly USD, unrounded (round only for display). */
  usd: number;
  /** The formula with the numbers filled in, ending in "= $X". */
  formula: string;
  /** The (id, region) keys of every price and limit the line used. */
  priceIds: ItemRef[];
  note?: string;
}

export interface OptionResult {
  option: OptionId;
  label: string;
  lines: LineItem[];
  /** Sum of `lines[].usd`. */
  total: number;
  /** "$4,106.25 + $350.40 + ... = $X". */
  totalFormula: string;
  /** Status, assumptions and warnings to show with the figures. */
  notes: string[];
  /** Which lines use us-east-1 prices for want of the chosen Region's, in plain words. */
  regionNote?: string;
}

/**
 * Shared by every line builder. `text: false` skips formula strings, for the
 * break-even search, which evaluates the model thousands of times.
 */
export interface CalcContext {
  text: boolean;
  /** Break-even only: holds the Fargate task count (during business hours) fixed. */
  forcedTasks?: number;
}

export function makeLine(
  ctx: CalcContext,
  id: string,
  label: string,
  usd: number,
  formula: () => string,
  priceIds: ItemRef[],
  note?: string,
): LineItem {
  if (!Number.isFinite(usd) || usd < 0) {
    throw new Error(`Cost line "${id}" computed ${String(usd)}: a bug in the cost model`);
  }
  const line: LineItem = {
    id,
    label,
    usd,
    formula: ctx.text ? `${formula()} = ${formatUsd(usd)}` : '',
    priceIds,
  };
  if (note !== undefined && ctx.text) line.note = note;
  return line;
}

/** A price value with the key it came from. */
export interface Rate {
  value: number;
  ref: ItemRef;
  /** False when the Region had no figure and us-east-1's was used. */
  exact: boolean;
}

export function rate(id: string, region?: string): Rate {
  if (region === undefined) {
    const item = price(id);
    return { value: item.value, ref: itemRef(item), exact: true };
  }
  const { item, exact } = regionalPrice(id, region);
  return { value: item.value, ref: itemRef(item), exact };
}

export function sumLines(lines: readonly LineItem[]): number {
  return lines.reduce((sum, l) => sum + l.usd, 0);
}

export function buildResult(
  ctx: CalcContext,
  option: OptionId,
  label: string,
  lines: LineItem[],
  notes: string[],
  regionNote?: string,
): OptionResult {
  const total = sumLines(lines);
  const totalFormula = ctx.text ? `${lines.map((l) => formatUsd(l.usd)).join(' + ')} = ${formatUsd(total)}` : '';
  const result: OptionResult = { option, label, lines, total, totalFormula, notes: ctx.text ? notes : [] };
  if (ctx.text && regionNote !== undefined) result.regionNote = regionNote;
  return result;
}
