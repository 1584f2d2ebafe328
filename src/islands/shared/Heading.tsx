import { h, type ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4;

/** A heading whose level fits where the calculator sits (a page section or a chapter's h3). */
export function Heading({
  level,
  id,
  class: className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  class?: string;
  children: ComponentChildren;
}) {
  return h(`h${level}`, { id, class: className }, children);
}
