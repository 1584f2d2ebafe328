/**
 * /llms.txt (issue 15): the index assistants read lists every chapter that was built (by its
 * Markdown copy), and every address in it opens a file of this build.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, fileForPath, siteRoot } from '../support/built-site.ts';

const file = join(distDir, 'llms.txt');
const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
const links = [...text.matchAll(/^- \[([^\]]+)\]\(([^)\s]+)\): (\S.*)$/gm)].map((m) => ({ name: m[1]!, url: m[2]!, line: m[3]! }));
const builtChapters = readdirSync(join(distDir, 'guide'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(distDir, 'guide', d.name, 'index.html')))
  .map((d) => d.name);

test('llms.txt follows the convention: a title, a summary, sections of one-line links', () => {
  assert.ok(text, 'dist/llms.txt is missing');
  const lines = text.split('\n');
  assert.match(lines[0]!, /^# Agent Deploy Guide$/);
  assert.match(lines[2]!, /^> \S.{40,}$/);
  assert.ok((text.match(/^## \S/gm) ?? []).length >= 3, 'expected several ## sections');
  // Every non-empty line below the summary is a heading or a link line; nothing else sneaks in.
  const stray = lines.slice(3).filter((l) => l !== '' && !l.startsWith('## ') && !/^- \[[^\]]+\]\([^)\s]+\): \S/.test(l));
  assert.deepEqual(stray, []);
});

test('llms.txt lists every chapter in dist/guide/ once, by its Markdown copy', () => {
  assert.ok(builtChapters.length >= 19, `only ${builtChapters.length} chapters in dist/guide/`);
  for (const slug of builtChapters) {
    const hits = links.filter((l) => l.url === `${siteRoot}guide/${slug}.md`);
    assert.equal(hits.length, 1, `guide/${slug}.md is listed ${hits.length} times`);
  }
  // The convention prefers Markdown: no chapter is listed by its HTML page as well.
  assert.deepEqual(
    links.filter((l) => /\/guide\/[^/]+\/$/.test(l.url)).map((l) => l.url),
    [],
  );
});

test('llms.txt lists the calculators, the walkthrough and the reference pages', () => {
  for (const path of ['calculators/cost/', 'calculators/break-even/', 'decide/', 'sources/', 'changelog/', 'prices.xml']) {
    assert.ok(
      links.some((l) => l.url === `${siteRoot}${path}`),
      `${siteRoot}${path} is not listed`,
    );
  }
});

test('every address in llms.txt is absolute under the site root and opens a file in the build', () => {
  assert.ok(links.length >= builtChapters.length + 6);
  const broken = links.filter((l) => !l.url.startsWith(siteRoot) || !fileForPath(new URL(l.url).pathname)).map((l) => l.url);
  assert.deepEqual(broken, []);
});
