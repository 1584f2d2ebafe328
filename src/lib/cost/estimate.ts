import { agentcoreRuntimeCost } from './agentcore-runtime.ts';
import { bedrockAgentsCost } from './bedrock-agents.ts';
import { ecsFargateCost } from './ecs-fargate.ts';
import { hostingLines, hostingSubtotal, sharedModelUsd, type HostingLine } from './hosting.ts';
import type { CalcContext, LineItem, OptionResult } from './lines.ts';
import { optionIds, type OptionId, type Scenario } from './scenario.ts';
import { countWork } from './work.ts';
import { formatUsd } from '../format/money.ts';

export type { LineItem, OptionResult } from './lines.ts';
export type { HostingLine } from './hosting.ts';

/** One option's result with its hosting part (see ./hosting.ts). */
export interface OptionEstimate extends OptionResult {
  /** The total without the lines every option pays the same (model tokens, retrieval). */
  hosting: number;
  /** What `hosting` sums, in line order. */
  hostingLines: HostingLine[];
}

export interface Estimate {
  scenario: Scenario;
  /** One result per option, in `optionIds` order. */
  options: OptionEstimate[];
}

const calculators: Record<OptionId, (s: Scenario, ctx: CalcContext) => OptionResult> = {
  'bedrock-agents': bedrockAgentsCost,
  'agentcore-runtime': agentcoreRuntimeCost,
  'ecs-fargate': ecsFargateCost,
};

/** Lines, formulas, notes, total and hosting subtotal for one option. */
export function estimateOption(s: Scenario, option: OptionId): OptionEstimate {
  countWork('costEvaluations');
  const result = calculators[option](s, { text: true });
  const lines = hostingLines(s, result);
  return { ...result, hosting: lines.reduce((sum, l) => sum + l.usd, 0), hostingLines: lines };
}

/** All three options for one scenario. */
export function estimate(s: Scenario): Estimate {
  return { scenario: s, options: optionIds.map((o) => estimateOption(s, o)) };
}

/**
 * Total only, without building formula text: for curves and the break-even search.
 * `forcedTasks` holds the Fargate task count fixed (other options ignore it).
 */
export function optionTotal(s: Scenario, option: OptionId, forcedTasks?: number): number {
  const ctx: CalcContext = forcedTasks === undefined ? { text: false } : { text: false, forcedTasks };
  countWork('costEvaluations');
  return calculators[option](s, ctx).total;
}

/**
 * Total and hosting subtotal from one evaluation, without formula text: for the break-even
 * chart, which plots either.
 */
export function optionCosts(s: Scenario, option: OptionId, sharedModel = sharedModelUsd(s)): { total: number; hosting: number } {
  countWork('costEvaluations');
  const result = calculators[option](s, { text: false });
  return { total: result.total, hosting: hostingSubtotal(s, result, sharedModel) };
}

/**
 * Whether the reader can choose an option: Bedrock Agents (Classic) takes no new customers, so
 * it counts only for a reader who already runs it.
 */
export function isAvailable(s: Scenario, option: OptionId): boolean {
  return option !== 'bedrock-agents' || s.runsBedrockAgents;
}

/** The option with the lowest total among those the reader can choose (the first on a tie). */
export function lowestAvailable(est: Estimate): OptionId | null {
  let best: OptionResult | null = null;
  for (const o of est.options) {
    if (isAvailable(est.scenario, o.option) && (best === null || o.total < best.total)) best = o;
  }
  return best?.option ?? null;
}

export function optionResult(est: Estimate, option: OptionId): OptionEstimate {
  const result = est.options.find((o) => o.option === option);
  if (!result) throw new Error(`No result for option "${option}"`);
  return result;
}

/**
 * A line by id; `total` gives a synthetic line for the option total. Throws on an
 * id the option does not have, so a wrong `<Estimate line="...">` fails the build.
 */
export function findLine(result: OptionEstimate, lineId: string): LineItem {
  if (lineId === 'total') {
    return {
      id: 'total',
      label: `Total, ${result.label}`,
      usd: result.total,
      formula: result.totalFormula,
      priceIds: result.lines.flatMap((l) => l.priceIds),
    };
  }
  if (lineId === 'hosting') {
    const ids = new Set(result.hostingLines.map((l) => l.id));
    return {
      id: 'hosting',
      label: `Hosting subtotal, ${result.label}`,
      usd: result.hosting,
      formula: `${result.hostingLines.map((l) => `${formatUsd(l.usd)} ${l.label}`).join(' + ')} = ${formatUsd(result.hosting)} (the total without the model tokens and retrieval every option pays the same)`,
      priceIds: result.lines.filter((l) => ids.has(l.id)).flatMap((l) => l.priceIds),
    };
  }
  const line = result.lines.find((l) => l.id === lineId);
  if (!line) {
    throw new Error(
      `${result.label} has no cost line "${lineId}"; it has: ${[...result.lines.map((l) => l.id), 'total', 'hosting'].join(', ')}`,
    );
  }
  return line;
}

export function lineUsd(result: OptionEstimate, lineId: string): number {
  return findLine(result, lineId).usd;
}
