/**
 * Sidebar, previous/next and breadcrumbs, derived from the chapters' frontmatter so the
 * reading order lives in one place (each chapter's `order`).
 */

export interface ChapterRef {
  /** Path under the site base, e.g. `guide/cost/`. */
  path: string;
  title: string;
  sidebarLabel?: string | undefined;
  group: string;
  order: number;
}

export interface NavLink {
  path: string;
  label: string;
}

export interface NavGroup {
  id: string;
  label: string;
  links: NavLink[];
}

export interface GroupInfo {
  id: string;
  label: string;
}

/** Orders chapters by `order`, failing loudly on ties so the reading order is never ambiguous. */
export function sortChapters(chapters: readonly ChapterRef[]): ChapterRef[] {
  const sorted = [...chapters].sort((a, b) => a.order - b.order);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (prev.order === cur.order) {
      throw new Error(`Chapters "${prev.path}" and "${cur.path}" share order ${cur.order}; give each a unique order.`);
    }
  }
  return sorted;
}

/** Groups chapters in the given group order, then appends extra groups (tools, reference pages). */
export function buildSidebar(chapters: readonly ChapterRef[], groups: readonly GroupInfo[], extra: readonly NavGroup[] = []): NavGroup[] {
  const sorted = sortChapters(chapters);
  const known = new Set(groups.map((g) => g.id));
  const stray = sorted.find((c) => !known.has(c.group));
  if (stray) throw new Error(`Chapter "${stray.path}" is in unknown group "${stray.group}".`);
  const result: NavGroup[] = groups.map((g) => ({
    id: g.id,
    label: g.label,
    links: sorted.filter((c) => c.group === g.id).map((c) => ({ path: c.path, label: c.sidebarLabel ?? c.title })),
  }));
  for (const group of extra) {
    const existing = result.find((g) => g.id === group.id);
    if (existing) existing.links.push(...group.links);
    else result.push({ ...group, links: [...group.links] });
  }
  return result.filter((g) => g.links.length > 0);
}

/** Previous and next chapter in reading order; undefined at either end or off the chapter list. */
export function neighbours(chapters: readonly ChapterRef[], currentPath: string): { prev: NavLink | undefined; next: NavLink | undefined } {
  const sorted = sortChapters(chapters);
  const i = sorted.findIndex((c) => c.path === currentPath);
  if (i === -1) return { prev: undefined, next: undefined };
  const toLink = (c: ChapterRef | undefined): NavLink | undefined => (c ? { path: c.path, label: c.sidebarLabel ?? c.title } : undefined);
  return { prev: toLink(sorted[i - 1]), next: toLink(sorted[i + 1]) };
}

/** Joins the site base (`/` or `/sub/path/`) and a site-relative path, keeping exactly one slash. */
export function withBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.startsWith('/') ? path.slice(1) : path;
  return `${b}${p}`;
}

/** Normalises a pathname for comparison: base stripped, leading slash removed, trailing slash kept. */
export function pathWithinSite(base: string, pathname: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let p = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  if (p !== '' && !p.endsWith('/')) p = `${p}/`;
  return p;
}
