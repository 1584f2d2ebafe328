import { useEffect, useState } from 'preact/hooks';

/**
 * Chart colors come from the same CSS custom properties as the rest of the page
 * (the --adg-option-* tokens), read at draw time from small probe elements, so a
 * theme switch or a change of system color scheme redraws the chart in the new
 * palette. (bar-chart.ts adds patterns, so segments tell apart without color.)
 */

export interface ChartColors {
  options: Record<string, string>;
  text: string;
  muted: string;
  grid: string;
  bg: string;
}

/** Computed colors of the `[data-probe]` elements inside `root` (their CSS sets `color`). */
export function readColors(root: Element): ChartColors {
  const get = (name: string): string => {
    const el = root.querySelector(`[data-probe="${name}"]`);
    return el ? getComputedStyle(el).color : '#666';
  };
  return {
    options: {
      'bedrock-agents': get('bedrock-agents'),
      'agentcore-runtime': get('agentcore-runtime'),
      'ecs-fargate': get('ecs-fargate'),
    },
    text: get('text'),
    muted: get('muted'),
    grid: get('grid'),
    bg: get('bg'),
  };
}

/** Bumps whenever the page's color scheme may have changed. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = (): void => setVersion((v) => v + 1);
    const media = matchMedia('(prefers-color-scheme: dark)');
    media.addEventListener('change', bump);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', bump);
      observer.disconnect();
    };
  }, []);
  return version;
}

/** Color probes for `readColors`; styled in calculators.css. */
export const probeNames = ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate', 'text', 'muted', 'grid', 'bg'] as const;
