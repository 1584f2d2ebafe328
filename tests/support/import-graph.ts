/**
 * The import graph of src/, read with the TypeScript parser the project already has. Every
 * import counts, `import type` included: a type-only cycle still means two modules that cannot
 * be understood, moved or tested one without the other.
 */
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|astro)$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : SOURCE.test(path) ? [path] : [];
  });
}

/** The code of a module: a `.astro` file's frontmatter and its `<script>` blocks, else the file. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n');
}

/** Every module specifier a file names: static imports and re-exports (type-only too) and `import()`. */
export function specifiersOf(file: string): string[] {
  const source = ts.createSourceFile(file, codeOf(file), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const specs: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      specs.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteral(arg)) specs.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specs;
}

export interface ImportGraph {
  root: string;
  /** Module (path relative to the root) -> the modules it imports: relative ones as paths, packages by name. */
  edges: Map<string, string[]>;
}

export function importGraph(root: string): ImportGraph {
  const base = resolve(root);
  const edges = new Map<string, string[]>();
  for (const file of walk(base)) {
    const targets = specifiersOf(file).map((s) => (s.startsWith('.') ? relative(base, resolve(dirname(file), s.replace(/\?.*$/, ''))) : s));
    edges.set(relative(base, file), targets);
  }
  return { root: base, edges };
}

/** Each cycle once, as the path that closes it (`a.ts -> b.ts -> a.ts`). */
export function cyclesIn({ edges }: ImportGraph): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (!edges.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...edges.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}
