/**
 * What the link cards say. Runs on the frozen price book (see tests/vitest.config.ts), so the
 * totals below are the hand-computed ones of tests/unit/cost/seed-example.test.ts and
 * agentcore.test.ts, written as the calculator prints them.
 */
import { describe, it } from 'vitest';
import assert from 'node:assert/strict';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { allPresets } from '../../../src/lib/scenarios.ts';
import { cardAltText, cardImagePath, pageCards, presetCards, type CardSources, type LinkCard } from '../../../src/lib/site/link-cards.ts';

const sources: CardSources = {
  chapters: [
    { id: 'overview', data: { title: 'Running AI agents on AWS, three ways', sidebarLabel: 'Overview', group: 'start', order: 1 } },
    { id: 'cost', data: { title: 'Cost: every line of the bill on all three options', sidebarLabel: 'Cost', group: 'compare', order: 13 } },
    { id: 'glossary', data: { title: 'Glossary', group: 'reference', order: 90 } },
  ],
  defaultScenario,
  presets: allPresets(),
};
const cards = pageCards(sources);
const card = (path: string): LinkCard => {
  const found = cards.get(path);
  if (!found) throw new Error(`no card for "${path}"`);
  return found;
};

describe('page cards', () => {
  it('name their PNG after the page', () => {
    assert.equal(cardImagePath('guide/cost/'), 'og/guide/cost.png');
    assert.equal(cardImagePath('calculators/break-even/'), 'og/calculators/break-even.png');
    assert.equal(cardImagePath(''), 'og/index.png');
    assert.equal(cardImagePath('404/'), 'og/404.png');
  });

  it('cover every chapter and every other page, each once', () => {
    assert.deepEqual([...cards.keys()].sort(), [
      '',
      '404/',
      'calculators/break-even/',
      'calculators/cost/',
      'changelog/',
      'decide/',
      'guide/cost/',
      'guide/glossary/',
      'guide/overview/',
      'sources/',
    ]);
    assert.equal(new Set([...cards.values()].map((c) => c.image)).size, cards.size);
  });

  it("carry the page's full title and the sidebar group it sits in", () => {
    const cost = card('guide/cost/');
    assert.equal(cost.title, 'Cost: every line of the bill on all three options');
    assert.equal(cost.section, 'Compare the options');
    assert.equal(card('guide/overview/').section, 'Start here');
    assert.equal(card('guide/glossary/').section, 'Reference');
    assert.equal(card('sources/').title, 'Sources and prices');
    assert.equal(card('sources/').section, 'Reference');
    assert.equal(card('decide/').section, 'Tools');
    assert.equal(cost.totals, undefined);
  });

  it('give the home page a line naming the options, and the error page no section', () => {
    assert.equal(card('').title, 'Run AI agents on AWS');
    assert.equal(card('').section, undefined);
    assert.match(card('').subtitle ?? '', /^Bedrock Agents, AgentCore Runtime or ECS on Fargate/);
    assert.equal(card('404/').title, 'Page not found');
    assert.equal(card('404/').section, undefined);
  });

  it('say when the figures were checked', () => {
    assert.equal(card('guide/cost/').dataNote, 'Prices and limits checked November 24 to December 5, 2026');
  });

  it("show the calculators' three totals, in the calculator's order, as dollars and cents", () => {
    for (const path of ['calculators/cost/', 'calculators/break-even/']) {
      const totals = card(path).totals;
      assert.ok(totals, path);
      assert.equal(totals.caption, 'A month for 10,000 requests a day, on-demand prices');
      assert.deepEqual(
        totals.figures.map((f) => f.label),
        ['Bedrock Agents (Classic)', 'AgentCore Runtime', 'ECS on Fargate'],
      );
      for (const f of totals.figures) assert.match(f.amount, /^\$\d{1,3}(,\d{3})*\.\d{2}$/);
    }
  });
});

describe('preset cards', () => {
  const presets = presetCards(sources);

  it('one per named scenario, under og/presets/', () => {
    assert.equal(presets.length, allPresets().length);
    assert.ok(presets.some((p) => p.image === 'og/presets/seed-example.png'));
    for (const p of presets) assert.match(p.image, /^og\/presets\/[a-z0-9-]+\.png$/);
  });

  it("the seed example's card: its title and the three totals computed by hand", () => {
    const seed = presets.find((p) => p.image === 'og/presets/seed-example.png');
    assert.ok(seed);
    assert.equal(seed.title, "Cost calculator: The seed post's example, corrected");
    assert.equal(seed.section, 'Tools');
    assert.equal(seed.totals?.caption, 'A month for 10,000 requests a day, on-demand prices');
    // Shared lines: model $4,106.25, vector store $350.40, its storage $0.24, embeddings $0.608333,
    // logs $0.608333 (seed-example.test.ts).
    // Bedrock Agents: the shared lines, orchestration $0                         = $4,458.106667
    // AgentCore (v2, 900 s idle): CPU 304,166.67 x 2 s / 3,600 x $0.1276 = $21.562037;
    //   memory 304,166.67 x (1 GB x 180 s + 0.125 GB x 780 s) / 3,600 x $0.0169 = $396.240451
    //   (agentcore.test.ts at a tenth of the volume)                            = $4,875.909154
    // Fargate: the shared lines, compute $1,441.604, ALB $16.452037, NAT $33.12375, public IPv4
    //   (3 addresses x 730 h x $0.005) $10.95                                   = $5,960.236453
    assert.deepEqual(seed.totals?.figures, [
      { option: 'bedrock-agents', label: 'Bedrock Agents (Classic)', amount: '$4,458.11' },
      { option: 'agentcore-runtime', label: 'AgentCore Runtime', amount: '$4,875.91' },
      { option: 'ecs-fargate', label: 'ECS on Fargate', amount: '$5,960.24' },
    ]);
  });
});

describe('alt text', () => {
  it('reads the card out: site, title, section and any totals', () => {
    assert.equal(cardAltText(card('guide/glossary/')), 'Agent Deploy Guide: Glossary (Reference).');
    const alt = cardAltText(card('calculators/cost/'));
    assert.match(
      alt,
      /^Agent Deploy Guide: Cost calculator \(Tools\)\. A month for 10,000 requests a day, on-demand prices: Bedrock Agents \(Classic\) \$[\d,.]+, AgentCore Runtime \$[\d,.]+, ECS on Fargate \$[\d,.]+\.$/,
    );
  });
});
