import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { defaultScenario } from '../../../src/lib/cost/scenario.ts';
import { allHints, fieldHint } from '../../../src/lib/params/field-hints.ts';
import { fieldGroups, fields, paramNames } from '../../../src/lib/params/fields.ts';
import { isValidScenario } from '../../../src/lib/params/validate.ts';

describe('scenario field metadata', () => {
  it('covers every Scenario property exactly once', () => {
    assert.deepEqual(fields.map((f) => f.key).sort(), Object.keys(defaultScenario).sort());
  });

  it('keeps the URL parameters promised in the contract', () => {
    const contract = [
      'requests_per_day',
      'input_tokens',
      'output_tokens',
      'model',
      'retrievals_per_request',
      'session_seconds',
      'active_cpu_seconds',
      'session_memory_gb',
      'idle_seconds',
      'requests_per_session',
      'agentcore_platform',
      'inference_profile',
      'fargate_tasks',
      'task_vcpu',
      'task_memory_gb',
      'arch',
      'region',
      'traffic',
    ];
    for (const p of contract) assert.ok(paramNames.includes(p), p);
    for (const p of paramNames) assert.match(p, /^[a-z0-9]+(_[a-z0-9]+)*$/);
  });

  it('enum values match the contract spellings', () => {
    const values = (param: string) => {
      const f = fields.find((x) => x.param === param);
      return f?.kind === 'enum' ? f.options.map((o) => o.value) : [];
    };
    assert.deepEqual(values('agentcore_platform'), ['v1', 'v2']);
    assert.deepEqual(values('inference_profile'), ['global', 'geo']);
    assert.deepEqual(values('arch'), ['x86_64', 'arm64']);
    assert.deepEqual(values('traffic'), ['steady', 'business-hours', 'bursty']);
  });

  it('defaults are inside their ranges and valid together', () => {
    for (const f of fields) {
      if ((f.kind === 'int' || f.kind === 'number') && typeof f.default === 'number') {
        assert.ok(f.default >= f.min && f.default <= f.max, f.param);
      }
      assert.ok(
        fieldGroups.some((g) => g.id === f.group),
        f.param,
      );
      assert.ok(f.label.length > 2 && fieldHint(f.param).length > 10, f.param);
    }
    // A hint for every field and none for a parameter that is gone.
    assert.deepEqual(Object.keys(allHints()).sort(), fields.map((f) => f.param).sort());
    assert.ok(isValidScenario(defaultScenario));
  });

  it('takes its AWS limits and figures from the data, never typed (frozen price book values)', () => {
    const meta = (param: string) => fields.find((f) => f.param === param)!;
    const range = (param: string) => {
      const f = meta(param);
      return 'min' in f ? [f.min, f.max] : [];
    };
    // agentcore-idle-timeout-default-seconds = 900
    assert.match(fieldHint('idle_seconds'), /the idle timeout, 900 s by default\.$/);
    // fargate-spot-max-discount-percent = 70, fargate-savings-plan-max-discount-percent = 52
    assert.deepEqual(range('spot_discount_percent'), [0, 70]);
    assert.match(fieldHint('spot_discount_percent'), /up to 70%/);
    assert.deepEqual(range('savings_plan_percent'), [0, 52]);
    // fargate-spot-interruption-warning-seconds = 120
    assert.match(fieldHint('spot_percent'), /2-minute warning/);
    // fargate-ephemeral-storage-included-gb = 20, -max-gb = 200
    assert.deepEqual(range('task_storage_gb'), [20, 200]);
    assert.match(fieldHint('task_storage_gb'), /^20 GB is included/);
    // lambda-min-memory-mb = 128, lambda-max-memory-mb = 10,240
    assert.deepEqual(range('lambda_memory_mb'), [128, 10_240]);
    // The task sizes table: 0.5 GB (0.25 vCPU) to 120 GB (16 vCPU).
    assert.deepEqual(range('task_memory_gb'), [0.5, 120]);
    const vcpu = meta('task_vcpu');
    assert.deepEqual(vcpu.kind === 'choice' ? vcpu.choices : [], [0.25, 0.5, 1, 2, 4, 8, 16]);
    // global-profile-discount-percent = 10; ARM vCPU 1 - 0.03238 / 0.04048 = 20.0%.
    const label = (param: string, value: string) => {
      const f = meta(param);
      return f.kind === 'enum' ? f.options.find((o) => o.value === value)?.label : undefined;
    };
    assert.equal(label('inference_profile', 'global'), 'Global (global.), about 10% cheaper');
    assert.equal(label('arch', 'arm64'), 'arm64 (Graviton), about 20% cheaper');
    // A model past its end of life is marked and offered only while in use.
    const model = meta('model');
    const haiku35 = model.kind === 'enum' ? model.options.find((o) => o.value === 'claude-3-5-haiku') : undefined;
    assert.deepEqual([haiku35?.label, haiku35?.retired], ['Claude 3.5 Haiku (end of life)', true]);
  });
});
