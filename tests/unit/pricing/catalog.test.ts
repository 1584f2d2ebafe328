import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { limit, limitDate, limitNumber, modelInfo, price, priceValue, pricesLastChecked, regionalPrice } from '../../../src/lib/pricing/catalog.ts';

describe('catalog lookups', () => {
  it('finds a price by id, us-east-1 by default', () => {
    assert.equal(priceValue('fargate-x86-vcpu-hour'), 0.04048);
    assert.equal(priceValue('fargate-x86-vcpu-hour', 'eu-central-1'), 0.04656);
  });

  it('answers from a global entry for any Region', () => {
    assert.equal(price('public-ipv4-hour', 'eu-west-1').region, 'global');
    assert.equal(limitNumber('agentcore-max-session-hours', 'ap-south-1'), 8);
  });

  it('throws on unknown ids, naming the Regions that exist', () => {
    assert.throws(() => price('fargate-x86-vcpu-hours'), /Unknown price "fargate-x86-vcpu-hours"/);
    assert.throws(() => price('alb-hour', 'eu-west-1'), /it exists for: us-east-1/);
    assert.throws(() => limit('fargate-x86-vcpu-hour'), /Unknown limit/);
  });

  it('separates numeric limits from dated facts', () => {
    assert.equal(limitDate('bedrock-agents-classic-closed-date'), '2026-07-30');
    assert.throws(() => limitNumber('bedrock-agents-classic-closed-date'), /is a date/);
    assert.throws(() => limitDate('agentcore-max-payload-mb'), /is a number/);
  });

  it('borrows the us-east-1 price when a Region has none, and says so', () => {
    assert.deepEqual(
      [regionalPrice('alb-hour', 'eu-west-1').exact, regionalPrice('alb-hour', 'eu-west-1').item.region],
      [false, 'us-east-1'],
    );
    assert.equal(regionalPrice('opensearch-serverless-ocu-hour', 'ap-south-1').item.value, 0.2472);
  });

  it('knows model status', () => {
    assert.equal(modelInfo('claude-sonnet-4-5').status, 'deprecated');
    assert.equal(modelInfo('claude-sonnet-5').status, 'current');
    assert.throws(() => modelInfo('gpt-4o'), /Unknown model/);
  });
});

it('the data set is as fresh as its least recently reviewed file', () => {
  assert.equal(pricesLastChecked(), '2026-11-25');
});
