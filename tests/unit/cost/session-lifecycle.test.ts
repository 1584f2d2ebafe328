import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  leakedSessionUsd,
  neverStoppedMemoryUsd,
  sessionLifecycle,
  stopSessionSavingsUsd,
} from '../../../src/lib/cost/session-lifecycle.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

// 10,000 requests a day = 304,166.67 sessions a month (one request each), 60 s long, 1 GB.
const base = withDefaults();

function fact(s: ReturnType<typeof withDefaults>, id: string) {
  const found = sessionLifecycle(s).find((f) => f.id === id);
  assert.ok(found, `no "${id}" fact`);
  return found;
}

describe('AgentCore session lifecycle', () => {
  it('v2 with the default 900 s idle tail: what StopRuntimeSession saves', () => {
    // Per session: 1 GB x (60 + 120) s + 0.125 GB x 780 s = 277.5 GB-s; without the tail 60 GB-s.
    // 304,166.67 x 217.5 / 3,600 = 18,376.74 GB-h x $0.0169 = $310.57 a month.
    near(stopSessionSavingsUsd(base), 310.5668, 1e-3);
    const idle = fact(base, 'idle-tail');
    assert.match(idle.text, /is 78\.4% of the memory line/);
    assert.match(idle.text, /saves \$310\.57 a month/);
    // Already stopping sessions: nothing to save.
    assert.equal(stopSessionSavingsUsd({ ...base, idleSeconds: 0 }), 0);
    assert.match(fact({ ...base, idleSeconds: 0 }, 'idle-tail').text, /no idle tail is billed/);
  });

  it('sessions never stopped idle to the timeout', () => {
    // v1, 300 s idle: 304,166.67 x 1 GB x 360 s / 3,600 x $0.00945 = $287.44;
    // to the 900 s timeout: x 960 s = $766.50, $479.06 more.
    const s = { ...base, agentcorePlatform: 'v1' as const, idleSeconds: 300 };
    near(neverStoppedMemoryUsd(s), 766.5, 1e-6);
    assert.match(fact(s, 'never-stopped').text, /memory line is \$766\.50 a month, \$479\.06 more than with your inputs/);
    // The defaults already run to the timeout.
    assert.match(fact(base, 'never-stopped').text, /already let every session idle to the 900 s timeout/);
  });

  it('one leaked session kept alive for 8 hours', () => {
    // v2: 1 GB x 8 h x $0.0169 = $0.1352; with 2 vCPU busy: + 2 x 8 x $0.1276 = $2.1768.
    const v2 = leakedSessionUsd(base);
    near(v2.memoryUsd, 0.1352, 1e-9);
    near(v2.busyUsd, 2.1768, 1e-9);
    // v1 bills the peak: 4 GB x 8 h x $0.00945 = $0.3024; + 16 vCPU-h x $0.0895 = $1.7344.
    const v1 = leakedSessionUsd({ ...base, agentcorePlatform: 'v1', sessionMemoryGb: 4 });
    near(v1.memoryUsd, 0.3024, 1e-9);
    near(v1.busyUsd, 1.7344, 1e-9);
  });

  it('how many sessions start per second at the peak, and who waits for a start', () => {
    // Bursty: 100,000 a day = 1.157 per second x 4 = 4.63 starts per second; one request in 5 waits.
    const s = withDefaults({ requestsPerDay: 100_000, traffic: 'bursty', peakToAverage: 4, requestsPerSession: 5 });
    const starts = fact(s, 'session-starts').text;
    assert.match(starts, /At peak 0\.93 sessions start per second/);
    assert.match(starts, /about 2 s for a platform v2 start/);
    assert.match(starts, /One request in 5 waits for a start/);
  });

  it('cites the default idle timeout only when its text quotes it', () => {
    assert.deepEqual(
      fact(base, 'never-stopped').limitRefs.map((r) => r.id),
      ['agentcore-idle-timeout-default-seconds'],
    );
    // A 2,000 s idle timeout is the reader's own, longer than the 900 s default: nothing to cite.
    const long = fact(withDefaults({ idleSeconds: 2000 }), 'never-stopped');
    assert.match(long.text, /idle to the 2,000 s timeout/);
    assert.deepEqual(long.limitRefs, []);
  });

  it('gives platform v1 the measured start times, since AWS states none', () => {
    const s = withDefaults({ agentcorePlatform: 'v1' });
    const starts = fact(s, 'session-starts');
    assert.match(
      starts.text,
      /AWS publishes no platform v1 start time; measurements run up to 3 s for small images and up to about 30 s for heavy ones\./,
    );
    assert.doesNotMatch(starts.text, /platform v2/);
    assert.deepEqual(
      starts.limitRefs.map((r) => r.id),
      ['agentcore-v1-cold-start-light-seconds', 'agentcore-v1-cold-start-heavy-seconds'],
    );
    assert.deepEqual(
      fact(withDefaults({}), 'session-starts').limitRefs.map((r) => r.id),
      ['agentcore-v2-cold-start-seconds'],
    );
  });
});
