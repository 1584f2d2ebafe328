/**
 * Exact decimal arithmetic on the strings the AWS Price List publishes ("0.0404800000").
 * Prices are compared as decimals, not as floats: a float product such as 0.0000002 * 1e6 is
 * 0.19999999999999998, and rounding to the data's precision would hide a real change that
 * only adds a digit (0.00356 -> 0.003556). A decimal is a BigInt of digits and a scale (the
 * number of digits after the point), so multiplying and comparing are exact.
 */
export interface Decimal {
  digits: bigint;
  scale: number;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/** Reads "0.0404800000", "12", "1.66667e-5"; undefined for anything else ("Inf", "", "$1"). */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL.exec(text.trim());
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  let digits = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return normalize({ digits, scale });
}

/** A JavaScript number as the decimal it prints as (its shortest round-trip spelling). */
export function decimalFromNumber(value: number): Decimal {
  const parsed = parseDecimal(String(value));
  if (!parsed) throw new Error(`not a finite number: ${value}`);
  return parsed;
}

/** Drops trailing zeros after the point, so equal values have one representation. */
function normalize({ digits, scale }: Decimal): Decimal {
  while (scale > 0 && digits % 10n === 0n) {
    digits /= 10n;
    scale -= 1;
  }
  return { digits, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return normalize({ digits: a.digits * b.digits, scale: a.scale + b.scale });
}

/** Negative, zero or positive as a < b, a = b, a > b. */
export function compare(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.digits * 10n ** BigInt(scale - a.scale);
  const y = b.digits * 10n ** BigInt(scale - b.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain notation, no exponent, no trailing zeros: "0.0000166667", "0.2", "12". Valid JSON. */
export function formatDecimal(d: Decimal): string {
  const { digits, scale } = normalize(d);
  const negative = digits < 0n;
  const abs = (negative ? -digits : digits).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? abs : `${abs.slice(0, abs.length - scale)}.${abs.slice(abs.length - scale)}`;
  return negative ? `-${text}` : text;
}
