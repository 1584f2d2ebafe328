import type { Estimate } from '../cost/estimate.ts';

/**
 * Cost lines grouped into a handful of categories, for the stacked bar chart: a
 * chart with one segment per line id would need more colors and patterns than a
 * reader can tell apart. The line-by-line figures stay in the cards and tables.
 */

export const costCategories = [
  { id: 'model', label: 'Model tokens' },
  { id: 'retrieval', label: 'Retrieval' },
  { id: 'compute', label: 'Compute' },
  { id: 'network', label: 'Networking' },
  { id: 'logs', label: 'Logs' },
  { id: 'other', label: 'Other' },
] as const;
export type CostCategoryId = (typeof costCategories)[number]['id'];

const categoryOfLine: Readonly<Record<string, CostCategoryId>> = {
  model: 'model',
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
}

export function categoryTable(est: Estimate): CategoryTable {
  const rows = costCategories.map((c) => ({
    id: c.id,
    label: c.label,
    usd: est.options.map((o) => o.lines.filter((l) => lineCategory(l.id) === c.id).reduce((sum, l) => sum + l.usd, 0)),
  }));
  return {
    rows: rows.filter((r) => r.usd.some((v) => v > 0) || r.id === 'model'),
    totals: est.options.map((o) => o.total),
  };
}
