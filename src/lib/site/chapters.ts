import type { GuideFrontmatter } from '../../schemas/guide.ts';
import type { ChapterRef } from './navigation.ts';

/** The shape of a guide collection entry that navigation needs (kept structural: no Astro import). */
export interface GuideEntryLike {
  id: string;
  data: Pick<GuideFrontmatter, 'title' | 'sidebarLabel' | 'group' | 'order'>;
}

export function chapterPath(id: string): string {
  return `guide/${id}/`;
}

/** The chapter as Markdown, next to its page: `guide/cost.md` beside `guide/cost/`. */
export function chapterMarkdownPath(id: string): string {
  return `guide/${id}.md`;
}

export function chapterRefs(entries: readonly GuideEntryLike[]): ChapterRef[] {
  return entries.map((e) => ({
    path: chapterPath(e.id),
    title: e.data.title,
    sidebarLabel: e.data.sidebarLabel,
    group: e.data.group,
    order: e.data.order,
  }));
}
