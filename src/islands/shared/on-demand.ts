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
