import type { ComponentChildren, RefObject } from 'preact';
import type { useChartReadout } from './use-chart-readout.ts';
import { probeNames } from './theme.ts';

interface Props {
  uid: string;
  /** The canvas box is taller (the break-even lines need the height). */
  tall?: boolean;
  figure: RefObject<HTMLElement>;
  canvas: RefObject<HTMLCanvasElement>;
  /** The chart in one sentence, for screen readers (the canvas's accessible name). */
  summary: string;
  /** Pointer and keyboard handlers that move the readout (from useChartReadout). */
  handlers: ReturnType<typeof useChartReadout>['handlers'];
  /** The figures under the pointer or the focused point, as text. */
  readout: string;
  /** The legend and how to read the chart. */
  caption: ComponentChildren;
  /** The same numbers as a table: what screen readers, print and readers without JavaScript get. */
  tableLabel: string;
  table: ComponentChildren;
}

/**
 * Both calculators' charts, under their ChartSection's heading: the canvas (drawn lazily by the
 * caller), a live text readout, the caption, probe elements the chart reads its colors from, and
 * the table beside it.
 */
export function ChartFigure({ uid, tall, figure, canvas, summary, handlers, readout, caption, tableLabel, table }: Props) {
  return (
    <div class="calc-chart-layout">
      <figure class="calc-figure" ref={figure}>
        <div class={tall ? 'chart-canvas calc-chart-box calc-chart-box-tall' : 'chart-canvas calc-chart-box'}>
          <canvas ref={canvas} role="img" aria-label={summary} aria-describedby={`${uid}-chart-readout`} tabIndex={0} {...handlers} />
        </div>
        <p class="chart-readout" id={`${uid}-chart-readout`} aria-live="polite">
          {readout}
        </p>
        <figcaption>{caption}</figcaption>
        <span class="calc-probes" aria-hidden="true">
          {probeNames.map((p) => (
            <span key={p} data-probe={p} />
          ))}
        </span>
      </figure>
      <div class="table-scroll chart-table" tabIndex={0} role="region" aria-label={tableLabel}>
        {table}
      </div>
    </div>
  );
}
