/**
 * Structural checks of a decision tree: the things a schema cannot see one field at a time.
 * Used by the content collection (so the build fails) and by the unit tests (so each defect
 * has a test). Every message names the node, because a tree is edited by hand.
 */

/** The least a tree needs for its structure to be checked. */
export interface TreeShape {
  start: string;
  questions: readonly { id: string; options: readonly { id: string; next: string }[] }[];
  outcomes: readonly { id: string }[];
}

export type TreeIssueKind = 'duplicate-id' | 'duplicate-option' | 'bad-start' | 'dangling' | 'unreachable' | 'cycle';

export interface TreeIssue {
  kind: TreeIssueKind;
  /** Id of the node the problem is in. */
  node: string;
  message: string;
}

export function treeIssues(tree: TreeShape): TreeIssue[] {
  const issues: TreeIssue[] = [];
  const questions = new Map<string, TreeShape['questions'][number]>();
  const outcomes = new Set<string>();
  const seen = new Set<string>();

  for (const q of tree.questions) {
    if (seen.has(q.id))
      issues.push({ kind: 'duplicate-id', node: q.id, message: `Id "${q.id}" is used by more than one question or outcome.` });
    seen.add(q.id);
    if (!questions.has(q.id)) questions.set(q.id, q);
    const optionIds = new Set<string>();
    for (const o of q.options) {
      if (optionIds.has(o.id)) {
        issues.push({ kind: 'duplicate-option', node: q.id, message: `Question "${q.id}" has two options with the id "${o.id}".` });
      }
      optionIds.add(o.id);
    }
  }
  for (const o of tree.outcomes) {
    if (seen.has(o.id))
      issues.push({ kind: 'duplicate-id', node: o.id, message: `Id "${o.id}" is used by more than one question or outcome.` });
    seen.add(o.id);
    outcomes.add(o.id);
  }

  for (const q of tree.questions) {
    for (const o of q.options) {
      if (!seen.has(o.next)) {
        issues.push({
          kind: 'dangling',
          node: q.id,
          message: `Option "${o.id}" of question "${q.id}" leads to "${o.next}", which is neither a question nor an outcome.`,
        });
      }
    }
  }

  if (!questions.has(tree.start)) {
    const what = outcomes.has(tree.start) ? 'an outcome, not a question' : 'not a question in the tree';
    issues.push({ kind: 'bad-start', node: tree.start, message: `The tree starts at "${tree.start}", which is ${what}.` });
    return issues;
  }

  // Depth-first walk from the start: grey nodes are on the current path, so meeting one again is a cycle.
  const state = new Map<string, 'grey' | 'black'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    const q = questions.get(id);
    if (!q) {
      state.set(id, 'black');
      return;
    }
    state.set(id, 'grey');
    for (const o of q.options) {
      const s = state.get(o.next);
      if (s === 'grey') {
        const onPath = [...trail, id];
        const loop = [...onPath.slice(onPath.indexOf(o.next)), o.next];
        const key = [...loop].sort().join(' ');
        if (!reported.has(key)) {
          reported.add(key);
          issues.push({
            kind: 'cycle',
            node: id,
            message: `Option "${o.id}" of question "${id}" leads back to "${o.next}": ${loop.join(' -> ')}.`,
          });
        }
      } else if (s === undefined && seen.has(o.next)) {
        visit(o.next, [...trail, id]);
      }
    }
    state.set(id, 'black');
  };
  visit(tree.start, []);

  for (const id of seen) {
    if (!state.has(id)) {
      const kind = questions.has(id) ? 'Question' : 'Outcome';
      issues.push({ kind: 'unreachable', node: id, message: `${kind} "${id}" cannot be reached from the start ("${tree.start}").` });
    }
  }
  return issues;
}

/** Throws one error listing every issue; for code that must not run on a broken tree. */
export function assertValidTree(tree: TreeShape, source = 'decision tree'): void {
  const issues = treeIssues(tree);
  if (issues.length > 0) throw new Error(`${source} is invalid:\n- ${issues.map((i) => i.message).join('\n- ')}`);
}
