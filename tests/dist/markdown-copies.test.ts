/**
 * The chapters' Markdown copies (`guide/<slug>.md`, for tools and assistants), checked against
 * the HTML pages of the same build. What the copy must show is read here from the HTML with
 * regular expressions (tests/support), not with the converter that made the copy, so a
 * mistake in the converter cannot hide itself. Runs on the default build and on the base-path
 * build (`npm run test:dist:base`: SITE_URL=https://guide.example.org BASE_PATH=/agents).
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { attributeValues, decodeEntities, distDir, fileForPath, idsIn, siteBase, siteRoot } from '../support/built-site.ts';
import { articleHtml, removeElements, textOf } from '../support/html-text.ts';
import { startServer } from '../../src/cli/serve.ts';

const guideDir = join(distDir, 'guide');
const chapterSlugs = readdirSync(guideDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(guideDir, d.name, 'index.html')))
  .map((d) => d.name)
  .sort();
const htmlOf = (slug: string): string => readFileSync(join(guideDir, slug, 'index.html'), 'utf8');
const markdownOf = (slug: string): string => readFileSync(join(guideDir, `${slug}.md`), 'utf8');

/** Fenced code blocks, also those indented inside a list item: indent, fence, language. */
const FENCED = /^( *)(`{3,})(\S*)\n[\s\S]*?\n\1\2$/gm;
/** The copy without its code (code may hold `<tag>`, `${x}` and anything else). */
const withoutCode = (md: string): string => md.replace(FENCED, '').replace(/`[^`\n]*`/g, '');
/** `[text](url)` pairs of the copy, code left out; an escaped `\[` starts no link. */
const linksOf = (md: string): { text: string; url: string }[] =>
  [...withoutCode(md).matchAll(/(?<!\\)\[((?:\\.|[^\]\\\n])*)\]\(([^)\s]+)\)/g)].map((m) => ({ text: m[1]!, url: m[2]! }));
/** The copy's body as a reader sees it: below the header, link targets and escapes gone. */
const readableBody = (md: string): string =>
  md
    .slice(md.indexOf('\n\n', md.indexOf('\n- Page: ')) + 2)
    .replace(/\]\([^)\s]+\)/g, ']')
    .replace(/\\(.)/g, '$1');
/** The chapter body the page shows: its prose, without figure popovers, calculators and section anchors. */
function pageBodyText(html: string): string {
  let body = articleHtml(html);
  body = body.slice(body.indexOf('<div class="prose">'));
  for (const element of [/<span\b[^>]*class="fact-popover"[^>]*>/i, /<astro-island\b[^>]*>/i, /<a\b[^>]*class="anchor-link"[^>]*>/i]) {
    body = removeElements(body, element);
  }
  return textOf(body);
}

const idCache = new Map<string, Set<string>>();
const idsOfFile = (file: string): Set<string> => {
  let ids = idCache.get(file);
  if (!ids) idCache.set(file, (ids = idsIn(readFileSync(file, 'utf8'))));
  return ids;
};

const FIGURE = /\$\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?%/g;

test('every chapter page has a Markdown copy next to it, and announces it in its head', () => {
  assert.ok(chapterSlugs.length >= 19, `only ${chapterSlugs.length} chapters in ${guideDir}`);
  const copies = readdirSync(guideDir).filter((f) => f.endsWith('.md'));
  assert.deepEqual(
    copies.sort(),
    chapterSlugs.map((s) => `${s}.md`),
  );
  for (const slug of chapterSlugs) {
    const alternates = [...htmlOf(slug).matchAll(/<link\b[^>]*\stype="text\/markdown"[^>]*>/g)].map(
      (m) => attributeValues(m[0], 'link', 'href')[0],
    );
    assert.deepEqual(alternates, [`${siteBase}guide/${slug}.md`], slug);
    assert.ok(fileForPath(`${siteBase}guide/${slug}.md`), `${slug}: the announced copy is not in the build`);
  }
});

