/**
 * How the browser's JavaScript is cut into files.
 *
 * Rolldown puts modules in the same file when the same entries reach them, and it counts a
 * part loaded on demand (`import()`) as an entry of its own. When such a part imports some of
 * the code the calculator islands share (the quota checks need the cost model, not the form),
 * that code splits in two files, and every calculator page pays for the second file: 1.4 KB
 * gzipped on each on 2026-12-05. Rolldown's pass that should see that the islands have already
 * loaded that code did not merge it back in this build.
 *
 * These groups sort the site's own modules by the islands that import them statically, as if
 * the parts loaded on demand did not exist: code every calculator shares stays one file, and a
 * part loaded later imports from it. A module that only parts loaded on demand import, or that
 * only one island imports, is left to Rolldown (in that part's file, or in the island's own).
 */

/** What Rolldown tells a group's `name` function about the module graph. */
export interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

export interface ChunkGroup {
  priority: number;
  test: (id: string) => boolean;
  name: (id: string, graph: ModuleGraph) => string | null;
}

/** The site's own code and content under `root`; packages are left to Rolldown (and to the Preact group). */
export function ownModule(root: string): (id: string) => boolean {
  const slashes = (path: string): string => path.replaceAll('\\', '/');
  const base = slashes(root).replace(/\/?$/, '/');
  return (raw) => {
    const id = slashes(raw);
    return (id.startsWith(`${base}src/`) || id.startsWith(`${base}content/`)) && !id.includes('/node_modules/');
  };
}

/**
 * The entries (islands and page scripts) whose static imports reach `id`: every entry among
 * its importers, their importers, and so on. Import cycles are fine: each module is visited once.
 */
export function staticEntries(id: string, graph: ModuleGraph): Set<string> {
  const entries = new Set<string>();
  const seen = new Set([id]);
  const queue = [id];
  for (let current = queue.pop(); current !== undefined; current = queue.pop()) {
    const info = graph.getModuleInfo(current);
    if (!info) continue;
    if (info.isEntry) entries.add(current);
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return entries;
}

/** "shared~CostCalculatorIsland~CostChapterIsland": one name per set of entries, so one file. */
export function groupName(entries: Iterable<string>): string {
  const names = [...entries].map((id) => (id.split(/[\\/]/).pop() ?? id).replace(/\..*$/, '')).sort();
  return ['shared', ...names].join('~');
}

/** Fails when two sets of entries would get one name (two entries with one file name): one file would serve both. */
function checkedName(names: Map<string, string>, entries: Set<string>): string {
  const name = groupName(entries);
  const key = [...entries].sort().join('\n');
  const known = names.get(name);
  if (known !== undefined && known !== key) throw new Error(`Two sets of entries share the chunk group name ${name}: rename an entry`);
  names.set(name, key);
  return name;
}

/**
 * One group per number of entries, largest first: Rolldown puts a group's modules and what they
 * import in its file, and a module is reached by at least the entries that reach its importers,
 * so a module's own group must claim it before a smaller group pulls it in. The build fails
 * rather than cut a module reached by more than `maxEntries` entries by Rolldown's own rule.
 */
export function staticReachGroups(root: string, maxEntries = 16): ChunkGroup[] {
  const test = ownModule(root);
  const names = new Map<string, string>();
  // Rolldown asks each group about each module; the graph object is the same for one build.
  const cache = new WeakMap<ModuleGraph, Map<string, Set<string>>>();
  const entriesOf = (id: string, graph: ModuleGraph): Set<string> => {
    let byId = cache.get(graph);
    if (!byId) cache.set(graph, (byId = new Map()));
    let entries = byId.get(id);
    if (!entries) byId.set(id, (entries = staticEntries(id, graph)));
    if (entries.size > maxEntries) throw new Error(`${id} is imported by ${entries.size} entries: raise maxEntries in chunk-groups.ts`);
    return entries;
  };
  const sizes = Array.from({ length: maxEntries - 1 }, (_, i) => maxEntries - i);
  return sizes.map((size) => ({
    priority: size,
    test,
    name: (id, graph) => {
      const entries = entriesOf(id, graph);
      return entries.size === size ? checkedName(names, entries) : null;
    },
  }));
}
