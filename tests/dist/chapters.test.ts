import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, builtPages, siteBase } from '../support/built-site.ts';
import { articleHtml, removeElements, textOf } from '../support/html-text.ts';

const guidesDir = join(import.meta.dirname, '..', '..', 'content', 'guides');
const slugs = readdirSync(guidesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));
const chapterHtml = (slug: string) => readFileSync(join(distDir, 'guide', slug, 'index.html'), 'utf8');
const sitemap = readdirSync(distDir)
  .filter((f) => /^sitemap-\d+\.xml$/.test(f))
  .map((f) => readFileSync(join(distDir, f), 'utf8'))
  .join('\n');

test('every chapter is built, listed in the sidebar of every chapter and in the sitemap', () => {
  assert.ok(slugs.length >= 19, `expected the full guide, found ${slugs.length} chapters`);
  const nav = chapterHtml(slugs[0]!).match(/<nav id="site-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
  for (const slug of slugs) {
    assert.ok(chapterHtml(slug).includes('<article'), `${slug} has no article`);
    assert.ok(nav.includes(`href="${siteBase}guide/${slug}/"`), `${slug} is missing from the sidebar`);
    assert.ok(sitemap.includes(`${siteBase}guide/${slug}/</loc>`), `${slug} is missing from the sitemap`);
  }
});

// The seed post's known-wrong figures and claims. A chapter may quote them only inside a
// correction, where the reader sees them struck through next to what AWS documents.
const wrongAsFact: [RegExp, string][] = [
  [/\$135\b/, 'model tokens priced as one day ($135)'],
  [/\$6,000\b/, 'the knowledge-base bill miscomputed ($6,000)'],
  [/\$0\.10 (per|a) (knowledge[- ]base )?quer/i, '$0.10 per query as an AWS price'],
  [/no (separate |extra )?compute (charge|overhead)/i, '"no compute charge" for AgentCore Runtime'],
  [/no separate charge/i, '"no separate charge" for AgentCore Runtime'],
  [/10 concurrent invocations/i, '"10 concurrent invocations per agent"'],
  [/\$1,576\.50/, "the seed's Fargate total ($1,576.50)"],
  [/\$1,441\.50/, "the seed's 10-task figure ($1,441.50)"],
  [/\$144\.15/, "the seed's per-task figure ($144.15)"],
];

test('no chapter states a seed figure known to be wrong outside a correction', () => {
  const problems: string[] = [];
  for (const slug of slugs) {
    const html = removeElements(articleHtml(chapterHtml(slug)), /<div\b[^>]*\bdata-correction\b[^>]*>/i);
    const text = textOf(removeElements(html, /<span\b[^>]*class="fact-popover"[^>]*>/i));
    for (const [re, what] of wrongAsFact) {
      const m = re.exec(text);
      if (m) problems.push(`${slug}: ${what}: “…${text.slice(Math.max(0, m.index - 60), m.index + 60)}…”`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the wrong-figure check does find a figure outside a correction (the check itself works)', () => {
  const html = '<article><p>It costs $135 a month.</p><div class="callout" data-correction><p>$6,000</p></div></article>';
  const text = textOf(removeElements(html, /<div\b[^>]*\bdata-correction\b[^>]*>/i));
  assert.match(text, /\$135/);
  assert.doesNotMatch(text, /\$6,000/);
});

test('no page shows placeholders, unrendered components or broken numbers', () => {
  const problems: string[] = [];
  for (const page of builtPages()) {
    const text = textOf(page.html.includes('<main') ? page.html.slice(page.html.indexOf('<main')) : page.html);
    for (const re of [
      /\bTODO\b/,
      /lorem ipsum/i,
      /coming soon/i,
      /\bNaN\b/,
      /\bInfinity\b/,
      /\bundefined\b/,
      /\[(id|scenario|option|preset)=/,
    ]) {
      const m = re.exec(text);
      if (m) problems.push(`${page.url}: “${text.slice(Math.max(0, m.index - 50), m.index + 50)}”`);
    }
  }
  assert.deepEqual(problems, []);
});
