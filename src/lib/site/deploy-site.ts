/**
 * The site URL a build uses (issue 15). Canonical URLs, the sitemap, Open Graph tags, the feed
 * and /llms.txt are absolute, so a deploy built without SITE_URL would ship
 * `http://localhost:4321` in all of them. A deploy build (DEPLOY=true, set by
 * `npm run build:deploy`) therefore refuses to run without a real address, while local builds
 * (`npm start`, `npm run build`, `npm test`) keep the localhost fallback and need no setup.
 * Pure (no `process` access) so tests can call it with any environment; astro.config.mjs passes
 * `process.env`.
 */

/** What local builds use when SITE_URL is unset: the address `npm start` serves on. */
export const localSiteUrl = 'http://localhost:4321';

export interface SiteEnv {
  DEPLOY?: string | undefined;
  SITE_URL?: string | undefined;
}

const localHosts = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/** SITE_URL, or the localhost fallback outside a deploy build; throws when a deploy build lacks a public address. */
export function siteUrlFor(env: SiteEnv): string {
  const deploy = env.DEPLOY === 'true' || env.DEPLOY === '1';
  const value = env.SITE_URL?.trim() ?? '';
  if (!deploy) return value || localSiteUrl;
  const fix =
    'Set SITE_URL to the address readers use, e.g. SITE_URL=https://guide.example.org ' +
    '(and BASE_PATH=/sub/path when the site lives under a sub-path), or run `npm run build` for a local build.';
  if (!value) throw new Error(`DEPLOY=true but SITE_URL is not set, so every absolute URL would point at ${localSiteUrl}. ${fix}`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`DEPLOY=true but SITE_URL="${value}" is not an absolute URL. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`DEPLOY=true but SITE_URL="${value}" is not an http(s) address. ${fix}`);
  }
  if (localHosts.test(url.hostname)) {
    throw new Error(`DEPLOY=true but SITE_URL="${value}" is a local address that readers cannot reach. ${fix}`);
  }
  return value;
}
