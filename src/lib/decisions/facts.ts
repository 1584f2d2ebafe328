/**
 * Figures inside the tree's prose come from content/pricing through placeholders:
 * `{limit:agentcore-max-session-hours}` -> "8 hours", `{price:agentcore-instances-management-fee-percent}`
 * -> "12% of the EC2 On-Demand price", `{price:fargate-x86-vcpu-hour@eu-west-1}` for a Region.
 * Resolved at build time, so the island receives plain text and never loads the price data.
 */
import type { DecisionTree } from '../../schemas/decisions.ts';
import { limit, price } from '../pricing/catalog.ts';
import { formatLimit, formatPrice } from '../format/facts.ts';

const PLACEHOLDER = /\{([a-z]+):([a-z0-9-]+)(?:@([a-z0-9-]+))?\}/g;

/** Replaces every placeholder; throws on an unknown kind or id, naming it. */
export function resolveFacts(text: string): string {
  const out = text.replace(PLACEHOLDER, (_match, kind: string, id: string, region: string | undefined) => {
    if (kind === 'limit') return formatLimit(limit(id, region));
    if (kind === 'price') return formatPrice(price(id, region));
    throw new Error(`Unknown placeholder kind "${kind}" in {${kind}:${id}}: use {limit:<id>} or {price:<id>}`);
  });
  if (/[{}]/.test(out)) throw new Error(`Malformed placeholder in: ${text}`);
  return out;
}

/** Every prose string of the tree with the node it belongs to, for checks and for resolving. */
function mapText(tree: DecisionTree, f: (text: string, node: string) => string): DecisionTree {
  return {
    ...tree,
    title: f(tree.title, tree.start),
    questions: tree.questions.map((q) => ({
      ...q,
      title: f(q.title, q.id),
      help: f(q.help, q.id),
      options: q.options.map((o) => ({ ...o, label: f(o.label, q.id), reason: f(o.reason, q.id) })),
    })),
    outcomes: tree.outcomes.map((o) => ({
      ...o,
      title: f(o.title, o.id),
      summary: f(o.summary, o.id),
      tradeoffs: o.tradeoffs.map((t) => f(t, o.id)),
      whatWouldChange: o.whatWouldChange.map((t) => f(t, o.id)),
      readMore: o.readMore.map((r) => ({ ...r, label: f(r.label, o.id) })),
      ...(o.calculatorNote === undefined ? {} : { calculatorNote: f(o.calculatorNote, o.id) }),
    })),
  };
}

/** The tree with every placeholder replaced by its formatted figure. Throws on the first bad one. */
export function resolveTreeFacts(tree: DecisionTree): DecisionTree {
  return mapText(tree, (text) => resolveFacts(text));
}

/** A dollar amount or percentage typed into the prose rather than drawn from the data. */
const TYPED_FIGURE = /\$\s?\d|\d\s?%/;

/**
 * Placeholders that do not resolve, and figures typed where a placeholder belongs, one issue
 * per string, for the schema. (Pages render the resolved tree as data-derived text, so a
 * typed figure here would escape the chapters' check for typed figures.)
 */
export function factPlaceholderIssues(tree: DecisionTree): { node: string; message: string }[] {
  const issues: { node: string; message: string }[] = [];
  mapText(tree, (text, node) => {
    try {
      resolveFacts(text);
    } catch (e) {
      issues.push({ node, message: `In "${node}": ${(e as Error).message}` });
    }
    const typed = TYPED_FIGURE.exec(text.replace(PLACEHOLDER, ''));
    if (typed) {
      issues.push({ node, message: `In "${node}": "${text}" types a figure; use a {price:...} or {limit:...} placeholder` });
    }
    return text;
  });
  return issues;
}
