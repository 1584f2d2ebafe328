/**
 * Every dollar amount and percentage a chapter shows comes from a component that computes it
 * from the data or the model (`<Price>`, `<Estimate>`, `<Figure>`, `<Share>`, ...), so the
 * prose can never drift from the calculators. What remains after removing component output,
 * corrections (which quote the seed post), code and quotations must be on the allowlist
 * below, each with its reason.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../support/built-site.ts';
import { articleHtml, removeElements, textOf } from '../support/html-text.ts';

const guidesDir = join(import.meta.dirname, '..', '..', 'content', 'guides');
const slugs = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Text a chapter may show although no component produced it: [chapter, exact text, why]. */
const allowed: [string, string, string][] = [];

const FIGURE = /\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%/g;

/** The chapter's own words: component output, corrections, code and quotations removed. */
function ownText(html: string): string {
  let out = articleHtml(html);
  for (const element of [
    /<span\b[^>]*class="fact"[^>]*>/i,
    /<[a-z]+\b[^>]*\sdata-figure\b[^>]*>/i,
    /<div\b[^>]*\sdata-correction\b[^>]*>/i,
    /<[a-z-]+\b[^>]*\sdata-calculator\b[^>]*>/i,
    /<astro-island\b[^>]*>/i,
    /<pre\b[^>]*>/i,
    /<code\b[^>]*>/i,
    /<blockquote\b[^>]*>/i,
  ]) {
    out = removeElements(out, element);
  }
  return textOf(out);
}

test('no chapter shows a dollar amount or percentage that no component computed', () => {
  const found: string[] = [];
  for (const slug of slugs) {
    const text = ownText(readFileSync(join(distDir, 'guide', slug, 'index.html'), 'utf8'));
    for (const m of text.matchAll(FIGURE)) {
      if (allowed.some(([chapter, what]) => chapter === slug && what === m[0])) continue;
      found.push(`${slug}: “${m[0]}” in “…${text.slice(Math.max(0, m.index - 60), m.index + 30)}…”`);
    }
  }
  assert.deepEqual(found, []);
});

test('the check finds a typed figure and ignores component output, corrections and code', () => {
  const html = `<article><p>It costs $12.50, about 20% less.</p><span class="fact">$3.00</span>
    <div class="callout" data-correction><p>$6,000</p></div><pre>x = 10%</pre><table data-figure><td>$1</td></table></article>`;
  assert.deepEqual(
    [...ownText(html).matchAll(FIGURE)].map((m) => m[0]),
    ['$12.50', '20%'],
  );
});
