import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { calculatorInstance } from '../../../src/components/calculators/calculator-id.ts';

describe('calculator props, checked at build time', () => {
  it('a chapter must name a preset that exists', () => {
    assert.throws(() => calculatorInstance('cost', 'CostCalculator', 'chapter', undefined), /needs a preset/);
    assert.throws(() => calculatorInstance('cost', 'CostCalculator', 'chapter', 'seed-exampel'), /Unknown scenario preset "seed-exampel"/);
    assert.match(calculatorInstance('cost', 'CostCalculator', 'chapter', 'seed-example'), /^cost-calc-\d+$/);
  });

  it('the full page and the embed take no preset: they start from their address', () => {
    assert.throws(
      () => calculatorInstance('break-even', 'BreakEvenCalculator', 'page', 'steady-pipeline'),
      /<BreakEvenCalculator variant="page"> takes no preset/,
    );
    assert.throws(() => calculatorInstance('cost', 'CostCalculator', 'embed', 'seed-example'), /takes no preset/);
    assert.match(calculatorInstance('break-even', 'BreakEvenCalculator', 'page', undefined), /^break-even-calc-\d+$/);
  });

  it('gives every instance its own id prefix', () => {
    const a = calculatorInstance('cost', 'CostCalculator', 'page', undefined);
    const b = calculatorInstance('cost', 'CostCalculator', 'page', undefined);
    assert.notEqual(a, b);
  });
});
