/**
 * Walking a decision tree: from answers (as in the URL) to where the reader is, what they
 * answered on the way, and what no longer applies. Pure and DOM-free: the walkthrough
 * island, the /decide/ page, the chapter outline and the tests all use it. It assumes a tree
 * that passed ./validate.ts (the content collection guarantees that for the real one).
 */
import { ECHO_MAX_ITEMS, quoteEcho } from '../format/echo.ts';
import type { DecisionOption, DecisionOutcome, DecisionQuestion, DecisionTree } from '../../schemas/decisions.ts';

/** Question id -> option id, as in `?starting-point=new&session-fit=fits`. */
export type Answers = Readonly<Record<string, string>>;

export interface Step {
  question: DecisionQuestion;
  option: DecisionOption;
}

/** A URL parameter that could not be used as an answer. Reported, never thrown. */
export interface InvalidAnswer {
  param: string;
  value: string;
  message: string;
}

export interface Resolution {
  /** The answered questions from the start, in order, each with the option chosen. */
  path: Step[];
  /** The question to answer next; undefined once an outcome is reached. */
  current: DecisionQuestion | undefined;
  outcome: DecisionOutcome | undefined;
  /** Valid answers to questions the path no longer passes through (an earlier answer changed). */
  dropped: Step[];
  invalid: InvalidAnswer[];
}

interface Index {
  questions: Map<string, DecisionQuestion>;
  outcomes: Map<string, DecisionOutcome>;
}

const indexes = new WeakMap<DecisionTree, Index>();

function indexOf(tree: DecisionTree): Index {
  let index = indexes.get(tree);
  if (!index) {
    index = {
      questions: new Map(tree.questions.map((q) => [q.id, q])),
      outcomes: new Map(tree.outcomes.map((o) => [o.id, o])),
    };
    indexes.set(tree, index);
  }
  return index;
}

export function questionById(tree: DecisionTree, id: string): DecisionQuestion | undefined {
  return indexOf(tree).questions.get(id);
}

/** Anchor of a question or outcome in the outline, the same on /decide/ and in the chapter. */
export function anchorFor(tree: DecisionTree, id: string): string {
  return indexOf(tree).outcomes.has(id) ? `outcome-${id}` : `q-${id}`;
}

/** Reads answers from a query string; a repeated or empty parameter is reported and the first value kept. */
export function parseAnswers(query: string | URLSearchParams): { answers: Answers; invalid: InvalidAnswer[] } {
  const params = typeof query === 'string' ? new URLSearchParams(query.replace(/^\?/, '')) : query;
  // A Map, so parameters such as "__proto__" or "constructor" are just unknown names.
  const answers = new Map<string, string>();
  const invalid: InvalidAnswer[] = [];
  for (const [param, value] of params) {
    if (answers.has(param)) {
      invalid.push({
        param,
        value,
        message: `${quoteEcho(param)} was given more than once; the first answer (${quoteEcho(answers.get(param) ?? '')}) is used.`,
      });
    } else if (value.trim() === '') {
      invalid.push({ param, value, message: `${quoteEcho(param)} has no answer.` });
    } else {
      answers.set(param, value.trim());
    }
  }
  return { answers: Object.fromEntries(answers), invalid };
}

/**
 * Follows the answers from the start until a question has no answer (the current step) or
 * an outcome is reached. Unknown questions and options are reported in `invalid`; answers
 * to real questions that the path skips are reported in `dropped`.
 */
