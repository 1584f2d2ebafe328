/**
 * The /llms.txt file (llmstxt.org): a Markdown index that assistants and tools read instead of
 * crawling the site. `# Title`, a `> summary`, then `## Section` lists of
 * `- [Name](absolute URL): one line`.
 */

export interface LlmsLink {
  name: string;
  /** Absolute, so the file still works when pasted somewhere else. */
  url: string;
  description: string;
}

export interface LlmsSection {
  title: string;
  links: LlmsLink[];
}

/** Descriptions may wrap in frontmatter; the convention wants one line per link. */
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Square brackets in a name would end the link text early. */
const linkText = (text: string): string => oneLine(text).replace(/[[\]]/g, '\\$&');

export function llmsTxt(title: string, summary: string, sections: readonly LlmsSection[]): string {
  const parts = [`# ${oneLine(title)}`, `> ${oneLine(summary)}`];
  for (const section of sections) {
    if (section.links.length === 0) continue;
    const lines = section.links.map((l) => `- [${linkText(l.name)}](${l.url}): ${oneLine(l.description)}`);
    parts.push(`## ${oneLine(section.title)}\n\n${lines.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
