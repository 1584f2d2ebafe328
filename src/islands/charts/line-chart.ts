import {
  Chart,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { drawOrUpdate } from './chart.ts';

// Only what the break-even chart draws: lines on log or linear scales and point markers.
Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale);

export interface LineChartData {
  series: { label: string; color: string; dash: number[]; points: { x: number; y: number }[] }[];
  /** Crossings: drawn as diamonds in the text color. */
  markers: { x: number; y: number }[];
  /** The reader's volume: a vertical rule. */
  current: number;
  currentLabel: string;
  xMin: number;
  xMax: number;
  logY: boolean;
  /** The cost axis's lowest value (undefined: Chart.js fits it to the data). */
  yMin: number | undefined;
  yTitle: string;
  text: string;
  muted: string;
  grid: string;
  bg: string;
  tickX: (value: number) => string;
  tickY: (value: number) => string;
}

const currentPlugin: Plugin<'line'> = {
  id: 'adgCurrent',
  afterDatasetsDraw(chart) {
    const cfg = (chart.options.plugins as unknown as { adgCurrent?: { x: number; label: string; color: string } }).adgCurrent;
    const scale = chart.scales['x'];
    if (!cfg || !scale || cfg.x < scale.min || cfg.x > scale.max) return;
    const x = scale.getPixelForValue(cfg.x);
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = cfg.color;
    ctx.fillStyle = cfg.color;
    ctx.setLineDash([3, 3]);
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.moveTo(x, chartArea.top);
    ctx.lineTo(x, chartArea.bottom);
    ctx.stroke();
    ctx.font = '600 12px system-ui, sans-serif';
    const width = ctx.measureText(cfg.label).width;
    // Beside the rule, on whichever side has room; on a phone neither may, and then the label
    // stays inside the plot rather than over the axis ticks.
    ctx.textAlign = 'left';
    const textX =
      x + 4 + width <= chartArea.right
        ? x + 4
        : x - 4 - width >= chartArea.left
          ? x - 4 - width
          : Math.max(chartArea.left + 2, chartArea.right - width - 2);
    ctx.fillText(cfg.label, textX, chartArea.top + 12);
    ctx.restore();
  },
};

function config(d: LineChartData): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      datasets: [
        ...d.series.map((s) => ({
          label: s.label,
          data: s.points,
          borderColor: s.color,
          backgroundColor: s.color,
          borderDash: s.dash,
          borderWidth: 2.5,
          borderCapStyle: 'round' as const,
          pointRadius: 0,
          tension: 0,
        })),
        {
          label: 'Break-even points',
          data: d.markers,
          showLine: false,
          pointStyle: 'rectRot' as const,
          pointRadius: 7,
          pointBorderWidth: 2,
          pointBorderColor: d.text,
          pointBackgroundColor: d.bg,
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      parsing: false,
      scales: {
        x: {
          type: 'logarithmic',
          min: d.xMin,
          max: d.xMax,
          grid: { color: d.grid },
          border: { color: d.grid },
          title: { display: true, text: 'Invocations a day (log scale)', color: d.muted },
          ticks: {
            color: d.text,
            autoSkip: false,
            maxRotation: 0,
            callback: (v) => (Number.isInteger(Math.log10(Number(v))) ? d.tickX(Number(v)) : ''),
          },
        },
        y: {
          type: d.logY ? 'logarithmic' : 'linear',
          ...(d.yMin === undefined ? {} : { min: d.yMin }),
          grid: { color: d.grid },
          border: { color: d.grid },
          title: { display: true, text: `${d.yTitle}${d.logY ? ' (log scale)' : ''}`, color: d.muted },
          ticks: {
            color: d.text,
            autoSkip: true,
            callback: (v) => {
              const n = Number(v);
              if (!d.logY) return d.tickY(n);
              const m = n / 10 ** Math.floor(Math.log10(n));
              return Math.abs(m - 1) < 1e-9 || Math.abs(m - 3) < 1e-9 ? d.tickY(n) : '';
            },
          },
        },
      },
      plugins: { adgCurrent: { x: d.current, label: d.currentLabel, color: d.muted } } as never,
    },
    plugins: [currentPlugin],
  };
}

export function drawLineChart(canvas: HTMLCanvasElement, data: LineChartData, existing: Chart<'line'> | null): Chart<'line'> {
  return drawOrUpdate(canvas, config(data), existing);
}
