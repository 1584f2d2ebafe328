import { describe, expect, it } from 'vitest';
import { findItem } from '../../../src/lib/pricing/catalog.ts';
import { priceDetail } from '../../../src/lib/report/price-details.ts';

// This project sees the price book the browser gets (tests/vitest.config.ts), so the island
// tests beside this file exercise the calculators on exactly that data.
describe('the price book the calculators ship', () => {
  it('leaves out figures only the chapters cite, and keeps what the model reads', () => {
    expect(findItem('agentcore-gateway-api-per-1k')).toBeUndefined();
    expect(findItem('agentcore-max-agents')).toBeUndefined();
    expect(findItem('fargate-x86-vcpu-hour')?.value).toBeTypeOf('number');
    expect(findItem('agentcore-idle-timeout-default-seconds')?.value).toBeTypeOf('number');
  });

  it("leaves out each figure's label, source and source date: they load with an opened formula or an export", () => {
    const item = findItem('fargate-x86-vcpu-hour');
    expect(item).toMatchObject({ value: 0.04048, unit: 'USD per vCPU-hour', checked: expect.stringMatching(/^20\d\d-\d\d-\d\d$/) });
    expect(item).not.toHaveProperty('label');
    expect(item).not.toHaveProperty('source');
    expect(item).not.toHaveProperty('sourceDate');
    // The formulas and the check dates still have what they read (above); a formula's list and an export need the loaded citations.
    expect(() => priceDetail({ id: 'fargate-x86-vcpu-hour', region: 'us-east-1' })).toThrow(/price-citations\.json/);
    const cited = priceDetail(
      { id: 'fargate-x86-vcpu-hour', region: 'us-east-1' },
      {
        'fargate-x86-vcpu-hour@us-east-1': {
          label: 'Fargate Linux/x86 vCPU',
          source: { url: 'https://aws.amazon.com/fargate/pricing/', title: 'AWS Fargate pricing' },
          sourceDate: '2026-09-03',
        },
      },
    );
    expect(cited).toMatchObject({ label: 'Fargate Linux/x86 vCPU', text: '$0.04048 per vCPU-hour', sourceDate: '2026-09-03' });
  });
});
