import { useEffect, useState } from 'preact/hooks';

/**
 * A module the calculators load on first use (export formats, the embed template): loaded
 * once, and tried again on the next call when the last load failed, so a reader who was
 * offline for a moment only has to press the button again.
 */
export function onDemand<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * The module `load` gives, once `when` has been true (null until then, and while it loads): for a
 * part only some addresses ask for (a link's older prices, a walkthrough's arrival note). If it
 * cannot load, the part stays away; the next render that still wants it tries again.
 */
export function useLoaded<M>(load: () => Promise<M>, when: boolean): M | null {
  const [loaded, setLoaded] = useState<M | null>(null);
  useEffect(() => {
    if (!when || loaded !== null) return;
    let live = true;
    load().then(
      (m) => live && setLoaded(() => m),
      () => undefined,
    );
    return () => {
      live = false;
    };
  });
  return loaded;
}
