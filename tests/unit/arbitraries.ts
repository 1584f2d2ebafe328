import fc from 'fast-check';
import { fields, type FieldMeta } from '../../src/lib/params/fields.ts';
import { parseScenario, type FieldValue } from '../../src/lib/params/validate.ts';
import type { Scenario } from '../../src/lib/cost/scenario.ts';

const noNegativeZero = (v: number): number => (v === 0 ? 0 : v);

/** Mostly realistic values, sometimes anywhere in the allowed range. */
function numberIn(min: number, max: number, integer: boolean, realisticMax: number): fc.Arbitrary<number> {
  const small = Math.min(max, Math.max(min, realisticMax));
  if (integer)
    return fc.oneof({ weight: 4, arbitrary: fc.integer({ min, max: small }) }, { weight: 1, arbitrary: fc.integer({ min, max }) });
  const dbl = (hi: number) => fc.double({ min, max: hi, noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
  return fc.oneof({ weight: 4, arbitrary: dbl(small) }, { weight: 1, arbitrary: dbl(max) });
}

/** Keeps random scenarios in the ranges people use, so properties exercise them often. */
const realistic: Record<string, number> = {
  requests_per_day: 200_000,
  input_tokens: 20_000,
  output_tokens: 4_000,
  model_calls_per_request: 10,
  vector_store_gb: 1_000,
  ingest_tokens_per_month: 100_000_000,
  session_seconds: 3_600,
  active_cpu_seconds: 60,
  idle_seconds: 900,
  requests_per_session: 20,
  fargate_tasks: 50,
  min_tasks: 4,
  concurrency_per_task: 50,
  off_hours_tasks: 4,
  alb_kb_per_request: 100,
  nat_kb_per_request: 100,
  log_kb_per_request: 50,
  lambda_ms: 5_000,
  opensearch_ocus: 10,
  aurora_acus: 8,
  custom_cost_per_1k_queries: 200,
};

export function fieldArbitrary(meta: FieldMeta): fc.Arbitrary<FieldValue> {
  const cap = realistic[meta.param] ?? Number.POSITIVE_INFINITY;
  switch (meta.kind) {
    case 'int':
      return numberIn(meta.min, meta.max, true, cap);
    case 'number':
      return numberIn(meta.min, meta.max, false, cap);
    case 'enum':
      return fc.constantFrom(...meta.options.map((o) => o.value));
    case 'bool':
      return fc.boolean();
    case 'choice':
      return fc.constantFrom(...meta.choices);
    case 'auto':
      return fc.oneof(fc.constant<FieldValue>('auto'), numberIn(meta.min, meta.max, meta.integer, cap));
  }
}

/** Raw parameters, every one inside its field's range (cross-field rules may still apply). */
export const rawParamsArb: fc.Arbitrary<Record<string, FieldValue>> = fc.record(
  Object.fromEntries(fields.map((f) => [f.param, fieldArbitrary(f)])) as Record<string, fc.Arbitrary<FieldValue>>,
);

/** A valid Scenario: random in-range values passed through the validator. */
export const scenarioArb: fc.Arbitrary<Scenario> = rawParamsArb.map((raw) => parseScenario(raw).scenario);