export function resolve(tree: DecisionTree, answers: Answers): Resolution {
  const { questions, outcomes } = indexOf(tree);
  const path: Step[] = [];
  const invalid: InvalidAnswer[] = [];
  const onPath = new Set<string>();
  let current: DecisionQuestion | undefined = questions.get(tree.start);
  let outcome: DecisionOutcome | undefined;

  while (current) {
    const value = Object.hasOwn(answers, current.id) ? answers[current.id] : undefined;
    if (value === undefined) break;
    const option = current.options.find((o) => o.id === value);
    if (!option) {
      invalid.push({
        param: current.id,
        value,
        message: `${quoteEcho(value)} is not an answer to “${current.title}”; choose one of: ${current.options.map((o) => o.id).join(', ')}.`,
      });
      onPath.add(current.id);
      break;
    }
    path.push({ question: current, option });
    onPath.add(current.id);
    // A valid tree has no cycles; the guard keeps a broken one from looping forever.
    if (path.length > questions.size) throw new Error(`Decision tree has a cycle through "${current.id}"`);
    outcome = outcomes.get(option.next);
    current = outcome ? undefined : questions.get(option.next);
  }

  const dropped: Step[] = [];
  for (const [param, value] of Object.entries(answers)) {
    if (onPath.has(param)) continue;
    const question = questions.get(param);
    const option = question?.options.find((o) => o.id === value);
    if (question && option) dropped.push({ question, option });
    else if (question) {
      invalid.push({ param, value, message: `${quoteEcho(value)} is not an answer to “${question.title}”.` });
    } else {
      invalid.push({ param, value, message: `${quoteEcho(param)} is not a question in this walkthrough.` });
    }
  }
  return { path, current, outcome, dropped, invalid };
}

/** `parseAnswers` then `resolve`, with both kinds of problem in `invalid`. */
export function resolveQuery(tree: DecisionTree, query: string | URLSearchParams): Resolution {
  const { answers, invalid } = parseAnswers(query);
  const result = resolve(tree, answers);
  return { ...result, invalid: [...invalid, ...result.invalid] };
}

/**
 * What the walkthrough tells a reader whose address it had to correct. Each problem quotes at
 * most a cleaned, shortened name or value (see format/echo.ts), and only the first few problems
 * are listed, so an address cannot fill the page with its own text.
 */
export function addressProblems(r: Pick<Resolution, 'invalid' | 'dropped'>): string {
  const problems: string[] = [];
  if (r.invalid.length > 0) {
    const listed = r.invalid.slice(0, ECHO_MAX_ITEMS).map((i) => i.message);
    const more = r.invalid.length - listed.length;
    if (more > 0) listed.push(`${more} more ${more === 1 ? 'parameter was' : 'parameters were'} not answers either.`);
    problems.push(`Some answers in this address could not be used: ${listed.join(' ')}`);
  }
  if (r.dropped.length > 0) {
    const n = r.dropped.length;
    problems.push(
      `${n} ${n === 1 ? 'answer does' : 'answers do'} not apply to the route your other answers take and ${n === 1 ? 'was' : 'were'} left out: ${r.dropped.map((d) => `“${d.question.title}”`).join(', ')}.`,
    );
  }
  return problems.join(' ');
}

/** The answers along a path, as a record. */
export function answersOf(path: readonly Step[]): Answers {
  return Object.fromEntries(path.map((s) => [s.question.id, s.option.id]));
}

/**
 * Answers a question. Answers to later questions are kept: `resolve` keeps those the new
 * path still passes through and reports the rest as dropped.
 */
export function answer(answers: Answers, questionId: string, optionId: string): Answers {
  return { ...answers, [questionId]: optionId };
}

/** The answers given before `questionId` on the path (all of them if it is not on the path). */
export function answersBefore(path: readonly Step[], questionId: string): Answers {
  const i = path.findIndex((s) => s.question.id === questionId);
  return answersOf(i === -1 ? path : path.slice(0, i));
}

/** Query string (no "?") of a path, in path order: readable ids, nothing else. */
export function toQuery(path: readonly Step[]): string {
  return new URLSearchParams(path.map((s) => [s.question.id, s.option.id])).toString();
}

/** Fewest and most questions still to answer from a node (0 at an outcome). */
export function remainingQuestions(tree: DecisionTree, nodeId: string): { min: number; max: number } {
  const { questions } = indexOf(tree);
  const memo = new Map<string, { min: number; max: number }>();
  const walk = (id: string): { min: number; max: number } => {
    const known = memo.get(id);
    if (known) return known;
    const q = questions.get(id);
    if (!q) return { min: 0, max: 0 };
    const next = q.options.map((o) => walk(o.next));
    const r = { min: 1 + Math.min(...next.map((n) => n.min)), max: 1 + Math.max(...next.map((n) => n.max)) };
    memo.set(id, r);
    return r;
  };
  return walk(nodeId);
}

