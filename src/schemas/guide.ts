import { z } from 'astro/zod';

/** Sidebar groups, in the order the sidebar shows them. */
export const guideGroups = ['start', 'compare', 'choose', 'reference'] as const;

/**
 * Frontmatter of a chapter in `content/guides/`. Strict: an unknown key fails the
 * build and names the file, so a typo never silently drops a field.
 */
export const guideSchema = z.strictObject({
  /** Page title, also the sidebar label unless `sidebarLabel` is set. */
  title: z.string().min(3),
  /** One or two sentences: meta description, Open Graph and search excerpt. */
  description: z.string().min(30).max(220),
  /** Sidebar group. */
  group: z.enum(guideGroups),
  /** Position in the reading order (prev/next links follow it). Unique across chapters. */
  order: z.number().int().nonnegative(),
  /** Shorter label for the sidebar. */
  sidebarLabel: z.string().optional(),
  /** Day the chapter's facts were last checked against the sources (YYYY-MM-DD). */
  reviewed: z.coerce.date(),
});

export type GuideFrontmatter = z.infer<typeof guideSchema>;
