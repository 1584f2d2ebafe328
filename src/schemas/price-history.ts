import { z } from 'astro/zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD');
const value = z.union([z.number(), z.string()]);

/**
 * One data version in `content/price-history/<YYYY-MM-DD>.json`: the figures (and calculator
 * defaults) that changed that day, each with the value it held until then. The current values
 * live in content/pricing/ and src/lib/cost/scenario.ts; a figure's value on any earlier day is
 * the `from` of its first change after that day, else its current value. Versions are written
 * by `npm run prices:update` (or by hand for changes found in review) and never edited after.
 */
export const priceVersionSchema = z.strictObject({
  /** The day this version took effect (the file name repeats it). */
  date: day,
  /** One sentence for the feed and the changelog. */
  summary: z.string().min(10).max(300),
  changes: z.array(
    z.strictObject({
      /** Pricing entry key: its id and Region (`global` for Region-independent figures). */
      id: z.string().min(1),
      region: z.string().min(1),
      from: value,
      to: value,
    }),
  ),
  /** Calculator defaults that changed (by URL parameter name), so old links keep their meaning. */
  defaults: z
    .array(
      z.strictObject({
        param: z.string().min(1),
        from: z.union([value, z.boolean()]),
        to: z.union([value, z.boolean()]),
      }),
    )
    .default([]),
});

export type PriceVersion = z.infer<typeof priceVersionSchema>;
