/**
 * Link cards: what a chat or social app shows when someone pastes a link to the guide. Every
 * page names a card (og:image, twitter:image) by an absolute address under the site root
 * (`https://guide.example.org/agents/og/...png` in the base-path build), the file exists, is a
 * 1200 x 630 PNG and is small enough for the strictest common app (WhatsApp drops images over
 * about 300 KB). The calculators' cards carry the totals the calculator itself prints.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtPages, decodeEntities, fileForPath, siteBase, siteRoot } from '../support/built-site.ts';

const pages = builtPages();
const maxCardBytes = 300 * 1024;

/** The `content` of every `<meta>` whose `property` or `name` is `key`. */
const meta = (html: string, key: string): string[] =>
  [...html.matchAll(new RegExp(`<meta\\b[^>]*\\s(?:property|name)="${key}"[^>]*>`, 'gi'))].map((m) =>
    decodeEntities(/\scontent="([^"]*)"/.exec(m[0])?.[1] ?? ''),
  );
const one = (html: string, key: string): string | undefined => {
  const values = meta(html, key);
  return values.length === 1 ? values[0] : undefined;
};
/** The built page at a path under the base (`` for the home page). */
const pageAt = (path: string) => {
  const page = pages.find((p) => p.url === `${siteBase}${path}`);
  if (!page) throw new Error(`no built page at ${siteBase}${path}`);
  return page;
};

/** Width and height from a PNG's header (signature, then the IHDR chunk), or null if it is no PNG. */
function pngSize(file: string): { width: number; height: number } | null {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Problems with one card file: missing, not a 1200 x 630 PNG, or too heavy to be shown. */
function cardProblems(where: string, file: string | null): string[] {
  if (!file) return [`${where}: names no file in the build`];
  const size = pngSize(file);
  if (!size) return [`${where}: not a PNG`];
  const problems: string[] = [];
  if (size.width !== 1200 || size.height !== 630) problems.push(`${where}: ${size.width} x ${size.height}, not 1200 x 630`);
  const bytes = statSync(file).size;
  if (bytes > maxCardBytes) problems.push(`${where}: ${bytes} bytes, over ${maxCardBytes}`);
  return problems;
}

test('every page has a title, a description and a large card image for link previews', () => {
  assert.ok(pages.length >= 25, `only ${pages.length} pages`);
  const problems: string[] = [];
  for (const page of pages) {
    const image = one(page.html, 'og:image');
    const where = `${page.url} og:image ${image ?? '(missing or repeated)'}`;
    if (!one(page.html, 'og:title')) problems.push(`${page.url}: no single og:title`);
    if ((one(page.html, 'og:description') ?? '').length < 30) problems.push(`${page.url}: no og:description`);
    if (one(page.html, 'twitter:card') !== 'summary_large_image') problems.push(`${page.url}: twitter:card is not summary_large_image`);
    if (!image) {
      problems.push(where);
      continue;
    }
    if (one(page.html, 'twitter:image') !== image) problems.push(`${page.url}: twitter:image differs from og:image`);
    if (one(page.html, 'og:image:width') !== '1200' || one(page.html, 'og:image:height') !== '630') {
      problems.push(`${page.url}: og:image:width/height do not say 1200 x 630`);
    }
    if (one(page.html, 'og:image:type') !== 'image/png') problems.push(`${page.url}: og:image:type is not image/png`);
    if (!(one(page.html, 'og:image:alt') ?? '').includes('Agent Deploy Guide')) problems.push(`${page.url}: og:image:alt says little`);
    if (!image.startsWith(`${siteRoot}og/`) || !image.endsWith('.png')) {
      problems.push(`${where}: not a PNG under ${siteRoot}og/`);
      continue;
    }
    problems.push(...cardProblems(where, fileForPath(new URL(image).pathname)));
  }
  assert.deepEqual(problems, []);
});

test('each page has a card of its own, except an embed, which shows its full page', () => {
  const byImage = new Map<string, string[]>();
  for (const page of pages.filter((p) => !p.url.includes('/embed/'))) {
    const image = one(page.html, 'og:image') ?? '';
    byImage.set(image, [...(byImage.get(image) ?? []), page.url]);
  }
  assert.deepEqual(
    [...byImage.values()].filter((urls) => urls.length > 1),
    [],
  );
  assert.equal(one(pageAt('guide/cost/').html, 'og:image'), `${siteRoot}og/guide/cost.png`);
  assert.equal(one(pageAt('').html, 'og:image'), `${siteRoot}og/index.png`);
  assert.equal(one(pageAt('embed/cost/').html, 'og:image'), `${siteRoot}og/calculators/cost.png`);
  assert.equal(one(pageAt('embed/break-even/').html, 'og:image'), `${siteRoot}og/calculators/break-even.png`);
});

/** The three monthly totals the cost calculator prints without JavaScript, by option. */
function printedTotals(html: string): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const card of html.matchAll(/<article class="calc-card" data-option="([\w-]+)"[\s\S]*?<\/article>/g)) {
    const output = /<output data-line="total"[^>]*>(?:<span class="sr-only">[^<]*<\/span>)?([^<]+)<\/output>/.exec(card[0]);
    if (output) totals[card[1]!] = output[1]!;
  }
  return totals;
}

