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

/** The file's data once loaded, when `needed`; until then (or if it cannot load) undefined. */
export function useSiteData<T>(file: string, needed: boolean): T | undefined {
  const [data, setData] = useState<T>();
  useEffect(() => {
    if (!needed || data) return;
    let live = true;
    loadSiteData<T>(file).then(
      (loaded) => live && setData(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [file, needed, data]);
  return data;
}
