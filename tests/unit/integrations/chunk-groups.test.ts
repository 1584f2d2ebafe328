import { describe, expect, it } from 'vitest';
import { groupName, ownModule, staticEntries, staticReachGroups, type ModuleGraph } from '../../../src/integrations/chunk-groups.ts';

/**
 * A small site: three islands (entries) and the modules they import statically. `model` and
 * `prices` import each other. `checks` is only ever loaded with `import()`, so it has no static
 * importer at all.
 */
const importers: Record<string, string[]> = {
  '/src/islands/Cost.tsx': [],
  '/src/islands/BreakEven.tsx': [],
  '/src/islands/Walk.tsx': [],
  '/src/lib/form.ts': ['/src/islands/Cost.tsx', '/src/islands/BreakEven.tsx'],
  '/src/lib/model.ts': ['/src/lib/form.ts', '/src/lib/prices.ts'],
  '/src/lib/prices.ts': ['/src/lib/model.ts'],
  '/src/lib/labels.ts': ['/src/lib/model.ts', '/src/islands/Walk.tsx'],
  '/src/lib/cards.ts': ['/src/islands/Cost.tsx'],
  '/src/lib/checks.ts': [],
};
const graph: ModuleGraph = {
  getModuleInfo: (id) => (id in importers ? { isEntry: id.startsWith('/src/islands/'), importers: importers[id]! } : null),
};

describe('staticEntries', () => {
  it('finds every island whose static imports reach a module, through import cycles', () => {
    expect([...staticEntries('/src/lib/prices.ts', graph)].sort()).toEqual(['/src/islands/BreakEven.tsx', '/src/islands/Cost.tsx']);
    expect([...staticEntries('/src/lib/labels.ts', graph)].sort()).toEqual([
      '/src/islands/BreakEven.tsx',
      '/src/islands/Cost.tsx',
      '/src/islands/Walk.tsx',
    ]);
    expect([...staticEntries('/src/lib/cards.ts', graph)]).toEqual(['/src/islands/Cost.tsx']);
  });

  it('finds none for a module only `import()` loads', () => {
    expect(staticEntries('/src/lib/checks.ts', graph).size).toBe(0);
  });
});

describe('staticReachGroups', () => {
  const groups = staticReachGroups('/', 4);
  /** The one group that claims `id`, as [priority, name], or null when Rolldown decides. */
  const claim = (id: string): [number, string] | null => {
    const named = groups.map((g) => [g.priority, g.name(id, graph)] as const).filter(([, name]) => name !== null);
    expect(named.length, id).toBeLessThanOrEqual(1);
    return named.length === 1 ? [named[0]![0], named[0]![1]!] : null;
  };

  it('has one group per number of islands, the most islands first', () => {
    expect(groups.map((g) => g.priority)).toEqual([4, 3, 2]);
  });

  it('names a module by the islands that import it, so modules they share go in one file', () => {
    expect(claim('/src/lib/model.ts')).toEqual([2, 'shared~BreakEven~Cost']);
    expect(claim('/src/lib/prices.ts')).toEqual([2, 'shared~BreakEven~Cost']);
    expect(claim('/src/lib/form.ts')).toEqual([2, 'shared~BreakEven~Cost']);
    expect(claim('/src/lib/labels.ts')).toEqual([3, 'shared~BreakEven~Cost~Walk']);
  });

  it("leaves one island's own modules and modules only `import()` loads to Rolldown", () => {
    expect(claim('/src/lib/cards.ts')).toBeNull();
    expect(claim('/src/lib/checks.ts')).toBeNull();
  });

  it('fails the build for a module more islands import than it has groups for', () => {
    const small = staticReachGroups('/', 2);
    expect(() => small[0]!.name('/src/lib/labels.ts', graph)).toThrow(/imported by 3 entries/);
  });
});

describe('ownModule', () => {
  const own = ownModule('/work/site');
  it("takes the site's src/ and content/ only, not packages, wherever the checkout is", () => {
    expect(own('/work/site/src/lib/model.ts')).toBe(true);
    expect(own('/work/site/content/pricing/fargate.json')).toBe(true);
    expect(own('/work/site/node_modules/chart.js/dist/chart.js')).toBe(false);
    expect(own('/work/site/node_modules/some-package/src/index.ts')).toBe(false);
    expect(ownModule('/home/me/src/site')('/home/me/src/site/node_modules/preact/src/index.js')).toBe(false);
    expect(ownModule('C:\\work\\site')('C:\\work\\site\\src\\lib\\model.ts')).toBe(true);
  });
});

describe('groupName', () => {
  it('is the same for the same islands in any order, from their file names', () => {
    expect(groupName(['/a/src/islands/Cost.tsx', '/a/src/islands/BreakEven.tsx'])).toBe('shared~BreakEven~Cost');
    expect(groupName(['/a/src/islands/BreakEven.tsx', '/a/src/islands/Cost.tsx'])).toBe('shared~BreakEven~Cost');
  });

  it('fails the build when two sets of islands would share a name, and so a file', () => {
    // Two islands named Island.tsx, each sharing a module with Walk.tsx.
    const twins: Record<string, string[]> = {
      '/src/a/Island.tsx': [],
      '/src/b/Island.tsx': [],
      '/src/Walk.tsx': [],
      '/src/one.ts': ['/src/a/Island.tsx', '/src/Walk.tsx'],
      '/src/two.ts': ['/src/b/Island.tsx', '/src/Walk.tsx'],
    };
    const twinGraph: ModuleGraph = {
      getModuleInfo: (id) => (id in twins ? { isEntry: !id.endsWith('.ts'), importers: twins[id]! } : null),
    };
    const pairs = staticReachGroups('/', 3).find((g) => g.priority === 2)!;
    expect(pairs.name('/src/one.ts', twinGraph)).toBe('shared~Island~Walk');
    expect(() => pairs.name('/src/two.ts', twinGraph)).toThrow(/share the chunk group name shared~Island~Walk/);
  });
});
