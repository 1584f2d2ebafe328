import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { estimateOption, findLine, lineUsd } from '../../../src/lib/cost/estimate.ts';
import { v2IdleCrossoverSeconds } from '../../../src/lib/cost/agentcore-runtime.ts';
import { withDefaults } from '../../../src/lib/cost/scenario.ts';
import { near } from '../helpers.ts';

// 1,000 invocations a day = 1,000 x 730 / 24 = 30,416.667 a month, one per session.
const base = withDefaults({
  requestsPerDay: 1_000,
  activeCpuSeconds: 2,
  sessionMemoryGb: 1,
  sessionSeconds: 60,
  requestsPerSession: 1,
  retrievalsPerRequest: 0,
});

describe('AgentCore Runtime', () => {
  it('v1: 2 active vCPU-s, 1 GB for 60 s + 900 s idle', () => {
    const r = estimateOption({ ...base, agentcorePlatform: 'v1', idleSeconds: 900 }, 'agentcore-runtime');
    // CPU: 30,416.667 x 2 s / 3,600 = 16.8981 vCPU-h x $0.0895 = $1.5124
    near(lineUsd(r, 'runtime-cpu'), 1.51235, 1e-4);
    // Memory: 30,416.667 x 1 GB x (60 + 900) s / 3,600 = 8,111.11 GB-h x $0.00945 = $76.65
    near(lineUsd(r, 'runtime-memory'), 76.65, 1e-6);
    assert.equal(
      findLine(r, 'runtime-memory').formula,
      '30,417 sessions x 1 GB peak x (60 s + 900 s idle) / 3,600 x $0.00945 per GB-hour = $76.65',
    );
    // The idle tail: 900 of 960 GB-seconds per session = 93.75%.
    assert.match(findLine(r, 'runtime-memory').note ?? '', /idle tail after the last response is 93\.8% of this line/);
  });

  it('v2: same with 60 s idle (memory never reclaimed)', () => {
    const r = estimateOption({ ...base, agentcorePlatform: 'v2', idleSeconds: 60 }, 'agentcore-runtime');
    // CPU: 16.8981 vCPU-h x $0.1276 = $2.1562
    near(lineUsd(r, 'runtime-cpu'), 2.1562, 1e-4);
    // Memory: 30,416.667 x 1 GB x (60 + 60) s / 3,600 = 1,013.889 GB-h x $0.0169 = $17.1347
    near(lineUsd(r, 'runtime-memory'), 17.13472, 1e-4);
  });

  it('v2: idle beyond 120 s bills the reclaimed amount (128 MB by default)', () => {
    const r = estimateOption({ ...base, agentcorePlatform: 'v2', idleSeconds: 900 }, 'agentcore-runtime');
    // Per session: 1 GB x (60 + 120) s + 0.125 GB x 780 s = 180 + 97.5 = 277.5 GB-s
    // 30,416.667 x 277.5 / 3,600 = 2,344.618 GB-h x $0.0169 = $39.6240
    near(lineUsd(r, 'runtime-memory'), 39.62405, 1e-4);
    assert.match(findLine(r, 'runtime-memory').note ?? '', /^Assumption: after 120 s idle/);
  });

  it('v2: the average memory in use, when given, bills instead of the peak until the reclaim', () => {
    const r = estimateOption(
      { ...base, agentcorePlatform: 'v2', sessionMemoryGb: 2, averageMemoryGb: 0.5, idleSeconds: 900 },
      'agentcore-runtime',
    );
    // Per session: 0.5 GB x (60 + 120) s + 0.125 GB x 780 s = 90 + 97.5 = 187.5 GB-s
    // 30,416.667 x 187.5 / 3,600 = 1,584.201 GB-h x $0.0169 = $26.7730
    near(lineUsd(r, 'runtime-memory'), 26.773, 1e-4);
    // v1 ignores the average: 2 GB peak x (60 + 900) s = 1,920 GB-s; 30,416.667 x 1,920 / 3,600 x $0.00945 = $153.30
    const v1 = estimateOption(
      { ...base, agentcorePlatform: 'v1', sessionMemoryGb: 2, averageMemoryGb: 0.5, idleSeconds: 900 },
      'agentcore-runtime',
    );
    near(lineUsd(v1, 'runtime-memory'), 153.3, 1e-6);
  });

  it('v2: the reclaimed amount is an input', () => {
    const r = estimateOption({ ...base, agentcorePlatform: 'v2', idleSeconds: 900, idleMemoryGb: 0.5 }, 'agentcore-runtime');
    // 1 x 180 + 0.5 x 780 = 570 GB-s; 30,416.667 x 570 / 3,600 = 4,815.972 GB-h x $0.0169 = $81.3899
    near(lineUsd(r, 'runtime-memory'), 81.38993, 1e-4);
  });

  it('several requests per session share one session of memory', () => {
    const r = estimateOption(
      { ...base, agentcorePlatform: 'v1', requestsPerSession: 4, sessionSeconds: 240, idleSeconds: 0 },
      'agentcore-runtime',
    );
    // Sessions: 30,416.667 / 4 = 7,604.167; 7,604.167 x 1 GB x 240 s / 3,600 = 506.944 GB-h x $0.00945 = $4.7906
    near(lineUsd(r, 'runtime-memory'), 4.79063, 1e-4);
    // CPU still per request: $1.5124
    near(lineUsd(r, 'runtime-cpu'), 1.51235, 1e-4);
  });

  it('bills at least 128 MB', () => {
    const r = estimateOption({ ...base, agentcorePlatform: 'v1', sessionMemoryGb: 0.125, idleSeconds: 0 }, 'agentcore-runtime');
    // 30,416.667 x 0.125 GB x 60 s / 3,600 = 63.368 GB-h x $0.00945 = $0.59883
    near(lineUsd(r, 'runtime-memory'), 0.598828, 1e-5);
  });

  it('says the default platform is not settled', () => {
    const r = estimateOption({ ...base, idleSeconds: 900 }, 'agentcore-runtime');
    assert.ok(r.notes.some((n) => n.includes('Which platform a new runtime gets is not settled')));
  });

  it('finds the idle time above which v2 costs less than v1', () => {
    // A 240 s session, 1 GB, 2 vCPU-s of CPU, one request; after 120 s idle v2 bills 0.125 GB.
    // Per session x 3,600: v1 = 2 x 0.0895 + (240 + I) x 0.00945 = 2.447 + 0.00945 I
    //                      v2 = 2 x 0.1276 + (360 + 0.125 x (I - 120)) x 0.0169 = 6.0857 + 0.0021125 I
    // Equal at I = 3.6387 / 0.0073375 = 495.9046 s (8.3 minutes), not at the 120 s reclaim point.
    near(v2IdleCrossoverSeconds({ ...base, sessionSeconds: 240, sessionMemoryGb: 1 }) ?? 0, 495.9046, 1e-3);
    // If the reclaimed memory were the full 1 GB, v2 (dearer per unit) would never catch up.
    assert.equal(v2IdleCrossoverSeconds({ ...base, sessionSeconds: 240, sessionMemoryGb: 1, idleMemoryGb: 1 }), null);
  });
});
