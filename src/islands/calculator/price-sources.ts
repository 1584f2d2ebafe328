import type { PriceSources } from '../../lib/report/price-details.ts';
import { loadSiteData, useSiteData } from '../shared/site-data.ts';

/** Every figure's source (see `PriceSources`), fetched once. */
export const loadPriceSources = (): Promise<PriceSources> => loadSiteData<PriceSources>('price-sources.json');

/** The sources once loaded, when `needed`; until then (or if they cannot load) undefined. */
export const usePriceSources = (needed: boolean): PriceSources | undefined => useSiteData<PriceSources>('price-sources.json', needed);
