import type { ComponentChildren } from 'preact';

interface Props {
  as: 'p' | 'div' | 'span' | 'ul';
  class?: string;
  id?: string;
  /** Rendered on the server only; pass `import.meta.env.SSR ? text : null` so the browser bundle leaves the text out. */
  children: ComponentChildren;
}

// One object for every render, so Preact never sees a new `__html` and never writes it.
const KEEP = { __html: '' };

/**
 * An element whose content only the server renders: text that never changes while the page is
 * open (a field's hint), kept out of the browser's JavaScript. The server renders the children.
 * The browser renders the element with `dangerouslySetInnerHTML`, which Preact leaves alone while
 * hydrating and, as long as the same object comes back, on every later render too: the server's
 * content stays. The element must stay mounted: one the browser mounts later would be empty. To
 * replace the server's content with the browser's, render another element (or key) in its place:
 * switching this one to children in place makes Preact write `innerHTML`, which the site's
 * Trusted Types policy forbids.
 *
 * Callers guard the content with `import.meta.env.SSR` themselves: the build replaces it with
 * `false` in the browser bundle, and only then can it drop the modules the text comes from.
 */
export function ServerRendered({ as: Element, children, ...attributes }: Props) {
  return import.meta.env.SSR ? <Element {...attributes}>{children}</Element> : <Element {...attributes} dangerouslySetInnerHTML={KEEP} />;
}