test("each copy starts with the page's title and summary, its canonical address and the data set's date", () => {
  const feed = readFileSync(join(distDir, 'prices.xml'), 'utf8');
  const dataSet = /<updated>(\d{4}-\d{2}-\d{2})T/.exec(feed)?.[1];
  assert.ok(dataSet, 'the feed names no data version');
  for (const slug of chapterSlugs) {
    const html = htmlOf(slug);
    const title = textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '');
    const description = decodeEntities(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '');
    const page = `${siteRoot}guide/${slug}/`;
    const lines = markdownOf(slug).split('\n');
    assert.equal(lines[0], `# ${title}`, slug);
    assert.equal(lines[2]?.replace(/\\(.)/g, '$1'), description, slug);
    assert.equal(lines[4], `- Page: [${page}](${page})`, slug);
    assert.match(lines[5] ?? '', new RegExp(`^- Data set: ${dataSet} `), slug);
  }
});

test('every link in a copy is absolute; those into the site are under the site root and open a page (and its #anchor)', () => {
  const origin = new URL(siteRoot).origin;
  const problems: string[] = [];
  let internal = 0;
  for (const slug of chapterSlugs) {
    for (const { url } of linksOf(markdownOf(slug))) {
      if (!/^https?:\/\//.test(url)) {
        problems.push(`${slug}: ${url} is not absolute`);
        continue;
      }
      const target = new URL(url);
      if (target.origin !== origin && !['localhost', '127.0.0.1'].includes(target.hostname)) continue;
      internal++;
      if (!url.startsWith(siteRoot)) {
        problems.push(`${slug}: ${url} is not under ${siteRoot}`);
        continue;
      }
      const file = fileForPath(target.pathname);
      if (!file) problems.push(`${slug}: ${url} opens no file of the build`);
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (file && anchor && !idsOfFile(file).has(anchor)) problems.push(`${slug}: ${url} has no element with that id`);
    }
  }
  assert.ok(internal > 500, `only ${internal} links into the site`);
  assert.deepEqual(problems, []);
});

