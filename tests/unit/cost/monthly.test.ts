import { test } from 'vitest';
import assert from 'node:assert/strict';
import { monthlyFromHourly } from '../../../src/lib/cost/monthly.ts';

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
