/**
 * Whole walks through the real tree with the outcome and reasons written out by hand, so a
 * change to the tree that alters what a reader is told shows up here as a diff.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { reasonsFor, resolveQuery } from '../../../src/lib/decisions/walk.ts';
import { decisionTree } from '../../../src/lib/decisions/data.ts';

function walk(query: string) {
  const r = resolveQuery(decisionTree, query);
  assert.deepEqual(r.invalid, [], query);
  assert.ok(r.outcome, `${query} reaches an outcome`);
  return { outcome: r.outcome, reasons: reasonsFor(r) };
}

describe('full walks through the decision tree', () => {
  it('a new chat agent with bursty traffic: AgentCore Runtime, because of the traffic shape', () => {
    const { outcome, reasons } = walk('starting-point=new&session-fit=fits&agent-logic=code&constraints=neither&traffic=sporadic');
    assert.equal(outcome.id, 'agentcore-runtime');
    assert.equal(outcome.recommendation, 'agentcore-runtime');
    assert.deepEqual(
      reasons.map((r) => [r.questionId, r.link]),
      [
        ['starting-point', '/guide/options/#bedrock-agents-is-closed-to-new-customers'],
        ['session-fit', '/guide/performance/#limits-on-one-request-and-one-session'],
        ['agent-logic', '/guide/flexibility/#frameworks-and-orchestration'],
        ['constraints', '/guide/flexibility/#portability-what-moves-and-what-stays-on-aws'],
        ['traffic', '/guide/break-even/#traffic-shape'],
      ],
    );
    assert.equal(
      reasons[0]!.reason,
      'Bedrock Agents has been closed to new customers since July 30, 2026, so a new agent chooses between the AgentCore harness, AgentCore Runtime and your own containers.',
    );
    assert.equal(reasons[1]!.answer, 'Yes: it finishes within 8 hours and needs at most 2 vCPU, 8 GB and 100 MB per request');
    assert.equal(
      reasons[4]!.reason,
      'AgentCore Runtime follows bursty traffic and bills nothing between sessions, while Fargate pays around the clock for enough tasks to cover the peak.',
    );
    assert.ok(outcome.whatWouldChange.some((w) => w.startsWith('If a session needs more than 8 hours, or more than 2 vCPU or 8 GB')));
  });

  it('a Bedrock Agents team with nothing new planned: stay for now and plan the move', () => {
    const { outcome, reasons } = walk('starting-point=bedrock-agents-classic&classic-plans=keep-as-is');
    assert.equal(outcome.id, 'keep-bedrock-agents');
    assert.equal(outcome.recommendation, 'bedrock-agents');
    assert.deepEqual(
      reasons.map((r) => r.reason),
      [
        'Bedrock Agents Classic keeps existing agents running in maintenance mode, as long as their model is still offered on Bedrock, so staying on it is an option only for teams already there.',
        'Existing agents keep working in maintenance mode until their model reaches end of life on Bedrock, so an agent that needs nothing new can stay while you schedule its move. Check its model first.',
      ],
    );
    assert.match(outcome.summary, /plan the move to the AgentCore harness/);
  });

  it('a Bedrock Agents team that wants to grow, still by configuration: the AgentCore harness', () => {
    const { outcome, reasons } = walk(
      'starting-point=bedrock-agents-classic&classic-plans=change&session-fit=fits&agent-logic=configuration',
    );
    assert.equal(outcome.id, 'agentcore-harness');
    assert.deepEqual(
      reasons.map((r) => r.questionId),
      ['starting-point', 'classic-plans', 'session-fit', 'agent-logic'],
    );
    assert.equal(
      reasons[1]!.reason,
      'Maintenance mode brings no new features and Bedrock Agents accepts Bedrock models only, so new work belongs on AgentCore or in your own containers.',
    );
    assert.equal(reasons[3]!.link, '/guide/options/#the-agentcore-harness-configuration-first-on-agentcore');
    assert.ok(outcome.tradeoffs[0]!.includes('2 vCPU, 8 GB and 8 hours'));
  });

  it('jobs longer than a session, and a team that runs containers: Fargate, because there is no time limit', () => {
    const { outcome, reasons } = walk('starting-point=new&session-fit=longer&beyond-microvm=own-service');
    assert.equal(outcome.id, 'ecs-fargate');
    assert.equal(
      reasons[1]!.reason,
      'A session ends after 8 hours; sessions on the Instances compute type last up to 14 days, and a Fargate task has no time limit.',
    );
    assert.equal(
      reasons[2]!.reason,
      "A Fargate task has no time limit and goes up to 16 vCPU and 120 GB, billed at Fargate's per-second rates with no management fee on top.",
    );
  });

  it('a GPU inside the agent: never Fargate or a microVM', () => {
    const managed = walk('starting-point=new&session-fit=gpu&gpu-capacity=aws-managed');
    assert.equal(managed.outcome.id, 'agentcore-instances');
    const own = walk('starting-point=new&session-fit=gpu&gpu-capacity=own-containers');
    assert.equal(own.outcome.id, 'ecs-ec2-gpu');
    assert.match(own.reasons[1]!.reason, /Neither AgentCore Runtime microVMs nor Fargate tasks have GPUs/);
  });

  it('one heavy step in a light conversation: a hybrid', () => {
    const { outcome } = walk('starting-point=new&session-fit=heavier&heavy-part=one-step');
    assert.equal(outcome.id, 'hybrid-runtime-fargate');
    assert.equal(outcome.recommendation, 'hybrid');
  });

  it("needing models outside Bedrock never leads to Fargate by itself (the seed post's error)", () => {
    const code = decisionTree.questions.find((q) => q.id === 'agent-logic')!.options.find((o) => o.id === 'code')!;
    assert.equal(code.next, 'constraints');
    assert.match(code.reason, /AgentCore Runtime and Fargate both host your own code with any framework and any model/);
  });
});
