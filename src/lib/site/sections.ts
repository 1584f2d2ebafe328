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

/** Pages that are not chapters but belong in the sidebar. */
export const extraNav: NavGroup[] = [
  {
    id: 'tools',
    label: 'Tools',
    links: [
      { path: 'calculators/cost/', label: 'Cost calculator' },
      { path: 'calculators/break-even/', label: 'Break-even calculator' },
      { path: 'decide/', label: 'Decision walkthrough' },
    ],
  },
  {
    id: 'reference',
    label: 'Reference',
    links: [
      { path: 'sources/', label: 'Sources and prices' },
      { path: 'changelog/', label: 'Changelog' },
    ],
  },
];
