/**
 * Content files as `import.meta.glob` hands them over (path -> parsed JSON), keyed by file name
 * without `.json` and sorted by it. Every loader of content/ goes through here, so a new file in
 * a folder needs no code change: the collection schema validates it at build time.
 */
export function byFileName<T>(globbed: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(
    Object.entries(globbed)
      .map(([path, file]) => [path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''), file] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
