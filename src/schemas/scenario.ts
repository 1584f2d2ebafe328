import { z } from 'astro/zod';

/**
 * A named scenario preset in `content/scenarios/<id>.json`. `params` uses the same
 * names and rules as the calculator URLs; src/lib/content/checked-schemas.ts runs them
 * through the calculator's validator, so a value it would correct fails the build instead.
 */
export const scenarioPresetSchema = z.strictObject({
  /** Shown as the preset's name in calculators and links. */
  title: z.string().min(3),
  /** One or two sentences describing the workload. */
  summary: z.string().min(10).max(400),
  /** Caveats: what the source got wrong, which figures are assumptions. */
  note: z.string().min(10).optional(),
  /** URL parameter -> value. Fields left out take the calculator defaults. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
});

export type ScenarioPreset = z.infer<typeof scenarioPresetSchema>;
