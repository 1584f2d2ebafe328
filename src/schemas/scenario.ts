import { z } from 'astro/zod';
import { fieldByParam, paramNames } from '../lib/params/fields.ts';
import { parseScenario } from '../lib/params/validate.ts';

/**
 * A named scenario preset in `content/scenarios/<id>.json`. `params` uses the same
 * names and rules as the calculator URLs, and runs through the same validator: a
 * value the calculator would correct fails the build instead, with its message.
 */
export const scenarioPresetSchema = z.strictObject({
  /** Shown as the preset's name in calculators and links. */
  title: z.string().min(3),
  /** One or two sentences describing the workload. */
  summary: z.string().min(10).max(400),
  /** Caveats: what the source got wrong, which figures are assumptions. */
  note: z.string().min(10).optional(),
  /** URL parameter -> value. Fields left out take the calculator defaults. */
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
    .superRefine((params, ctx) => {
      for (const key of Object.keys(params)) {
        if (!fieldByParam(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `unknown parameter "${key}"; known parameters: ${paramNames.join(', ')}`,
          });
        }
      }
      const parsed = parseScenario(params);
      for (const issue of [...parsed.issues, ...parsed.warnings]) {
        ctx.addIssue({ code: 'custom', path: [issue.field], message: `${issue.message} (a preset must not need correcting)` });
      }
    }),
});

export type ScenarioPreset = z.infer<typeof scenarioPresetSchema>;
