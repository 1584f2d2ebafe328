import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import type { BreakEvenResult } from '../../../src/lib/cost/break-even.ts';
import { breakEvenAttribute, breakEvenHeadline } from '../../../src/lib/report/break-even-text.ts';

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
    assert.equal(breakEvenHeadline(r), 'ECS on Fargate becomes cheaper than AgentCore Runtime above 3,656 invocations a day with these settings.');
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
});
