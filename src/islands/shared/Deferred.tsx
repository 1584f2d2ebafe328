import { h, hydrate, render, type ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useNearViewport } from './near-viewport.ts';
import { shallowSame } from './pure.ts';

interface Props<P extends object> {
  /** Loads the part (an `onDemand` loader: the cards' three copies share one request). */
  load: () => Promise<ComponentType<P>>;
  /** Checked against the part's own props (not widened from this object). */
  props: NoInfer<P>;
  /** What the part shows, for the message when it cannot load ("The quota checks"). */
  what: string;
  /**
   * Also load when the part comes near the screen, or a pointer or focus reaches it: for a part
   * the reader works with (the chart), not only reads.
   */
  whenNear?: boolean;
  /**
   * False when the page no longer computes as the server did (a link's older prices): the part
   * then replaces the server's HTML instead of taking it over, which would keep any attribute the
   * first render and the current one agree on, as the server wrote it.
   */
  asServed?: boolean;
}

// The server's copies of the parts, by loader.
const loadedOnServer = new Map<() => Promise<unknown>, unknown>();

/**
 * The part as the server renders it. Astro renders Preact islands with `renderToStringAsync`,
 * which waits for a thrown promise and renders again, so the server loads the part with the
 * same `import()` as the browser: a static import would put it in the island's own file.
 */
function ServerPart<P extends object>({ load, props }: { load: () => Promise<ComponentType<P>>; props: P }) {
  const Part = loadedOnServer.get(load) as ComponentType<P> | undefined;
  if (!Part) {
    throw load().then((part) => {
      loadedOnServer.set(load, part);
    });
  }
  return <Part {...props} />;
}

// Parts whose load failed, by loader: when another copy of the part loads (the reader pressed
// "try again" in one card), they render too.
const waiting = new Map<() => Promise<unknown>, Set<() => void>>();

// One object for every render, so Preact never writes the wrapper's content (see ServerRendered).
const KEEP = { __html: '' };

/**
 * A part of an island whose code loads only when it has to do more than show what the server
 * wrote. The server renders it with the island; the browser keeps that HTML while the part's
 * props are the ones it hydrated with, which are the server's. When they change (the reader
 * edits an input, or the address asks for other inputs), or when a `whenNear` part comes near,
 * the code loads, hydrates the server's HTML with those first props (a `<details>` the reader
 * opened stays open, focus stays put) and renders the current ones in place. While it loads, the
 * old figures stay on screen, marked busy; if it cannot load, they give way to a message (or,
 * when the inputs have not changed, stay: they are still right).
 *
 * The part is a Preact tree of its own, so context does not reach it: pass what it needs as props.
 * Its wrapper has `display: contents`, so the part lays out as if it were the wrapper. Like
 * ServerRendered, it must be in the island's server HTML and stay mounted: a wrapper the browser
 * mounts later would have Preact write `innerHTML`, which the site's Trusted Types policy forbids.
 * (Rendered without server HTML, as the unit tests do, the part loads at once.)
 */
export function Deferred<P extends object>({ load, props, what, whenNear = false, asServed = true }: Props<P>) {
  const wrapper = useRef<HTMLDivElement>(null);
  // A box to watch: the wrapper itself has none.
  const content = useRef<Element | null>(null);
  // The island's first browser render uses the server's state, so these are the server's props.
  const first = useRef(props).current;
  const [part, setPart] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  const [reached, setReached] = useState(false);
  const near = useNearViewport(whenNear ? content : NOWHERE);
  const changed = !shallowSame(first, props);
  const wanted = part === null && (changed || near || reached);

  useLayoutEffect(() => {
    content.current = wrapper.current?.firstElementChild ?? null;
    if (!content.current) setReached(true);
  }, []);

  // A failed load is tried again when the inputs change again, not only from the button.
  const lastProps = useRef(props);
  if (!shallowSame(lastProps.current, props)) {
    lastProps.current = props;
    if (failed) setFailed(false);
  }

  useEffect(() => {
    if (!wanted || failed) return;
    let live = true;
    load().then(
      (loaded) => {
        if (live) setPart(() => loaded);
        for (const retry of waiting.get(load) ?? []) retry();
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, failed, load]);

  useEffect(() => {
    if (!failed) return;
    const retry = (): void => setFailed(false);
    const others = waiting.get(load) ?? new Set();
    waiting.set(load, others.add(retry));
    return () => others.delete(retry);
  }, [failed, load]);

  // The element the part was rendered into, to unmount it (and destroy its chart) with the island.
  const mountedIn = useRef<HTMLElement | null>(null);
  // After "try again", focus goes back into the part (or to the button, if it failed again).
  const refocus = useRef(false);
  const retryButton = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const el = wrapper.current;
    if (!part || !el) return;
    if (!mountedIn.current) {
      mountedIn.current = el;
      if (asServed) hydrate(h(part, first), el);
      else el.replaceChildren();
    }
    render(h(part, props), el);
    if (refocus.current) {
      refocus.current = false;
      el.querySelector<HTMLElement>('summary, a[href], button, [tabindex="0"]')?.focus();
    }
  });
  useEffect(
    () => () => {
      if (mountedIn.current) render(null, mountedIn.current);
    },
    [],
  );

  // The server's HTML stays while it is right; once the inputs changed, it gives way to a message.
  const broken = failed && changed && !part;
  useLayoutEffect(() => {
    if (!broken || !refocus.current) return;
    refocus.current = false;
    retryButton.current?.focus();
  }, [broken]);

  if (import.meta.env.SSR) {
    return (
      <div class="deferred">
        <ServerPart load={load} props={props} />
      </div>
    );
  }
  const reach = whenNear && !part ? (): void => setReached(true) : undefined;
  return (
    <>
      <div
        ref={wrapper}
        class="deferred"
        aria-busy={wanted && changed ? 'true' : undefined}
        data-loading={wanted && !failed ? '' : undefined}
        hidden={broken}
        onFocusIn={reach}
        onPointerOver={reach}
        dangerouslySetInnerHTML={KEEP}
      />
      {broken && (
        <p class="deferred-failed" role="status">
          {what} for these inputs could not load. Check your connection, and{' '}
          <button
            ref={retryButton}
            type="button"
            class="button button-quiet"
            onClick={() => {
              refocus.current = true;
              setFailed(false);
            }}
          >
            try again
          </button>
        </p>
      )}
    </>
  );
}

const NOWHERE = { current: null };
