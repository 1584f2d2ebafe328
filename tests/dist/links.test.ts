import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { attributeValues, builtPages, fileForPath, idsIn } from '../support/built-site.ts';

const pages = builtPages();
const idCache = new Map<string, Set<string>>();
const idsOf = (file: string): Set<string> => {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = idsIn(readFileSync(file, 'utf8'))));
  return ids;
};

test('the build produced pages to check', () => {
  assert.ok(pages.length >= 3, `only ${pages.length} pages in dist/`);
});

test('every internal link and #anchor in dist/ resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    const refs = [
      ...attributeValues(page.html, 'a', 'href'),
      ...attributeValues(page.html, 'link', 'href'),
      ...attributeValues(page.html, 'script', 'src'),
      ...attributeValues(page.html, 'img', 'src'),
      ...attributeValues(page.html, 'iframe', 'src'),
      ...attributeValues(page.html, 'form', 'action'),
    ];
    for (const ref of refs) {
      if (/^(https?:|mailto:|tel:|data:)/i.test(ref) || ref === '') continue;
      const url = new URL(ref, `http://site${page.url}`);
      if (url.host !== 'site') continue;
      const file = url.pathname === page.url && url.hash ? page.file : fileForPath(url.pathname);
      if (!file) {
        broken.push(`${page.url} -> ${ref} (no such page or file)`);
        continue;
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      if (hash && file.endsWith('.html') && !idsOf(file).has(hash)) broken.push(`${page.url} -> ${ref} (no element with id "${hash}")`);
    }
  }
  assert.deepEqual(broken, []);
});

test('no two elements on a page share an id', () => {
  const dupes: string[] = [];
  for (const page of pages) {
    const seen = new Set<string>();
    for (const m of page.html.matchAll(/\sid="([^"]*)"/g)) {
      if (seen.has(m[1]!)) dupes.push(`${page.url}: #${m[1]}`);
      seen.add(m[1]!);
    }
  }
  assert.deepEqual(dupes, []);
});

// The second build of `npm run test:dist` runs with BASE_URL=https://ci.example.com in its
// environment, as many CI systems set one: no address may be built from it.
test('no address comes from an ambient BASE_URL environment variable', () => {
  const leaked = pages.filter((p) => p.html.includes('ci.example.com')).map((p) => p.url);
  assert.deepEqual(leaked, []);
});
