import type { DecisionTree } from '../../schemas/decisions.ts';
import { calculatorIssues } from './calculator.ts';
import { factPlaceholderIssues } from './facts.ts';
import { treeIssues } from './validate.ts';

/** A problem in one node of the tree, named so that an author can find it. */
export interface NodeIssue {
  node: string;
  message: string;
}

/**
 * Every check across the nodes of a tree whose shape parsed: its structure first (dangling,
 * unreachable, cyclic or duplicate nodes), then, only once that is sound, since they walk it,
 * its fact placeholders and the calculator inputs of its outcomes.
 */
export function decisionTreeIssues(tree: DecisionTree): NodeIssue[] {
  const structure = treeIssues(tree);
  if (structure.length > 0) return structure.map(({ node, message }) => ({ node, message }));
  return [...factPlaceholderIssues(tree), ...calculatorIssues(tree)];
}
