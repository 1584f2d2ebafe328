import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Which item of a chart the reader is looking at (a bar, a volume), from the pointer or the
 * keyboard: the chart's figure shows its values in words beside the canvas. `indexAt` maps a
 * pointer position (CSS pixels inside the canvas) to an item; arrows, Home and End step
 * through `count` items while the canvas has focus; Page Up and Page Down jump a tenth.
 */
export function useChartReadout(
  canvas: RefObject<HTMLCanvasElement>,
  count: number,
  indexAt: (x: number, y: number) => number | null,
): {
  active: number | null;
  handlers: {
    onPointerMove: (e: PointerEvent) => void;
    onPointerLeave: () => void;
    onFocus: () => void;
    onBlur: () => void;
    onKeyDown: (e: KeyboardEvent) => void;
  };
} {
  const [active, setActive] = useState<number | null>(null);
  const clamp = (i: number): number => Math.min(count - 1, Math.max(0, i));
  const jump = Math.max(1, Math.round(count / 10));
  return {
    active: active === null ? null : clamp(active),
    handlers: {
      onPointerMove: (e) => {
        const box = canvas.current?.getBoundingClientRect();
        if (!box) return;
        setActive(indexAt(e.clientX - box.left, e.clientY - box.top));
      },
      onPointerLeave: () => {
        if (document.activeElement !== canvas.current) setActive(null);
      },
      onFocus: () => setActive((a) => a ?? 0),
      onBlur: () => setActive(null),
      onKeyDown: (e) => {
        const step: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: jump, PageUp: -jump };
        if (e.key in step) setActive((a) => clamp((a ?? 0) + step[e.key]!));
        else if (e.key === 'Home') setActive(0);
        else if (e.key === 'End') setActive(count - 1);
        else return;
        e.preventDefault();
      },
    },
  };
}