/** "Question 3 of up to 6": the current question's number and the longest path through it. */
export function progress(tree: DecisionTree, result: Resolution): { number: number; total: number } {
  const answered = result.path.length;
  if (!result.current) return { number: answered, total: answered };
  return { number: answered + 1, total: answered + remainingQuestions(tree, result.current.id).max };
}

export interface TreePath {
  steps: Step[];
  outcome: DecisionOutcome;
}

/** Every path from the start to an outcome, depth first in option order. */
export function enumeratePaths(tree: DecisionTree): TreePath[] {
  const { questions, outcomes } = indexOf(tree);
  const out: TreePath[] = [];
  const walk = (id: string, steps: Step[]): void => {
    const outcome = outcomes.get(id);
    if (outcome) {
      out.push({ steps, outcome });
      return;
    }
    const question = questions.get(id);
    if (!question) throw new Error(`Decision tree: "${id}" is neither a question nor an outcome`);
    if (steps.some((s) => s.question.id === id)) throw new Error(`Decision tree has a cycle through "${id}"`);
    for (const option of question.options) walk(option.next, [...steps, { question, option }]);
  };
  walk(tree.start, []);
  return out;
}

export interface Reason {
  questionId: string;
  question: string;
  answer: string;
  reason: string;
  /** Site-relative guide link, without the base path. */
  link: string;
}

/** Why the reader got here: one reason per answer given, in the order given. */
export function reasonsFor(result: Pick<Resolution, 'path'>): Reason[] {
  return result.path.map(({ question, option }) => ({
    questionId: question.id,
    question: question.title,
    answer: option.label,
    reason: option.reason,
    link: option.link,
  }));
}

export interface NodeRef {
  kind: 'question' | 'outcome';
  id: string;
  title: string;
  anchor: string;
}

export interface OutlineOption {
  id: string;
  label: string;
  reason: string;
  link: string;
  next: NodeRef;
}

export interface Arrival {
  question: NodeRef;
  optionLabel: string;
}

export interface OutlineQuestion {
  question: DecisionQuestion;
  anchor: string;
  /** Questions and answers that lead here (empty for the first question). */
  from: Arrival[];
  options: OutlineOption[];
}

export interface OutlineOutcome {
  outcome: DecisionOutcome;
  anchor: string;
  from: Arrival[];
}

export interface Outline {
  questions: OutlineQuestion[];
  outcomes: OutlineOutcome[];
}

/**
 * The whole tree as nested data for reading without JavaScript: every question with its
 * options and where each leads, then every outcome, in the order a breadth-first walk from
 * the start meets them, so the list reads roughly in the order people answer.
 */
export function outline(tree: DecisionTree): Outline {
  const { questions, outcomes } = indexOf(tree);
  const ref = (id: string): NodeRef => {
    const o = outcomes.get(id);
    if (o) return { kind: 'outcome', id, title: o.title, anchor: anchorFor(tree, id) };
    const q = questions.get(id);
    if (!q) throw new Error(`Decision tree: "${id}" is neither a question nor an outcome`);
    return { kind: 'question', id, title: q.title, anchor: anchorFor(tree, id) };
  };

  const order: string[] = [];
  const arrivals = new Map<string, Arrival[]>();
  const queue = [tree.start];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift()!;
    order.push(id);
    const q = questions.get(id);
    if (!q) continue;
    for (const o of q.options) {
      const list = arrivals.get(o.next) ?? [];
      list.push({ question: ref(q.id), optionLabel: o.label });
      arrivals.set(o.next, list);
      if (!seen.has(o.next)) {
        seen.add(o.next);
        queue.push(o.next);
      }
    }
  }

  const result: Outline = { questions: [], outcomes: [] };
  for (const id of order) {
    const q = questions.get(id);
    const from = arrivals.get(id) ?? [];
    if (q) {
      result.questions.push({
        question: q,
        anchor: anchorFor(tree, id),
        from,
        options: q.options.map((o) => ({ id: o.id, label: o.label, reason: o.reason, link: o.link, next: ref(o.next) })),
      });
    } else {
      const o = outcomes.get(id);
      if (o) result.outcomes.push({ outcome: o, anchor: anchorFor(tree, id), from });
    }
  }
  return result;
}
