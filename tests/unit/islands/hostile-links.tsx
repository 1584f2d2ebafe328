/**
 * A calculator island, rendered on a DOM exactly as a page renders it, opened with bad, huge
 * and hostile links. The browser tests keep a handful of these for hydration and Back/Forward;
 * here the same invariants run over hundreds of links in a few seconds. Each calculator's
 * test file (they need the happy-dom environment) calls `hostileLinkTests`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render, type FunctionComponent } from 'preact';
import { act } from 'preact/test-utils';
import { hostileQueries, noProblems, problemsIn, snapshotOf } from '../../support/calculators.ts';
import { settleDeferredParts } from './deferred-parts.ts';

export type Island = FunctionComponent<{ variant: 'page'; uid: string }>;

let root: HTMLElement | null = null;

/** Opens the calculator at `path?query`, as a page load does (the island reads the address after hydrating). */
async function open(island: Island, path: string, query: string): Promise<HTMLElement> {
  history.replaceState(null, '', `${path}${query ? `?${query}` : ''}`);
  root = document.createElement('div');
  document.body.append(root);
  const Calculator = island;
  act(() => render(<Calculator variant="page" uid="calc" />, root!));
  await settleDeferredParts();
  return root;
}

/** Moves the open calculator to another link the way Back and Forward do. */
async function applyInPlace(query: string): Promise<void> {
  act(() => {
    history.pushState(null, '', `${location.pathname}?${query}`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await settleDeferredParts();
}

function close(): void {
  if (root) act(() => render(null, root!));
  root?.remove();
  root = null;
}

const field = (name: string) => document.querySelector<HTMLInputElement | HTMLSelectElement>(`.calc-form [name="${name}"]`);
const messageOf = (name: string) => document.querySelector(`.calc-form [data-field="${name}"] .calc-field-message`)?.textContent ?? null;

export function hostileLinkTests(name: string, island: Island, path: string, seed: number): void {
  afterEach(close);

  describe(`${name}: bad values in a link give a specific message at the field, show the value used, break nothing`, () => {
    const cases: { query: string; param: string; value: string; message: RegExp }[] = [
      {
        query: 'requests_per_day=',
        param: 'requests_per_day',
        value: '10000',
        message: /^Requests per day is empty; using 10,000\.$/,
      },
      {
        query: 'requests_per_day=-5',
        param: 'requests_per_day',
        value: '0',
        message: /whole number between 0 and 100,000,000; using 0\.$/,
      },
      { query: 'requests_per_day=1e400', param: 'requests_per_day', value: '100000000', message: /using 100,000,000\.$/ },
      { query: 'requests_per_day=abc', param: 'requests_per_day', value: '10000', message: /using 10,000\.$/ },
      {
        query: 'input_tokens=NaN',
        param: 'input_tokens',
        value: '2000',
        message: /^Input tokens per model call must be a whole number .*; using 2,000\.$/,
      },
      {
        query: 'requests_per_day=99999999999999999999',
        param: 'requests_per_day',
        value: '100000000',
        message: /using 100,000,000\.$/,
      },
      {
        query: 'model=gpt-5',
        param: 'model',
        value: 'claude-sonnet-5-5',
        message: /^Model must be one of: .*; using claude-sonnet-5-5\.$/,
      },
      {
        query: 'task_memory_gb=9',
        param: 'task_memory_gb',
        value: '8',
        message: /^1 vCPU tasks take 2 to 8 GB in 1 GB steps \(9 GB is not one of them\); using 8\.$/,
      },
      { query: 'task_vcpu=3', param: 'task_vcpu', value: '2', message: /^Task vCPU must be one of: .*; using 2\.$/ },
      {
        query: 'fargate_tasks=lots',
        param: 'fargate_tasks',
        value: 'auto',
        message: /^Fargate tasks must be "auto" \(derived from traffic\) or a whole number between 1 and 5,000; using auto\.$/,
      },
      {
        query: 'requests_per_day=100&requests_per_day=200',
        param: 'requests_per_day',
        value: '100',
        message: /given 2 times; using the first value \(100\)/,
      },
      {
        query: 'requests_per_day=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
        param: 'requests_per_day',
        value: '10000',
        message: /using 10,000\.$/,
      },
      { query: 'session_seconds=0', param: 'session_seconds', value: '1', message: /using 1\.$/ },
      { query: 'task_vcpu=banana', param: 'task_vcpu', value: '1', message: /using 1\.$/ },
    ];
    for (const c of cases) {
      it(`?${c.query}`, async () => {
        await open(island, path, c.query);
        expect(messageOf(c.param)).toMatch(c.message);
        const input = field(c.param)!;
        expect(input.value).toBe(c.value);
        expect(input.getAttribute('aria-invalid')).toBe('true');
        const label = document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '';
        const summary = [...document.querySelectorAll('.calc-issues-list a')].map((a) => a.textContent ?? '');
        expect(summary.some((s) => s.includes(label))).toBe(true);
        expect(problemsIn(document)).toEqual(noProblems);
      });
    }

    it('an invalid Fargate size also fixes the memory that no longer fits, and both fields say so', async () => {
      await open(island, path, 'task_vcpu=3');
      expect(messageOf('task_memory_gb')).toMatch(/^2 vCPU tasks take 4 to 16 GB .*using 4\.$/);
      expect(field('task_memory_gb')!.value).toBe('4');
    });
  });

  describe(`${name}: parameters that are not inputs`, () => {
    it('are listed cleaned and bounded: five names of at most 30 characters, then a count', async () => {
      const names = [
        encodeURIComponent('Sign in with your AWS account\u202E to continue here'),
        'utm_source',
        ...Array.from({ length: 20 }, (_, i) => `x${i}`),
      ];
      await open(island, path, names.map((n) => `${n}=1`).join('&'));
      const line = document.querySelector('.calc-ignored')?.textContent ?? '';
      expect(line).toBe(
        '22 parameters in the link are not a calculator input and were ignored: “Sign in with your AWS account…”, “utm_source”, “x0”, “x1”, “x2” and 17 more.',
      );
    });
  });

  describe(`${name}: 200 random and hostile links give no broken figures, no injected markup, every message tied to its field`, () => {
    const queries = hostileQueries(seed, 200);
    it('the first 20 opened fresh give the same page as Back/Forward to them', async () => {
      for (const [i, q] of queries.slice(0, 20).entries()) {
        await open(island, path, q);
        const loaded = snapshotOf(document);
        expect(problemsIn(document), `case ${i}: ?${q}`).toEqual(noProblems);
        await applyInPlace('requests_per_day=1234');
        await applyInPlace(q);
        expect(snapshotOf(document), `case ${i} applied in place: ?${q}`).toEqual(loaded);
        close();
      }
    });
    it('180 more, applied in place one after another', async () => {
      await open(island, path, '');
      for (const [i, q] of queries.slice(20).entries()) {
        await applyInPlace(q);
        expect(problemsIn(document), `case ${i + 20}: ?${q}`).toEqual(noProblems);
      }
    });
  });
}
