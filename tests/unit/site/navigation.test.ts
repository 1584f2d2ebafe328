import { test } from 'vitest';
import assert from 'node:assert/strict';
import { buildSidebar, neighbours, pathWithinSite, sortChapters, withBase } from '../../../src/lib/site/navigation.ts';

const chapters = [
  { path: 'guide/cost/', title: 'Cost', group: 'compare', order: 13 },
  { path: 'guide/overview/', title: 'Overview', group: 'start', order: 1 },
  { path: 'guide/options/', title: 'The three options explained', sidebarLabel: 'The three options', group: 'start', order: 2 },
];
const groups = [
  { id: 'start', label: 'Start here' },
  { id: 'compare', label: 'Compare' },
  { id: 'choose', label: 'Choose' },
];

test('sidebar follows group order, then chapter order, and hides empty groups', () => {
  const nav = buildSidebar(chapters, groups, [{ id: 'tools', label: 'Tools', links: [{ path: 'decide/', label: 'Walkthrough' }] }]);
  assert.deepEqual(
    nav.map((g) => [g.label, g.links.map((l) => l.label)]),
    [
      ['Start here', ['Overview', 'The three options']],
      ['Compare', ['Cost']],
      ['Tools', ['Walkthrough']],
    ],
  );
});

test('previous and next follow the reading order and stop at both ends', () => {
  assert.deepEqual(neighbours(chapters, 'guide/options/'), {
    prev: { path: 'guide/overview/', label: 'Overview' },
    next: { path: 'guide/cost/', label: 'Cost' },
  });
  assert.equal(neighbours(chapters, 'guide/overview/').prev, undefined);
  assert.equal(neighbours(chapters, 'guide/cost/').next, undefined);
  assert.deepEqual(neighbours(chapters, 'calculators/cost/'), { prev: undefined, next: undefined });
});

test('two chapters with the same order fail loudly', () => {
  assert.throws(() => sortChapters([...chapters, { path: 'guide/x/', title: 'X', group: 'start', order: 2 }]), /share order 2/);
});

test('a chapter in an unknown group fails loudly', () => {
  assert.throws(() => buildSidebar([{ path: 'guide/x/', title: 'X', group: 'nope', order: 5 }], groups), /unknown group "nope"/);
});

test('withBase joins root and sub-path bases with one slash and leaves external links alone', () => {
  assert.equal(withBase('/', '/guide/cost/'), '/guide/cost/');
  assert.equal(withBase('/', 'guide/cost/'), '/guide/cost/');
  assert.equal(withBase('/agent-deploy-guide', '/guide/cost/'), '/agent-deploy-guide/guide/cost/');
  assert.equal(withBase('/agent-deploy-guide/', 'sources/'), '/agent-deploy-guide/sources/');
  assert.equal(withBase('/sub/', 'https://aws.amazon.com/'), 'https://aws.amazon.com/');
  assert.equal(withBase('/sub/', '#cost'), '#cost');
  assert.equal(withBase('/sub/', 'mailto:a@b.c'), 'mailto:a@b.c');
});

test('pathWithinSite strips the base and normalises the trailing slash', () => {
  assert.equal(pathWithinSite('/', '/guide/cost/'), 'guide/cost/');
  assert.equal(pathWithinSite('/sub/', '/sub/guide/cost'), 'guide/cost/');
  assert.equal(pathWithinSite('/sub/', '/sub/'), '');
});
