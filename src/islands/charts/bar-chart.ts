import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import { drawOrUpdate } from './chart.ts';

// Only what a horizontal stacked bar chart needs: no tooltips, legend or animations
// (the table next to the chart carries the numbers, the legend is HTML).
Chart.register(BarController, BarElement, CategoryScale, LinearScale);

export interface BarChartData {
  /** One bar per option; an array is drawn as lines. */
  labels: (string | string[])[];
  /** The same, short, for a chart narrower than `FULL_LABELS_MIN_WIDTH`. */
  shortLabels: string[];
  /** One stacked segment per category, filled per bar with that bar's color marked with the category's pattern. */
  segments: { label: string; data: number[]; pattern: PatternKind }[];
  /** One color per bar. */
  colors: string[];
  /** Text drawn after each bar: its total. */
  totalLabels: string[];
  text: string;
  grid: string;
  bg: string;
  tick: (value: number) => string;
}

/**
 * Below this canvas width the full names (and Classic's status) do not fit beside the bars: they
 * were cut off at the canvas's left edge on a 375 px phone, and still at a 608 px canvas
 * (2026-12-05). The axis then gives the short names; the table under the chart has the full
 * ones. Chart.js asks again on every resize.
 */
export const FULL_LABELS_MIN_WIDTH = 640;

export type PatternKind = 'solid' | 'diagonal' | 'dots' | 'cross' | 'horizontal' | 'vertical';

/** A small repeating tile: `color` filled, marked in `ink` (the page background) with the pattern. */
function makePattern(color: string, ink: string, kind: PatternKind): CanvasPattern | string {
  if (kind === 'solid') return color;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = 2;
  ctx.globalAlpha = 0.75;
  ctx.beginPath();
  switch (kind) {
    case 'diagonal':
      for (const o of [-size, 0, size]) {
        ctx.moveTo(o, size);
        ctx.lineTo(o + size, 0);
      }
      ctx.stroke();
      break;
    case 'dots':
      ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2);
      ctx.fill();
      break;
    case 'cross':
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
      ctx.stroke();
      break;
    case 'horizontal':
      ctx.moveTo(0, size / 2);
      ctx.lineTo(size, size / 2);
      ctx.stroke();
      break;
    case 'vertical':
      ctx.moveTo(size / 2, 0);
      ctx.lineTo(size / 2, size);
      ctx.stroke();
      break;
  }
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/** Writes each bar's total just past its end, so the figure does not depend on reading the axis. */
const totalsPlugin: Plugin<'bar'> = {
  id: 'adgTotals',
  afterDatasetsDraw(chart) {
    const opts = chart.options.plugins as unknown as { adgTotals?: { labels: string[]; color: string } };
    const cfg = opts.adgTotals;
    if (!cfg) return;
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = cfg.color;
    ctx.font = '600 13px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const lastMeta = chart.getDatasetMeta(chart.data.datasets.length - 1);
    cfg.labels.forEach((label, i) => {
      let end = chart.chartArea.left;
      for (let d = 0; d < chart.data.datasets.length; d++) {
        const bar = chart.getDatasetMeta(d).data[i] as unknown as { x: number } | undefined;
        if (bar) end = Math.max(end, bar.x);
      }
      const y = (lastMeta.data[i] as unknown as { y: number } | undefined)?.y ?? 0;
      ctx.fillText(label, end + 6, y);
    });
    ctx.restore();
  },
};

function config(d: BarChartData): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: d.labels,
      datasets: d.segments.map((s) => ({
        label: s.label,
        data: s.data,
        backgroundColor: d.colors.map((color) => makePattern(color, d.bg, s.pattern)),
        borderColor: d.bg,
        borderWidth: { left: 0, right: 1, top: 0, bottom: 0 },
        borderSkipped: false,
        barPercentage: 0.8,
        categoryPercentage: 0.9,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { right: 72 } },
      scales: {
        x: {
          stacked: true,
          beginAtZero: true,
          grid: { color: d.grid },
          border: { color: d.grid },
          ticks: {
            color: d.text,
            maxTicksLimit: 5,
            maxRotation: 0,
            autoSkip: true,
            autoSkipPadding: 12,
            callback: (v) => d.tick(Number(v)),
          },
        },
        y: {
          stacked: true,
          grid: { display: false },
          border: { color: d.grid },
          ticks: {
            color: d.text,
            font: { size: 13 },
            callback(_value, index) {
              return (this.chart.width < FULL_LABELS_MIN_WIDTH ? d.shortLabels : d.labels)[index] ?? '';
            },
          },
        },
      },
      plugins: { adgTotals: { labels: d.totalLabels, color: d.text } } as never,
    },
    plugins: [totalsPlugin],
  };
}

export function drawBarChart(canvas: HTMLCanvasElement, data: BarChartData, existing: Chart<'bar'> | null): Chart<'bar'> {
  return drawOrUpdate(canvas, config(data), existing);
}
