import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { readColors, useThemeVersion, type ChartColors } from './theme.ts';
import { useNearViewport } from '../shared/near-viewport.ts';

/**
 * Loads a chart module only when the figure comes near the screen, then draws (and redraws
 * when `deps` or the color scheme change) with the page's current colors. Chart.js is
 * most of the calculators' JavaScript, so a reader who never scrolls to the chart never
 * downloads it.
 */
export function useLazyChart<M, C extends { destroy(): void }>(
  load: () => Promise<M>,
  draw: (module: M, canvas: HTMLCanvasElement, colors: ChartColors, existing: C | null) => C,
  deps: readonly unknown[],
): { figure: RefObject<HTMLElement>; canvas: RefObject<HTMLCanvasElement>; chart: RefObject<C | null> } {
  const figure = useRef<HTMLElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<C | null>(null);
  const mod = useRef<M | null>(null);
  const near = useNearViewport(figure);
  const theme = useThemeVersion();

  useEffect(() => {
    if (!near) return;
    let live = true;
    const run = (m: M): void => {
      if (!live || !canvas.current || !figure.current) return;
      chart.current = draw(m, canvas.current, readColors(figure.current), chart.current);
    };
    if (mod.current) run(mod.current);
    else
      void load().then((m) => {
        mod.current = m;
        run(m);
      });
    return () => {
      live = false;
    };
  }, [near, theme, ...deps]);

  useEffect(() => () => chart.current?.destroy(), []);
  return { figure, canvas, chart };
}
