import type { APIContext } from 'astro';
import { getCollection } from 'astro:content';
import { siteBase } from '../lib/site/base.ts';
import { chapterMarkdownPath, chapterPath, chapterRefs } from '../lib/site/chapters.ts';
import { localSiteUrl } from '../lib/site/deploy-site.ts';
import { llmsTxt, type LlmsSection } from '../lib/site/llms-txt.ts';
import { buildSidebar } from '../lib/site/navigation.ts';
import { extraNav, pageDescriptions, sidebarGroups, siteName } from '../lib/site/sections.ts';

const feed = {
  path: 'prices.xml',
  name: `${siteName}: price and limit changes (Atom feed)`,
  description: 'One entry per data version: each changed price or limit with its old and new value and why it changed.',
};

/**
 * /llms.txt: every chapter, calculator, the walkthrough and the reference pages, grouped and
 * ordered as the sidebar shows them (the sidebar's own helpers decide), with absolute URLs.
 * Chapters link to their Markdown copies (`guide/cost.md`): the convention asks for Markdown
 * where a page has it, the readers of this file are tools that want text, not a page to lay
 * out, and each copy names its HTML page at the top. Calculators and reference pages
 * have no copy (they are interactive or generated tables), so they link to their pages.
 */
export async function GET({ site }: APIContext): Promise<Response> {
  const root = new URL(siteBase, site ?? localSiteUrl);
  const absolute = (path: string): string => new URL(path, root).href;
  const guides = await getCollection('guides');
  const chapters = new Map(guides.map((entry) => [chapterPath(entry.id), entry]));
  const descriptions: Record<string, string> = pageDescriptions;

  const groups = buildSidebar(chapterRefs(guides), sidebarGroups, extraNav);
  const sections: LlmsSection[] = groups.map((group) => ({
    title: group.label,
    links: group.links.map((link) => {
      const chapter = chapters.get(link.path);
      const description = chapter?.data.description ?? descriptions[link.path];
      // A page added to the sidebar without a summary would otherwise get an empty line here.
      if (description === undefined) throw new Error(`/llms.txt: no description for "${link.path}"; add it to pageDescriptions.`);
      const url = absolute(chapter ? chapterMarkdownPath(chapter.id) : link.path);
      return { name: chapter?.data.title ?? link.label, url, description };
    }),
  }));
  const reference = sections[groups.findIndex((g) => g.id === 'reference')];
  if (!reference) throw new Error('/llms.txt: the sidebar has no "Reference" group for the feed.');
  reference.links.push({ name: feed.name, url: absolute(feed.path), description: feed.description });

  return new Response(llmsTxt(siteName, pageDescriptions[''], sections), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
