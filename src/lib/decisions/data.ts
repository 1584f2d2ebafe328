/**
 * The decision tree from content/decisions/, read straight from the JSON like the price
 * data. The content collection validates it during the build and a unit test runs the same
 * schema, so here it is only typed, checked for structure, and given its figures.
 */
import type { DecisionTree } from '../../schemas/decisions.ts';
import agentHosting from '../../../content/decisions/agent-hosting.json' with { type: 'json' };
import { resolveTreeFacts } from './facts.ts';
import { assertValidTree } from './validate.ts';

// The JSON's inferred types widen literals (recommendation: string); the schema guarantees the rest.
const raw = agentHosting as unknown as DecisionTree;
assertValidTree(raw, 'content/decisions/agent-hosting.json');

/** The tree as written, placeholders and all. */
export const decisionTreeSource: DecisionTree = raw;

/** The tree with every `{limit:...}` / `{price:...}` placeholder replaced by its figure. */
export const decisionTree: DecisionTree = resolveTreeFacts(raw);
