import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir } from '../support/built-site.ts';
import { inlineHashes } from '../../src/integrations/csp.ts';
import { headersFor, parseHeadersFile } from '../support/headers-file.ts';

const rules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));

test('every page carries a CSP that allows exactly its own inline scripts and styles, with no unsafe-inline', () => {
  for (const page of builtPages()) {
    const meta = /^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="([^"]+)">/i.exec(page.html);
    assert.ok(meta, `${page.url}: the CSP <meta> is not the first thing after <meta charset>`);
    const policy = meta[1]!;
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/, page.url);
    const { scriptHashes, styleHashes } = inlineHashes(page.html);
    for (const h of [...scriptHashes, ...styleHashes]) assert.ok(policy.includes(h), `${page.url}: ${h} missing from its policy`);
    const header = headersFor(rules, page.url).get('content-security-policy') ?? '';
    for (const h of scriptHashes) assert.ok(header.includes(h), `${page.url}: ${h} missing from the _headers policy`);
  }
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
