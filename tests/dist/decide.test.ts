/**
 * Checks over the built /decide/ page: every link and form target resolves (page and
 * anchor), nothing would trip the strict CSP, and the whole tree is in the text search indexes.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { attributeValues, builtPages, fileForPath, idsIn, siteBase } from '../support/built-site.ts';
import { articleHtml, removeElements, textOf } from '../support/html-text.ts';
import { decisionTree } from '../../src/lib/decisions/data.ts';

const page = builtPages().find((p) => p.url === `${siteBase}decide/`);
if (!page) throw new Error('dist/ has no /decide/ page: run `npm run build` first.');
const html = page.html;
const ids = idsIn(html);
const idCache = new Map<string, Set<string>>();
const idsOfFile = (file: string): Set<string> => {
  let set = idCache.get(file);
  if (!set) {
    set = idsIn(readFileSync(file, 'utf8'));
    idCache.set(file, set);
  }
  return set;
};

describe('/decide/ in the built site', () => {
  it('every link and form target resolves to a built page and an existing anchor', () => {
    const targets = [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'button', 'formaction')];
    const problems: string[] = [];
    for (const target of targets) {
      if (/^[a-z]+:/i.test(target)) continue;
      const url = new URL(target, `http://site${page.url}`);
      const hash = decodeURIComponent(url.hash.slice(1));
      if (url.pathname === page.url) {
        if (hash && !ids.has(hash)) problems.push(`${target}: no id "${hash}" on the page`);
        continue;
      }
      const file = fileForPath(url.pathname);
      if (!file) {
        problems.push(`${target}: no page at ${url.pathname}`);
        continue;
      }
      if (hash && !idsOfFile(file).has(hash)) problems.push(`${target}: ${url.pathname} has no id "${hash}"`);
    }
    assert.deepEqual(problems, []);
    assert.ok(targets.length > 80, `${targets.length} links checked`);
  });

  it('has no inline styles or event handlers for the strict CSP to block', () => {
    assert.doesNotMatch(html, /<[^>]+\sstyle=/i);
    assert.doesNotMatch(html, /<[^>]+\son[a-z]+=/i);
  });

  it('renders the first question as a GET form whose answers submit to the next step of the outline', () => {
    const form = /<form[^>]*data-walk-static[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
    assert.ok(form, 'static form');
    assert.match(form, /method="get"/);
    const first = decisionTree.questions.find((q) => q.id === decisionTree.start)!;
    const buttons = [...form.matchAll(/<button[^>]*>/g)].map((m) => m[0]);
    assert.equal(buttons.length, first.options.length);
    for (const o of first.options) {
      const button = buttons.find((b) => b.includes(`value="${o.id}"`));
      assert.ok(button && button.includes(`name="${first.id}"`), o.id);
      const target = /formaction="#([^"]+)"/.exec(button)?.[1];
      assert.ok(target && ids.has(target), `${o.id} -> #${target}`);
    }
  });

  it('puts every question, answer and recommendation in the text search indexes', () => {
    const indexed = textOf(removeElements(articleHtml(html), /<[a-z]+[^>]*data-pagefind-ignore[^>]*>/i));
    const missing: string[] = [];
    for (const q of decisionTree.questions) {
      for (const text of [q.title, q.help, ...q.options.flatMap((o) => [o.label, o.reason])])
        if (!indexed.includes(text)) missing.push(text);
    }
    for (const o of decisionTree.outcomes) {
      for (const text of [o.title, o.summary, ...o.tradeoffs, ...o.whatWouldChange]) if (!indexed.includes(text)) missing.push(text);
    }
    assert.deepEqual(missing, []);
    assert.match(html, /<article data-pagefind-body/);
  });
});
