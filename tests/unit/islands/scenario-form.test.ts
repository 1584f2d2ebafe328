/**
 * How a calculator field behaves as the reader types: validated when committed, never on every
 * keystroke; an emptied field keeps its last valid value; a typed value gets the same rule and
 * the same message as the same value in a link.
 */
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { parseScenario } from '../../../src/lib/params/validate.ts';
import { applyEdit, stateFromQuery, stateFromScenario } from '../../../src/islands/calculator/use-scenario-form.ts';

const start = stateFromQuery('requests_per_day=5000', defaultScenario);
const inUse = (state: ReturnType<typeof stateFromScenario>) => parseScenario(state.committed).scenario.requestsPerDay;

describe('typing into a calculator field', () => {
  it('keeps the last valid value in use, and shows no message, while the text is not yet valid', () => {
    for (const text of ['', '-', '-5', '1e', 'abc']) {
      const typing = applyEdit(start, 'requests_per_day', text, false, defaultScenario);
      expect(typing.raw['requests_per_day']).toBe(text);
      expect(inUse(typing)).toBe(5000);
      expect(typing.notices).toEqual({});
    }
    // A valid value is used at once.
    expect(inUse(applyEdit(start, 'requests_per_day', '7000', false, defaultScenario))).toBe(7000);
  });

  it('puts an emptied field back to its last valid value when it is left', () => {
    const left = applyEdit(applyEdit(start, 'requests_per_day', '', false, defaultScenario), 'requests_per_day', '', true, defaultScenario);
    expect(left.raw['requests_per_day']).toBe('5000');
    expect(inUse(left)).toBe(5000);
    expect(left.notices).toEqual({});
  });

  it('judges a committed value exactly as a link with that value, message included', () => {
    for (const text of ['1e400', '-5', 'abc', '99999999999999999999', '1,000']) {
      const typed = applyEdit(start, 'requests_per_day', text, true, defaultScenario);
      const linked = stateFromQuery(`requests_per_day=${encodeURIComponent(text)}`, defaultScenario);
      expect(typed.raw['requests_per_day'], text).toBe(linked.raw['requests_per_day']);
      expect(typed.notices['requests_per_day'], text).toBe(linked.notices['requests_per_day']);
    }
    // 1e400 clamps to the maximum, typed or linked.
    expect(applyEdit(start, 'requests_per_day', '1e400', true, defaultScenario).raw['requests_per_day']).toBe('100000000');
  });

  it('lists only the link’s corrections in the summary, not the reader’s own edits', () => {
    const linked = stateFromQuery('requests_per_day=abc&idle_seconds=-3', defaultScenario);
    expect([...linked.fromLink].sort()).toEqual(['idle_seconds', 'requests_per_day']);
    const edited = applyEdit(linked, 'requests_per_day', '-5', true, defaultScenario);
    expect(edited.fromLink).toEqual(['idle_seconds']);
    expect(edited.notices['requests_per_day']).toMatch(/using 0\.$/);
  });
});
