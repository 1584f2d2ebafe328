import { allPriceCitations } from '../lib/report/price-details.ts';

/**
 * Every figure's label, source and source date by `<id>@<region>`, fetched by the calculators
 * when a formula opens or an export starts (their price book leaves them out).
 */
export function GET(): Response {
  return Response.json(allPriceCitations());
}
