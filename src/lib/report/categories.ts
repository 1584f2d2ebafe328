import type { Estimate } from '../cost/estimate.ts';
import { EXTRA_CALLS_LINE, sharedCostUsd } from '../cost/hosting.ts';
import type { CostView } from '../params/view.ts';

/**
 * Cost lines grouped into a handful of categories, for the stacked bar chart: a
 * chart with one segment per line id would need more colors and patterns than a
 * reader can tell apart. The line-by-line figures stay in the cards and tables.
 */

export const costCategories = [
  { id: 'model', label: 'Model tokens' },
  // Hosting view only: Bedrock Agents' orchestration calls beyond the ones every option makes.
  { id: 'extra-model-calls', label: 'Extra orchestration calls' },
  { id: 'retrieval', label: 'Retrieval' },
  { id: 'compute', label: 'Compute' },
  { id: 'network', label: 'Networking' },
  { id: 'logs', label: 'Logs' },
  { id: 'other', label: 'Other' },
] as const;
export type CostCategoryId = (typeof costCategories)[number]['id'];

const categoryOfLine: Readonly<Record<string, CostCategoryId>> = {
  model: 'model',
  [EXTRA_CALLS_LINE]: 'extra-model-calls',
  retrieval: 'retrieval',
  'retrieval-storage': 'retrieval',
  embeddings: 'retrieval',
  'retrieval-custom': 'retrieval',
  orchestration: 'compute',
  'action-group-lambda': 'compute',
  'runtime-cpu': 'compute',
  'runtime-memory': 'compute',
  'fargate-cpu': 'compute',
  'fargate-memory': 'compute',
  'fargate-storage': 'compute',
  'load-balancer': 'network',
  'load-balancer-lcu': 'network',
  'nat-gateway': 'network',
  'nat-gateway-data': 'network',
  'public-ipv4': 'network',
  'vpc-endpoints': 'network',
  logs: 'logs',
};

/** A line id the table does not know (a new line in the model) lands in "Other", never nowhere. */
export function lineCategory(lineId: string): CostCategoryId {
  return categoryOfLine[lineId] ?? 'other';
}

export interface CategoryRow {
  id: CostCategoryId;
  label: string;
  /** Monthly USD per option, in `Estimate.options` order. */
  usd: number[];
}

export interface CategoryTable {
  /** Categories with a cost on at least one option, in `costCategories` order. */
  rows: CategoryRow[];
  totals: number[];
  /** The hosting view only: what it leaves out, the same on every option (model tokens, retrieval). */
  leftOut: number | null;
}

/**
 * The chart's rows and totals. `all`: every line, by category, and the options' totals (the
 * model row stays even at $0, so the chart always shows what it leaves out). `hosting`: the
 * hosting lines only (no model tokens, no retrieval), totalling the hosting subtotals.
 */
export function categoryTable(est: Estimate, view: CostView = 'all'): CategoryTable {
  const hosting = view === 'hosting';
  const rows = costCategories.map((c) => ({
    id: c.id,
    label: c.label,
    usd: est.options.map((o) =>
      (hosting ? o.hostingLines : o.lines).filter((l) => lineCategory(l.id) === c.id).reduce((sum, l) => sum + l.usd, 0),
    ),
  }));
  return {
    rows: rows.filter((r) => r.usd.some((v) => v > 0) || (r.id === 'model' && !hosting)),
    totals: est.options.map((o) => (hosting ? o.hosting : o.total)),
    leftOut: hosting ? sharedCostUsd(est.scenario) : null,
  };
}
