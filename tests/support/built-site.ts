/**
 * Reads the built site in dist/ as a set of pages with their links and ids, for checks that
 * run over the output (links, anchors, budgets) without a browser.
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

/** The build under test: `dist/`, or another output folder named by DIST_DIR (relative to the repository). */
export const distDir = resolve(repoRoot, process.env['DIST_DIR'] ?? 'dist');

/** The base path the site was built with (BASE_PATH), as `/` or `/sub/path/`. */
export const siteBase = (process.env['BASE_PATH'] ?? '/').replace(/\/?$/, '/').replace(/^(?!\/)/, '/');

/**
 * Where every absolute address in the build must start: SITE_URL plus the base path, as the
 * build was told (`http://localhost:4321/` for a local build, which falls back to it).
 * Written here from the environment, not read from the config, so a build that ignored either
 * variable fails the checks.
 */
export const siteRoot = new URL(siteBase, process.env['SITE_URL'] ?? 'http://localhost:4321').href;

export interface BuiltPage {
  /** URL path of the page, e.g. `/guide/cost/` (base path included as built). */
  url: string;
  file: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(distDir)) throw new Error('dist/ is missing: run `npm run build` first.');
  return walk(distDir)
    .filter((f) => f.endsWith('.html') && !f.includes(`${sep}pagefind${sep}`))
    .map((file) => {
      const rel = relative(distDir, file).split(sep).join('/');
      const path = rel === '404.html' ? rel : rel.replace(/index\.html$/, '').replace(/\.html$/, '/');
      return { url: `${siteBase}${path}`, file, html: readFileSync(file, 'utf8') };
    });
}

/** Values of an attribute on a tag, e.g. every `href` of `<a>`. */
export function attributeValues(html: string, tag: string, attr: string): string[] {
  const out: string[] = [];
  const tagRe = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  const attrRe = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
  for (const m of html.matchAll(tagRe)) {
    const a = attrRe.exec(m[0]);
    if (a) out.push(decodeEntities(a[1] ?? a[2] ?? a[3] ?? ''));
  }
  return out;
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid=(?:"([^"]*)"|'([^']*)')/g)].map((m) => decodeEntities(m[1] ?? m[2] ?? '')));
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

/** The file a site path resolves to in dist/, as a static host would serve it, or null. */
export function fileForPath(pathname: string): string | null {
  if (!pathname.startsWith(siteBase)) return null;
  const clean = decodeURIComponent(pathname.slice(siteBase.length - 1));
  const candidates = clean.endsWith('/')
    ? [join(distDir, clean, 'index.html')]
    : [join(distDir, clean), join(distDir, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
