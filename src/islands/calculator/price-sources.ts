import { useEffect, useState } from 'preact/hooks';
import type { PriceSources } from '../../lib/report/price-details.ts';
import { sitePath } from '../../lib/site/base.ts';

let loading: Promise<PriceSources> | undefined;

/** Every figure's source, fetched once (see `PriceSources`); a failed fetch is tried again next time. */
export function loadPriceSources(): Promise<PriceSources> {
  loading ??= fetch(sitePath('price-sources.json'))
    .then((response) => {
      if (!response.ok) throw new Error(`price-sources.json: HTTP ${response.status}`);
      return response.json() as Promise<PriceSources>;
    })
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** The sources once loaded, when `needed`; until then (or if they cannot load) undefined. */
export function usePriceSources(needed: boolean): PriceSources | undefined {
  const [sources, setSources] = useState<PriceSources>();
  useEffect(() => {
    if (!needed || sources) return;
    let live = true;
    loadPriceSources().then(
      (loaded) => live && setSources(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed, sources]);
  return sources;
}
