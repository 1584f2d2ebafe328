import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { checkedScenarioPresetSchema as scenarioPresetSchema } from '../../../src/lib/content/checked-schemas.ts';
import { allPresets, getPreset, presetIds } from '../../../src/lib/scenarios.ts';
import { GET as scenarioNotesJson } from '../../../src/pages/scenario-notes.json.ts';
import { estimate } from '../../../src/lib/cost/estimate.ts';
import { decodeScenario } from '../../../src/lib/params/url-state.ts';
import { near } from '../helpers.ts';

const dir = new URL('../../../content/scenarios/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('scenario presets', () => {
  it('the folder holds exactly the pinned presets, all loaded', () => {
    assert.deepEqual(files, [...presetIds].map((id) => `${id}.json`).sort());
    assert.deepEqual([...presetIds].sort(), [
      'bursty-batch',
      'case-study-research-pipeline',
      'case-study-support-bot',
      'seed-example',
      'steady-pipeline',
      'support-bot-business-hours',
      'support-bot-business-hours-warm',
    ]);
  });

  it('every file passes the collection schema', () => {
    for (const f of files) {
      const r = scenarioPresetSchema.safeParse(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
      assert.ok(r.success, `${f}: ${JSON.stringify(r.error?.issues)}`);
    }
  });

  it("the schema fails a preset the calculator would correct, with the calculator's message", () => {
    const bad = { title: 'Bad', summary: 'A preset with a bad task size.', params: { task_vcpu: 4, task_memory_gb: 3 } };
    const r = scenarioPresetSchema.safeParse(bad);
    assert.ok(!r.success);
    assert.match(r.error.issues[0]?.message ?? '', /4 vCPU tasks take 8 to 30 GB/);
    assert.ok(!scenarioPresetSchema.safeParse({ ...bad, params: { request_per_day: 5 } }).success);
  });

  it('each preset links to the calculator through its query string', () => {
    for (const p of allPresets()) {
      const r = decodeScenario(p.query);
      assert.deepEqual(r.issues, []);
      assert.deepEqual(r.scenario, p.scenario);
      for (const o of estimate(p.scenario).options) assert.ok(o.total > 0, `${p.id} ${o.option}`);
    }
  });

  it('seed-example reproduces the corrected figures', () => {
    const seedOptions = estimate(getPreset('seed-example').scenario).options;
    const presetLineUsd = (_id: string, option: string, line: string): number =>
      seedOptions.find((o) => o.option === option)?.lines.find((l) => l.id === line)?.usd ?? Number.NaN;
    near(presetLineUsd('seed-example', 'ecs-fargate', 'model'), 4106.25, 1e-6);
    near(presetLineUsd('seed-example', 'ecs-fargate', 'fargate-cpu'), 1182.016, 1e-6);
    near(presetLineUsd('seed-example', 'ecs-fargate', 'fargate-memory'), 259.588, 1e-6);
    near(presetLineUsd('seed-example', 'bedrock-agents', 'retrieval'), 350.4, 1e-6);
    assert.equal(getPreset('seed-example').scenario.model, 'claude-sonnet-4-5');
  });

  it("/scenario-notes.json has every preset's summary, and its note where the file has one", async () => {
    const served = (await scenarioNotesJson().json()) as Record<string, { summary?: string; note?: string }>;
    assert.deepEqual(Object.keys(served).sort(), [...presetIds].sort());
    for (const f of files) {
      const file = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { summary: string; note?: string };
      const id = f.replace(/\.json$/, '');
      assert.deepEqual(served[id], file.note === undefined ? { summary: file.summary } : { summary: file.summary, note: file.note }, id);
    }
    // What a reader of the calculators sees under the seed example and the case studies.
    assert.match(served['seed-example']?.summary ?? '', /^10,000 requests a day, 2,000 input and 500 output tokens on Claude Sonnet 4\.5/);
    assert.match(
      served['seed-example']?.note ?? '',
      /charged \$0\.10 per knowledge-base query \(AWS charges no per-query fee for plain vector retrieval/,
    );
    for (const id of ['case-study-support-bot', 'case-study-research-pipeline']) {
      assert.match(served[id]?.note ?? '', /illustrative and unsourced/, id);
    }
  });

  it('throws on an unknown preset', () => {
    assert.throws(() => getPreset('seed'), /Unknown scenario preset "seed"/);
  });
});
