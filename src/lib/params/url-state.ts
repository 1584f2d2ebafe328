import { defaultScenario, type Scenario } from '../cost/scenario.ts';
import { fields } from './fields.ts';
import { parseScenario, type ParseResult } from './validate.ts';

/**
 * Scenario <-> readable query string ("requests_per_day=1000&model=nova-pro").
 * Only values that differ from the defaults are written; parameter names are the
 * public contract in ./fields.ts. decode(encode(s)) deep-equals s for any valid s.
 */

/** A value as it reads in an address and in a form field: `true`, `2500`, `claude-haiku-4-5`. */
export function paramText(value: string | number | boolean): string {
  // String(number) is the shortest text that reads back as the same double.
  return typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

/** The non-default fields of `s` as [param, value] pairs, in field order. */
export function changedParams(s: Scenario): [string, string][] {
  const out: [string, string][] = [];
  for (const meta of fields) {
    const value = s[meta.key];
    if (value !== defaultScenario[meta.key]) out.push([meta.param, paramText(value)]);
  }
  return out;
}

/** Query string without the leading "?" (empty for the default scenario). */
export function encodeScenario(s: Scenario): string {
  return new URLSearchParams(changedParams(s)).toString();
}

/**
 * Reads a query string ("?a=1&b=2" or "a=1&b=2") or URLSearchParams. Unknown
 * parameters are ignored (and listed); bad ones are reported with the value used.
 */
export function decodeScenario(query: string | URLSearchParams): ParseResult {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  return parseScenario(params);
}