test('no copy shows a broken value, HTML, or MDX/JSX syntax outside its code', () => {
  const problems: string[] = [];
  for (const slug of chapterSlugs) {
    const text = withoutCode(markdownOf(slug));
    for (const [re, what] of [
      [/\bNaN\b|\bundefined\b|\bInfinity\b|\[object Object\]/, 'a broken value'],
      [/(?<!\\)<\/?[A-Za-z][\w-]*(?:\s[^>]*)?>/, 'an HTML tag or MDX component'],
      [/^\s*(?:import|export)\s/m, 'an MDX import or export'],
      [/\{\/\*|\{[A-Za-z_$][\w.]*\}/, 'a JSX expression'],
      [/&(?:amp|lt|gt|quot|#\d+|#x[\da-f]+);/i, 'an HTML entity'],
      [/\bclass(?:Name)?=|\bdata-[a-z-]+=/, 'an HTML attribute'],
    ] as const) {
      const m = re.exec(text);
      if (m) problems.push(`${slug}: ${what}: “…${text.slice(Math.max(0, m.index - 40), m.index + 40)}…”`);
    }
  }
  assert.deepEqual(problems, []);
});

test('each copy shows the same dollar amounts and percentages as its page, in the same order', () => {
  let compared = 0;
  for (const slug of chapterSlugs) {
    const onPage = [...pageBodyText(htmlOf(slug)).matchAll(FIGURE)].map((m) => m[0]);
    const inCopy = [...readableBody(markdownOf(slug)).matchAll(FIGURE)].map((m) => m[0]);
    assert.deepEqual(inCopy, onPage, slug);
    compared += onPage.length;
  }
  assert.ok(compared > 300, `only ${compared} figures compared`);
});

test('each sourced figure on a page is in its copy as the same value, linked to the same source', () => {
  for (const slug of chapterSlugs) {
    const html = articleHtml(htmlOf(slug));
    const facts = [...html.matchAll(/<a class="fact-value" href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
      url: new URL(decodeEntities(m[1]!), `${siteRoot}guide/${slug}/`).href,
      text: textOf(m[2]!),
    }));
    const links = linksOf(markdownOf(slug)).map((l) => ({ url: l.url, text: l.text.replace(/\\(.)/g, '$1') }));
    // In order: the copy may hold other links between the figures, never a figure out of place.
    let from = 0;
    for (const fact of facts) {
      const at = links.findIndex((l, i) => i >= from && l.url === fact.url && l.text === fact.text);
      assert.ok(at !== -1, `${slug}: “${fact.text}” (${fact.url}) is missing from the copy or out of order`);
      from = at + 1;
    }
  }
});

test('corrections are quoted blocks that keep the claim; code blocks stay fenced code in their language', () => {
  let corrections = 0;
  for (const slug of chapterSlugs) {
    const html = articleHtml(htmlOf(slug));
    const md = markdownOf(slug);
    const claims = [...html.matchAll(/<dd class="claim">([\s\S]*?)<\/dd>/g)].map((m) => textOf(m[1]!));
    assert.equal((md.match(/^> \*\*Correction\*\*$/gm) ?? []).length, claims.length, `${slug}: corrections`);
    for (const claim of claims) {
      assert.ok(md.includes(`> **Common claim:** ${claim}`), `${slug}: the claim “${claim.slice(0, 50)}…” is not quoted`);
    }
    corrections += claims.length;

    const languages = [...html.matchAll(/<pre\b[^>]*\sdata-language="([^"]*)"/g)].map((m) => (m[1] === 'plaintext' ? '' : m[1]));
    const fences = [...md.matchAll(FENCED)].map((m) => m[3]);
    assert.deepEqual(fences, languages, `${slug}: code blocks`);
  }
  assert.ok(corrections >= 10, `only ${corrections} corrections`);
});

test('the cost chapter: a worked figure, a correction and the calculator, as a reader of the copy sees them', () => {
  const md = markdownOf('cost');
  // The page's own words, taken from the HTML by hand: Titan embeddings at $0.02 per 1M tokens.
  assert.match(md, /Titan Text Embeddings V2 costs \[\$0\.02 per 1M tokens\]\(\S+\/sources\/#titan-embed-text-v2-input--us-east-1\)/);
  assert.match(md, /^> \*\*Common claim:\*\* Knowledge base queries cost \$0\.10 per query for OpenSearch Serverless\.$/m);
  // The calculator is interactive: one line that opens the same scenario in the full calculator.
  const calculator = md.split('\n').filter((l) => l.includes(`](${siteRoot}calculators/cost/?`) && l.includes('(interactive)'));
  assert.equal(calculator.length, 1);
  assert.doesNotMatch(md, /Monthly cost in USD/, 'the calculator table is left to the calculator page');
});

test('search indexes the HTML pages only: no search result is a Markdown copy', () => {
  const fragments = join(distDir, 'pagefind', 'fragment');
  const urls = readdirSync(fragments).map((f) => {
    const text = gunzipSync(readFileSync(join(fragments, f))).toString('utf8');
    return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
  });
  assert.ok(urls.length >= 20, `only ${urls.length} pages indexed`);
  assert.deepEqual(
    urls.filter((u) => !u.endsWith('/')),
    [],
  );
  // Paths inside the build: the search script puts the base path in front when it shows a result.
  assert.ok(urls.includes('/guide/cost/'), 'the cost chapter is not indexed');
});

test('npm start serves a copy as UTF-8 Markdown with the page as its canonical address', async () => {
  const server = await startServer({ dir: distDir, base: siteBase });
  try {
    const response = await fetch(`${server.origin}${siteBase}guide/cost.md`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(response.headers.get('link'), `<${siteRoot}guide/cost/>; rel="canonical"`);
    assert.equal(await response.text(), markdownOf('cost'));
  } finally {
    await server.close();
  }
});
