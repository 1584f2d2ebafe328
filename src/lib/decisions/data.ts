/**
 * The decision tree from content/decisions/, loaded like the price data (lib/content/files.ts).
 * The content collection validates it during the build and a unit test runs the same
 * schema, so here it is only typed, checked for structure, and given its figures.
 */
import type { DecisionTree } from '../../schemas/decisions.ts';
import { byFileName } from '../content/files.ts';
import { resolveTreeFacts } from './facts.ts';
import { assertValidTree } from './validate.ts';

const trees = byFileName(import.meta.glob<DecisionTree>('../../../content/decisions/*.json', { eager: true, import: 'default' }));
const raw = trees.get('agent-hosting');
if (!raw) throw new Error(`content/decisions/agent-hosting.json is missing (found: ${[...trees.keys()].join(', ')})`);
assertValidTree(raw, 'content/decisions/agent-hosting.json');

/** The tree as written, placeholders and all. */
export const decisionTreeSource: DecisionTree = raw;

/** The tree with every `{limit:...}` / `{price:...}` placeholder replaced by its figure. */
export const decisionTree: DecisionTree = resolveTreeFacts(raw);
