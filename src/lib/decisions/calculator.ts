/**
 * The cost calculator link of an outcome: the outcome's own inputs over the inputs the
 * answers imply (a traffic pattern, a bigger task), run through the calculator's own
 * validator so a link never opens with a value the calculator would have to correct.
 * Build-time only: it loads the scenario fields and price data.
 */
import type { DecisionOutcome, DecisionTree } from '../../schemas/decisions.ts';
import { fieldByParam } from '../params/fields.ts';
import { parseScenario } from '../params/validate.ts';
import { encodeScenario } from '../params/url-state.ts';
import { enumeratePaths, toQuery, type Step } from './walk.ts';

export type CalculatorParams = Record<string, string | number | boolean>;

/** Parameters for the calculator after these steps: defaults < answers (in order) < the outcome. */
export function calculatorParams(steps: readonly Step[], outcome: DecisionOutcome): CalculatorParams {
  const merged: CalculatorParams = {};
  for (const { option } of steps) Object.assign(merged, option.calculator ?? {});
  return Object.assign(merged, outcome.calculator);
}

export interface CalculatorLink {
  /** Query string without "?" for /calculators/cost/. */
  query: string;
  /** What the calculator would have corrected or ignored; empty for a good link. */
  problems: string[];
}

export function calculatorLink(steps: readonly Step[], outcome: DecisionOutcome): CalculatorLink {
  const params = calculatorParams(steps, outcome);
  const unknown = Object.keys(params).filter((p) => !fieldByParam(p));
  const { scenario, issues } = parseScenario(params);
  return {
    query: encodeScenario(scenario),
    problems: [...unknown.map((p) => `unknown calculator parameter "${p}"`), ...issues.map((i) => `${i.field}: ${i.message}`)],
  };
}

/** Calculator query of every path, keyed by the path's own query (`toQuery`). */
export function calculatorQueries(tree: DecisionTree): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of enumeratePaths(tree)) {
    const link = calculatorLink(p.steps, p.outcome);
    if (link.problems.length > 0) {
      throw new Error(`Calculator link for ${toQuery(p.steps)} -> "${p.outcome.id}": ${link.problems.join('; ')}`);
    }
    out[toQuery(p.steps)] = link.query;
  }
  return out;
}

/** Every path whose calculator link the calculator would correct, for the schema. */
export function calculatorIssues(tree: DecisionTree): { node: string; message: string }[] {
  const issues: { node: string; message: string }[] = [];
  // The outline links each outcome to the calculator with its own inputs alone.
  for (const outcome of tree.outcomes) {
    for (const problem of calculatorLink([], outcome).problems) {
      issues.push({
        node: outcome.id,
        message: `Outcome "${outcome.id}": the cost calculator would not accept its inputs as given (${problem}).`,
      });
    }
  }
  const seen = new Set<string>();
  for (const p of enumeratePaths(tree)) {
    for (const problem of calculatorLink(p.steps, p.outcome).problems) {
      const key = `${p.outcome.id} ${problem}`;
      if (seen.has(key)) continue;
      seen.add(key);
      issues.push({
        node: p.outcome.id,
        message: `Outcome "${p.outcome.id}" reached by ${toQuery(p.steps)}: the cost calculator would not accept its inputs as given (${problem}).`,
      });
    }
  }
  return issues;
}

/** What the cost calculator says to a reader who arrives from an outcome (`?from=<outcome id>`). */
export interface Arrival {
  /** The outcome's headline. */
  title: string;
  /** The inputs the outcome assumes, as the form labels them: "Session length: 300 seconds". */
  assumed: string[];
}

/** Every outcome's arrival note, for the calculator page (build time). */
export function arrivals(tree: DecisionTree): Record<string, Arrival> {
  return Object.fromEntries(
    tree.outcomes.map((o) => [
      o.id,
      {
        title: o.title,
        assumed: Object.entries(o.calculator).map(([param, value]) => {
          const meta = fieldByParam(param);
          if (!meta) throw new Error(`Outcome "${o.id}": unknown calculator parameter "${param}"`);
          const shown = meta.kind === 'enum' ? (meta.options.find((opt) => opt.value === value)?.label ?? String(value)) : String(value);
          return `${meta.label}: ${shown}${meta.unit && meta.kind !== 'enum' ? ` ${meta.unit}` : ''}`;
        }),
      },
    ]),
  );
}
