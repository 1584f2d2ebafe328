import type { Estimate } from '../cost/estimate.ts';
import { fitReport, fitStatusLabels, type FitCheck, type FitReport } from '../cost/fit.ts';
import { HOURS_PER_MONTH, optionLabels } from '../cost/scenario.ts';
import { classicStatus } from '../cost/shared.ts';
import { formatDateRange } from '../format/date.ts';
import { formatUsd, roundCents, usdAttribute } from '../format/money.ts';
import { fields } from '../params/fields.ts';
import type { ItemRef } from '../pricing/catalog.ts';
import { lineTable } from './line-table.ts';
import { checkedRangeOf, estimateRefs, priceDetail, refKey, uniqueRefs, type PriceCitations, type PriceDetail } from './price-details.ts';

/**
 * An estimate as a file a reader keeps: JSON (everything, for tools), CSV (for a
 * spreadsheet) and a Markdown table (for a design doc). Amounts are rounded to the
 * cent, as everywhere a figure is shown; the formulas carry the unrounded inputs.
 */

export interface ExportContext {
  /** The calculator address that reproduces the estimate. */
  url: string;
  /** When the export was made (ISO 8601); passed in so the builders stay pure. */
  generated: string;
  /** The labels, sources and source dates the price book lacks (in the browser, /price-citations.json). */
  citations?: PriceCitations;
}

export interface EstimateRecord {
  title: string;
  url: string;
  generated: string;
  /** The oldest and newest day a figure behind this estimate was checked against its source. */
  figuresChecked: { oldest: string; newest: string };
  hoursPerMonth: number;
  inputs: { param: string; label: string; unit: string; value: string | number | boolean; default: string | number | boolean }[];
  options: {
    option: string;
    label: string;
    /** Whether a new customer can choose it, when not (Bedrock Agents Classic). */
    status?: string;
    totalUsd: number;
    totalFormula: string;
    /** The total without the lines every option pays the same: model tokens and retrieval (lib/cost/hosting.ts). */
    hostingUsd: number;
    lines: { id: string; label: string; usd: number; formula: string; note?: string; prices: string[] }[];
    notes: string[];
    /**
     * Quotas and hard limits at the peak; `limit` is null where none is published. `limitSource`
     * names the figure in `prices`; `quotaUrl` is the Service Quotas page where a missed default
     * is raised, or where a quota AWS does not publish is looked up.
     */
    fit: (Omit<FitCheck, 'limitRef'> & { limitSource?: string })[];
    /** AgentCore Runtime: what idle, never-stopped and leaked sessions cost; `limitSources` name figures in `prices`. */
    lifecycle?: { id: string; usd?: number; text: string; limitSources: string[] }[];
  }[];
  /** Every figure quoted above, with its source and dates: the lines' prices, then the limits. */
  prices: PriceDetail[];
}

/** Every figure an export quotes: the cost lines' prices, then the limits behind the checks and the lifecycle. */
function exportRefs(est: Estimate, fit: FitReport): ItemRef[] {
  return uniqueRefs([
    ...estimateRefs(est),
    ...est.options.flatMap((o) => fit.checks[o.option].flatMap((c) => (c.limitRef ? [c.limitRef] : []))),
    ...fit.lifecycle.flatMap((f) => f.limitRefs),
  ]);
}

export function estimateRecord(est: Estimate, ctx: ExportContext): EstimateRecord {
  const s = est.scenario;
  const fit = fitReport(s);
  const refs = exportRefs(est, fit);
  return {
    title: 'Monthly cost estimate: Bedrock Agents, AgentCore Runtime and ECS on Fargate',
    url: ctx.url,
    generated: ctx.generated,
    figuresChecked: checkedRangeOf(refs),
    hoursPerMonth: HOURS_PER_MONTH,
    inputs: fields.map((f) => ({ param: f.param, label: f.label, unit: f.unit, value: s[f.key], default: f.default })),
    options: est.options.map((o) => ({
      option: o.option,
      label: o.label,
      ...(o.option === 'bedrock-agents' ? { status: classicStatus() } : {}),
      totalUsd: roundCents(o.total),
      totalFormula: o.totalFormula,
      hostingUsd: roundCents(o.hosting),
      lines: o.lines.map((l) => ({
        id: l.id,
        label: l.label,
        usd: roundCents(l.usd),
        formula: l.formula,
        ...(l.note === undefined ? {} : { note: l.note }),
        prices: uniqueRefs(l.priceIds).map(refKey),
      })),
      notes: o.notes,
      fit: fit.checks[o.option].map((c) => ({
        id: c.id,
        label: c.label,
        status: c.status,
        need: c.need,
        limit: c.limit,
        unit: c.unit,
        text: c.text,
        ...(c.limitRef ? { limitSource: refKey(c.limitRef) } : {}),
        ...(c.quotaUrl ? { quotaUrl: c.quotaUrl } : {}),
      })),
      ...(o.option === 'agentcore-runtime'
        ? {
            lifecycle: fit.lifecycle.map(({ id, usd, text, limitRefs }) => ({
              id,
              ...(usd === undefined ? {} : { usd: roundCents(usd) }),
              text,
              limitSources: limitRefs.map(refKey),
            })),
          }
        : {}),
    })),
    // An export names every figure and its source: priceDetail throws without them (a bug, not a blank cell).
    prices: refs.map((ref) => priceDetail(ref, ctx.citations)),
  };
}

