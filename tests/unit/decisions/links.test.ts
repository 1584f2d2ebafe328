import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { guideLinkLabels, treeLinks } from '../../../src/lib/decisions/links.ts';
import { decisionTree } from '../../../src/lib/decisions/data.ts';
import { smallTree } from './fixtures.ts';

// Every chapter slug in the team contract; those without a file yet are being written.
const contractChapters = [
  'overview',
  'options',
  'deployment-model',
  'scaling',
  'state-and-sessions',
  'cost',
  'break-even',
  'operations',
  'flexibility',
  'performance',
  'developer-experience',
  'security',
  'use-cases',
  'hybrid-patterns',
  'migration',
  'decision-framework',
  'case-studies',
  'glossary',
  'further-reading',
];

const guides = new URL('../../../content/guides/', import.meta.url);

/** Heading ids as Astro writes them (github-slugger), for the ASCII headings the guide uses. */
function headingSlugs(mdx: string): string[] {
  const seen = new Map<string, number>();
  const body = mdx.replace(/^---[\s\S]*?---/, '').replace(/```[\s\S]*?```/g, '');
  return [...body.matchAll(/^#{2,6} (.+)$/gm)].map((m) => {
    const base = m[1]!
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9 _-]/g, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  });
}

describe('guide links in the decision tree', () => {
  it('every cited heading exists; chapters still being written are cited as a whole', () => {
    for (const link of treeLinks(decisionTree)) {
      const [, chapter, anchor] = /^\/guide\/([a-z0-9-]+)\/(?:#([a-z0-9-]+))?$/.exec(link) ?? [];
      assert.ok(chapter && contractChapters.includes(chapter), `${link}: not a chapter in the contract`);
      const file = new URL(`${chapter}.mdx`, guides);
      if (!existsSync(file)) {
        assert.equal(anchor, undefined, `${link}: "${chapter}" is still being written, link to the chapter as a whole`);
        continue;
      }
      if (anchor) assert.ok(headingSlugs(readFileSync(file, 'utf8')).includes(anchor), `${link}: no such heading in ${chapter}.mdx`);
    }
  });

  it('most reasons cite a section, not just a chapter', () => {
    const reasons = decisionTree.questions.flatMap((q) => q.options.map((o) => o.link));
    assert.ok(
      reasons.every((l) => l.includes('#')),
      reasons.filter((l) => !l.includes('#')).join(', '),
    );
  });

  it('labels links by chapter and heading, and fails on a heading that does not exist', () => {
    const chapters = [{ slug: 'options', title: 'The three options', headings: [{ slug: 'who-runs-what', text: 'Who runs what' }] }];
    const tree = smallTree();
    tree.questions[0]!.options[0]!.link = '/guide/options/#who-runs-what';
    tree.questions[0]!.options[1]!.link = '/guide/migration/';
    const labels = guideLinkLabels(tree, chapters);
    assert.equal(labels['/guide/options/#who-runs-what'], 'The three options: Who runs what');
    assert.equal(labels['/guide/options/'], 'The three options');
    assert.equal(labels['/guide/migration/'], 'Migration');

    tree.questions[1]!.options[0]!.link = '/guide/options/#gone';
    tree.questions[1]!.options[1]!.link = '/guide/migration/#steps';
    assert.throws(
      () => guideLinkLabels(tree, chapters),
      (e: Error) =>
        e.message.includes('/guide/options/#gone: chapter "options" has no heading') && e.message.includes('/guide/migration/#steps'),
    );
  });
});
