/**
 * The named scenarios' summaries and notes: long sentences the calculators show for the active
 * preset only. The build serves them as /scenario-notes.json and keeps them out of every
 * script, so no page pays for all of them before its chart.
 */
import { test } from 'vitest';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, distDir, fileForPath, siteBase } from '../support/built-site.ts';

const dir = new URL('../../content/scenarios/', import.meta.url);
const presets = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    id: f.replace(/\.json$/, ''),
    ...(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { summary: string; note?: string }),
  }));

test("/scenario-notes.json serves every preset's summary, and its note where the file has one", () => {
  const file = fileForPath(`${siteBase}scenario-notes.json`);
  assert.ok(file, 'scenario-notes.json is built');
  const served = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { summary: string; note?: string }>;
  assert.equal(Object.keys(served).length, presets.length);
  for (const p of presets) {
    assert.equal(served[p.id]?.summary, p.summary, p.id);
    assert.equal(served[p.id]?.note, p.note, p.id);
  }
});

test('no script carries a summary or a note', () => {
  const assets = join(distDir, '_astro');
  const scripts = [
    ...readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => ({ name: f, text: readFileSync(join(assets, f), 'utf8') })),
    // Inline scripts too (the build inlines small ones), not JSON data.
    ...builtPages().flatMap((page) =>
      [...page.html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ({
        name: `inline in ${page.url}`,
        text: m[1] ?? '',
      })),
    ),
  ];
  // The first words of each sentence, as a string literal would hold them.
  const openings = presets.flatMap((p) => [p.summary, ...(p.note ? [p.note] : [])].map((s) => ({ id: p.id, text: s.slice(0, 40) })));
  for (const { name, text } of scripts) {
    for (const opening of openings) assert.ok(!text.includes(opening.text), `${name} has ${opening.id}'s "${opening.text}…"`);
  }
});
