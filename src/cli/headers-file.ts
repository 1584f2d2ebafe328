/**
 * A reader for the `_headers` file format (Netlify, Cloudflare Pages): path patterns followed
 * by indented `Name: value` lines, and `! Name` lines that drop a header set by an earlier
 * rule (Cloudflare only). src/cli/serve.ts applies it, so `npm start` and the browser tests
 * see the same security headers a deployment would send.
 */

export interface HeaderRule {
  pattern: string;
  /** Header names (lower case) a `! Name` line removes before this rule's own headers apply. */
  detach: string[];
  headers: [string, string][];
}

/**
 * How the two hosts combine the rules matching one path:
 * - `cloudflare`: every matching rule in file order; a repeated header is joined with ", ";
 *   `! Name` removes what earlier rules set (developers.cloudflare.com/pages/configuration/headers/).
 * - `netlify`: every matching rule in file order; a later value replaces an earlier one; `!`
 *   lines are skipped, as @netlify/headers-parser skips any line without a colon.
 */
export type HostRules = 'cloudflare' | 'netlify';

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: line, detach: [], headers: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`Header line before any path: "${line}"`);
    if (line.startsWith('!')) {
      current.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const i = line.indexOf(':');
    if (i === -1) throw new Error(`Not a "Name: value" header line: "${line}"`);
    current.headers.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

/** `*` matches any run of characters (Netlify semantics); everything else is literal. */
export function matches(pattern: string, pathname: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(pathname);
}

/** All headers for a path (names in lower case), combined the way `host` combines them. */
export function headersFor(rules: readonly HeaderRule[], pathname: string, host: HostRules = 'cloudflare'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    if (host === 'cloudflare') for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = out.get(key);
      out.set(key, host === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value);
    }
  }
  return out;
}
