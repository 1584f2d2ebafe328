import { test } from 'vitest';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { buildHeadersFile, contentSecurityPolicy, groupPattern, inlineHashes, withMetaPolicy } from '../../../src/integrations/csp.ts';
import { headersFor, parseHeadersFile } from '../../../src/cli/headers-file.ts';

const hashOf = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

test('inline scripts and styles are hashed; external and JSON scripts are not', () => {
  const html = `<script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script>
    <style>p{}</style><script type="module">b()</script>`;
  const { scriptHashes, styleHashes } = inlineHashes(html);
  assert.deepEqual(scriptHashes, [hashOf('a()'), hashOf('b()')].sort());
  assert.deepEqual(styleHashes, [hashOf('p{}')]);
});

test('pages group by first path segment; root files get exact rules; base is respected', () => {
  assert.equal(groupPattern('guide/cost/index.html', '/'), '/guide/*');
  assert.equal(groupPattern('index.html', '/'), '/');
  assert.equal(groupPattern('404.html', '/'), '/404.html');
  assert.equal(groupPattern('embed/cost/index.html', '/docs/'), '/docs/embed/*');
});

test('only /embed/ pages may be framed, by any site', () => {
  assert.match(contentSecurityPolicy([], [], true), /frame-ancestors \*/);
  assert.match(contentSecurityPolicy([], [], false), /frame-ancestors 'none'/);
  assert.doesNotMatch(contentSecurityPolicy(["'sha256-x'"], [], false), /unsafe-inline/);
});

test('each page gets exactly one policy, with its own hashes and those of the 404 page', () => {
  const file = buildHeadersFile(
    [
      { path: 'index.html', scriptHashes: ["'sha256-home'"], styleHashes: [] },
      { path: 'guide/a/index.html', scriptHashes: ["'sha256-a'"], styleHashes: ["'sha256-s'"] },
      { path: 'embed/cost/index.html', scriptHashes: ["'sha256-e'"], styleHashes: [] },
      { path: '404.html', scriptHashes: ["'sha256-nf'"], styleHashes: [] },
    ],
    '/',
  );
  const rules = parseHeadersFile(file);
  const guide = headersFor(rules, '/guide/a/').get('content-security-policy') ?? '';
  assert.match(guide, /'sha256-a'/);
  assert.match(guide, /'sha256-nf'/);
  assert.doesNotMatch(guide, /'sha256-home'/);
  assert.match(guide, /style-src 'self' 'sha256-s'/);
  assert.equal(headersFor(rules, '/guide/a/').get('x-frame-options'), 'DENY');
  assert.match(headersFor(rules, '/embed/cost/').get('content-security-policy') ?? '', /frame-ancestors \*/);
  assert.equal(headersFor(rules, '/embed/cost/', 'cloudflare').get('x-frame-options'), undefined);
  assert.match(headersFor(rules, '/').get('content-security-policy') ?? '', /'sha256-home'/);
  assert.equal(headersFor(rules, '/anything').get('x-content-type-options'), 'nosniff');
  // Each response gets one policy on either host: a page rule drops the site-wide one first
  // (Cloudflare joins repeated headers with commas) or replaces it (Netlify).
  for (const host of ['cloudflare', 'netlify'] as const) {
    for (const path of ['/', '/guide/a/', '/embed/cost/', '/404.html']) {
      const policy = headersFor(rules, path, host).get('content-security-policy') ?? '';
      assert.match(policy, /^default-src 'none'; [^,]+$/, `${path} (${host})`);
    }
    // A missing address outside every section still refuses framing.
    assert.equal(headersFor(rules, '/nope', host).get('content-security-policy'), "frame-ancestors 'none'");
    assert.equal(headersFor(rules, '/nope', host).get('x-frame-options'), 'DENY');
  }
});

test("a chapter's Markdown copy is served as Markdown, names its page as canonical, and keeps the site-wide headers", () => {
  const file = buildHeadersFile([{ path: 'guide/cost/index.html', scriptHashes: [], styleHashes: [] }], '/agents/', [
    { path: '/agents/guide/cost.md', canonicalUrl: 'https://guide.example.org/agents/guide/cost/' },
  ]);
  const rules = parseHeadersFile(file);
  for (const host of ['cloudflare', 'netlify'] as const) {
    const headers = headersFor(rules, '/agents/guide/cost.md', host);
    assert.equal(headers.get('content-type'), 'text/markdown; charset=utf-8', host);
    assert.equal(headers.get('link'), '<https://guide.example.org/agents/guide/cost/>; rel="canonical"', host);
    assert.equal(headers.get('x-content-type-options'), 'nosniff', host);
    // The page itself is still HTML: its type is the host's to set.
    assert.equal(headersFor(rules, '/agents/guide/cost/', host).get('content-type'), undefined, host);
  }
});

test('the headers reader combines rules as each host documents it', () => {
  const rules = parseHeadersFile(
    ['/*', '  X-Robots-Tag: noindex', '  A: 1', '/static/*', '  X-Robots-Tag: nosnippet', '  ! A', '  A: 2', ''].join('\n'),
  );
  // Cloudflare's own example: a header set by two matching rules is joined with a comma.
  assert.equal(headersFor(rules, '/static/x.css', 'cloudflare').get('x-robots-tag'), 'noindex, nosnippet');
  assert.equal(headersFor(rules, '/static/x.css', 'cloudflare').get('a'), '2');
  assert.equal(headersFor(rules, '/static/x.css', 'netlify').get('x-robots-tag'), 'nosnippet');
  assert.equal(headersFor(rules, '/home', 'cloudflare').get('a'), '1');
});

test('the meta policy goes right after <meta charset>, before any script, without frame-ancestors', () => {
  const html = '<html><head><meta charset="utf-8"><script>a()</script></head></html>';
  const out = withMetaPolicy(html, { path: 'x/index.html', ...inlineHashes(html) });
  assert.match(out, /^<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-[^"]*"><script>/);
  assert.doesNotMatch(out, /frame-ancestors/);
  assert.throws(
    () => withMetaPolicy('<html><head></head></html>', { path: 'y.html', scriptHashes: [], styleHashes: [] }),
    /no <meta charset>/,
  );
});
