import { describe, expect, it } from 'vitest';
import { findItem } from '../../../src/lib/pricing/catalog.ts';

// This project sees the price book the browser gets (tests/vitest.config.ts), so the island
// tests beside this file exercise the calculators on exactly that data.
describe('the price book the calculators ship', () => {
  it('leaves out figures only the chapters cite, and keeps what the model reads', () => {
    expect(findItem('agentcore-gateway-api-per-1k')).toBeUndefined();
    expect(findItem('agentcore-max-agents')).toBeUndefined();
    expect(findItem('fargate-x86-vcpu-hour')?.value).toBeTypeOf('number');
    expect(findItem('agentcore-idle-timeout-default-seconds')?.value).toBeTypeOf('number');
  });
});
