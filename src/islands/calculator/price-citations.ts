import type { PriceCitations } from '../../lib/report/price-details.ts';
import { loadSiteData, useSiteDataState, type SiteDataState } from '../shared/site-data.ts';

const FILE = 'price-citations.json';

/** Every figure's label, source and source date (see `PriceCitation`), fetched once. */
export const loadPriceCitations = (): Promise<PriceCitations> => loadSiteData<PriceCitations>(FILE);

/** The citations once loaded, when `needed`, or whether they could not load. */
export const usePriceCitations = (needed: boolean): SiteDataState<PriceCitations> => useSiteDataState<PriceCitations>(FILE, needed);
