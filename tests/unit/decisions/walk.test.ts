import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import {
  addressProblems,
  anchorFor,
  answer,
  answersBefore,
  answersOf,
  enumeratePaths,
  outline,
  parseAnswers,
  progress,
  reasonsFor,
  remainingQuestions,
  resolve,
  resolveQuery,
  toQuery,
} from '../../../src/lib/decisions/walk.ts';
import { decisionTree } from '../../../src/lib/decisions/data.ts';
import { smallTree } from './fixtures.ts';

const ids = (r: ReturnType<typeof resolve>) => r.path.map((s) => `${s.question.id}=${s.option.id}`);

describe('walking a tree', () => {
  const tree = smallTree();

  it('stops at the first unanswered question', () => {
    const r = resolve(tree, { a: 'x' });
    assert.deepEqual(ids(r), ['a=x']);
    assert.equal(r.current?.id, 'b');
    assert.equal(r.outcome, undefined);
    assert.deepEqual(r.dropped, []);
    assert.deepEqual(r.invalid, []);
  });

  it('reaches an outcome when every question on the path is answered', () => {
    const r = resolve(tree, { a: 'x', b: 'q', c: 'n' });
    assert.equal(r.outcome?.id, 'out-n');
    assert.equal(r.current, undefined);
  });

  it('changing an earlier answer drops the later answers that no longer apply', () => {
    const full = { a: 'x', b: 'q', c: 'n' };
    const changed = resolve(tree, answer(full, 'b', 'p'));
    assert.equal(changed.outcome?.id, 'out-p');
    assert.deepEqual(ids(changed), ['a=x', 'b=p']);
    assert.deepEqual(
      changed.dropped.map((s) => s.question.id),
      ['c'],
    );
    assert.equal(toQuery(changed.path), 'a=x&b=p');

    const toOutcome = resolve(tree, answer(full, 'a', 'y'));
    assert.deepEqual(toOutcome.dropped.map((s) => s.question.id).sort(), ['b', 'c']);
  });

  it('keeps later answers that still apply after an earlier change', () => {
    // a=y then back to a=x: b and c were remembered and still lie on the path.
    const r = resolve(tree, { ...answer({ a: 'y' }, 'a', 'x'), b: 'q', c: 'm' });
    assert.deepEqual(ids(r), ['a=x', 'b=q', 'c=m']);
    assert.equal(r.outcome?.id, 'out-p');
  });

  it('reports tampered parameters instead of throwing', () => {
    const r = resolveQuery(tree, '?a=x&b=zzz&nope=1&c=m&a=y&d=');
    assert.deepEqual(ids(r), ['a=x']);
    assert.equal(r.current?.id, 'b', 'stops at the question with the bad answer');
    const messages = r.invalid.map((i) => `${i.param}: ${i.message}`);
    assert.ok(
      messages.some((m) => m.startsWith('b: “zzz” is not an answer')),
      messages.join('\n'),
    );
    assert.ok(messages.some((m) => m.startsWith('nope: “nope” is not a question')));
    assert.ok(messages.some((m) => m.startsWith('a: “a” was given more than once')));
    assert.ok(messages.some((m) => m.startsWith('d: “d” has no answer')));
    // c is a real answer, but the path stops before it: dropped, not invalid.
    assert.deepEqual(
      r.dropped.map((s) => s.question.id),
      ['c'],
    );
  });

  it('tells about a hostile address in a few bounded, cleaned sentences', () => {
    // 10,000 unknown parameters, one of them long and carrying a right-to-left override.
    const params = Array.from({ length: 10_000 }, (_, i) => `p${i}=1`);
    params.unshift(`${encodeURIComponent('Sign in with your AWS account\u202E here to continue')}=1`);
    const text = addressProblems(resolveQuery(tree, `?${params.join('&')}`));
    assert.equal(
      text,
      'Some answers in this address could not be used: “Sign in with your AWS account…” is not a question in this walkthrough. ' +
        '“p0” is not a question in this walkthrough. “p1” is not a question in this walkthrough. ' +
        '“p2” is not a question in this walkthrough. “p3” is not a question in this walkthrough. ' +
        '9996 more parameters were not answers either.',
    );
  });

  it('says nothing about a clean address', () => {
    assert.equal(addressProblems(resolveQuery(tree, '?a=x&b=q')), '');
  });

  it('survives any garbage query', () => {
    for (const q of ['', '?', '%', 'a', '&&&', 'a=%E0%A4%A', '=x', 'constructor=x', '__proto__=x', 'toString=1']) {
      const r = resolveQuery(tree, q);
      assert.ok(r.current || r.outcome, q);
    }
  });

  it('answersBefore gives the answers up to a question (for Back and Change)', () => {
    const r = resolve(tree, { a: 'x', b: 'q', c: 'n' });
    assert.deepEqual(answersBefore(r.path, 'c'), { a: 'x', b: 'q' });
    assert.deepEqual(answersBefore(r.path, 'a'), {});
    assert.deepEqual(answersOf(r.path), { a: 'x', b: 'q', c: 'n' });
  });

  it('counts the questions left and shows progress against the longest route', () => {
    assert.deepEqual(remainingQuestions(tree, 'a'), { min: 1, max: 3 });
    assert.deepEqual(remainingQuestions(tree, 'out-y'), { min: 0, max: 0 });
    assert.deepEqual(progress(tree, resolve(tree, { a: 'x' })), { number: 2, total: 3 });
  });

  it('enumerates every path', () => {
    assert.deepEqual(
      enumeratePaths(tree).map((p) => `${toQuery(p.steps)} -> ${p.outcome.id}`),
      ['a=x&b=p -> out-p', 'a=x&b=q&c=m -> out-p', 'a=x&b=q&c=n -> out-n', 'a=y -> out-y'],
    );
  });

  it('reasons come from the answers given, in order', () => {
    const reasons = reasonsFor(resolve(tree, { a: 'x', b: 'p' }));
    assert.deepEqual(
      reasons.map((r) => r.reason),
      ['Because answer x leads to b.', 'Because answer p leads to out-p.'],
    );
    assert.deepEqual(
      reasons.map((r) => r.questionId),
      ['a', 'b'],
    );
  });

  it('the outline lists every node once, in walking order, with links to where each answer leads', () => {
    const o = outline(tree);
    assert.deepEqual(
      o.questions.map((q) => q.question.id),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      o.outcomes.map((x) => x.outcome.id),
      ['out-y', 'out-p', 'out-n'],
    );
    assert.deepEqual(
      o.questions[1]!.options.map((x) => x.next.anchor),
      ['outcome-out-p', 'q-c'],
    );
    assert.deepEqual(
      o.outcomes[1]!.from.map((f) => `${f.question.id}:${f.optionLabel}`),
      ['b:Answer p', 'c:Answer m'],
    );
    assert.equal(anchorFor(tree, 'a'), 'q-a');
  });
});

