import type { ComponentChildren } from 'preact';
import { Heading, type HeadingLevel } from '../shared/Heading.tsx';

interface Props {
  uid: string;
  level: HeadingLevel;
  title: string;
  /** Settings for the chart (the view control), between the heading and the chart. */
  controls: ComponentChildren;
  /** The chart itself (ChartFigure), whose code loads when it comes near the screen. */
  children: ComponentChildren;
}

/**
 * A calculator's chart section: its heading and view setting, part of the island, so the setting
 * answers at once, and the chart, which loads its code (and Chart.js) only near the screen.
 */
export function ChartSection({ uid, level, title, controls, children }: Props) {
  return (
    <section class="calc-chart" aria-labelledby={`${uid}-chart-title`}>
      <Heading level={level} id={`${uid}-chart-title`}>
        {title}
      </Heading>
      {controls}
      {children}
    </section>
  );
}
