import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/built-site.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

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
  const found = policy.split(';').map((d) => d.trim().split(/\s+/)).find((parts) => parts[0] === name);
  return found ? found.slice(1) : [];
}

test('every page allows exactly its own inline scripts and styles, in its <meta> policy and in _headers, with no unsafe-inline', async () => {
  for (const page of builtPages()) {
    const meta = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(page.html);
    assert.ok(meta, `${page.url}: the CSP <meta> is not the first thing after <meta charset>`);
    const header = headersFor(rules, page.url).get('content-security-policy') ?? '';
    for (const [policy, where] of [[meta[1]!, '<meta>'], [header, '_headers']] as const) {
      assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, `${page.url} ${where}`);
      for (const [tag, name] of [['script', 'script-src'], ['style', 'style-src']] as const) {
        const allowed = directive(policy, name);
        for (const body of inlineBodies(page.html, tag)) {
          const hash = await cspHash(body);
          assert.ok(allowed.includes(hash), `${page.url}: inline ${tag} ${hash} (“${body.slice(0, 40)}…”) is not allowed by ${where} ${name}`);
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

test('only embed views may be framed, and every page sends the other security headers', () => {
  for (const page of builtPages()) {
    const h = headersFor(rules, page.url);
    const ancestors = /frame-ancestors ([^;]+)/.exec(h.get('content-security-policy') ?? '')?.[1];
    assert.equal(ancestors, page.url.includes('/embed/') ? '*' : "'none'", page.url);
    assert.equal(h.get('x-content-type-options'), 'nosniff', page.url);
    assert.ok(h.get('referrer-policy'), page.url);
    assert.ok(h.get('permissions-policy'), page.url);
  }
});
