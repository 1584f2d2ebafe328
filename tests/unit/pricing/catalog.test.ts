import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  limit,
  limitDate,
  limitNumber,
  modelInfo,
  price,
  priceValue,
  checkedRange,
  regionalPrice,
} from '../../../src/lib/pricing/catalog.ts';

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
    assert.equal(modelInfo('claude-sonnet-5').status, 'legacy');
    assert.equal(modelInfo('claude-sonnet-5-5').status, 'current');
    assert.deepEqual([modelInfo('claude-3-5-haiku').status, modelInfo('claude-3-5-haiku').endOfLife], ['end-of-life', '2026-06-19']);
    assert.throws(() => modelInfo('gpt-4o'), /Unknown model/);
  });
});

it('says when its figures were checked: the oldest and the newest day, not the newest alone', () => {
  // The frozen price book (tests/fixtures/price-book) holds figures checked on these days.
  assert.deepEqual(checkedRange(), { oldest: '2026-11-24', newest: '2026-12-05' });
});