export function estimateJson(est: Estimate, ctx: ExportContext): string {
  return `${JSON.stringify(estimateRecord(est, ctx), null, 2)}\n`;
}

// ------------------------------------------------------------------ CSV

/**
 * RFC 4180 quoting. Text that a spreadsheet would run as a formula (=, +, -, @ first)
 * gets a leading apostrophe; numbers are written as numbers.
 */
export function csvCell(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const csvColumns = [
  'section',
  'option',
  'id',
  'label',
  'value',
  'unit',
  'formula',
  'prices',
  'source',
  'source_date',
  'checked',
  'quota_url',
] as const;

export function estimateCsv(est: Estimate, ctx: ExportContext): string {
  const r = estimateRecord(est, ctx);
  const rows: (string | number | boolean)[][] = [[...csvColumns]];
  const row = (cells: Partial<Record<(typeof csvColumns)[number], string | number | boolean>>): void => {
    rows.push(csvColumns.map((c) => cells[c] ?? ''));
  };
  row({
    section: 'estimate',
    label: r.title,
    formula: r.url,
    source: `Generated ${r.generated}; figures checked ${r.figuresChecked.oldest} to ${r.figuresChecked.newest}; ${r.hoursPerMonth}-hour month`,
  });
  for (const i of r.inputs) row({ section: 'input', id: i.param, label: i.label, value: i.value, unit: i.unit });
  for (const o of r.options) {
    for (const l of o.lines) {
      row({
        section: 'line',
        option: o.option,
        id: l.id,
        label: l.label,
        value: usdAttribute(l.usd),
        unit: 'USD per month',
        formula: l.formula,
        prices: l.prices.join('; '),
      });
    }
    row({
      section: 'total',
      option: o.option,
      id: 'total',
      label: `Total, ${o.label}${o.status ? `, ${o.status}` : ''}`,
      value: usdAttribute(o.totalUsd),
      unit: 'USD per month',
      formula: o.totalFormula,
    });
    row({
      section: 'hosting',
      option: o.option,
      id: 'hosting',
      label: `Hosting, ${o.label}: the total without the model tokens and retrieval every option pays`,
      value: usdAttribute(o.hostingUsd),
      unit: 'USD per month',
    });
  }
  for (const o of r.options) {
    for (const c of o.fit) {
      row({
        section: 'fit',
        option: o.option,
        id: c.id,
        label: `${c.label}: ${fitStatusLabels[c.status]}`,
        value: c.need,
        unit: c.limit === null ? c.unit : `${c.unit} (limit ${c.limit})`,
        formula: c.text,
        prices: c.limitSource ?? '',
        quota_url: c.quotaUrl ?? '',
      });
    }
    for (const f of o.lifecycle ?? []) {
      row({
        section: 'lifecycle',
        option: o.option,
        id: f.id,
        value: f.usd === undefined ? '' : usdAttribute(f.usd),
        unit: f.usd === undefined ? '' : 'USD',
        formula: f.text,
        prices: f.limitSources.join('; '),
      });
    }
  }
  for (const p of r.prices) {
    row({
      section: 'price',
      id: refKey(p),
      label: p.label,
      value: p.value,
      unit: p.unit,
      source: `${p.source.title} <${p.source.url}>`,
      source_date: p.sourceDate ?? 'undated',
      checked: p.checked,
    });
  }
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// ------------------------------------------------------------- Markdown

/** Table cells cannot hold a pipe or a line break. */
export function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

export function estimateMarkdown(est: Estimate, ctx: ExportContext): string {
  const table = lineTable(est);
  const fit = fitReport(est.scenario);
  const { oldest, newest } = checkedRangeOf(exportRefs(est, fit));
  const head = ['Cost line', ...table.options.map((o) => o.label)];
  const lines = [
    `Monthly cost estimate in USD (${HOURS_PER_MONTH}-hour month, figures checked ${formatDateRange(oldest, newest)}). [Open this estimate in the calculator](${ctx.url})`,
    '',
    `| ${head.map(markdownCell).join(' | ')} |`,
    `| --- | ${table.options.map(() => '---:').join(' | ')} |`,
    ...table.rows.map((row) => `| ${[row.label, ...row.cells.map((c) => (c ? formatUsd(c.usd) : 'n/a'))].map(markdownCell).join(' | ')} |`),
    `| **Total** | ${table.options.map((o) => `**${formatUsd(o.total)}**`).join(' | ')} |`,
    `| Hosting: the total without the model tokens and retrieval every option pays | ${table.options.map((o) => formatUsd(o.hosting)).join(' | ')} |`,
    '',
    `${optionLabels['bedrock-agents']} is ${classicStatus()}.`,
    '',
    'Will it fit (quotas and hard limits at the peak):',
    '',
    '| Option | Check | Status | Details |',
    '| --- | --- | --- | --- |',
    ...est.options.flatMap((o) =>
      fit.checks[o.option].map((c) => {
        const action = c.status === 'not-published' ? 'Check yours in Service Quotas' : 'Raise it in Service Quotas';
        const details = markdownCell(c.text) + (c.quotaUrl ? ` [${action}](${c.quotaUrl})` : '');
        return `| ${[o.label, c.label, fitStatusLabels[c.status]].map(markdownCell).join(' | ')} | ${details} |`;
      }),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
