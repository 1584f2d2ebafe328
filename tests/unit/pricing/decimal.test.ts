import { describe, expect, it } from 'vitest';
import { compare, decimalFromNumber, formatDecimal, multiply, parseDecimal, type Decimal } from '../../../src/lib/pricing/decimal.ts';

const dec = (s: string): Decimal => {
  const d = parseDecimal(s);
  if (!d) throw new Error(`not a decimal: ${s}`);
  return d;
};

describe('exact decimals for Price List strings', () => {
  it('reads the 10-place strings the Price List publishes and prints them without trailing zeros', () => {
    expect(formatDecimal(dec('0.0404800000'))).toBe('0.04048');
    expect(formatDecimal(dec('3.0000000000'))).toBe('3');
    expect(formatDecimal(dec('0.0000000000'))).toBe('0');
    expect(formatDecimal(dec('1.2e2'))).toBe('120');
  });

  it('refuses what is not a decimal ("Inf" ends ranges; it is not a price)', () => {
    expect(parseDecimal('Inf')).toBeUndefined();
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('$0.02')).toBeUndefined();
  });

  it('reads a number as it prints, exponent included (JSON may spell 0.0000166667 as 1.66667e-05)', () => {
    expect(formatDecimal(decimalFromNumber(1.66667e-5))).toBe('0.0000166667');
    expect(formatDecimal(decimalFromNumber(0.2))).toBe('0.2');
    expect(formatDecimal(decimalFromNumber(70))).toBe('70');
  });

  it('multiplies exactly where floats do not', () => {
    expect(0.0000002 * 1e6).not.toBe(0.2); // why the check does not use floats
    expect(formatDecimal(multiply(dec('0.0000002000'), decimalFromNumber(1_000_000)))).toBe('0.2');
    expect(formatDecimal(multiply(dec('0.0000600000'), decimalFromNumber(1000)))).toBe('0.06');
    expect(formatDecimal(multiply(dec('0.0007200000'), decimalFromNumber(1000)))).toBe('0.72');
  });

  it('compares across scales, and tells a one-digit change apart', () => {
    expect(compare(dec('0.0044450000'), decimalFromNumber(0.004445))).toBe(0);
    expect(compare(dec('0.00356'), dec('0.003556'))).toBe(1);
    expect(compare(dec('0.0000133333'), dec('0.0000133334'))).toBe(-1);
    expect(compare(dec('15000000000'), dec('6000000000'))).toBe(1);
  });
});
