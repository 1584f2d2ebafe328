import { sumLines, type LineItem, type OptionResult } from './lines.ts';
import { retrievalLines } from './retrieval.ts';
import type { Scenario } from './scenario.ts';
import { modelLine } from './shared.ts';

/**
 * The hosting part of an option's monthly cost: what changes with the choice the reader is
 * making. All three options call the same Bedrock models with the same tokens, and query the
 * same vector store for the same embeddings, so those lines are identical on every option and
 * cancel out of any comparison; at today's prices they are most of every total, which hides the
 * difference that matters.
 *
 * Shared, and left out of the hosting subtotal:
 *  - `model`, at `modelCallsPerRequest` calls per request (what every option makes);
 *  - `retrieval`, `retrieval-storage` and `embeddings`: the same store and tokens everywhere;
 *  - `retrieval-custom`: the reader's own figure per 1,000 queries, the same on every option
 *    because every option makes the same queries.
 *
 * Not shared: Bedrock Agents' extra orchestration calls (`agentsExtraModelCalls`). Its `model`
 * line includes them, but they are a cost of choosing Bedrock Agents, so they stay in its hosting
 * subtotal, as their own line.
 */

/** The ids of the lines every option pays identically (the `model` line only up to the shared calls). */
export const sharedLineIds: readonly string[] = ['model', 'retrieval', 'retrieval-storage', 'embeddings', 'retrieval-custom'];

/** The id of the hosting line that holds Bedrock Agents' extra orchestration calls. */
export const EXTRA_CALLS_LINE = 'extra-model-calls';

/** A line of the hosting subtotal: an option's own cost line, or the extra-calls part of its model line. */
export type HostingLine = Pick<LineItem, 'id' | 'label' | 'usd'>;

/** The model tokens every option pays: `modelCallsPerRequest` calls per request, no extra ones. */
export function sharedModelUsd(s: Scenario): number {
  return modelLine(s, { text: false }).usd;
}

/** What every option pays the same: the shared model tokens and the retrieval lines. */
export function sharedCostUsd(s: Scenario): number {
  return sharedModelUsd(s) + sumLines(retrievalLines(s, { text: false }));
}

/**
 * The lines of `result` that are not shared, in its order. The `model` line contributes what it
 * costs beyond the shared calls (Bedrock Agents' extra orchestration calls), when that is more
 * than zero. `sharedModel` is `sharedModelUsd(s)`, passed in by callers that split several options.
 */
export function hostingLines(s: Scenario, result: OptionResult, sharedModel = sharedModelUsd(s)): HostingLine[] {
  const lines: HostingLine[] = [];
  for (const line of result.lines) {
    if (line.id === 'model') {
      // The same formula with more calls: never below the shared figure, exactly equal with none.
      const extra = line.usd - sharedModel;
      if (extra > 0) lines.push({ id: EXTRA_CALLS_LINE, label: 'Extra orchestration model calls', usd: extra });
    } else if (!sharedLineIds.includes(line.id)) {
      lines.push(line);
    }
  }
  return lines;
}

/** The option's total without the costs every option shares. */
export function hostingSubtotal(s: Scenario, result: OptionResult, sharedModel = sharedModelUsd(s)): number {
  return hostingLines(s, result, sharedModel).reduce((sum, line) => sum + line.usd, 0);
}
