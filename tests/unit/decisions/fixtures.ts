/** Small hand-made trees for the validator and walker tests. */
import type { DecisionTree } from '../../../src/schemas/decisions.ts';

const option = (id: string, next: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: `Answer ${id}`,
  next,
  reason: `Because answer ${id} leads to ${next}.`,
  link: '/guide/options/',
  ...extra,
});

const outcome = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  recommendation: 'agentcore-runtime' as const,
  title: `Outcome ${id} title`,
  summary: `The summary of outcome ${id}, long enough for the schema to accept it.`,
  tradeoffs: ['A trade-off to watch for here.'],
  whatWouldChange: ['If something changed, this would change too.'],
  readMore: [{ label: 'Options', link: '/guide/options/' }],
  calculator: {},
  ...extra,
});

const question = (id: string, options: ReturnType<typeof option>[]) => ({
  id,
  title: `Question ${id}?`,
  help: `Help text for question ${id}, with enough words.`,
  options,
});

/**
 * a -> (x: b, y: out-y); b -> (p: out-p, q: c); c -> (m: out-p, n: out-n).
 * Paths: a=x b=p; a=x b=q c=m; a=x b=q c=n; a=y.
 */
export function smallTree(): DecisionTree {
  return {
    title: 'A small tree',
    reviewed: '2026-11-25',
    start: 'a',
    questions: [
      question('a', [option('x', 'b', { calculator: { traffic: 'bursty' } }), option('y', 'out-y')]),
      question('b', [option('p', 'out-p'), option('q', 'c')]),
      question('c', [option('m', 'out-p'), option('n', 'out-n', { calculator: { requests_per_day: 500 } })]),
    ],
    outcomes: [outcome('out-y'), outcome('out-p'), outcome('out-n', { calculator: { requests_per_day: 1000 } })],
  } as DecisionTree;
}

/** A deep copy to break. */
export function clone<T>(value: T): T {
  return structuredClone(value);
}

export { option, outcome, question };