test("the calculators' cards carry the three totals the cost calculator prints for its defaults", () => {
  const printed = printedTotals(pageAt('calculators/cost/').html);
  assert.deepEqual(Object.keys(printed), ['bedrock-agents', 'agentcore-runtime', 'ecs-fargate']);
  for (const value of Object.values(printed)) assert.match(value, /^\$\d{1,3}(,\d{3})*\.\d{2}$/);
  const expected =
    'A month for 10,000 requests a day, on-demand prices: ' +
    `Bedrock Agents (Classic) ${printed['bedrock-agents']}, AgentCore Runtime ${printed['agentcore-runtime']}, ECS on Fargate ${printed['ecs-fargate']}.`;
  for (const suffix of ['calculators/cost/', 'calculators/break-even/']) {
    const alt = one(pageAt(suffix).html, 'og:image:alt') ?? '';
    assert.ok(alt.endsWith(expected), `${suffix} og:image:alt: ${alt}`);
  }
});

test('every named scenario has its own card, a 1200 x 630 PNG under the size limit', () => {
  const presetIds = readdirSync(new URL('../../content/scenarios/', import.meta.url))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''));
  assert.ok(presetIds.length >= 5, `only ${presetIds.length} presets`);
  const problems = presetIds.flatMap((id) => {
    const path = `${siteBase}og/presets/${id}.png`;
    return cardProblems(path, fileForPath(path));
  });
  assert.deepEqual(problems, []);
});

/** The code points Inter's Latin files cover, from Fontsource's own list of its subsets. */
function latinSubset(): (codePoint: number) => boolean {
  const ranges = JSON.parse(readFileSync(new URL('../../node_modules/@fontsource/inter/unicode.json', import.meta.url), 'utf8')) as Record<
    string,
    string
  >;
  const spans = (ranges['latin'] ?? '').split(',').map((r) => {
    const [from = '', to = from] = r.replace(/^U\+/, '').split('-');
    return [parseInt(from, 16), parseInt(to, 16)] as const;
  });
  assert.ok(spans.length > 3 && spans.every(([a, b]) => a <= b), 'could not read the latin subset');
  return (cp) => spans.some(([a, b]) => cp >= a && cp <= b);
}

test('every character a card prints is in the font it is drawn with (no missing-glyph boxes)', () => {
  // The alt text repeats the card's words: site, title, section, subtitle and totals.
  const covered = latinSubset();
  // "$", "é" and the en dash are in it; an arrow and CJK are not.
  assert.ok([0x24, 0xe9, 0x2013].every(covered) && ![0x2192, 0x4e00].some(covered));
  const problems = pages.flatMap((page) => {
    const alt = one(page.html, 'og:image:alt') ?? '';
    const missing = [...new Set(alt)].filter((ch) => !covered(ch.codePointAt(0)!));
    return missing.length > 0 ? [`${page.url}: ${missing.join(' ')}`] : [];
  });
  assert.deepEqual(problems, []);
});
