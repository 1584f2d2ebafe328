// Named chart.ts because Vite names the shared Chart.js chunk after it (chart.[hash].js),
// which the JavaScript budget test looks for.
import { Chart, type ChartConfiguration, type ChartType } from 'chart.js';

/**
 * Draws a chart, or updates the one already on the canvas in place and without animation,
 * so typing in a field does not rebuild the chart or make it jump.
 */
export function drawOrUpdate<T extends ChartType>(
  canvas: HTMLCanvasElement,
  config: ChartConfiguration<T>,
  existing: Chart<T> | null,
): Chart<T> {
  if (!existing) return new Chart(canvas, config);
  existing.data = config.data;
  existing.options = config.options!;
  existing.update('none');
  return existing;
}
