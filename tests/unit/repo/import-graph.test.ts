/**
 * The layers run one way: content schemas -> the pure model in src/lib -> islands, components,
 * layouts and pages. A cycle, a schema that reaches into the model, or model code that imports
 * UI fails here, with the offending imports named.
 */
import { describe, expect, it } from 'vitest';
import { cyclesIn, importGraph } from '../../support/import-graph.ts';

const graph = importGraph(new URL('../../../src', import.meta.url).pathname);
const importsOf = (prefix: string) =>
  [...graph.edges].filter(([file]) => file.startsWith(prefix)).flatMap(([file, targets]) => targets.map((t) => `${file} -> ${t}`));

describe('the import graph of src/', () => {
  it('reads every module', () => {
    expect(graph.edges.size).toBeGreaterThan(100);
    expect(graph.edges.get('lib/cost/estimate.ts')).toContain('lib/cost/scenario.ts');
  });

  it('finds a cycle, even one closed by a type import (a fixture)', () => {
    const fixture = importGraph(new URL('../../fixtures/import-graph', import.meta.url).pathname);
    expect(cyclesIn(fixture)).toEqual(['a.ts -> b.ts -> a.ts']);
  });

  it('has no cycles, type imports included', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  it('src/schemas imports only astro/zod and other schemas', () => {
    expect(importsOf('schemas/').filter((edge) => !/ -> (astro\/zod|schemas\/[\w-]+\.ts)$/.test(edge))).toEqual([]);
  });

  it('src/lib imports no UI: nothing under islands, components, layouts or pages', () => {
    expect(importsOf('lib/').filter((edge) => / -> (islands|components|layouts|pages)\//.test(edge))).toEqual([]);
  });
});
