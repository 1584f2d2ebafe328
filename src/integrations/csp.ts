/**
 * Pure helpers behind the security-headers integration: hashing inline scripts and styles
 * and turning a built site's pages into `_headers` rules.
 */
import { createHash } from 'node:crypto';

export interface PageSecurity {
  /** Path of the HTML file inside dist/, e.g. `guide/cost/index.html`. */
  path: string;
  scriptHashes: string[];
  styleHashes: string[];
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hashes of every inline <script> (no src) and <style> element, as CSP source expressions. */
export function inlineHashes(html: string): { scriptHashes: string[]; styleHashes: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc=/i.test(m[1] ?? '') && !/type=["']?application\/(ld\+)?json/i.test(m[1] ?? ''))
    .map((m) => sha256(m[2] ?? ''));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? ''));
  return { scriptHashes: [...new Set(scripts)].sort(), styleHashes: [...new Set(styles)].sort() };
}

/**
 * Pages are grouped by their first path segment (`guide/*`, `calculators/*`), and files at
 * the root get exact rules, so no two rules ever set a Content-Security-Policy for the same
 * path (hosts differ in how they merge duplicates).
 */
export function groupPattern(path: string, base: string): string {
  const [first, ...rest] = path.split('/');
  if (rest.length === 0) return first === 'index.html' ? base : `${base}${first}`;
  return `${base}${first}/*`;
}

export function contentSecurityPolicy(
  scriptHashes: readonly string[],
  styleHashes: readonly string[],
  frameable: boolean | 'meta',
): string {
  const directives = [
    // Nothing loads unless a directive below names it (no fonts, frames, media or objects).
    "default-src 'none'",
    // Pagefind compiles its WebAssembly in its worker, whose policy comes from the worker
    // file's own response, not from this one. It falls back to compiling on the page when
    // the worker cannot start (blocked, failing, or slower than 5 s), and that needs
    // 'wasm-unsafe-eval' here; without it search would break on slow machines.
    `script-src 'self' 'wasm-unsafe-eval' ${scriptHashes.join(' ')}`.trim(),
    `style-src 'self' ${styleHashes.join(' ')}`.trim(),
    // The favicon; pages have no other images (charts are inline SVG).
    "img-src 'self'",
    // Pagefind's index files and WebAssembly.
    "connect-src 'self'",
    // Pagefind's worker, <base>pagefind/pagefind-worker.js.
    "worker-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    // No string reaches an HTML or script sink. The one policy, `default` (created in
    // src/scripts/trusted-types.ts), vouches only for Pagefind's worker URL, which Pagefind
    // passes to `new Worker()` as a plain string: only a policy named `default` sees those.
    "require-trusted-types-for 'script'",
    'trusted-types default',
  ];
  // A <meta> policy cannot carry frame-ancestors (browsers ignore it and log an error).
  if (frameable !== 'meta') directives.push(`frame-ancestors ${frameable ? '*' : "'none'"}`);
  return directives.join('; ');
}

/**
 * The same policy as a <meta> element right after <meta charset>, before any script, for
 * hosts that cannot send headers (GitHub Pages). Hosts that can send both enforce both.
 */
export function withMetaPolicy(html: string, page: PageSecurity): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(page.scriptHashes, page.styleHashes, 'meta')}">`;
  const charset = /<meta charset="[^"]*">/i.exec(html);
  if (!charset) throw new Error(`${page.path}: no <meta charset> to place the CSP after`);
  const at = charset.index + charset[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}

/** A page's Markdown copy: its address (base path included) and the page it copies. */
export interface MarkdownCopy {
  path: string;
  canonicalUrl: string;
}

/**
 * Rules for the chapters' Markdown copies: hosts guess a `.md` file's type differently (some
 * send application/octet-stream, which browsers download), so it is set here; and the `Link`
 * header names the HTML page as canonical, so search engines index the page, not its copy.
 * One exact path per copy: the hosts agree on exact paths, less so on `*` inside a segment.
 */
