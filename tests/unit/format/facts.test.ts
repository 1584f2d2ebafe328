import { test } from 'vitest';
import assert from 'node:assert/strict';
import { factAnchor, formatLimit, formatPrice, monthlyFromHourly } from '../../../src/lib/format/facts.ts';

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

test('hourly prices become monthly on a 730-hour month', () => {
  // One NAT gateway: 730 h x $0.045 = $32.85.
  assert.deepEqual(monthlyFromHourly({ id: 'nat-gateway-hour', value: 0.045, unit: 'USD per NAT gateway-hour' }), {
    usd: 32.85,
    formula: '730 hours × $0.045 per NAT gateway-hour = $32.85 a month',
  });
  // Two OCUs: 2 x 730 x $0.24 = $350.40.
  const two = monthlyFromHourly({ id: 'ocu', value: 0.24, unit: 'USD per OCU-hour' }, 2);
  assert.equal(two.usd.toFixed(2), '350.40');
  assert.equal(two.formula, '2 × 730 hours × $0.24 per OCU-hour = $350.40 a month');
  assert.throws(() => monthlyFromHourly({ id: 'x', value: 1, unit: 'USD per GB' }), /needs an hourly price/);
  assert.throws(() => monthlyFromHourly({ id: 'x', value: 1, unit: 'USD per OCU-hour' }, 0), /positive/);
});

test('source-page anchors combine id and region', () => {
  assert.equal(factAnchor('fargate-x86-vcpu-hour', 'eu-west-1'), 'fargate-x86-vcpu-hour--eu-west-1');
});
