import { useEffect, useState } from 'preact/hooks';
import { sitePath } from '../../lib/site/base.ts';

/**
 * JSON the build writes next to the pages (`src/pages/*.json.ts`): text and details the
 * calculators show only on demand, kept out of their JavaScript. Each file is fetched once per
 * page; a failed fetch is tried again the next time something needs it.
 */
const loads = new Map<string, Promise<unknown>>();

export function loadSiteData<T>(file: string): Promise<T> {
  let loading = loads.get(file);
  if (!loading) {
    loading = fetch(sitePath(file)).then((response) => {
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    loading.catch(() => loads.delete(file));
    loads.set(file, loading);
  }
  return loading as Promise<T>;
}

/** Where a file's data is: not asked for yet or loading, loaded, or failed on the last try. */
export type SiteDataState<T> = { data: T; failed?: undefined } | { data?: undefined; failed: boolean };

/**
 * The file's data once loaded, when `needed`, or `failed` when the last try could not load it
 * (the next time it is `needed`, it is tried again).
 */
export function useSiteDataState<T>(file: string, needed: boolean): SiteDataState<T> {
  const [state, setState] = useState<SiteDataState<T>>({ failed: false });
  const loaded = state.data !== undefined;
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    setState((s) => (s.failed ? { failed: false } : s));
    loadSiteData<T>(file).then(
      (data) => live && setState({ data }),
      () => live && setState({ failed: true }),
    );
    return () => {
      live = false;
    };
  }, [file, needed, loaded]);
  return state;
}

/** The file's data once loaded, when `needed`; until then (or if it cannot load) undefined. */
export function useSiteData<T>(file: string, needed: boolean): T | undefined {
  return useSiteDataState<T>(file, needed).data;
}
