/**
 * Counters of the work the cost model does, so tests can bound it and the benchmark can
 * report it. Wall-clock time on a shared machine is noise; the number of cost evaluations
 * and of break-even pieces examined is not, and it is what makes a keystroke slow or fast.
 * The counters never change a result and nothing in the UI reads them.
 */

export interface Work {
  /** Option totals computed (each runs one option's whole cost model once). */
  costEvaluations: number;
  /** Break-even pieces (volume intervals with a fixed Fargate task count) examined one by one. */
  piecesExamined: number;
}

const counters: Work = { costEvaluations: 0, piecesExamined: 0 };

export function countWork(kind: keyof Work, n = 1): void {
  counters[kind] += n;
}

/** Runs `fn` and returns its value with the work it did (nested calls included). */
export function measureWork<T>(fn: () => T): { value: T; work: Work } {
  const before = { ...counters };
  const value = fn();
  return {
    value,
    work: {
      costEvaluations: counters.costEvaluations - before.costEvaluations,
      piecesExamined: counters.piecesExamined - before.piecesExamined,
    },
  };
}
