import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { pageParamNames } from '../../../src/lib/params/fields.ts';
import { decodeScenario, encodeScenario } from '../../../src/lib/params/url-state.ts';
import {
  costViews,
  DEFAULT_VIEW,
  joinQuery,
  readView,
  searchWithView,
  VIEW_PARAM,
  viewQuery,
  type CostView,
} from '../../../src/lib/params/view.ts';
import { scenarioArb } from '../arbitraries.ts';

const read = (query: string) => readView(new URLSearchParams(query));

describe('view= (which costs the charts compare)', () => {
  it('defaults to all, with no message, when the address has none', () => {
    assert.deepEqual(read(''), { view: 'all', notice: null });
    assert.deepEqual(read('requests_per_day=2500'), { view: 'all', notice: null });
    assert.equal(DEFAULT_VIEW, 'all');
  });

  it('reads both views, in any case and with spaces around', () => {
    assert.deepEqual(read('view=hosting'), { view: 'hosting', notice: null });
    assert.deepEqual(read('view=all'), { view: 'all', notice: null });
    assert.deepEqual(read('view=%20HOSTING%20'), { view: 'hosting', notice: null });
  });

  it('falls back to all with a specific message for anything else, never echoing it', () => {
    for (const bad of ['bogus', '', 'NaN', 'undefined', '<script>alert(1)</script>', 'hosting-only', '%E2%80%AEgnitsoh']) {
      const r = read(`view=${bad}`);
      assert.equal(r.view, 'all', bad);
      assert.equal(r.notice, 'The view in the link must be all or hosting; showing all costs.', bad);
    }
  });

  it('uses the first of several values, and says so', () => {
    assert.deepEqual(read('view=hosting&view=all'), {
      view: 'hosting',
      notice: 'The view was given 2 times; using the first value (hosting).',
    });
    assert.equal(
      read('view=bogus&view=hosting').notice,
      'The view in the link must be all or hosting; showing all costs. The view was given 2 times; using the first value (all).',
    );
  });

  it('is written only when it is not the default, and reads back as itself', () => {
    assert.equal(viewQuery('all'), '');
    assert.equal(viewQuery('hosting'), 'view=hosting');
    for (const view of costViews) assert.equal(read(viewQuery(view)).view, view);
  });

  it('replaces or removes its parameter and keeps every other one, in order', () => {
    assert.equal(searchWithView('?requests_per_day=2500&theme=dark', 'hosting'), 'requests_per_day=2500&theme=dark&view=hosting');
    assert.equal(searchWithView('requests_per_day=2500&view=hosting&prices=2026-12-05', 'all'), 'requests_per_day=2500&prices=2026-12-05');
    assert.equal(searchWithView('view=bogus&view=all', 'hosting'), 'view=hosting');
    assert.equal(searchWithView('', 'all'), '');
    assert.equal(joinQuery('a=1', '', 'view=hosting'), 'a=1&view=hosting');
    assert.equal(joinQuery('', ''), '');
  });

  it('is a page parameter: kept on rewrites, never an input, never reported as ignored', () => {
    assert.ok(pageParamNames.includes(VIEW_PARAM));
    const plain = decodeScenario('requests_per_day=2500');
    const withView = decodeScenario('requests_per_day=2500&view=hosting');
    assert.deepEqual(withView, plain);
    assert.deepEqual(decodeScenario('view=bogus').issues, []);
    assert.deepEqual(decodeScenario('view=bogus').ignored, []);
  });

  it('round-trips with any scenario without changing it', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom<CostView>(...costViews), (s, view) => {
        const query = joinQuery(encodeScenario(s), viewQuery(view));
        assert.deepEqual(decodeScenario(query).scenario, s);
        assert.deepEqual(read(query), { view, notice: null });
      }),
      { numRuns: 100 },
    );
  });
});
