import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, siteBase } from '../support/built-site.ts';
import { headersFor, parseHeadersFile, type HostRules } from '../../src/cli/headers-file.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

/**
 * The text of every inline element named `tag` that a browser would run or apply: scripts
 * without `src` and not JSON data, and every <style>. Written apart from the build's own
 * hashing (src/integrations/csp.ts) so a mistake there cannot hide here.
 */
function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  const out: string[] = [];
  const lower = html.toLowerCase();
  for (let at = lower.indexOf(`<${tag}`); at !== -1; at = lower.indexOf(`<${tag}`, at + 1)) {
    const next = lower[at + tag.length + 1];
    if (next !== '>' && next !== ' ' && next !== '\n') continue;
    const openEnd = lower.indexOf('>', at);
    const attributes = lower.slice(at + tag.length + 1, openEnd);
    const close = lower.indexOf(`</${tag}>`, openEnd);
    if (tag === 'script' && (/\ssrc=/.test(` ${attributes}`) || /type=["']?application\/(ld\+)?json/.test(attributes))) continue;
    out.push(html.slice(openEnd + 1, close));
  }
  return out;
}

async function cspHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${Buffer.from(digest).toString('base64')}'`;
}

function directive(policy: string, name: string): string[] {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find((parts) => parts[0] === name);
  return found ? found.slice(1) : [];
}

test('every page allows exactly its own inline scripts and styles, in its <meta> policy and in _headers, with no unsafe-inline', async () => {
  for (const page of builtPages()) {
    const meta =
      /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(
        page.html,
      );
    assert.ok(meta, `${page.url}: the CSP <meta> is not the first thing after <meta charset>`);
    const header = headersFor(rules, page.url).get('content-security-policy') ?? '';
    for (const [policy, where] of [
      [meta[1]!, '<meta>'],
      [header, '_headers'],
    ] as const) {
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, `${page.url} ${where}`);
      for (const [tag, name] of [
        ['script', 'script-src'],
        ['style', 'style-src'],
      ] as const) {
        const allowed = directive(policy, name);
        for (const body of inlineBodies(page.html, tag)) {
          const hash = await cspHash(body);
          assert.ok(
            allowed.includes(hash),
            `${page.url}: inline ${tag} ${hash} (“${body.slice(0, 40)}…”) is not allowed by ${where} ${name}`,
          );
        }
      }
    }
  }
});

test('the hash check notices an inline script the policy does not list', async () => {
  const html = '<head><script>a()</script><script src="/x.js"></script><style>p{}</style></head>';
  assert.deepEqual(inlineBodies(html, 'script'), ['a()']);
  assert.deepEqual(inlineBodies(html, 'style'), ['p{}']);
  // sha256("a()") computed with `printf 'a()' | openssl dgst -sha256 -binary | base64`.
  assert.equal(await cspHash('a()'), "'sha256-qVpDBgj7bpq5hMAcGp3AOc79J3Y1Z4HvySTwKrWDoy4='");
});

const hosts: HostRules[] = ['cloudflare', 'netlify'];

/** The policy a browser enforces from the header: one policy, no comma-joined second one. */
function headerPolicy(url: string, host: HostRules): string {
  const policy = headersFor(rules, url, host).get('content-security-policy') ?? '';
  assert.doesNotMatch(policy, /,/, `${url} (${host}): more than one Content-Security-Policy`);
  return policy;
}

// Addresses no page lives at: a host answers them with 404.html under whatever rules match.
// Under the base path, as everything in the build: addresses outside it belong to whatever
// else the host serves (other project sites on GitHub Pages), not to this build's `_headers`.
const at = (path: string): string => `${siteBase}${path}`;
const missing = [at('nope'), at('nope/deeper/'), at('%E0%A4%A'), at('guide/nope/')];
const isEmbed = (url: string): boolean => url.startsWith(at('embed/'));
/** Link cards are shown by other sites (their previews of a pasted link), so they may be loaded from anywhere. */
const isLinkCard = (url: string): boolean => url.startsWith(at('og/'));

