import { z } from 'astro/zod';

/** One entry of the data changelog (`content/changelog/*.md`): what changed in the figures and why. */
export const changelogSchema = z.strictObject({
  title: z.string().min(5),
  /** Day the change landed (YYYY-MM-DD). */
  date: z.coerce.date(),
  /** One sentence for the list view. */
  summary: z.string().min(20).max(240),
});
