import { allPriceSources } from '../lib/report/price-details.ts';

/** Every figure's source by `<id>@<region>`, fetched by the calculators when a formula opens or an export starts. */
export function GET(): Response {
  return new Response(JSON.stringify(allPriceSources()), { headers: { 'content-type': 'application/json' } });
}
