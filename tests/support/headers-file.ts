/**
 * A reader for the `_headers` file format (Netlify, Cloudflare Pages): path patterns followed
 * by indented `Name: value` lines. The test server applies it so browser tests see the same
 * security headers a deployment would send.
 */

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      current = { pattern: raw.trim(), headers: [] };
      rules.push(current);
      continue;
    }
    if (!current) throw new Error(`Header line before any path: "${raw.trim()}"`);
    const i = raw.indexOf(':');
    if (i === -1) throw new Error(`Not a "Name: value" header line: "${raw.trim()}"`);
    current.headers.push([raw.slice(0, i).trim(), raw.slice(i + 1).trim()]);
  }
  return rules;
}

/** `*` matches any run of characters (Netlify semantics); everything else is literal. */
export function matches(pattern: string, pathname: string): boolean {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`).test(pathname);
}

/** All headers for a path; a later rule's value for the same name replaces an earlier one. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    if (!matches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  }
  return out;
}
