import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { treeIssues, assertValidTree } from '../../../src/lib/decisions/validate.ts';
import { checkedDecisionTreeSchema as decisionTreeSchema } from '../../../src/lib/content/checked-schemas.ts';
import { decisionTreeSource } from '../../../src/lib/decisions/data.ts';
import { clone, option, outcome, question, smallTree } from './fixtures.ts';

const kinds = (tree: Parameters<typeof treeIssues>[0]) => treeIssues(tree).map((i) => `${i.kind} ${i.node}`);

/** The schema's messages, for checking that the build would name the node. */
function schemaMessages(tree: unknown): string[] {
  const r = decisionTreeSchema.safeParse(tree);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('tree validator', () => {
  it('accepts a sound tree', () => {
    assert.deepEqual(treeIssues(smallTree()), []);
    assert.deepEqual(schemaMessages(smallTree()), []);
  });

  it('catches a dangling next, naming the question, the option and the missing id', () => {
    const t = clone(smallTree());
    t.questions[1]!.options[1]!.next = 'cc';
    const issues = treeIssues(t);
    assert.ok(
      issues.some((i) => i.kind === 'dangling' && i.node === 'b' && /"q".*"b".*"cc"/.test(i.message)),
      JSON.stringify(issues),
    );
    // c is now unreachable too: both are reported.
    assert.ok(kinds(t).includes('unreachable c'));
    assert.ok(schemaMessages(t).some((m) => m.startsWith('b: ') && m.includes('"cc"')));
  });

  it('catches an unreachable question and an unreachable outcome', () => {
    const t = clone(smallTree());
    t.questions.push(question('orphan', [option('o1', 'out-y'), option('o2', 'out-p')]) as never);
    t.outcomes.push(outcome('lonely') as never);
    assert.deepEqual(kinds(t).sort(), ['unreachable lonely', 'unreachable orphan']);
    const messages = schemaMessages(t);
    assert.ok(
      messages.some((m) => /^orphan: Question "orphan" cannot be reached/.test(m)),
      messages.join('\n'),
    );
    assert.ok(messages.some((m) => /^lonely: Outcome "lonely" cannot be reached/.test(m)));
  });

  it('catches a cycle through several questions and names the loop', () => {
    const t = clone(smallTree());
    t.questions[2]!.options[0]!.next = 'a';
    const issues = treeIssues(t).filter((i) => i.kind === 'cycle');
    assert.equal(issues.length, 1);
    assert.match(issues[0]!.message, /a -> b -> c -> a/);
    assert.ok(schemaMessages(t).some((m) => m.includes('leads back to "a"')));
  });

  it('catches a question that points to itself', () => {
    const t = clone(smallTree());
    t.questions[1]!.options[0]!.next = 'b';
    const cycle = treeIssues(t).find((i) => i.kind === 'cycle');
    assert.ok(cycle);
    assert.match(cycle.message, /b -> b/);
  });

  it('catches duplicate ids across questions and outcomes, and duplicate options', () => {
    const t = clone(smallTree());
    t.outcomes.push(outcome('b') as never);
    t.questions[0]!.options.push(option('x', 'out-y') as never);
    const k = kinds(t);
    assert.ok(k.includes('duplicate-id b'), k.join(', '));
    assert.ok(k.includes('duplicate-option a'), k.join(', '));
  });

  it('catches a start that is missing or an outcome', () => {
    const t = clone(smallTree());
    t.start = 'out-y';
    assert.ok(kinds(t).includes('bad-start out-y'));
    t.start = 'nowhere';
    assert.ok(kinds(t).includes('bad-start nowhere'));
    assert.throws(() => assertValidTree(t, 'test tree'), /test tree is invalid:\n- The tree starts at "nowhere"/);
  });

  it('the schema rejects unknown keys, bad ids and links that are not guide links', () => {
    const t = clone(smallTree()) as unknown as Record<string, unknown>;
    (t as { questions: { id: string }[] }).questions[0]!.id = 'Not Kebab';
    (t as { extra?: number }).extra = 1;
    (t as { outcomes: { readMore: { link: string }[] }[] }).outcomes[0]!.readMore[0]!.link = 'https://example.com/';
    const messages = schemaMessages(t).join('\n');
    assert.match(messages, /kebab-case/);
    assert.match(messages, /extra/);
    assert.match(messages, /\/guide\/<chapter>\//);
  });

  it('the schema rejects an unknown fact placeholder and names the node', () => {
    const t = clone(smallTree());
    t.questions[0]!.help = 'Sessions last {limit:agentcore-max-session-yearz}.';
    assert.ok(schemaMessages(t).some((m) => m.startsWith('a: ') && m.includes('agentcore-max-session-yearz')));
  });

  it('the schema rejects calculator inputs the cost calculator would correct, naming the outcome and path', () => {
    const t = clone(smallTree());
    t.outcomes[1]!.calculator = { task_vcpu: 4, task_memory_gb: 3 };
    t.outcomes[2]!.calculator = { not_a_param: 1 };
    const messages = schemaMessages(t);
    assert.ok(
      messages.some((m) => m.startsWith('out-p: ') && m.includes('task_memory_gb')),
      messages.join('\n'),
    );
    assert.ok(messages.some((m) => m.startsWith('out-n: ') && m.includes('unknown calculator parameter "not_a_param"')));
  });

  it('the real tree has no structural issues and passes the collection schema', () => {
    assert.deepEqual(treeIssues(decisionTreeSource), []);
    const dir = new URL('../../../content/decisions/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.deepEqual(files, ['agent-hosting.json']);
    for (const f of files) assert.deepEqual(schemaMessages(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))), [], f);
  });
});
