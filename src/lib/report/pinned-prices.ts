/**
 * A link made with older prices (`prices=<day>`): which lines of its estimate cost something
 * else at today's prices. (The inputs it meant: lib/params/pinned-defaults.ts.)
 */
import { estimate } from '../cost/estimate.ts';
import { optionLabels, type OptionId, type Scenario } from '../cost/scenario.ts';
import { pricesDayInUse, setPricesDay } from '../pricing/catalog.ts';

export interface RepricedLine {
  option: OptionId;
  optionLabel: string;
  line: string;
  label: string;
  then: number;
  now: number;
}

/** The lines (totals included, as line `total`) whose monthly cost differs between `day`'s prices and today's. */
export function repricedLines(s: Scenario, day: string): RepricedLine[] {
  const before = pricesDayInUse();
  try {
    setPricesDay(day);
    const then = estimate(s);
    setPricesDay(undefined);
    const now = estimate(s);
    return then.options.flatMap((o, i) => {
      const current = now.options[i]!;
      const rows = [
        ...o.lines.map((l) => ({ line: l.id, label: l.label, then: l.usd, now: current.lines.find((c) => c.id === l.id)?.usd ?? 0 })),
        { line: 'total', label: 'Total', then: o.total, now: current.total },
      ];
      return rows
        .filter((r) => Math.abs(r.then - r.now) >= 0.005)
        .map((r) => ({ option: o.option, optionLabel: optionLabels[o.option], ...r }));
    });
  } finally {
    setPricesDay(before);
  }
}
