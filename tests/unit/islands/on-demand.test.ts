import { describe, expect, it } from 'vitest';
import { onDemand } from '../../../src/islands/shared/on-demand.ts';

describe('onDemand', () => {
  it('loads once however often the buttons ask', async () => {
    let loads = 0;
    const load = onDemand(async () => ({ n: ++loads }));
    const [a, b] = await Promise.all([load(), load()]);
    await load();
    expect(loads).toBe(1);
    expect(a).toBe(b);
  });

  it('tries again after a failed load, then keeps what loaded', async () => {
    let loads = 0;
    const load = onDemand(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline');
      return 'module';
    });
    await expect(load()).rejects.toThrow('offline');
    await expect(load()).resolves.toBe('module');
    await expect(load()).resolves.toBe('module');
    expect(loads).toBe(2);
  });
});