test('only embed views may be framed: every other page and every missing address refuses framing both ways', () => {
  for (const host of hosts) {
    for (const url of [...builtPages().map((p) => p.url), ...missing]) {
      const h = headersFor(rules, url, host);
      const embed = isEmbed(url);
      assert.deepEqual(directive(headerPolicy(url, host), 'frame-ancestors'), embed ? ['*'] : ["'none'"], `${url} (${host})`);
      if (!embed) assert.equal(h.get('x-frame-options'), 'DENY', `${url} (${host})`);
    }
    // Cloudflare drops the site-wide DENY for embeds; Netlify keeps it, and browsers then
    // follow frame-ancestors alone (checked by hand in Chromium).
    assert.equal(headersFor(rules, at('embed/cost/'), host).get('x-frame-options'), host === 'cloudflare' ? undefined : 'DENY');
  }
});

test('every response is HTTPS-only for two years and same-origin as a resource, except embeds and link cards', () => {
  const urls = [
    ...builtPages().map((p) => p.url),
    ...missing,
    at('pagefind/pagefind-worker.js'),
    at('favicon.svg'),
    at('og/guide/cost.png'),
    at('og/presets/seed-example.png'),
  ];
  for (const host of hosts) {
    for (const url of urls) {
      const h = headersFor(rules, url, host);
      assert.equal(h.get('strict-transport-security'), 'max-age=63072000; includeSubDomains; preload', `${url} (${host})`);
      assert.equal(
        h.get('cross-origin-resource-policy'),
        isEmbed(url) || isLinkCard(url) ? 'cross-origin' : 'same-origin',
        `${url} (${host})`,
      );
      assert.equal(h.get('x-content-type-options'), 'nosniff', url);
      assert.equal(h.get('referrer-policy'), 'strict-origin-when-cross-origin', url);
      assert.equal(h.get('cross-origin-opener-policy'), 'same-origin', url);
    }
  }
});

test('Permissions-Policy turns off the powerful features and Topics, in the current syntax', () => {
  const policy = headersFor(rules, at('guide/cost/')).get('permissions-policy') ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics']) {
    assert.ok(policy.split(/,\s*/).includes(`${feature}=()`), `${feature}=() in “${policy}”`);
  }
  // FLoC's interest-cohort is gone from browsers; Chromium warns about unknown features.
  assert.doesNotMatch(policy, /interest-cohort/);
});

test('every page denies by default and enforces Trusted Types, in its <meta> policy and in _headers alike', () => {
  for (const page of builtPages()) {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page.html)?.[1] ?? '';
    for (const host of hosts) {
      const header = headerPolicy(page.url, host);
      for (const [policy, where] of [
        [meta, '<meta>'],
        [header, `_headers (${host})`],
      ] as const) {
        const at = `${page.url} ${where}`;
        assert.deepEqual(directive(policy, 'default-src'), ["'none'"], at);
        assert.deepEqual(directive(policy, 'require-trusted-types-for'), ["'script'"], at);
        assert.deepEqual(directive(policy, 'trusted-types'), ['default'], at);
        assert.deepEqual(directive(policy, 'worker-src'), ["'self'"], at);
        assert.deepEqual(directive(policy, 'connect-src'), ["'self'"], at);
        assert.deepEqual(directive(policy, 'form-action'), ["'self'"], at);
        assert.deepEqual(directive(policy, 'base-uri'), ["'none'"], at);
      }
      // Apart from hashes (a header rule serves a whole section, and its 404s), the two forms
      // differ only in frame-ancestors, which a <meta> policy cannot carry.
      const shape = (policy: string): string => policy.replace(/ 'sha256-[^']+'/g, '').replace(/; frame-ancestors [^;]+$/, '');
      assert.equal(shape(header), shape(meta), `${page.url} (${host})`);
    }
  }
});
