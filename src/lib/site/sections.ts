import type { GroupInfo, NavGroup } from './navigation.ts';

export const siteName = 'Agent Deploy Guide';

/** Sidebar groups in display order; chapters join a group through their `group` frontmatter. */
export const sidebarGroups: GroupInfo[] = [
  { id: 'start', label: 'Start here' },
  { id: 'tools', label: 'Tools' },
  { id: 'compare', label: 'Compare the options' },
  { id: 'choose', label: 'Choose and plan' },
  { id: 'reference', label: 'Reference' },
];

/**
 * Titles of the pages that are not chapters (chapters carry theirs in frontmatter), keyed by path
 * under the base: the page's heading, its og:title and the title on its link card.
 */
export const pageTitles = {
  'calculators/cost/': 'Cost calculator',
  'calculators/break-even/': 'Break-even calculator',
  'decide/': 'Decision walkthrough',
  'sources/': 'Sources and prices',
  'changelog/': 'Changelog',
  '': 'Run AI agents on AWS',
  '404/': 'Page not found',
} as const satisfies Record<string, string>;

/** Pages that are not chapters but belong in the sidebar. */
export const extraNav: NavGroup[] = [
  {
    id: 'tools',
    label: 'Tools',
    links: [
      { path: 'calculators/cost/', label: pageTitles['calculators/cost/'] },
      { path: 'calculators/break-even/', label: pageTitles['calculators/break-even/'] },
      { path: 'decide/', label: pageTitles['decide/'] },
    ],
  },
  {
    id: 'reference',
    label: 'Reference',
    links: [
      { path: 'sources/', label: pageTitles['sources/'] },
      { path: 'changelog/', label: pageTitles['changelog/'] },
    ],
  },
];

/**
 * One-line summaries of the pages that are not chapters (chapters carry theirs in frontmatter),
 * keyed by path under the base: each page's meta description and its line in /llms.txt.
 */
export const pageDescriptions = {
  'calculators/cost/':
    'Monthly cost of one agent workload on Bedrock Agents, AgentCore Runtime and ECS on Fargate, line by line, with every formula and dated price source.',
  'calculators/break-even/':
    'The daily volume at which ECS on Fargate and AgentCore Runtime cost the same for your workload, and which inputs move that point most.',
  'decide/':
    'Answer a few questions about your agent and your team, and get a recommendation with the reasons behind it and a cost estimate filled in for your situation.',
  'sources/':
    'Every price and limit the guide and its calculators use, with value, unit, Region, source, date and how confident each figure is.',
  'changelog/': "What changed in the guide's prices, limits and facts, and why, newest first.",
  '': 'Choose between Amazon Bedrock Agents, Bedrock AgentCore Runtime and your own containers on ECS with Fargate, with dated, sourced prices and live calculators.',
} as const satisfies Record<string, string>;
