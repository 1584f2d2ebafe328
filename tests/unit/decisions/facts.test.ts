import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { factPlaceholderIssues, resolveFacts } from '../../../src/lib/decisions/facts.ts';
import { decisionTree, decisionTreeSource } from '../../../src/lib/decisions/data.ts';
import { formatLimit, formatPrice } from '../../../src/lib/format/facts.ts';
import { limit, price } from '../../../src/lib/pricing/catalog.ts';

describe('figures in the tree come from the price data', () => {
  it('replaces limit and price placeholders with the formatted figures', () => {
    assert.equal(
      resolveFacts('at most {limit:agentcore-max-session-hours}'),
      `at most ${formatLimit(limit('agentcore-max-session-hours'))}`,
    );
    assert.equal(resolveFacts('{limit:agentcore-max-session-hours}'), '8 hours');
    assert.equal(resolveFacts('{limit:bedrock-agents-classic-closed-date}'), 'July 30, 2026');
    assert.equal(
      resolveFacts('{price:agentcore-instances-management-fee-percent}'),
      formatPrice(price('agentcore-instances-management-fee-percent')),
    );
    assert.equal(resolveFacts('{price:fargate-x86-vcpu-hour@eu-central-1}'), '$0.04656 per vCPU-hour');
    assert.equal(resolveFacts('no placeholders'), 'no placeholders');
  });

  it('fails on an unknown id, an unknown kind or a broken placeholder', () => {
    assert.throws(() => resolveFacts('{limit:agentcore-max-session-years}'), /agentcore-max-session-years/);
    assert.throws(() => resolveFacts('{price:agentcore-max-session-hours}'), /Unknown price/);
    assert.throws(() => resolveFacts('{fact:agentcore-max-session-hours}'), /Unknown placeholder kind "fact"/);
    assert.throws(() => resolveFacts('{limit:Agentcore}'), /Malformed placeholder/);
  });

  it('the tree uses placeholders for its limits and none is left after resolving', () => {
    const source = JSON.stringify(decisionTreeSource);
    for (const id of [
      'agentcore-max-session-hours',
      'agentcore-max-vcpu-per-session',
      'agentcore-max-gb-per-session',
      'agentcore-max-payload-mb',
      'agentcore-instances-max-session-days',
      'bedrock-agents-classic-closed-date',
    ]) {
      assert.ok(source.includes(`{limit:${id}}`), id);
    }
    assert.doesNotMatch(JSON.stringify(decisionTree), /[{][a-z]+:/);
    // Hand-typed figures for the limits would drift from the data: the source must not have them.
    assert.doesNotMatch(source, /\b8 hours\b|\b2 vCPU\b|\b8 GB\b|\b100 MB\b|\b14 days\b/);
  });

  it('rejects a dollar amount or percentage typed where a placeholder belongs', () => {
    const tree = { ...decisionTreeSource, title: 'A tree where the fee is 12% of the EC2 price' };
    assert.deepEqual(
      factPlaceholderIssues(tree).map((i) => i.node),
      [decisionTreeSource.start],
    );
    assert.deepEqual(
      factPlaceholderIssues({ ...decisionTreeSource, title: 'A fee of {price:agentcore-instances-management-fee-percent}' }),
      [],
    );
    assert.deepEqual(factPlaceholderIssues(decisionTreeSource), []);
  });
});
