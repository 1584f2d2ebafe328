import type { Estimate, LineItem } from '../cost/estimate.ts';
import type { OptionId } from '../cost/scenario.ts';

/**
 * The three options' cost lines side by side: one row per line id, one cell per
 * option (undefined where an option has no such line). The calculators' line
 * tables, the Markdown export and the print view all read this, so rows come out
 * in the same order everywhere.
 */

export interface LineRow {
  id: string;
  /** The label of the first option that has the line. */
  label: string;
  /** One per option, in `Estimate.options` order. */
  cells: (LineItem | undefined)[];
}

export interface LineTable {
  /** `hosting`: the total without the lines every option pays the same (lib/cost/hosting.ts). */
  options: { option: OptionId; label: string; total: number; hosting: number }[];
  rows: LineRow[];
}

/**
 * Merges the options' line orders into one: a line one option lacks goes just
 * before the next line of its own option that is already placed, so shared lines
 * (model first, logs last) keep their places and option-specific lines sit between.
 */
export function mergeLineOrder(sequences: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  for (const seq of sequences) {
    seq.forEach((id, i) => {
      if (merged.includes(id)) return;
      const next = seq.slice(i + 1).find((later) => merged.includes(later));
      if (next === undefined) merged.push(id);
      else merged.splice(merged.indexOf(next), 0, id);
    });
  }
  return merged;
}

export function lineTable(est: Estimate): LineTable {
  const order = mergeLineOrder(est.options.map((o) => o.lines.map((l) => l.id)));
  const rows = order.map((id) => {
    const cells = est.options.map((o) => o.lines.find((l) => l.id === id));
    const first = cells.find((c) => c !== undefined);
    return { id, label: first?.label ?? id, cells };
  });
  return { options: est.options.map((o) => ({ option: o.option, label: o.label, total: o.total, hosting: o.hosting })), rows };
}
