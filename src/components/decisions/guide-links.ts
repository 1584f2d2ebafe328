/**
 * Readable names for the guide sections the decision tree cites, from the chapters' own
 * headings. Building them also checks every cited heading exists, so renaming a heading
 * that a reason points to fails the build.
 */
import { getCollection, render } from 'astro:content';
import type { DecisionTree } from '../../schemas/decisions.ts';
import { guideLinkLabels, type ChapterHeadings } from '../../lib/decisions/links.ts';

let chapters: Promise<ChapterHeadings[]> | undefined;

function loadChapters(): Promise<ChapterHeadings[]> {
  chapters ??= getCollection('guides').then((entries) =>
    Promise.all(
      entries.map(async (e) => ({
        slug: e.id,
        title: e.data.sidebarLabel ?? e.data.title,
        headings: (await render(e)).headings,
      })),
    ),
  );
  return chapters;
}

export async function linkLabelsFor(tree: DecisionTree): Promise<Record<string, string>> {
  return guideLinkLabels(tree, await loadChapters());
}