describe('the real decision tree', () => {
  const paths = enumeratePaths(decisionTree);

  it('every path ends at an outcome within 2 to 7 questions, and every node is on some path', () => {
    assert.ok(paths.length >= 20, `${paths.length} paths`);
    for (const p of paths) {
      assert.ok(p.steps.length >= 2 && p.steps.length <= 7, `${toQuery(p.steps)} has ${p.steps.length} questions`);
      assert.ok(decisionTree.outcomes.includes(p.outcome));
    }
    const questions = new Set(paths.flatMap((p) => p.steps.map((s) => s.question.id)));
    const outcomes = new Set(paths.map((p) => p.outcome.id));
    assert.deepEqual([...questions].sort(), decisionTree.questions.map((q) => q.id).sort());
    assert.deepEqual([...outcomes].sort(), decisionTree.outcomes.map((o) => o.id).sort());
    assert.ok(decisionTree.questions.length >= 7 && decisionTree.questions.length <= 10);
    assert.ok(decisionTree.outcomes.length >= 5 && decisionTree.outcomes.length <= 8);
  });

  it('every path survives the round trip through its query string', () => {
    for (const p of paths) {
      const q = toQuery(p.steps);
      const r = resolveQuery(decisionTree, q);
      assert.equal(r.outcome?.id, p.outcome.id, q);
      assert.equal(toQuery(r.path), q);
      assert.deepEqual(r.invalid, []);
      assert.deepEqual(r.dropped, []);
      // Every prefix reopens at the next question of the path.
      for (let i = 0; i < p.steps.length; i++) {
        const prefix = resolveQuery(decisionTree, toQuery(p.steps.slice(0, i)));
        assert.equal(prefix.current?.id, p.steps[i]!.question.id, `${q} at step ${i + 1}`);
      }
    }
  });

  it('question ids are readable URL parameters and answers readable values', () => {
    for (const q of decisionTree.questions) {
      assert.match(q.id, /^[a-z]+(-[a-z0-9]+)*$/);
      for (const o of q.options) assert.equal(encodeURIComponent(o.id), o.id);
    }
    assert.deepEqual(parseAnswers('starting-point=new').answers, { 'starting-point': 'new' });
  });

  it('Bedrock Agents is only ever recommended to teams already running it', () => {
    for (const p of paths.filter((x) => x.outcome.recommendation === 'bedrock-agents')) {
      assert.equal(p.steps[0]!.option.id, 'bedrock-agents-classic', toQuery(p.steps));
    }
    for (const p of paths.filter((x) => x.steps[0]!.option.id === 'new')) {
      assert.notEqual(p.outcome.recommendation, 'bedrock-agents', toQuery(p.steps));
    }
  });

  it("covers every step of the seed post's decision framework", () => {
    const q = new Set(decisionTree.questions.map((x) => x.id));
    // Model requirements and complexity; operational capacity and development speed; cost
    // sensitivity; flexibility (portability); plus the hard limits the seed left out.
    for (const id of ['agent-logic', 'operations', 'traffic', 'constraints', 'session-fit']) assert.ok(q.has(id), id);
  });
});
