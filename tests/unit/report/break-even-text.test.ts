import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { BreakEvenResult } from '../../../src/lib/cost/break-even.ts';
import { breakEvenAttribute, breakEvenHeadline, breakEvenShort } from '../../../src/lib/report/break-even-text.ts';

const base: BreakEvenResult = {
  a: 'agentcore-runtime',
  b: 'ecs-fargate',
  minPerDay: 0,
  maxPerDay: 1_000_000,
  crossings: [],
  cheaperThroughout: null,
  summary: '',
  truncated: false,
};
const crossing = (v: number) => ({
  requestsPerDay: v,
  kind: 'exact' as const,
  cheaperBelow: 'agentcore-runtime' as const,
  cheaperAbove: 'ecs-fargate' as const,
  totalUsd: 100,
  explanation: '',
});

describe('break-even sentence and attribute', () => {
  it('states the crossing as the issue words it', () => {
    const r = { ...base, crossings: [crossing(3655.6)] };
    assert.equal(
      breakEvenHeadline(r),
      'ECS on Fargate becomes cheaper than AgentCore Runtime above 3,656 invocations a day with these settings.',
    );
    assert.equal(breakEvenAttribute(r), '3656');
  });

  it('mentions further crossings from task steps', () => {
    const r = { ...base, crossings: [crossing(1000), crossing(2000), crossing(3000)] };
    assert.match(breakEvenHeadline(r), /changes 2 more times up to 1,000,000 a day/);
  });

  it('says "none" and which option stays cheaper when the lines never cross', () => {
    const r = { ...base, cheaperThroughout: 'agentcore-runtime' as const };
    assert.equal(breakEvenAttribute(r), 'none');
    assert.equal(
      breakEvenHeadline(r),
      'AgentCore Runtime is cheaper than ECS on Fargate at every volume from 0 to 1,000,000 invocations a day with these settings: they never break even.',
    );
  });

  it('says plainly where a search cut short stopped, never "never break even"', () => {
    // Asked for 0 to 100,000,000 a day, stopped at 12,096,060: nothing is known above that.
    const r = { ...base, maxPerDay: 12_096_060, truncated: true, cheaperThroughout: 'agentcore-runtime' as const };
    const headline = breakEvenHeadline(r);
    assert.equal(
      headline,
      'AgentCore Runtime is cheaper than ECS on Fargate from 0 to 12,096,060 invocations a day with these settings, but the search stopped at 12,096,060 a day: whether they break even above that, this calculator does not say.',
    );
    assert.doesNotMatch(headline, /never/);
    assert.equal(breakEvenAttribute(r), 'none');
    assert.equal(breakEvenShort(r), 'none up to 12,096,060 a day (the search stopped there)');
    assert.equal(breakEvenShort({ ...r, truncated: false }), 'none');
  });

  it('adds where the search stopped after the crossings it found', () => {
    const r = { ...base, maxPerDay: 43_200, truncated: true, crossings: [crossing(26_971.8), crossing(28_800)] };
    assert.equal(
      breakEvenHeadline(r),
      'ECS on Fargate becomes cheaper than AgentCore Runtime above 26,972 invocations a day with these settings. Above that the cheaper option changes once more up to 43,200 a day, as Fargate adds tasks. The search stopped at 43,200 invocations a day, short of the range it was asked to cover: above that, this calculator does not say which option is cheaper.',
    );
    assert.equal(breakEvenShort(r), '26,972 a day');
  });
});
