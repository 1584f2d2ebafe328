/**
 * The guide sections a tree cites, checked against the chapters and named for link text
 * ("Flexibility: Limits that reduce flexibility"), so a reason never links to a heading that
 * was renamed. Chapters still being written may be cited only as a whole.
 */
import type { DecisionTree } from '../../schemas/decisions.ts';

export interface ChapterHeadings {
  /** Chapter id, as in /guide/<slug>/. */
  slug: string;
  title: string;
  headings: readonly { slug: string; text: string }[];
}

/** Every guide link in the tree (options' reasons and outcomes' reading lists), once each. */
export function treeLinks(tree: DecisionTree): string[] {
  const links = [
    ...tree.questions.flatMap((q) => q.options.map((o) => o.link)),
    ...tree.outcomes.flatMap((o) => o.readMore.map((r) => r.link)),
  ];
  return [...new Set(links)];
}

function splitLink(link: string): { chapter: string; anchor: string | undefined } {
  const m = /^\/guide\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(link);
  if (!m) throw new Error(`Not a guide link: "${link}"`);
  return { chapter: m[1]!, anchor: m[2] };
}

const humanise = (slug: string): string => {
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * Link -> readable label for every link in the tree. Throws, naming the link, when a cited
 * heading does not exist in its chapter, or when a missing chapter is cited with an anchor.
 */
export function guideLinkLabels(tree: DecisionTree, chapters: readonly ChapterHeadings[]): Record<string, string> {
  const bySlug = new Map(chapters.map((c) => [c.slug, c]));
  const labels: Record<string, string> = {};
  const problems: string[] = [];
  for (const link of treeLinks(tree)) {
    const { chapter, anchor } = splitLink(link);
    const entry = bySlug.get(chapter);
    if (!entry) {
      if (anchor) problems.push(`${link}: chapter "${chapter}" does not exist yet, so link to it as a whole (/guide/${chapter}/)`);
      else labels[link] = humanise(chapter);
      continue;
    }
    if (!anchor) {
      labels[link] = entry.title;
      continue;
    }
    const heading = entry.headings.find((h) => h.slug === anchor);
    if (!heading) problems.push(`${link}: chapter "${chapter}" has no heading with the id "${anchor}"`);
    else labels[link] = `${entry.title}: ${heading.text}`;
  }
  if (problems.length > 0) throw new Error(`content/decisions cites guide sections that do not exist:\n- ${problems.join('\n- ')}`);
  return labels;
}
