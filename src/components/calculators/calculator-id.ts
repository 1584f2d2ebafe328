/**
 * Ids inside a calculator are prefixed per instance, so two calculators on one page
 * never share an id. The counter lives for the whole build, so prefixes are unique
 * per page whatever the rendering order.
 */
const counter = globalThis as { __adgCalculatorCounter?: number };

export function nextCalculatorId(kind: 'cost' | 'break-even'): string {
  counter.__adgCalculatorCounter = (counter.__adgCalculatorCounter ?? 0) + 1;
  return `${kind}-calc-${counter.__adgCalculatorCounter}`;
}
