import { useMemo } from 'preact/hooks';
import type { Chart } from 'chart.js';
import { breakEvenView, type BreakEvenChartData } from '../../lib/chart-data/break-even-series.ts';
import { HOSTING_NOTE, type CostView } from '../../lib/params/view.ts';
import { formatCount, formatUsd, formatUsdWhole } from '../../lib/format/money.ts';
import { ChartFigure } from '../charts/ChartFigure.tsx';
import { optionShortLabels } from '../../lib/site/options.ts';
import { useChartReadout } from '../charts/use-chart-readout.ts';
import { useLazyChart } from '../charts/use-lazy-chart.ts';

/** Dash patterns per option, so the lines differ without color (matched by the legend swatches). */
const dashes: Record<string, { dash: number[]; style: string }> = {
  'bedrock-agents': { dash: [2, 5], style: 'dotted' },
  'agentcore-runtime': { dash: [10, 6], style: 'dashed' },
  'ecs-fargate': { dash: [], style: 'solid' },
};

/** Axis ticks short enough for a phone: 10, 100, 1k, 10k, 100k, 1M. */
function shortCount(v: number): string {
  if (v >= 1e6) return `${formatCount(v / 1e6)}M`;
  if (v >= 1e3) return `${formatCount(v / 1e3)}k`;
  return formatCount(v);
}

const rowLabel = { decade: '', current: ' (your volume)', crossing: ' (break-even)' } as const;

interface Props {
  uid: string;
  data: BreakEvenChartData;
  /** Totals, or hosting subtotals (the same crossings, on a scale that shows them). */
  view: CostView;
}

/**
 * Monthly cost (or hosting cost) against invocations a day (log scale), the break-even points
 * marked, and the reader's volume as a rule; with the numbers as a table beside it.
 */
export function BreakEvenChart({ uid, data, view }: Props) {
  const plot = useMemo(() => breakEvenView(data, view), [data, view]);
  const hosting = view === 'hosting';
  const { figure, canvas, chart } = useLazyChart<typeof import('../charts/line-chart.ts'), Chart<'line'>>(
    () => import('../charts/line-chart.ts'),
    (charts, el, colors, existing) => {
      const { logY } = plot;
      return charts.drawLineChart(
        el,
        {
          series: plot.series.map((s) => ({
            label: s.label,
            color: colors.options[s.option] ?? colors.text,
            dash: dashes[s.option]?.dash ?? [],
            // A log axis cannot show $0: such points are left out of the line.
            points: logY ? s.points.filter((p) => p.y > 0) : s.points,
          })),
          markers: plot.markers.filter((p) => !logY || p.y > 0),
          current: data.current.x,
          currentLabel: `Your volume: ${formatCount(data.current.x)} a day`,
          xMin: data.min,
          xMax: data.max,
          logY,
          yMin: plot.yMin,
          yTitle: hosting ? 'Monthly hosting cost, USD' : 'Monthly cost, USD',
          text: colors.text,
          muted: colors.muted,
          grid: colors.grid,
          bg: colors.bg,
          tickX: shortCount,
          tickY: formatUsdWhole,
        },
        existing,
      );
    },
    [plot],
  );

  // The volume under the pointer, or the one the arrow keys reach, read from every line.
  const xs = plot.series[0]?.points.map((p) => p.x) ?? [];
  const { active, handlers } = useChartReadout(canvas, xs.length, (x) => {
    const volume = chart.current?.scales['x']?.getValueForPixel(x);
    if (volume === undefined || !Number.isFinite(volume)) return null;
    let best = 0;
    xs.forEach((v, i) => {
      if (Math.abs(Math.log(v) - Math.log(volume)) < Math.abs(Math.log(xs[best]!) - Math.log(volume))) best = i;
    });
    return best;
  });
  const readout =
    active === null
      ? 'Point at the chart, or focus it and use the arrow keys, to read each line at a volume here.'
      : `At ${formatCount(xs[active] ?? 0)} invocations a day: ${plot.series
          .map((s) => `${optionShortLabels[s.option]} ${formatUsd(s.points[active]?.y ?? 0)}`)
          .join(', ')} a month${hosting ? ' for hosting' : ''}.`;

  const primary = data.pairs[0];
  const tableLabel = hosting ? 'Monthly hosting cost by volume' : 'Monthly cost by volume';
  const summary = `Line chart of monthly ${hosting ? 'hosting cost' : 'cost'} against invocations a day, from ${formatCount(data.min)} to ${formatCount(data.max)} on a log scale, for the three options.${
    primary?.crossings[0] ? ` AgentCore Runtime and ECS on Fargate cross at ${formatCount(primary.crossings[0].requestsPerDay)} a day.` : ''
  } The table "${tableLabel}" has the numbers.`;

  return (
    <ChartFigure
      uid={uid}
      tall
      figure={figure}
      canvas={canvas}
      summary={summary}
      handlers={handlers}
      readout={readout}
      caption={
        <>
          <ul class="calc-legend" aria-label="Lines">
            {data.series.map((s) => (
              <li key={s.option} data-mark={s.option}>
                <span class="calc-swatch" data-line-style={dashes[s.option]?.style ?? 'solid'} aria-hidden="true" />
                {s.label} ({dashes[s.option]?.style ?? 'solid'} line)
              </li>
            ))}
            <li>
              <span aria-hidden="true">◇ </span>break-even point
            </li>
          </ul>
          Both axes are logarithmic when costs span a wide range: equal steps are equal ratios. The dashed rule marks the volume you
          entered.
          {hosting && ` ${HOSTING_NOTE} The lines cross where the totals do.`}
          {plot.yMin !== undefined && ` The cost axis starts at ${formatUsd(plot.yMin)}; the table has lower costs.`}
        </>
      }
      tableLabel={tableLabel}
      table={
        <table class="data" data-view={view}>
          <caption>{tableLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Invocations a day</th>
              {data.series.map((s) => (
                <th key={s.option} scope="col" class="num">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {plot.rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">
                  {formatCount(row.x)}
                  {rowLabel[row.kind]}
                </th>
                {row.values.map((v, j) => (
                  <td key={j} class="num">
                    {formatUsd(v)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