export function markdownCopyRules(copies: readonly MarkdownCopy[]): string[] {
  return [...copies]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((c) => [c.path, '  Content-Type: text/markdown; charset=utf-8', `  Link: <${c.canonicalUrl}>; rel="canonical"`, '']);
}

export function buildHeadersFile(pages: readonly PageSecurity[], base: string, markdownCopies: readonly MarkdownCopy[] = []): string {
  const groups = new Map<string, { scripts: Set<string>; styles: Set<string> }>();
  const add = (pattern: string, page: PageSecurity): void => {
    const g = groups.get(pattern) ?? { scripts: new Set<string>(), styles: new Set<string>() };
    for (const h of page.scriptHashes) g.scripts.add(h);
    for (const h of page.styleHashes) g.styles.add(h);
    groups.set(pattern, g);
  };
  for (const page of pages) {
    add(groupPattern(page.path, base), page);
    if (page.path === 'index.html') add(`${base}index.html`, page);
  }
  // A host serves 404.html at any missing address, under that address's rule.
  const notFound = pages.find((p) => p.path === '404.html');
  if (notFound) for (const pattern of groups.keys()) add(pattern, notFound);
  const lines = [
    '# Generated by src/integrations/security-headers.ts at build time. Do not edit.',
    '#',
    '# Every rule whose pattern matches a request applies. Cloudflare Pages joins repeated headers',
    '# with commas (two CSPs would both be enforced) and lets a later rule drop what earlier ones',
    '# set with a `! Name` line (developers.cloudflare.com/pages/configuration/headers/, "Attach',
    '# a header", "Detach a header"); detaching only removes what came before it, so `/*` comes',
    "# first. Netlify skips `!` lines (a line without a colon) and a later matching rule's value",
    '# replaces an earlier one (netlify/cli headersForPath). Either way each response gets one',
    '# value per header: the `/*` default, or the one its own rule puts in its place.',
    `${base}*`,
    // Both hosts serve only HTTPS (plain HTTP is redirected) and browsers ignore this header
    // on a plain-HTTP response, so it can only make a reader\'s browser skip that redirect.
    // `preload` alone enrolls nothing: that takes a submission at hstspreload.org.
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    '  Cross-Origin-Resource-Policy: same-origin',
    // Any address, including a missing one such as /nope, may not be framed; only /embed/
    // takes this back below.
    '  X-Frame-Options: DENY',
    "  Content-Security-Policy: frame-ancestors 'none'",
    '',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    // Link cards (og:image) are shown by other sites: most apps fetch them on their servers,
    // but a client that loads the image from this address in its own page would be refused
    // under same-origin.
    `${base}og/*`,
    '  ! Cross-Origin-Resource-Policy',
    '  Cross-Origin-Resource-Policy: cross-origin',
    '',
  ];
  for (const [pattern, g] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const frameable = pattern.startsWith(`${base}embed/`);
    const policy = contentSecurityPolicy([...g.scripts].sort(), [...g.styles].sort(), frameable);
    // Embeds are meant to sit in other sites' pages, framed and as resources. Netlify keeps
    // `/*`'s X-Frame-Options here (it skips `!` lines), but browsers ignore X-Frame-Options
    // on a response whose enforced CSP has frame-ancestors (HTML Standard, "check a
    // navigation response's adherence to X-Frame-Options"), so `frame-ancestors *` decides.
    const detach = frameable ? ['Content-Security-Policy', 'X-Frame-Options', 'Cross-Origin-Resource-Policy'] : ['Content-Security-Policy'];
    lines.push(pattern, ...detach.map((name) => `  ! ${name}`), `  Content-Security-Policy: ${policy}`);
    if (frameable) lines.push('  Cross-Origin-Resource-Policy: cross-origin');
    lines.push('');
  }
  lines.push(...markdownCopyRules(markdownCopies));
  return lines.join('\n');
}
