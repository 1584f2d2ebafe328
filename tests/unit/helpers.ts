import assert from 'node:assert/strict';

/** Equal within `tolerance` (default: half a cent). */
export function near(actual: number, expected: number, tolerance = 0.005, message?: string): void {
  assert.ok(
    Number.isFinite(actual) && Math.abs(actual - expected) <= tolerance,
    `${message ?? 'value'}: expected ${expected} ± ${tolerance}, got ${actual}`,
  );
}

/** Monthly requests for a per-day volume: x 730 / 24. */
export const perMonth = (perDay: number): number => (perDay * 730) / 24;
