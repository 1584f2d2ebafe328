import { test } from 'vitest';
import assert from 'node:assert/strict';
import { factAnchor, formatLimit, formatPrice } from '../../../src/lib/format/facts.ts';

test('prices read as published, with their unit', () => {
  assert.equal(formatPrice({ value: 0.04048, unit: 'USD per vCPU-hour' }), '$0.04048 per vCPU-hour');
  assert.equal(formatPrice({ value: 3, unit: 'USD per 1M tokens' }), '$3.00 per 1M tokens');
  assert.equal(formatPrice({ value: 0.0000166667, unit: 'USD per GB-second' }), '$0.0000166667 per GB-second');
  assert.equal(formatPrice({ value: 70, unit: 'percent off on-demand (maximum)' }), '70% off on-demand (maximum)');
  assert.equal(formatPrice({ value: 0, unit: 'USD' }), '$0.00');
  assert.throws(() => formatPrice({ value: 1, unit: 'EUR per hour' }), /EUR per hour/);
});

test('limits read with their unit, singular for one, dates spelled out', () => {
  assert.equal(formatLimit({ value: 8, unit: 'hours' }), '8 hours');
  assert.equal(formatLimit({ value: 1, unit: 'hours' }), '1 hour');
  assert.equal(formatLimit({ value: 5000, unit: 'sessions' }), '5,000 sessions');
  assert.equal(formatLimit({ value: 25, unit: 'sessions per second' }), '25 sessions per second');
  assert.equal(formatLimit({ value: 1, unit: 'sessions per second' }), '1 session per second');
  assert.equal(formatLimit({ value: 10, unit: 'percent' }), '10%');
  assert.equal(formatLimit({ value: '2026-07-30', unit: 'date' }), 'July 30, 2026');
});

test('source-page anchors combine id and region', () => {
  assert.equal(factAnchor('fargate-x86-vcpu-hour', 'eu-west-1'), 'fargate-x86-vcpu-hour--eu-west-1');
});
