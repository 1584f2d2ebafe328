/**
 * Absolute addresses (issue 15): canonical links, og:url, the sitemap and the feed all start
 * with SITE_URL plus the base path the build was given (`npm run test:dist:base` builds with
 * SITE_URL=https://guide.example.org BASE_PATH=/agents), and each names a file of this build.
 * A deploy that shipped localhost addresses, or dropped the base, fails here.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeValues, builtPages, distDir, fileForPath, siteRoot } from '../support/built-site.ts';

const pages = builtPages().filter((p) => !p.url.endsWith('404.html'));
const metaProperty = (html: string, property: string): string[] =>
  [...html.matchAll(new RegExp(`<meta\\b[^>]*\\sproperty="${property}"[^>]*>`, 'gi'))].map(
    (m) => /\scontent="([^"]*)"/.exec(m[0])?.[1] ?? '',
  );
const canonicalOf = (html: string): string[] =>
  [...html.matchAll(/<link\b[^>]*\srel="canonical"[^>]*>/gi)].map((m) => /\shref="([^"]*)"/.exec(m[0])?.[1] ?? '');
/** Problems with an absolute address: outside the site root, or naming no file of the build. */
const problem = (where: string, url: string | undefined): string[] => {
  if (!url) return [`${where}: missing`];
  if (!url.startsWith(siteRoot)) return [`${where}: ${url} does not start with ${siteRoot}`];
  return fileForPath(new URL(url).pathname) ? [] : [`${where}: ${url} names no file in the build`];
};

test('the expected site root is an absolute address ending in the base path', () => {
  assert.match(siteRoot, /^https?:\/\/[^/]+\/(.+\/)?$/);
  assert.ok(pages.length >= 20, `only ${pages.length} pages`);
});

test('every page has one canonical link and one og:url, the same address, under the site root', () => {
  const problems: string[] = [];
  for (const page of pages) {
    const canonical = canonicalOf(page.html);
    const ogUrl = metaProperty(page.html, 'og:url');
    if (canonical.length !== 1 || ogUrl.length !== 1) problems.push(`${page.url}: ${canonical.length} canonical, ${ogUrl.length} og:url`);
    problems.push(...problem(`${page.url} canonical`, canonical[0]), ...problem(`${page.url} og:url`, ogUrl[0]));
    if (canonical[0] !== ogUrl[0]) problems.push(`${page.url}: canonical ${canonical[0]} but og:url ${ogUrl[0]}`);
  }
  assert.deepEqual(problems, []);
});

test("a page's canonical address is its own, except an embed's, which is its full calculator", () => {
  const cost = pages.find((p) => p.url.endsWith('/calculators/cost/'));
  const embed = pages.find((p) => p.url.endsWith('/embed/cost/'));
  assert.equal(canonicalOf(cost?.html ?? '')[0], `${siteRoot}calculators/cost/`);
  assert.equal(canonicalOf(embed?.html ?? '')[0], `${siteRoot}calculators/cost/`);
});

test('every sitemap address is under the site root and names a page of the build', () => {
  const index = readFileSync(join(distDir, 'sitemap-index.xml'), 'utf8');
  const problems = [...index.matchAll(/<loc>([^<]*)<\/loc>/g)].flatMap((m) => problem('sitemap-index.xml', m[1]));
  const locs = readdirSync(distDir)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) => [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!));
  assert.ok(locs.length >= 20, `only ${locs.length} sitemap entries`);
  problems.push(...locs.flatMap((loc) => problem('sitemap', loc)));
  assert.deepEqual(problems, []);
});

test('the feed links to the site under the site root', () => {
  const feed = readFileSync(join(distDir, 'prices.xml'), 'utf8');
  const hrefs = attributeValues(feed, 'link', 'href');
  assert.ok(hrefs.length >= 2, 'the feed has too few links');
  assert.deepEqual(
    hrefs.filter((h) => !h.startsWith(siteRoot)),
    [],
  );
});
