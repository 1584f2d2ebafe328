import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { calculatorLink, calculatorParams, calculatorQueries } from '../../../src/lib/decisions/calculator.ts';
import { enumeratePaths, resolveQuery, toQuery } from '../../../src/lib/decisions/walk.ts';
import { decisionTree } from '../../../src/lib/decisions/data.ts';
import { decodeScenario } from '../../../src/lib/params/url-state.ts';
import { parseScenario } from '../../../src/lib/params/validate.ts';
import { smallTree } from './fixtures.ts';

describe('calculator links from outcomes', () => {
  it('merges answers in order, then the outcome, over the defaults', () => {
    const tree = smallTree();
    const r = resolveQuery(tree, 'a=x&b=q&c=n');
    assert.deepEqual(calculatorParams(r.path, r.outcome!), { traffic: 'bursty', requests_per_day: 1000 });
    assert.equal(calculatorLink(r.path, r.outcome!).query, 'requests_per_day=1000&traffic=bursty');
  });

  it('every path of the real tree gives a query the cost calculator accepts without a correction', () => {
    const queries = calculatorQueries(decisionTree);
    const paths = enumeratePaths(decisionTree);
    assert.equal(Object.keys(queries).length, paths.length);
    for (const p of paths) {
      const query = queries[toQuery(p.steps)];
      assert.ok(query !== undefined, toQuery(p.steps));
      const parsed = decodeScenario(query);
      assert.deepEqual(parsed.issues, [], `${toQuery(p.steps)} -> ${query}`);
      assert.deepEqual(parsed.ignored, []);
      // The merged parameters themselves, before encoding, are valid too.
      assert.deepEqual(parseScenario(calculatorParams(p.steps, p.outcome)).issues, []);
    }
  });

  it("every outcome's own inputs are valid on their own (the outline links them)", () => {
    for (const o of decisionTree.outcomes) assert.deepEqual(calculatorLink([], o).problems, [], o.id);
  });

  it('carries what the answers imply: the traffic shape, per-session isolation, bigger tasks', () => {
    const q = (path: string) => {
      const r = resolveQuery(decisionTree, path);
      return new URLSearchParams(calculatorQueries(decisionTree)[toQuery(r.path)]);
    };
    const business = q(
      'starting-point=new&session-fit=fits&agent-logic=code&constraints=neither&traffic=business-hours&operations=small-team',
    );
    assert.equal(business.get('traffic'), 'business-hours');
    assert.equal(business.get('session_seconds'), '300');

    const isolated = q('starting-point=new&session-fit=fits&agent-logic=code&constraints=session-isolation');
    assert.equal(isolated.get('concurrency_per_task'), '1');

    const steadyFargate = q(
      'starting-point=new&session-fit=fits&agent-logic=code&constraints=neither&traffic=steady&operations=platform-team',
    );
    assert.equal(steadyFargate.get('requests_per_day'), '50000');
    assert.equal(steadyFargate.get('arch'), 'arm64');
    assert.equal(steadyFargate.get('traffic'), null, 'steady is the default, so it is not written');

    const heavy = q('starting-point=new&session-fit=heavier&heavy-part=whole-agent&beyond-microvm=own-service');
    assert.equal(heavy.get('task_vcpu'), '4');
    assert.equal(heavy.get('task_memory_gb'), '16');

    // The hybrid outcome's light conversation wins over the heavy answer's session memory.
    const hybrid = q('starting-point=new&session-fit=heavier&heavy-part=one-step');
    assert.equal(hybrid.get('session_memory_gb'), null, '1 GB is the default');
    assert.equal(hybrid.get('task_vcpu'), '4');
  });
});
