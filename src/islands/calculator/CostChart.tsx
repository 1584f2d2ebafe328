import type { Chart } from 'chart.js';
import type { Estimate } from '../../lib/cost/estimate.ts';
import { classicStatus } from '../../lib/cost/shared.ts';
import { formatUsd, formatUsdWhole } from '../../lib/format/money.ts';
import { optionLabels, optionShortLabels, type OptionId } from '../../lib/site/options.ts';
import { categoryTable, type CostCategoryId } from '../../lib/report/categories.ts';
import type { CostView } from '../../lib/params/view.ts';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import type { PatternKind } from '../charts/bar-chart.ts';
import { useChartReadout } from '../charts/use-chart-readout.ts';
import { useLazyChart } from '../charts/use-lazy-chart.ts';

const patterns: Record<CostCategoryId, PatternKind> = {
  model: 'solid',
  // Only in the hosting view, which has no model row: the two never share a chart.
  'extra-model-calls': 'solid',
  retrieval: 'diagonal',
  compute: 'dots',
  network: 'cross',
  logs: 'horizontal',
  other: 'vertical',
};

/** An option's name on the chart's axis and in its table: Classic keeps its status beside it. */
function axisLabel(option: OptionId): string | string[] {
  return option === 'bedrock-agents' ? [optionLabels[option], classicStatus()] : optionLabels[option];
}

interface Props {
  uid: string;
  est: Estimate;
  /** Every cost, or the hosting lines only. */
  view: CostView;
}

/**
 * The options' totals (or hosting subtotals) as stacked bars, one segment per cost category,
 * and the same numbers as a table. Chart.js loads only when the chart comes near the screen;
 * the table is what screen readers, print and readers without JavaScript get.
 */
export function CostChart({ uid, est, view }: Props) {
  const table = categoryTable(est, view);
  const hosting = table.leftOut !== null;
  const what = hosting ? 'hosting cost' : 'cost';
  const tableLabel = hosting ? 'Monthly hosting cost by category' : 'Monthly cost by category';
  const { figure, canvas, chart } = useLazyChart<typeof import('../charts/bar-chart.ts'), Chart<'bar'>>(
    () => import('../charts/bar-chart.ts'),
    (charts, el, colors, existing) =>
      charts.drawBarChart(
        el,
        {
          labels: est.options.map((o) => axisLabel(o.option)),
          shortLabels: est.options.map((o) => optionShortLabels[o.option]),
          segments: table.rows.map((row) => ({
            label: row.label,
            data: row.usd,
            pattern: patterns[row.id],
          })),
          colors: est.options.map((o) => colors.options[o.option] ?? colors.text),
          totalLabels: table.totals.map(formatUsdWhole),
          text: colors.text,
          grid: colors.grid,
          bg: colors.bg,
          tick: formatUsdWhole,
        },
        existing,
      ),
    [est, view],
  );

  // One bar per option: the pointer's bar, or the one the arrow keys reach.
  const { active, handlers } = useChartReadout(canvas, est.options.length, (_x, y) => {
    const index = chart.current?.scales['y']?.getValueForPixel(y);
    return index === undefined || index < 0 || index >= est.options.length ? null : Math.round(index);
  });
  const activeOption = active === null ? undefined : est.options[active];
  const readout = activeOption
    ? `${activeOption.label}: ${formatUsd(table.totals[active!] ?? 0)} a month${hosting ? ' for hosting' : ''} (${table.rows
        .filter((row) => (row.usd[active!] ?? 0) > 0)
        .map((row) => `${row.label} ${formatUsd(row.usd[active!] ?? 0)}`)
        .join(', ')}).`
    : 'Point at a bar, or focus the chart and use the arrow keys, to read its figures here.';

  const summary = `Stacked bar chart of the monthly ${what} of each option by category: ${est.options
    .map((o, i) => `${o.label} ${formatUsd(table.totals[i] ?? 0)}`)
    .join(', ')}. The table "${tableLabel}" has the same numbers.`;

  return (
    <ChartFigure
      uid={uid}
      figure={figure}
      canvas={canvas}
      summary={summary}
      handlers={handlers}
      readout={readout}
      caption={
        <>
          <ul class="calc-legend" aria-label="Categories">
            {table.rows.map((row) => (
              <li key={row.id}>
                <span class="calc-swatch" data-pattern={patterns[row.id]} aria-hidden="true" />
                {row.label}
              </li>
            ))}
          </ul>
          Each bar is one option in its color; the pattern shows the category. Totals are written at the end of each bar.
          {table.leftOut !== null && ` Left out: model tokens and retrieval, ${formatUsd(table.leftOut)} a month on every option.`}
        </>
      }
      tableLabel={tableLabel}
      table={
        <table class="data calc-category-table" data-view={view}>
          <caption>{tableLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              {est.options.map((o) => (
                <th key={o.option} scope="col" class="num">
                  {optionShortLabels[o.option]}
                  {o.option === 'bedrock-agents' && <span class="calc-col-status"> ({classicStatus()})</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {row.usd.map((v, i) => (
                  <td key={i} class="num">
                    {formatUsd(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{hosting ? 'Hosting total' : 'Total'}</th>
              {table.totals.map((v, i) => (
                <td key={i} class="num">
                  {formatUsd(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      }
    />
  );
}
